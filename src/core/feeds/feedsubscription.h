// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Veille {

/*! \brief A feed the user subscribed to, and how its last fetch went. */
struct FeedSubscription {
    enum class Status {
        Never, //!< not fetched yet
        Ok, //!< fetched and read
        NotModified, //!< the server answered 304: nothing new
        Failed, //!< see error
    };
    static constexpr int DefaultInterval = 3600; //!< seconds: hourly

    qint64 id = 0;
    QString url; //!< where it is fetched; a permanent redirect changes it
    QString origin; //!< the url it was subscribed with: names its articles
    QString title;
    QString etag;
    QString lastModified; //!< the server's Last-Modified, as it wrote it
    QDateTime lastFetch; //!< invalid when never fetched
    Status status = Status::Never;
    QString error; //!< why the last fetch failed, for the user
    int interval = DefaultInterval; //!< seconds between fetches
    QDateTime nextFetch; //!< invalid: due now
};

} // namespace Veille
