// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articles/articlestatestore.h"

#include "db/transaction.h"

#include <QSqlQuery>
#include <QVariant>

namespace Veille {

ArticleStateStore::ArticleStateStore(const QSqlDatabase &db)
    : m_db(db)
{
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
    // One prepared statement run per id, in one transaction: an undo of
    // "mark all read" over a million articles takes a few seconds at most.
    Transaction transaction(m_db, m_error);
    if (!transaction.isOpen())
        return false;
    QSqlQuery query(m_db);
    // Reading an article clears its "updated" mark.
    const QString clearChanged =
        column == QLatin1String("read") && on ? QStringLiteral(", changed_at = NULL") : QString();
    query.prepare(QStringLiteral("INSERT INTO article_states(article_id, %1) SELECT id, :on FROM articles"
                                 " WHERE id = :id ON CONFLICT(article_id) DO UPDATE SET %1 = excluded.%1")
                      .arg(column)
                  + clearChanged);
    for (const qint64 id : ids) {
        query.bindValue(QStringLiteral(":on"), on ? 1 : 0);
        query.bindValue(QStringLiteral(":id"), id);
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
