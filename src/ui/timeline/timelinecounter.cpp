// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelinecounter.h"

#include "articles/articlestore.h"
#include "db/database.h"
#include "db/querybudget.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace Veille {

namespace {
// Far below a search's budget: a timeline that takes longer is dropped,
// the list still shows.
constexpr int TimelineMilliseconds = 3000;
} // namespace

TimelineCounter::TimelineCounter(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
{
    // One count at a time: a queued one that is already stale is skipped.
    m_pool.setMaxThreadCount(1);
}

TimelineCounter::~TimelineCounter()
{
    ++*m_generation;
    m_pool.waitForDone();
}

void TimelineCounter::count(const ArticleQuery &query, qint64 overlayEntity)
{
    const quint64 generation = ++*m_generation;
    m_pending = true;
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != *m_generation)
            return;
        m_pending = false;
        const Result result = watcher->result();
        Q_EMIT counted(result.histogram, result.error);
    });
    const auto current = m_generation;
    const auto cancelled = [generation, current] { return generation != *current; };
    watcher->setFuture(QtConcurrent::run(&m_pool, [path = m_databasePath, query, overlayEntity, cancelled] {
        return cancelled() ? Result() : run(path, query, overlayEntity, cancelled);
    }));
}

TimelineCounter::Result TimelineCounter::run(const QString &databasePath, const ArticleQuery &query,
                                             qint64 overlayEntity, const std::function<bool()> &cancelled)
{
    Result result;
    Database database(databasePath, Database::uniqueConnectionName(QStringLiteral("timeline")));
    if (!database.open()) {
        result.error = database.errorString();
        return result;
    }
    const QueryBudget budget(database.connection(), TimelineMilliseconds, cancelled);
    result.histogram = DateHistogram::read(ArticleStore(database.connection()), query, overlayEntity, &result.error);
    return result;
}

} // namespace Veille
