// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "watches/watchcounter.h"

#include "articles/articlestore.h"
#include "db/database.h"
#include "watches/watchquery.h"
#include "watches/watchstore.h"

namespace Veille {

WatchCounter::Counts WatchCounter::count(const QSqlDatabase &db, const QVector<Watch> &watches, qint64 idAbove)
{
    Counts counts;
    // One read transaction: the last id and every count see the same
    // moment, so no article is counted twice by the next increment, even
    // with another process importing meanwhile. A plain BEGIN takes no
    // lock, so an import is not held up.
    QSqlDatabase connection = db;
    const bool inTransaction = connection.transaction();
    const ArticleStore store(db);
    counts.lastId = store.lastArticleId();
    // The gazetteer read once for every watch's entity: a lookup alone
    // reads it all (measured: 12 ms a watch on the default gazetteer).
    const EntityStore::Finder find = EntityStore(db).finder();
    for (const Watch &watch : watches) {
        if (!store.lastError().isEmpty())
            break;
        ArticleQuery query = watchQuery(db, watch, nullptr, find);
        query.unreadOnly = true;
        query.idAbove = idAbove;
        counts.unread.insert(watch.id, store.count(query));
    }
    counts.error = store.lastError();
    if (inTransaction)
        connection.commit();
    return counts;
}

WatchCounter::WatchCounter(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
{
    // For queued connections and QSignalSpy under Qt 5.
    qRegisterMetaType<QVector<QPair<QString, int>>>("QVector<QPair<QString,int>>");
}

void WatchCounter::recount()
{
    start(true, false);
}

void WatchCounter::countNew(bool updatedSome)
{
    start(updatedSome, true);
}

void WatchCounter::start(bool all, bool reportNew)
{
    // A count still running is dropped when this one starts, and its
    // increment with it: then this one counts all again.
    const bool incremental = !all && m_lastId >= 0 && !m_task.isBusy();
    const qint64 lastId = m_lastId;
    const QString path = m_databasePath;
    m_task.start<Outcome>(
        this,
        [path, lastId, incremental, reportNew](const std::function<bool()> &) {
            Outcome outcome;
            Database database(path, Database::uniqueConnectionName(QStringLiteral("watches")));
            if (!database.open()) {
                outcome.counts.error = database.errorString();
                return outcome;
            }
            outcome.watches = WatchStore(database.connection()).watches();
            outcome.incremental = incremental;
            if (reportNew && lastId >= 0)
                outcome.added = count(database.connection(), outcome.watches, lastId);
            outcome.counts = incremental ? outcome.added : count(database.connection(), outcome.watches);
            return outcome;
        },
        [this, reportNew](const Outcome &outcome) { deliver(outcome, reportNew); });
}

void WatchCounter::deliver(const Outcome &outcome, bool reportNew)
{
    if (!outcome.counts.error.isEmpty()) {
        Q_EMIT failed(outcome.counts.error);
        return;
    }
    QHash<qint64, int> unread;
    bool unknown = false; // a watch saved since the last count: its old count is not known
    for (const Watch &watch : outcome.watches) {
        const int counted = outcome.counts.unread.value(watch.id);
        unknown = unknown || (outcome.incremental && !m_unread.contains(watch.id));
        unread.insert(watch.id, outcome.incremental ? m_unread.value(watch.id) + counted : counted);
    }
    m_unread = unread;
    m_lastId = outcome.counts.lastId;
    if (reportNew) {
        QVector<QPair<QString, int>> added;
        for (const Watch &watch : outcome.watches) {
            const int count = outcome.added.unread.value(watch.id);
            if (count > 0)
                added.append({ watch.name, count });
        }
        if (!added.isEmpty())
            Q_EMIT newArticles(added);
    }
    Q_EMIT countsChanged();
    if (unknown)
        recount();
}

} // namespace Veille
