// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelinecounter.h"

#include "articles/articlestore.h"
#include "db/database.h"
#include "db/querybudget.h"

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
}

TimelineCounter::~TimelineCounter() = default;

void TimelineCounter::count(const ArticleQuery &query, qint64 overlayEntity)
{
    start(query, overlayEntity, std::nullopt);
}

void TimelineCounter::start(const ArticleQuery &query, qint64 overlayEntity,
                            const std::optional<DateHistogram> &estimate)
{
    m_task.start<Result>(
        this,
        [path = m_databasePath, query, overlayEntity, mayEstimate = !estimate](const std::function<bool()> &cancelled) {
            return run(path, query, overlayEntity, mayEstimate, cancelled);
        },
        [this, query, overlayEntity, estimate](const Result &result) {
            // Exact counts that failed leave the estimate in view, with why.
            if (estimate && !result.error.isEmpty()) {
                Q_EMIT counted(*estimate, result.error);
                return;
            }
            Q_EMIT counted(result.histogram, result.error);
            // An estimate: the exact counts follow, unless a newer count
            // supersedes them.
            if (result.histogram.sampledEvery() > 1 && result.error.isEmpty())
                start(query, overlayEntity, result.histogram);
        });
}

TimelineCounter::Result TimelineCounter::run(const QString &databasePath, ArticleQuery query, qint64 overlayEntity,
                                             bool mayEstimate, const std::function<bool()> &cancelled)
{
    Result result;
    Database database(databasePath, Database::uniqueConnectionName(QStringLiteral("timeline")));
    if (!database.open()) {
        result.error = database.errorString();
        return result;
    }
    const QueryBudget budget(database.connection(), TimelineMilliseconds, cancelled);
    const ArticleStore store(database.connection());
    if (mayEstimate)
        query.sampleEvery = DateHistogram::sampleRate(store, query);
    result.histogram = DateHistogram::read(store, query, overlayEntity, &result.error);
    if (budget.exceeded())
        result.error = tr("counting took more than %n second(s).", nullptr, TimelineMilliseconds / 1000);
    return result;
}

} // namespace Veille
