// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/feedstore.h"

#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

namespace Veille {

namespace {

const char *const statusNames[] = { "never", "ok", "not-modified", "error" };

FeedSubscription::Status statusOf(const QString &name)
{
    for (int i = 0; i < 4; ++i) {
        if (name == QLatin1String(statusNames[i]))
            return FeedSubscription::Status(i);
    }
    return FeedSubscription::Status::Never;
}

QVariant msecsOf(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

QDateTime timeOf(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong());
}

const QString columns = QStringLiteral("id, url, origin, title, etag, last_modified, last_fetch, status, error,"
                                       " interval, next_fetch");

FeedSubscription subscriptionOf(const QSqlQuery &query)
{
    FeedSubscription s;
    s.id = query.value(0).toLongLong();
    s.url = query.value(1).toString();
    s.origin = query.value(2).toString();
    s.title = query.value(3).toString();
    s.etag = query.value(4).toString();
    s.lastModified = query.value(5).toString();
    s.lastFetch = timeOf(query.value(6));
    s.status = statusOf(query.value(7).toString());
    s.error = query.value(8).toString();
    s.interval = query.value(9).toInt();
    s.nextFetch = query.value(10).toLongLong() > 0 ? timeOf(query.value(10)) : QDateTime();
    return s;
}

} // namespace

FeedStore::FeedStore(const QSqlDatabase &db)
    : m_db(db)
{
}

QString FeedStore::statusName(FeedSubscription::Status status)
{
    return QLatin1String(statusNames[int(status)]);
}

QString FeedStore::normalised(const QString &url, QString *error)
{
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || parsed.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        *error = tr("not an http:// or https:// address: %1").arg(url.trimmed());
        return {};
    }
    return parsed.adjusted(QUrl::RemoveFragment | QUrl::NormalizePathSegments).toString();
}

QVector<FeedSubscription> FeedStore::select(const QString &where, const QVariant &value) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM feed_subscriptions ") + where
                  + QStringLiteral(" ORDER BY url"));
    if (!value.isNull())
        query.bindValue(0, value);
    QVector<FeedSubscription> found;
    if (!m_error.exec(query))
        return found;
    while (query.next())
        found.append(subscriptionOf(query));
    return found;
}

QVector<FeedSubscription> FeedStore::subscriptions() const
{
    return select(QString(), QVariant());
}

QVector<FeedSubscription> FeedStore::due(const QDateTime &now) const
{
    return select(QStringLiteral("WHERE next_fetch <= ?"), now.toMSecsSinceEpoch());
}

std::optional<FeedSubscription> FeedStore::find(const QString &url) const
{
    const QVector<FeedSubscription> found = select(QStringLiteral("WHERE url = ?"), url);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

bool FeedStore::add(const QString &url, const QString &title)
{
    // A feed already subscribed is left as it is; a null title is ''.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO feed_subscriptions(url, origin, title) VALUES(?, ?, coalesce(?, ''))"
                                 " ON CONFLICT(url) DO NOTHING"));
    query.bindValue(0, url);
    query.bindValue(1, url);
    query.bindValue(2, title);
    return changedRows(query);
}

bool FeedStore::remove(const QString &url)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM feed_subscriptions WHERE url = ?"));
    query.bindValue(0, url);
    return changedRows(query);
}

bool FeedStore::changedRows(QSqlQuery &query)
{
    if (!m_error.exec(query))
        return false;
    m_error.clear();
    return query.numRowsAffected() > 0;
}

bool FeedStore::update(const FeedSubscription &s)
{
    QSqlQuery query(m_db);
    // A null QString binds as NULL: the text columns take '' for it.
    query.prepare(QStringLiteral("UPDATE feed_subscriptions SET url = ?, title = coalesce(?, ''),"
                                 " etag = coalesce(?, ''), last_modified = coalesce(?, ''), last_fetch = ?,"
                                 " status = ?, error = coalesce(?, ''), interval = ?, next_fetch = ? WHERE id = ?"));
    const QVariantList values = { s.url,
                                  s.title,
                                  s.etag,
                                  s.lastModified,
                                  msecsOf(s.lastFetch),
                                  statusName(s.status),
                                  s.error,
                                  s.interval,
                                  s.nextFetch.isValid() ? s.nextFetch.toMSecsSinceEpoch() : 0,
                                  s.id };
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    return m_error.exec(query);
}

} // namespace Veille
