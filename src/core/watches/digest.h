// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articles/article.h"
#include "watches/watch.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

namespace Veille {

/*! \brief For each watch, its new articles: what a daily digest lists.
 *
 * "New" is either imported (or updated) since a moment, or unread. Each
 * article comes with a snippet (the matched words' context when the watch
 * searches, else the body's start) and the entities it names.
 */
struct Digest {
    /*! \brief Which articles are new. */
    struct Selection {
        qint64 importedSince = 0; //!< seconds since 1970; 0 for any time
        bool unreadOnly = false;
        int perWatch = 50; //!< at most this many articles per watch, newest first
    };
    struct Item {
        ArticleSummary article;
        QString snippet; //!< plain text
        QStringList entities; //!< the entities it names, most named first
    };
    struct Section {
        Watch watch;
        QVector<Item> items;
        int total = 0; //!< how many new articles, items holding the first perWatch
    };

    QVector<Section> sections;
    QString error; //!< the database failed; the digest is incomplete

    /*! \brief Reads the digest of \a watches from \a db. */
    static Digest collect(const QSqlDatabase &db, const QVector<Watch> &watches, const Selection &selection);
};

} // namespace Veille
