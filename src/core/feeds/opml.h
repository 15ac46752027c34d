// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feeds/feedsubscription.h"

#include <QCoreApplication>
#include <QVector>

namespace Veille {

/*! \brief OPML 2.0 subscription lists, as every feed reader imports and
 * exports them: an outline per feed, with its xmlUrl and its title. */
class Opml
{
    Q_DECLARE_TR_FUNCTIONS(Veille::Opml)
public:
    struct Outline {
        QString url;
        QString title;
    };

    /*! \brief The feeds of an OPML document, folders flattened; empty with
     * \a error set when it is not one (a DTD with entities is refused). */
    static QVector<Outline> read(const QByteArray &bytes, QString *error);
    static QByteArray write(const QVector<FeedSubscription> &subscriptions);
};

} // namespace Veille
