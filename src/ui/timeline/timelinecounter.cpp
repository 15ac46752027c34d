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
    m_task.start<Result>(
        this,
        [path = m_databasePath, query, overlayEntity](const std::function<bool()> &cancelled) {
            return run(path, query, overlayEntity, cancelled);
        },
        [this](const Result &result) { Q_EMIT counted(result.histogram, result.error); });
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
    if (budget.exceeded())
        result.error = tr("counting took more than %n second(s).", nullptr, TimelineMilliseconds / 1000);
    return result;
}

} // namespace Veille
