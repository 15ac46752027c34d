// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/articlesearcher.h"

#include "db/database.h"
#include "db/querybudget.h"
#include "entities/entitystore.h"
#include "search/searchquery.h"

#include <algorithm>
#include <limits>

namespace Veille {

ArticleSearcher::ArticleSearcher(const QString &databasePath, int pageSize, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_pageSize(pageSize)
{
    qRegisterMetaType<Veille::ArticleSearcher::Result>();
}

ArticleSearcher::~ArticleSearcher() = default;

void ArticleSearcher::search(const ArticleQuery &base, const QString &text)
{
    m_counter.cancel();
    const QString path = m_databasePath;
    const int pageSize = m_pageSize;
    const auto generation = std::make_shared<quint64>(0);
    *generation = m_task.start<Result>(
        this,
        [path, pageSize, base, text](const std::function<bool()> &cancelled) {
            Database database(path, Database::uniqueConnectionName(QStringLiteral("search")));
            if (!database.open()) {
                Result failed;
                failed.error = database.errorString();
                return failed;
            }
            // A newer search, or the searcher's end, stops this one at once.
            return run(database.connection(), base, text, pageSize, ArticleStore::RelevanceLimit,
                       QueryBudget::DefaultMilliseconds, cancelled, true);
        },
        [this, generation](const Result &result) {
            Result delivered = result;
            delivered.generation = *generation;
            Q_EMIT finished(delivered);
            if (delivered.countPending)
                count(delivered.query, delivered.generation);
        });
}

// The count after the first page, on a worker of its own: a name in most
// of 200,000 grouped articles takes two seconds to count, and its first
// page 2 ms.
void ArticleSearcher::count(const ArticleQuery &query, quint64 generation)
{
    const QString path = m_databasePath;
    using Counted = std::pair<int, QString>;
    m_counter.start<Counted>(
        this,
        [path, query](const std::function<bool()> &cancelled) {
            Database database(path, Database::uniqueConnectionName(QStringLiteral("count")));
            if (!database.open())
                return Counted { -1, database.errorString() };
            const QueryBudget budget(database.connection(), QueryBudget::DefaultMilliseconds, cancelled);
            const ArticleStore store(database.connection());
            const int count = store.count(query);
            if (budget.stopped())
                return Counted { -1, stoppedMessage(budget) };
            return store.lastError().isEmpty() ? Counted { count, {} } : Counted { -1, store.lastError() };
        },
        [this, generation](const Counted &counted) {
            Q_EMIT this->counted(generation, counted.first, counted.second);
        });
}

QString ArticleSearcher::stoppedMessage(const QueryBudget &budget)
{
    return budget.exceeded() ? SearchQuery::tr("The search took too long and was stopped; try fewer words.")
                             : SearchQuery::tr("The search was cancelled.");
}

ArticleSearcher::Result ArticleSearcher::run(const QSqlDatabase &db, const ArticleQuery &base, const QString &text,
                                             int pageSize, int relevanceLimit, int milliseconds,
                                             const std::function<bool()> &cancelled, bool countLater)
{
    Result result;
    result.text = text;
    const SearchQuery search = SearchQuery::parse(text);

    // One budget for every statement of the search: once it is spent, each
    // fails at once, and the store's error is replaced by the reason.
    const QueryBudget budget(db, milliseconds, cancelled);
    const ArticleQuery query = applySearch(db, base, search, &budget, result.problems);
    if (!budget.stopped())
        readMatches(db, query, pageSize, relevanceLimit, budget, countLater, result);
    if (budget.stopped()) {
        result.stopped = true;
        result.error = stoppedMessage(budget);
    }
    return result;
}

ArticleQuery ArticleSearcher::queryFor(const QSqlDatabase &db, const ArticleQuery &base, const QString &text,
                                       QStringList *problems, const EntityStore::Finder &find)
{
    QStringList found;
    const ArticleQuery query = applySearch(db, base, SearchQuery::parse(text), nullptr, found, find);
    if (problems)
        *problems << found;
    return query;
}

ArticleQuery ArticleSearcher::applySearch(const QSqlDatabase &db, const ArticleQuery &base, SearchQuery search,
                                          const QueryBudget *budget, QStringList &problems,
                                          const EntityStore::Finder &find)
{
    problems << search.problems();
    // A prefix of a few words is searched as those words (`cyber*` at a
    // million articles: FTS5 merged its lists at each look-up of a row).
    constexpr int WordsPerPrefix = 8;
    const ArticleStore store(db);
    search.expandPrefixes([&store](const QString &prefix) { return store.wordsBeginning(prefix, WordsPerPrefix); });
    ArticleQuery query = base;
    query.match = search.match();
    query.exclude = search.exclude();
    search.applyTo(query);
    if (query.dateFrom && query.dateTo && query.dateFrom > query.dateTo)
        problems << SearchQuery::tr("The dates leave no day between them.");
    if (search.entities().isEmpty())
        return query;
    const EntityStore entities(db);
    const QStringList names = search.entities();
    for (const QString &name : names) {
        if (budget && budget->stopped())
            return query;
        QVector<qint64> ids;
        if (find) {
            ids = find(name);
        } else {
            const QVector<Entity> found = entities.find(name);
            for (const Entity &entity : found)
                ids.append(entity.id);
        }
        if (ids.isEmpty())
            problems << SearchQuery::tr("No entity is named “%1”.").arg(name);
        query.entitySets.append(ids);
    }
    rarestFirst(db, query.entitySets);
    return query;
}

void ArticleSearcher::rarestFirst(const QSqlDatabase &db, QVector<QVector<qint64>> &sets)
{
    // The sets are ANDed, so their order changes no row; the first entity
    // alone leads a date-sorted list, and the rarest one walks fewest rows.
    if (sets.size() < 2)
        return;
    const ArticleStore store(db);
    QVector<QPair<int, QVector<qint64>>> sized;
    for (const QVector<qint64> &set : std::as_const(sets)) {
        ArticleQuery alone;
        alone.entitySets = { set };
        sized.append({ set.size() == 1 ? store.count(alone) : std::numeric_limits<int>::max(), set });
    }
    std::stable_sort(sized.begin(), sized.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (int k = 0; k < sets.size(); ++k)
        sets[k] = sized.at(k).second;
}

void ArticleSearcher::readMatches(const QSqlDatabase &db, ArticleQuery query, int pageSize, int relevanceLimit,
                                  const QueryBudget &budget, bool countLater, Result &result)
{
    const ArticleStore store(db);
    // A stopped statement fails, and so would the next ones: one is enough.
    // An eighth or more of the newest articles of a large corpus: a first
    // page looks its rows up one by one (some 400 look-ups for a page of
    // 50; reading 125,000 matches first takes longer, even for a phrase),
    // unless a prefix makes each look-up expand it again. A smaller corpus
    // reads its matches in a few milliseconds, and keeps the scores of its
    // snippets.
    constexpr qint64 MostFrom = 50000;
    const bool prefix = query.match.contains(QLatin1Char('*'));
    query.matchShare = ArticleQuery::MatchShare::Few;
    if (store.isCommonMatch(query.match))
        query.matchShare = !prefix && store.lastArticleId() >= MostFrom && store.isCommonLately(query.match, 8)
            ? ArticleQuery::MatchShare::Most
            : ArticleQuery::MatchShare::Common;
    if (budget.stopped())
        return;
    // Ranking needs to know whether there are more than relevanceLimit
    // matches: past that, the date sorts. With countLater, counting stops
    // there, and the count of a common word follows its first page.
    const bool ranked = query.sortKey == ArticleQuery::SortKey::Relevance && !query.match.isEmpty();
    int known = -1; // the count, when it is known before the page
    if (ranked || !countLater) {
        const int counted = store.count(query, ranked && countLater ? relevanceLimit + 1 : 0);
        if (budget.stopped())
            return;
        if (ranked && counted > relevanceLimit) {
            query.sortKey = ArticleQuery::SortKey::Date;
            query.order = Qt::DescendingOrder;
            result.sortedByDateInstead = true;
        }
        if (!countLater || counted <= relevanceLimit)
            known = counted;
    }
    result.query = query;
    result.firstPage = store.page(query, std::nullopt, pageSize);
    if (known >= 0) {
        result.count = known;
    } else {
        result.count = int(result.firstPage.rows.size());
        result.countPending = result.count == pageSize;
    }
    result.error = store.lastError();
}

} // namespace Veille
