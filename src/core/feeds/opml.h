// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feeds/feedsubscription.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

namespace Veille {

class FeedStore;

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

    /*! \brief What subscribeAll() did. */
    struct Subscribed {
        int added = 0;
        int known = 0; //!< already subscribed
        QStringList refused; //!< why each outline that is no web address was refused
    };

    /*! \brief The feeds of an OPML document, folders flattened; empty with
     * \a error set when it is not one (a DTD with entities is refused). */
    static QVector<Outline> read(const QByteArray &bytes, QString *error);
    /*! \brief read() on the file at \a path, refused when larger than FeedParser::MaxBytes. */
    static QVector<Outline> readFile(const QString &path, QString *error);
    /*! \brief Subscribes to each outline in \a store; a failure of the
     * store stops it (see the store's lastError()). */
    static Subscribed subscribeAll(const QVector<Outline> &outlines, FeedStore &store);
    static QByteArray write(const QVector<FeedSubscription> &subscriptions);
};

} // namespace Veille
