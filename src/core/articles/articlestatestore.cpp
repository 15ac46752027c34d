// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articles/articlestatestore.h"

#include "db/sqldialect.h"
#include "db/transaction.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>

namespace Veille {

ArticleStateStore::ArticleStateStore(const QSqlDatabase &db)
    : m_db(db)
{
}

QString ArticleStateStore::conflictTarget(const QSqlDatabase &db)
{
    // On the server each analyst has a row of their own (reader defaults to
    // current_user, and row-level security shows only those rows).
    return isPostgres(db) ? QStringLiteral("article_id, reader") : QStringLiteral("article_id");
}

ArticleStateStore::State ArticleStateStore::state(qint64 articleId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT read, starred, changed_at IS NOT NULL FROM article_states"
                                 " WHERE article_id = :id"));
    query.bindValue(QStringLiteral(":id"), articleId);
    if (!m_error.exec(query) || !query.next())
        return {};
    return { query.value(0).toBool(), query.value(1).toBool(), query.value(2).toBool() };
}

bool ArticleStateStore::setRead(const QVector<qint64> &ids, bool read)
{
    return write(ids, QStringLiteral("read"), read);
}

bool ArticleStateStore::setStarred(const QVector<qint64> &ids, bool starred)
{
    return write(ids, QStringLiteral("starred"), starred);
}

bool ArticleStateStore::write(const QVector<qint64> &ids, const QString &column, bool on)
{
    // A few hundred ids a statement, far below SQLite's limit on
    // parameters, in one transaction: the undo of "Mark All as Read" over a
    // million articles is two thousand statements, not a million.
    constexpr int Chunk = 500;
    Transaction transaction(m_db, m_error);
    if (!transaction.isOpen())
        return false;
    // Reading an article clears its "updated" mark.
    const QString clearChanged = column == QLatin1String("read") && on ? QStringLiteral(", changed_at = NULL")
                                                                        : QString();
    QSqlQuery query(m_db);
    for (int first = 0; first < ids.size(); first += Chunk) {
        const int count = std::min(Chunk, int(ids.size()) - first);
        QStringList names;
        for (int k = 0; k < count; ++k)
            names << QStringLiteral(":id%1").arg(k);
        // "WHERE" tells SQLite's parser that ON CONFLICT belongs to the upsert.
        query.prepare(QStringLiteral("INSERT INTO article_states(article_id, %1) SELECT id, :on FROM articles"
                                     " WHERE id IN (%2) ON CONFLICT(%3) DO UPDATE SET %1 = excluded.%1")
                          .arg(column, names.join(QStringLiteral(", ")), conflictTarget(m_db))
                      + clearChanged);
        query.bindValue(QStringLiteral(":on"), on ? 1 : 0);
        for (int k = 0; k < count; ++k)
            query.bindValue(names.at(k), ids.at(first + k));
        if (!m_error.exec(query))
            return false;
    }
    return transaction.commit();
}

QVector<qint64> ArticleStateStore::existing(const QVector<qint64> &ids) const
{
    QVector<qint64> found;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM articles WHERE id = :id"));
    for (const qint64 id : ids) {
        query.bindValue(QStringLiteral(":id"), id);
        if (!m_error.exec(query))
            return {};
        if (query.next())
            found.append(id);
        query.finish();
    }
    return found;
}

} // namespace Veille
