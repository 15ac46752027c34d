// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/sqlerror.h"

#include <QSqlDatabase>
#include <QVector>

namespace Veille {

/*! \brief Reads and writes whether articles were read, and their stars.
 *
 * An article without a row in article_states is unread and not starred;
 * ArticleStore::upsert() marks an updated article unread again. Writes
 * report failure through lastError().
 */
class ArticleStateStore
{
public:
    /*! \brief One article's state. */
    struct State {
        bool read = false;
        bool starred = false;
        bool changed = false; //!< updated by a re-import since it was read
    };

    explicit ArticleStateStore(const QSqlDatabase &db);

    /*! \brief The columns an upsert of article_states conflicts on: the
     * article, and on a team server also its reader. */
    static QString conflictTarget(const QSqlDatabase &db);

    State state(qint64 articleId) const;
    /*! \brief Marks \a ids read or unread; a read article is no longer "updated". */
    bool setRead(const QVector<qint64> &ids, bool read);
    bool setStarred(const QVector<qint64> &ids, bool starred);
    /*! \brief Those of \a ids that name an article, in the same order. */
    QVector<qint64> existing(const QVector<qint64> &ids) const;

    QString lastError() const { return m_error.text(); }

private:
    bool write(const QVector<qint64> &ids, const QString &column, bool on);

    QSqlDatabase m_db;
    mutable SqlError m_error;
};

} // namespace Veille
