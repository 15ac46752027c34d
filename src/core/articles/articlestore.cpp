// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articles/articlestore.h"

#include "articles/articlestatestore.h"
#include "articles/tsquerytext.h"
#include "db/sqldialect.h"
#include "db/sqltext.h"
#include "db/transaction.h"
#include "text/textfold.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <utility>

namespace Veille {

namespace {
// Relevance needs a match to rank by; without one, the list is by date.
ArticleQuery::SortKey sortKeyOf(const ArticleQuery &query)
{
    if (query.sortKey == ArticleQuery::SortKey::Relevance && query.match.isEmpty())
        return ArticleQuery::SortKey::Date;
    return query.sortKey;
}

QString sortColumn(const ArticleQuery &query)
{
    switch (sortKeyOf(query)) {
    case ArticleQuery::SortKey::Relevance:
        return QStringLiteral("hit_rank");
    case ArticleQuery::SortKey::Title:
        return QStringLiteral("title_key");
    case ArticleQuery::SortKey::Source:
        return QStringLiteral("source");
    case ArticleQuery::SortKey::Date:
        break;
    }
    return QStringLiteral("date_key");
}

// The ORDER BY of a query, and the comparison that means "after" in it.
struct Ordering {
    QString orderBy;
    QString after; // the rows after :value and :id
    QString stop; // the rows up to :stop_value and :stop_id
};

Ordering ordering(const ArticleQuery &query, bool backwards)
{
    // bm25 is lower for better matches, and the best come first.
    const bool relevance = sortKeyOf(query) == ArticleQuery::SortKey::Relevance;
    const bool ascending = (relevance || query.order == Qt::AscendingOrder) != backwards;
    const QString column = sortColumn(query);
    const QString direction = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QString key = QStringLiteral("(") + column + QStringLiteral(", id) ");
    return { QStringLiteral(" ORDER BY ") + column + direction + QStringLiteral(", id") + direction,
             key + (ascending ? QLatin1Char('>') : QLatin1Char('<')) + QStringLiteral(" (:value, :id)"),
             key + (ascending ? QStringLiteral("<=") : QStringLiteral(">="))
                 + QStringLiteral(" (:stop_value, :stop_id)") };
}

// The filters of a query as SQL conditions on articles, ANDed, in the
// connection's dialect; bind() sets their parameters.
struct Filter {
    QSqlDatabase db;
    SqlDialect dialect = SqlDialect::SQLite;
    QStringList conditions;
    QVariantMap values;
    void bind(QSqlQuery &query) const
    {
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            query.bindValue(it.key(), it.value());
    }
};

// The full-text search of each dialect, side by side: FTS5's articles_fts
// on SQLite; on the server, the generated tsvector articles.search, and the
// match bound as a tsquery (see TsQueryText). %1 is the match's parameter.
struct FullTextSql {
    QString id; // the article id among the matches
    QString matches; // FROM and WHERE of the matches
    QString rank; // lower for better matches; title matches weigh more
    QString row; // whether the row of articles matches, looked up by its id

    static QString with(QString sql, const QString &parameter) { return sql.replace(QLatin1String("%1"), parameter); }
};

const FullTextSql &fullText(SqlDialect dialect)
{
    static const FullTextSql sqlite {
        QStringLiteral("rowid"), QStringLiteral(" FROM articles_fts WHERE articles_fts MATCH %1"),
        QStringLiteral("bm25(articles_fts, 4.0, 1.0)"),
        QStringLiteral("EXISTS (SELECT 1 FROM articles_fts WHERE articles_fts MATCH %1 AND rowid = articles.id)")
    };
    // The weights {D, C, B, A}: a title (A) match weighs four body (B) ones,
    // as in bm25 above.
    static const FullTextSql postgres {
        QStringLiteral("id"), QStringLiteral(" FROM articles WHERE search @@ CAST(%1 AS tsquery)"),
        QStringLiteral("-ts_rank('{0.1, 0.2, 0.25, 1.0}', search, CAST(%1 AS tsquery))"),
        QStringLiteral(
            "EXISTS (SELECT 1 FROM articles m WHERE m.id = articles.id AND m.search @@ CAST(%1 AS tsquery))")
    };
    return dialect == SqlDialect::PostgreSQL ? postgres : sqlite;
}

// The value bound to a match parameter: FTS5's expression, or its tsquery
// as the server normalises it (PostgresSchema::searchQueryFunction()). It
// is asked once, so that each row reads a constant rather than parsing and
// stemming the query again; a failure here (a search stopped) fails the
// statement that binds its value too.
QString matchValue(const QSqlDatabase &db, const QString &fts5)
{
    if (!isPostgres(db))
        return fts5;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT CAST(veille_tsquery(:typed) AS TEXT)"));
    query.bindValue(QStringLiteral(":typed"), TsQueryText::fromFts5(fts5));
    return query.exec() && query.next() ? query.value(0).toString() : QStringLiteral("!");
}

// The ids, as \a alias, and bm25 or ts_rank of the articles that :match finds.
QString rankedMatches(SqlDialect dialect, const QString &alias)
{
    const FullTextSql &sql = fullText(dialect);
    const QString match = QStringLiteral(":match");
    return QStringLiteral("SELECT ") + sql.id + QStringLiteral(" AS ") + alias + QStringLiteral(", ")
        + FullTextSql::with(sql.rank, match) + QStringLiteral(" AS hit_rank") + FullTextSql::with(sql.matches, match);
}

// A flag column as a condition: SQLite reads an integer as a truth (and
// then uses the partial indexes "WHERE starred"), PostgreSQL does not.
QString isSet(SqlDialect dialect, const QString &column)
{
    return dialect == SqlDialect::PostgreSQL ? column + QStringLiteral(" <> 0") : column;
}

// Whether a filter reads an article's own columns, not only its id.
bool readsColumns(const ArticleQuery &query)
{
    return !query.source.isEmpty() || !query.sourcesContaining.isEmpty() || query.dateFrom || query.dateTo
        || query.importedSince;
}

// With a relevance sort and filters on ids only, rows are ranked in the
// index alone and joined to articles for one page only (measured: 16 ms
// down to 3 ms for 1,888 matches).
bool ranksInIndex(const ArticleQuery &query)
{
    return sortKeyOf(query) == ArticleQuery::SortKey::Relevance && !readsColumns(query);
}

// The entity whose articles a date-sorted list walks in article_entities,
// newest first, stopping after a page (an entity in 83 % of 200,000
// articles: 413 ms down to a few); 0 when the list walks the articles.
// A filter on other columns of articles, or a rare word, leads better.
// The matchShare hint, unless the query reads a sample: its few matches
// lead better than the walk of every row.
ArticleQuery::MatchShare matchShare(const ArticleQuery &query)
{
    return query.sampleEvery <= 1 ? query.matchShare : ArticleQuery::MatchShare::Few;
}

bool commonMatch(const ArticleQuery &query)
{
    return matchShare(query) != ArticleQuery::MatchShare::Few;
}

qint64 leadingEntity(const ArticleQuery &query)
{
    // A count after an import (idAbove) reads the new rows from the
    // mentions index, ordered by article, rather than an entity's rows.
    if (sortKeyOf(query) != ArticleQuery::SortKey::Date || !query.source.isEmpty() || !query.sourcesContaining.isEmpty()
        || (!query.match.isEmpty() && !commonMatch(query)) || query.idAbove)
        return 0;
    for (const QVector<qint64> &set : query.entitySets) {
        if (set.size() == 1)
            return set.first();
    }
    return query.entityId;
}

// The table rows come from. With a relevance sort it holds hit_rank, and
// the match is this table, not a filter(); "articles" then names the
// ranked matches, so that filters on articles.id read the same. Led by an
// entity, it is that entity's rows of article_entities, with their id and
// date_key.
QString from(const ArticleQuery &query, SqlDialect dialect)
{
    if (leadingEntity(query))
        return QStringLiteral(" FROM (SELECT article_id AS id, date_key FROM article_entities"
                              " WHERE entity_id = :lead) AS articles");
    if (sortKeyOf(query) != ArticleQuery::SortKey::Relevance)
        return QStringLiteral(" FROM articles");
    if (ranksInIndex(query))
        return QStringLiteral(" FROM (") + rankedMatches(dialect, QStringLiteral("id"))
            + QStringLiteral(") AS articles");
    return QStringLiteral(" FROM articles JOIN (") + rankedMatches(dialect, QStringLiteral("hit_id"))
        + QStringLiteral(") AS hits ON hits.hit_id = articles.id");
}

// "id % 64 = 0" for a query that reads a sample, or nothing. In the
// full-text subquery too: FTS5 then hands over a sixty-fourth of a common
// word's rows, not all of them to be tested.
QString sampleCondition(const ArticleQuery &query, const QString &id)
{
    return query.sampleEvery > 1 ? QStringLiteral("%1 % %2 = 0").arg(id).arg(query.sampleEvery) : QString();
}

// The rows of the full-text index an FTS5 expression names, within the
// query's id bound: FTS5 skips to the bound itself, so a count after an
// import reads only the index's new rows.
QString ftsRows(const ArticleQuery &query, const QString &parameter, SqlDialect dialect)
{
    const FullTextSql &sql = fullText(dialect);
    return QStringLiteral("SELECT ") + sql.id + QStringLiteral(" AS id") + FullTextSql::with(sql.matches, parameter)
        + (query.idAbove ? QStringLiteral(" AND ") + sql.id + QStringLiteral(" > :id_above") : QString())
        + (query.sampleEvery > 1 ? QStringLiteral(" AND ") + sampleCondition(query, sql.id) : QString());
}

// "Mentions one of \a names": when the rows come from a bounded set (an
// entity's rows, or the matches ranked by relevance), each row is tested
// on its own; otherwise the entity's articles are listed once, which is
// cheap for a rare entity and lets SQLite lead with them.
QString entityCondition(const ArticleQuery &query, const QString &names, qint64 lead)
{
    // The id bound inside the subquery: the mentions index then reads only
    // the new articles' mentions of a common entity.
    if (query.idAbove)
        return QStringLiteral("id IN (SELECT article_id FROM mentions WHERE entity_id IN (") + names
            + QStringLiteral(") AND article_id > :id_above)");
    if (lead)
        return QStringLiteral("EXISTS (SELECT 1 FROM article_entities ae WHERE ae.entity_id IN (") + names
            + QStringLiteral(") AND ae.date_key = articles.date_key AND ae.article_id = articles.id)");
    if (sortKeyOf(query) == ArticleQuery::SortKey::Relevance)
        return QStringLiteral("EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = articles.id AND m.entity_id IN (")
            + names + QStringLiteral("))");
    return QStringLiteral("id IN (SELECT article_id FROM article_entities WHERE entity_id IN (") + names
        + QStringLiteral("))");
}

// How many of the list's rows a statement visits: a page or a jump a few,
// a count, the timeline or the row of an article all of them; a first
// page of a word in most articles, the first rows of the order only.
enum class Visit { Few, FirstRows, Every };

// The match as a filter. "+id" keeps SQLite from looking up every match
// by rowid: it then walks the sort index and stops after a page (measured
// on 1,888 of 2,225 articles: 13 ms down to under 1 ms). It still reads
// every match first, into a set: 250 ms for a word in every one of a
// million articles. The first rows of such a word's list are each looked
// up in the full-text index instead, a few hundred look-ups (4 ms); a
// prefix expands to all its words at each look-up (`cyber*`: over 1 s).
QString matchCondition(const ArticleQuery &query, SqlDialect dialect, Visit visit)
{
    const FullTextSql &sql = fullText(dialect);
    if (visit == Visit::FirstRows && matchShare(query) == ArticleQuery::MatchShare::Most && !query.idAbove)
        return FullTextSql::with(sql.row, QStringLiteral(":match"));
    return (commonMatch(query) ? QStringLiteral("+") : QString()) + QStringLiteral("id IN (")
        + ftsRows(query, QStringLiteral(":match"), dialect) + QLatin1Char(')');
}

// The entity filters; the leading entity \a lead is the table, not a
// condition.
void addEntityFilters(const ArticleQuery &query, qint64 lead, Filter &filter)
{
    bool led = false;
    const auto ledBy = [&](const QVector<qint64> &ids) {
        const bool leads = !led && ids.size() == 1 && ids.first() == lead;
        led = led || leads;
        return leads;
    };
    for (int set = 0; set < query.entitySets.size(); ++set) {
        const QVector<qint64> &ids = query.entitySets.at(set);
        if (ids.isEmpty()) {
            filter.conditions << QStringLiteral("1 = 0");
            continue;
        }
        if (ledBy(ids))
            continue;
        QStringList names;
        for (int k = 0; k < ids.size(); ++k) {
            names << QStringLiteral(":set%1_%2").arg(set).arg(k);
            filter.values.insert(names.last(), ids.at(k));
        }
        filter.conditions << entityCondition(query, names.join(QStringLiteral(", ")), lead);
    }
    if (query.entityId && !ledBy({ query.entityId })) {
        filter.conditions << entityCondition(query, QStringLiteral(":entity"), lead);
        filter.values.insert(QStringLiteral(":entity"), query.entityId);
    }
}

void addTextFilters(const ArticleQuery &query, Filter &filter, Visit visit)
{
    if (!query.match.isEmpty()) {
        if (sortKeyOf(query) != ArticleQuery::SortKey::Relevance)
            filter.conditions << matchCondition(query, filter.dialect, visit);
        filter.values.insert(QStringLiteral(":match"), matchValue(filter.db, query.match));
    }
    if (!query.exclude.isEmpty()) {
        filter.conditions << QStringLiteral("id NOT IN (") + ftsRows(query, QStringLiteral(":exclude"), filter.dialect)
                + QLatin1Char(')');
        filter.values.insert(QStringLiteral(":exclude"), matchValue(filter.db, query.exclude));
    }
}

// LIKE's own wildcards in user text are literal characters. SQLite's
// LIKE ignores case, PostgreSQL's ILIKE does.
void addColumnFilters(const ArticleQuery &query, Filter &filter)
{
    const QString like =
        filter.dialect == SqlDialect::PostgreSQL ? QStringLiteral("source ILIKE ") : QStringLiteral("source LIKE ");
    for (int k = 0; k < query.sourcesContaining.size(); ++k) {
        const QString name = QStringLiteral(":source%1").arg(k);
        filter.conditions << like + name + QStringLiteral(" ESCAPE '\\'");
        filter.values.insert(name, SqlText::likeContaining(query.sourcesContaining.at(k)));
    }
    if (!query.source.isEmpty()) {
        filter.conditions << QStringLiteral("source = :source");
        filter.values.insert(QStringLiteral(":source"), query.source);
    }
    // An undated article (date_key 0) is in no date range.
    if (query.dateFrom || query.dateTo)
        filter.conditions << QStringLiteral("date_key > 0");
    if (query.dateFrom) {
        filter.conditions << QStringLiteral("date_key >= :date_from");
        filter.values.insert(QStringLiteral(":date_from"), query.dateFrom);
    }
    if (query.dateTo) {
        // The whole date must be in the range: "2025" ends on 20259999, so
        // it is not within 2024..2025-06, while May 2025 is.
        filter.conditions << QStringLiteral(
            "(CASE WHEN date_key % 10000 = 0 THEN date_key + 9999"
            " WHEN date_key % 100 = 0 THEN date_key + 99 ELSE date_key END) <= :date_to");
        filter.values.insert(QStringLiteral(":date_to"), query.dateTo);
    }
    if (query.importedSince) {
        filter.conditions << QStringLiteral("updated_at >= :imported_since");
        filter.values.insert(QStringLiteral(":imported_since"), query.importedSince);
    }
}

// Whether a statement that visits every row of \a query's list visits
// about every article: no search but a common word, and no entity, dates
// or sample narrow it.
bool visitsTheCorpus(const ArticleQuery &query, Visit visit)
{
    return visit == Visit::Every && (query.match.isEmpty() || commonMatch(query)) && query.entitySets.isEmpty()
        && !query.entityId && !query.dateFrom && !query.dateTo && query.sampleEvery <= 1;
}

// The ids of the copies of stories, from their own partial index
// (article_stories_copies, which the bound on article_id leads SQLite to).
QString copyIds()
{
    return QStringLiteral(
        "SELECT t.article_id FROM article_stories t WHERE t.story_id <> t.article_id AND t.article_id > 0");
}

void addStateFilters(const ArticleQuery &query, Filter &filter, Visit visit)
{
    if (query.idAbove) {
        filter.conditions << QStringLiteral("id > :id_above");
        filter.values.insert(QStringLiteral(":id_above"), query.idAbove);
    }
    filter.conditions << sampleCondition(query, QStringLiteral("id"));
    if (query.unreadOnly)
        filter.conditions << QStringLiteral("NOT EXISTS (SELECT 1 FROM article_states s WHERE s.article_id ="
                                            " articles.id AND ")
                + isSet(filter.dialect, QStringLiteral("s.read")) + QLatin1Char(')');
    // Starred and bookmarked articles are the user's own few: their ids
    // come from an index of their own (article_states_starred,
    // passages_live), not from testing every article of the corpus in
    // the list's order, which took 0.2 s at a million.
    if (query.starredOnly)
        filter.conditions << QStringLiteral("articles.id IN (SELECT s.article_id FROM article_states s WHERE ")
                + isSet(filter.dialect, QStringLiteral("s.starred")) + QLatin1Char(')');
    if (query.bookmarkedOnly)
        filter.conditions << QStringLiteral(
            "articles.id IN (SELECT p.article_id FROM passages p WHERE p.deleted_at IS NULL)");
    // One row per story: the other articles of a story are left out. An
    // article not filed into a story stands alone. Over the whole corpus,
    // the copies are read once into a set (copyIds()): the timeline of a
    // million articles takes 0.3 s, not 2.9 s of one look-up per row. A
    // page, or a narrow list, looks up its few rows.
    if (query.storyHead == ArticleQuery::StoryHead::Original) {
        filter.conditions << (visitsTheCorpus(query, visit)
                                  ? QStringLiteral("articles.id NOT IN (") + copyIds() + QLatin1Char(')')
                                  : QStringLiteral("NOT EXISTS (SELECT 1 FROM article_stories t WHERE t.article_id"
                                                   " = articles.id AND t.story_id <> t.article_id)"));
    }
    if (query.storyHead == ArticleQuery::StoryHead::Newest)
        filter.conditions << QStringLiteral(
            "NOT EXISTS (SELECT 1 FROM article_stories t WHERE t.article_id = articles.id AND t.newest = 0)");
}

// With \a mayLead false, the rows come from articles whatever the query,
// and the leading entity is a condition like any other.
Filter filter(const ArticleQuery &query, const QSqlDatabase &db, bool mayLead = true, Visit visit = Visit::Few)
{
    Filter filter;
    filter.db = db;
    filter.dialect = sqlDialect(db);
    const qint64 lead = mayLead ? leadingEntity(query) : 0;
    if (lead)
        filter.values.insert(QStringLiteral(":lead"), lead);
    addEntityFilters(query, lead, filter);
    addTextFilters(query, filter, visit);
    addColumnFilters(query, filter);
    addStateFilters(query, filter, visit);
    return filter;
}

// " WHERE a AND b", or nothing.
QString where(QStringList conditions)
{
    conditions.removeAll(QString());
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

// An article's read state as bits (1 read, 2 starred, 4 updated), by
// primary key: only the page's own rows are looked up.
QString stateFlags(const QString &table)
{
    return QStringLiteral(", (SELECT s.read | (s.starred << 1) | CASE WHEN s.changed_at IS NULL THEN 0 ELSE 4 END"
                          " FROM article_states s WHERE s.article_id = ")
        + table + QStringLiteral(".id)");
}

// An article's story id and how many other articles the story holds, by
// primary key and by the story index: only the page's own rows are read.
QString storyColumns(const QString &table)
{
    const QString story = QStringLiteral("(SELECT t.story_id FROM article_stories t WHERE t.article_id = ") + table
        + QStringLiteral(".id)");
    return QStringLiteral(", coalesce(") + story + QStringLiteral(", ") + table
        + QStringLiteral(".id), (SELECT count(*) FROM article_stories c WHERE c.story_id = ") + story
        + QStringLiteral(")");
}

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

// The statement of ArticleStore::count(), when entity_counts cannot
// answer; sets \a filtered to its parameters. With \a upTo, it stops
// counting there.
QString countSql(const ArticleQuery &articleQuery, const QSqlDatabase &db, Filter &filtered, int upTo = 0)
{
    ArticleQuery unranked = articleQuery;
    unranked.sortKey = ArticleQuery::SortKey::Date;
    // The hint walks every row and tests it against all the matches, read
    // first; a count that stops early lets the matches lead.
    if (upTo > 0)
        unranked.matchShare = ArticleQuery::MatchShare::Few;
    const bool indexOnly = !articleQuery.match.isEmpty() && !readsColumns(articleQuery);
    if (indexOnly)
        unranked.match.clear();
    // Without the match, the rows are still the matches only.
    filtered = filter(unranked, db, !indexOnly, indexOnly ? Visit::Few : Visit::Every);
    const SqlDialect dialect = filtered.dialect;
    QString table = from(unranked, dialect);
    if (indexOnly) {
        table = QStringLiteral(" FROM (") + ftsRows(articleQuery, QStringLiteral(":match"), dialect)
            + QStringLiteral(") AS articles");
        filtered.values.insert(QStringLiteral(":match"), matchValue(db, articleQuery.match));
    }
    const QString rows = table + where(filtered.conditions);
    if (upTo > 0)
        return QStringLiteral("SELECT count(*) FROM (SELECT 1") + rows
            + QStringLiteral(" LIMIT %1) AS capped").arg(upTo);
    return QStringLiteral("SELECT count(*)") + rows;
}

// Whether the first page of \a query may look its rows up one by one:
// a word in most articles, in a list that walks the articles' order.
bool walksFirstRows(const ArticleQuery &query)
{
    return matchShare(query) == ArticleQuery::MatchShare::Most && sortKeyOf(query) != ArticleQuery::SortKey::Relevance
        && !leadingEntity(query);
}

// The statement of ArticleStore::page(), continuing after :value and :id
// when \a after, for :limit rows. With \a stop, the rows end at the row
// bound as :stop_value and :stop_id (walksFirstRows()).
QString pageSql(const ArticleQuery &articleQuery, const Filter &filtered, bool after, bool backwards, bool stop = false)
{
    const Ordering order = ordering(articleQuery, backwards);
    const QString conditions =
        where(filtered.conditions + QStringList { after ? order.after : QString(), stop ? order.stop : QString() });
    if (!ranksInIndex(articleQuery) && !leadingEntity(articleQuery))
        return QStringLiteral("SELECT id, title, date_key, source, ") + sortColumn(articleQuery)
            + stateFlags(QStringLiteral("articles")) + storyColumns(QStringLiteral("articles"))
            + from(articleQuery, filtered.dialect) + conditions + order.orderBy + QStringLiteral(" LIMIT :limit");
    // The page's rows are found in an index alone, then joined to articles
    // for their title and source.
    const QString direction =
        order.orderBy.endsWith(QLatin1String("ASC")) ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    return QStringLiteral("SELECT a.id, a.title, a.date_key, a.source, r.hit_rank") + stateFlags(QStringLiteral("a"))
        + storyColumns(QStringLiteral("a")) + QStringLiteral(" FROM (SELECT id AS hit_id, ") + sortColumn(articleQuery)
        + QStringLiteral(" AS hit_rank") + from(articleQuery, filtered.dialect) + conditions + order.orderBy
        + QStringLiteral(" LIMIT :limit) AS r JOIN articles AS a ON a.id = r.hit_id ORDER BY r.hit_rank") + direction
        + QStringLiteral(", r.hit_id") + direction;
}

// The statement of ArticleStore::readHits(): each row's id, snippet and
// rank, for the rows named by \a rows. SQLite's snippet() cuts with "…"
// itself; ts_headline() does not, so the server also gives the body, for
// withCuts().
QString hitsSql(SqlDialect dialect, const QString &rows, bool seek)
{
    if (dialect == SqlDialect::PostgreSQL)
        return QStringLiteral("SELECT id, ts_headline('veille_french', body, CAST(:match AS tsquery),"
                              " 'StartSel=' || :open || ', StopSel=' || :close || ', MaxWords=16, MinWords=15'), ")
            + FullTextSql::with(fullText(dialect).rank, QStringLiteral(":match"))
            + QStringLiteral(", body FROM articles WHERE id IN (") + rows + QLatin1Char(')');
    // Seeking, bm25() would read the whole match again for each row (30 ms
    // a row for a word in every one of a million articles): no score.
    return QStringLiteral("SELECT rowid, snippet(articles_fts, 1, :open, :close, :cut, 16), ")
        + (seek ? QStringLiteral("NULL") : fullText(dialect).rank)
        + QStringLiteral(" FROM articles_fts WHERE articles_fts MATCH :match AND ")
        + (seek ? QStringLiteral("rowid IN (") : QStringLiteral("+rowid IN (")) + rows + QLatin1Char(')');
}

void bindSnippetMarks(QSqlQuery &query, SqlDialect dialect)
{
    query.bindValue(QStringLiteral(":open"), QString(QChar(SearchHit::OpenMark)));
    query.bindValue(QStringLiteral(":close"), QString(QChar(SearchHit::CloseMark)));
    if (dialect == SqlDialect::SQLite)
        query.bindValue(QStringLiteral(":cut"), QStringLiteral("…"));
}

// ts_headline() marks each part of a word, FTS5's snippet() the word as
// a whole: marks only a hyphen or an apostrophe apart become one
// ("[États-Unis]", not "[États]-[Unis]"). Across a space they stay apart,
// as FTS5 marks each of "commun commun"; a phrase is marked word by word.
QString joinedMarks(QString marked)
{
    static const QRegularExpression between(QString(QChar(SearchHit::CloseMark)) + QStringLiteral("([\\-'’]+)")
                                            + QString(QChar(SearchHit::OpenMark)));
    return marked.replace(between, QStringLiteral("\\1"));
}

// A ts_headline() excerpt with "…" where it cuts \a body, as SQLite's
// snippet() gives it: where words of the body come before or after it.
QString withCuts(const QString &marked, const QString &body)
{
    QString plain = marked;
    plain.remove(QChar(SearchHit::OpenMark));
    plain.remove(QChar(SearchHit::CloseMark));
    plain = plain.trimmed();
    const int at = plain.isEmpty() ? -1 : int(body.indexOf(plain));
    if (at < 0)
        return marked;
    const auto hasWord = [](const QString &text) {
        return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetterOrNumber(); });
    };
    return (hasWord(body.left(at)) ? QStringLiteral("…") : QString()) + joinedMarks(marked.trimmed())
        + (hasWord(body.mid(at + plain.size())) ? QStringLiteral("…") : QString());
}

// The statement of ArticleStore::cursorBefore(): the row :offset rows on,
// from the start or after :value and :id. Only the index is read: (sort
// column, id) covers it.
QString jumpSql(const ArticleQuery &articleQuery, const Filter &filtered, bool start)
{
    const Ordering order = ordering(articleQuery, false);
    return QStringLiteral("SELECT ") + sortColumn(articleQuery) + QStringLiteral(", id")
        + from(articleQuery, filtered.dialect)
        + where(filtered.conditions + QStringList { start ? order.after : QString() }) + order.orderBy
        + QStringLiteral(" LIMIT 1 OFFSET :offset");
}
} // namespace

ArticleStore::ArticleStore(const QSqlDatabase &db)
    : m_db(db)
{
}

bool ArticleStore::beginTransaction()
{
    return Transaction::begin(m_db, m_error);
}

bool ArticleStore::commitTransaction()
{
    return Transaction::commit(m_db, m_error);
}

void ArticleStore::rollbackTransaction()
{
    Transaction::rollback(m_db);
}

ArticleStore::Outcome ArticleStore::upsert(Article &article)
{
    // Another client may store the same path between our look-up and our
    // insert: the insert then does nothing, and the second try finds the
    // article stored.
    bool raced = false;
    const Outcome outcome = tryUpsert(article, &raced);
    return raced ? tryUpsert(article, &raced) : outcome;
}

ArticleStore::Outcome ArticleStore::tryUpsert(Article &article, bool *raced)
{
    QSqlQuery existing(m_db);
    existing.prepare(QStringLiteral("SELECT id, content_hash, title, body FROM articles WHERE path = :path"));
    existing.bindValue(QStringLiteral(":path"), article.path);
    if (!existing.exec())
        return m_error.fail(existing, Outcome::Failed);

    const bool found = existing.next();
    if (found && existing.value(1).toString() == article.contentHash) {
        article.id = existing.value(0).toLongLong();
        return Outcome::Unchanged;
    }
    const QString oldTitle = found ? existing.value(2).toString() : QString();
    const QString oldBody = found ? existing.value(3).toString() : QString();
    if (found)
        article.id = existing.value(0).toLongLong();
    // The read ends before the writes: outside a transaction, a write on a
    // connection still reading an older snapshot fails at once (SQLite's
    // BUSY_SNAPSHOT) when another connection wrote in between.
    existing.finish();
    if (found && !forgetIndexed(article.id, oldTitle, oldBody))
        return Outcome::Failed;
    if (!writeArticle(article, found, raced))
        return Outcome::Failed;
    if (*raced)
        return Outcome::Unchanged;
    if (!index(article))
        return Outcome::Failed;
    if (found && !markUpdated(article.id))
        return Outcome::Failed;
    return found ? Outcome::Updated : Outcome::Inserted;
}

bool ArticleStore::writeArticle(Article &article, bool found, bool *raced)
{
    QSqlQuery write(m_db);
    if (found) {
        write.prepare(QStringLiteral("UPDATE articles SET content_hash = :hash, title = :title, title_key = :title_key,"
                                     " date_key = :date_key, source = :source, photo_credit = :photo_credit,"
                                     " body = :body, updated_at = :now WHERE id = :id"));
        write.bindValue(QStringLiteral(":id"), article.id);
    } else {
        // The path is the article's identity: the insert of a path another
        // client stored meanwhile does nothing and returns no id.
        write.prepare(QStringLiteral("INSERT INTO articles(path, content_hash, title, title_key, date_key, source,"
                                     " photo_credit, body, imported_at, updated_at) VALUES(:path, :hash, :title,"
                                     " :title_key, :date_key, :source, :photo_credit, :body, :now, :now)"
                                     " ON CONFLICT(path) DO NOTHING RETURNING id"));
        write.bindValue(QStringLiteral(":path"), article.path);
    }
    write.bindValue(QStringLiteral(":hash"), article.contentHash);
    write.bindValue(QStringLiteral(":title"), SqlText::notNull(article.title));
    write.bindValue(QStringLiteral(":title_key"), comparisonKey(article.title));
    write.bindValue(QStringLiteral(":date_key"), article.date.sortKey());
    write.bindValue(QStringLiteral(":source"), SqlText::notNull(article.source));
    write.bindValue(QStringLiteral(":photo_credit"), SqlText::notNull(article.photoCredit));
    write.bindValue(QStringLiteral(":body"), SqlText::notNull(article.body));
    write.bindValue(QStringLiteral(":now"), now());
    if (!write.exec())
        return m_error.fail(write, false);
    if (!found) {
        *raced = !write.next();
        if (!*raced)
            article.id = write.value(0).toLongLong();
    }
    return true;
}

// External-content FTS5 forgets a row only when told its old text; the
// server's tsvector is a generated column that follows the row.
bool ArticleStore::forgetIndexed(qint64 id, const QString &title, const QString &body)
{
    if (isPostgres(m_db))
        return true;
    QSqlQuery write(m_db);
    write.prepare(QStringLiteral("INSERT INTO articles_fts(articles_fts, rowid, title, body)"
                                 " VALUES('delete', :id, :title, :body)"));
    write.bindValue(QStringLiteral(":id"), id);
    write.bindValue(QStringLiteral(":title"), title);
    write.bindValue(QStringLiteral(":body"), body);
    return m_error.exec(write);
}

bool ArticleStore::index(const Article &article)
{
    if (isPostgres(m_db))
        return true;
    QSqlQuery index(m_db);
    index.prepare(QStringLiteral("INSERT INTO articles_fts(rowid, title, body) VALUES(:id, :title, :body)"));
    index.bindValue(QStringLiteral(":id"), article.id);
    index.bindValue(QStringLiteral(":title"), SqlText::notNull(article.title));
    index.bindValue(QStringLiteral(":body"), SqlText::notNull(article.body));
    return m_error.exec(index);
}

std::optional<Article> ArticleStore::article(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT path, content_hash, title, date_key, source, photo_credit, body"
                                 " FROM articles WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return m_error.fail(query, std::nullopt);
    if (!query.next())
        return std::nullopt;
    Article article;
    article.id = id;
    article.path = query.value(0).toString();
    article.contentHash = query.value(1).toString();
    article.title = query.value(2).toString();
    article.date = PartialDate::fromSortKey(query.value(3).toInt());
    article.source = query.value(4).toString();
    article.photoCredit = query.value(5).toString();
    article.body = query.value(6).toString();
    return article;
}

int ArticleStore::count(const ArticleQuery &articleQuery, int upTo) const
{
    // Counting needs no ranking. When no filter reads an article's columns,
    // the index alone counts, and no article row is read.
    ArticleQuery unranked = articleQuery;
    unranked.sortKey = ArticleQuery::SortKey::Date;
    if (const std::optional<int> counted = entityCount(unranked))
        return upTo > 0 ? std::min(*counted, upTo) : *counted;
    Filter filtered;
    QSqlQuery query(m_db);
    query.prepare(countSql(articleQuery, m_db, filtered, upTo));
    filtered.bind(query);
    if (!query.exec() || !query.next())
        return m_error.fail(query, 0);
    return query.value(0).toInt();
}

ArticleStore::Page ArticleStore::page(const ArticleQuery &articleQuery, const std::optional<ArticleCursor> &after,
                                      int limit, bool backwards) const
{
    // A word in most articles: the first page looks the first rows of the
    // order up one by one, rather than reading a million matches first.
    // When those rows hold too few (the word is common at other dates,
    // or other filters leave few), every match is read after all.
    constexpr int RowsWalkedPerRow = 8;
    if (!after && !backwards && walksFirstRows(articleQuery)) {
        const std::optional<ArticleCursor> stop = cursorOfRow(articleQuery, RowsWalkedPerRow * limit);
        Page first = readPage(articleQuery, std::nullopt, limit, false, stop);
        if (first.rows.size() >= limit || !stop)
            return first;
    }
    return readPage(articleQuery, after, limit, backwards, std::nullopt);
}

std::optional<ArticleCursor> ArticleStore::cursorOfRow(const ArticleQuery &articleQuery, int row) const
{
    // The order's own index alone, whatever the filters.
    ArticleQuery unfiltered;
    unfiltered.sortKey = articleQuery.sortKey;
    unfiltered.order = articleQuery.order;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT ") + sortColumn(unfiltered) + QStringLiteral(", id FROM articles")
                  + ordering(unfiltered, false).orderBy + QStringLiteral(" LIMIT 1 OFFSET :offset"));
    query.bindValue(QStringLiteral(":offset"), row);
    if (!query.exec())
        return m_error.fail(query, std::nullopt);
    if (!query.next())
        return std::nullopt;
    return ArticleCursor { query.value(0), query.value(1).toLongLong() };
}

ArticleStore::Page ArticleStore::readPage(const ArticleQuery &articleQuery, const std::optional<ArticleCursor> &after,
                                          int limit, bool backwards, const std::optional<ArticleCursor> &stop) const
{
    const Filter filtered = filter(articleQuery, m_db, true, stop ? Visit::FirstRows : Visit::Few);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(pageSql(articleQuery, filtered, after.has_value(), backwards, stop.has_value()));
    filtered.bind(query);
    if (after) {
        query.bindValue(QStringLiteral(":value"), after->sortValue);
        query.bindValue(QStringLiteral(":id"), after->id);
    }
    if (stop) {
        query.bindValue(QStringLiteral(":stop_value"), stop->sortValue);
        query.bindValue(QStringLiteral(":stop_id"), stop->id);
    }
    query.bindValue(QStringLiteral(":limit"), limit);
    Page page;
    if (!query.exec())
        return m_error.fail(query, page);
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const int flags = query.value(5).toInt();
        page.rows.append({ id, query.value(1).toString(), PartialDate::fromSortKey(query.value(2).toInt()),
                           query.value(3).toString(), (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0,
                           query.value(6).toLongLong(), std::max(0, query.value(7).toInt() - 1) });
        page.cursors.append({ query.value(4), id });
    }
    if (backwards) {
        std::reverse(page.rows.begin(), page.rows.end());
        std::reverse(page.cursors.begin(), page.cursors.end());
    }
    readHits(articleQuery, page);
    return page;
}

void ArticleStore::readHits(const ArticleQuery &articleQuery, Page &page) const
{
    if (articleQuery.match.isEmpty() || page.rows.isEmpty())
        return;
    // snippet() and bm25() only work in a query that has the MATCH. The
    // rowid list keeps it to this page's rows, a few hundred at a time to
    // stay far below SQLite's limit on parameters; "+rowid" makes FTS5 walk
    // the match once instead of seeking each rowid (2,225 matches: 20 ms
    // down to 1 ms). For a word in most articles, listed by date, seeking
    // wins: the page of `marché` at a million, 108 ms down to 5 ms, without
    // its score (a prefix, never Most, would expand at each seek). Ranked
    // lists hold at most RelevanceLimit matches, and keep their scores.
    const bool seek = matchShare(articleQuery) == ArticleQuery::MatchShare::Most
        && sortKeyOf(articleQuery) != ArticleQuery::SortKey::Relevance;
    constexpr int Chunk = 500;
    QHash<qint64, SearchHit> hits;
    for (int first = 0; first < page.rows.size(); first += Chunk) {
        const int count = std::min(Chunk, int(page.rows.size()) - first);
        QStringList names;
        for (int k = 0; k < count; ++k)
            names << QStringLiteral(":row%1").arg(k);
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(hitsSql(sqlDialect(m_db), names.join(QStringLiteral(", ")), seek));
        bindSnippetMarks(query, sqlDialect(m_db));
        query.bindValue(QStringLiteral(":match"), matchValue(m_db, articleQuery.match));
        for (int k = 0; k < count; ++k)
            query.bindValue(names.at(k), page.rows.at(first + k).id);
        if (!query.exec()) {
            m_error.record(query.lastError());
            break;
        }
        while (query.next()) {
            const QString snippet = isPostgres(m_db) ? withCuts(query.value(1).toString(), query.value(3).toString())
                                                     : query.value(1).toString();
            SearchHit hit = SearchHit::fromMarkedSnippet(snippet, -query.value(2).toDouble());
            hit.scored = !query.value(2).isNull();
            hits.insert(query.value(0).toLongLong(), hit);
        }
    }
    page.hits.reserve(page.rows.size());
    for (const ArticleSummary &row : std::as_const(page.rows))
        page.hits.append(hits.value(row.id));
}

std::optional<ArticleCursor> ArticleStore::cursorBefore(const ArticleQuery &articleQuery, int row,
                                                        const std::optional<ArticleCursor> &start, int startRow) const
{
    if (row <= 0)
        return std::nullopt;
    if (start && startRow == row - 1)
        return start;
    const Filter filtered = filter(articleQuery, m_db);
    QSqlQuery query(m_db);
    query.prepare(jumpSql(articleQuery, filtered, start.has_value()));
    filtered.bind(query);
    if (start) {
        query.bindValue(QStringLiteral(":value"), start->sortValue);
        query.bindValue(QStringLiteral(":id"), start->id);
    }
    query.bindValue(QStringLiteral(":offset"), start ? row - startRow - 2 : row - 1);
    if (!query.exec() || !query.next())
        return m_error.fail(query, std::nullopt);
    return ArticleCursor { query.value(0), query.value(1).toLongLong() };
}

QVector<ArticleCursor> ArticleStore::checkpoints(const ArticleQuery &articleQuery, int step) const
{
    QVector<ArticleCursor> cursors;
    if (step <= 0)
        return cursors;
    // SQLite numbers the rows itself, so only every step-th one crosses
    // into Qt: one pass over the covering index.
    const Filter filtered = filter(articleQuery, m_db, true, Visit::Every);
    const QString orderBy = ordering(articleQuery, false).orderBy;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT value, id FROM (SELECT ") + sortColumn(articleQuery)
                  + QStringLiteral(" AS value, id, row_number() OVER (") + orderBy + QStringLiteral(") AS n")
                  + from(articleQuery, filtered.dialect) + where(filtered.conditions)
                  + QStringLiteral(") AS numbered WHERE n % :step = 0 ORDER BY n"));
    filtered.bind(query);
    query.bindValue(QStringLiteral(":step"), step);
    if (!query.exec())
        return m_error.fail(query, cursors);
    while (query.next())
        cursors.append({ query.value(0), query.value(1).toLongLong() });
    return cursors;
}

int ArticleStore::rowOf(const ArticleQuery &articleQuery, qint64 id) const
{
    const std::optional<ArticleCursor> cursor = cursorOf(articleQuery, id);
    return cursor ? rowOf(articleQuery, *cursor) : -1;
}

std::optional<ArticleCursor> ArticleStore::cursorOf(const ArticleQuery &articleQuery, qint64 id) const
{
    const Filter own = filter(articleQuery, m_db);
    QSqlQuery key(m_db);
    key.prepare(QStringLiteral("SELECT ") + sortColumn(articleQuery) + from(articleQuery, own.dialect)
                + where(own.conditions + QStringList { QStringLiteral("id = :id") }));
    own.bind(key);
    key.bindValue(QStringLiteral(":id"), id);
    // Not found, or not read: either way the article has no place to show.
    if (!key.exec() || !key.next())
        return std::nullopt;
    return ArticleCursor { key.value(0), id };
}

int ArticleStore::rowOf(const ArticleQuery &articleQuery, const ArticleCursor &cursor) const
{
    // Rows before it are those that come "after" it in the reverse order.
    const Filter filtered = filter(articleQuery, m_db, true, Visit::Every);
    QSqlQuery before(m_db);
    before.prepare(QStringLiteral("SELECT count(*)") + from(articleQuery, filtered.dialect)
                   + where(filtered.conditions + QStringList { ordering(articleQuery, true).after }));
    filtered.bind(before);
    before.bindValue(QStringLiteral(":value"), cursor.sortValue);
    before.bindValue(QStringLiteral(":id"), cursor.id);
    if (!before.exec() || !before.next())
        return m_error.fail(before, -1);
    return before.value(0).toInt();
}

QVector<qint64> ArticleStore::articlesContaining(const QString &phrase) const
{
    QVector<qint64> ids;
    if (phrase.trimmed().isEmpty())
        return ids;
    // A quoted FTS5 phrase: the tokenizer splits it as it split the body,
    // so "d’Intel" and "Hanoï" find what they should; quotes are doubled.
    QString quoted = phrase;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(ftsRows(ArticleQuery(), QStringLiteral(":match"), sqlDialect(m_db)) + QStringLiteral(" ORDER BY id"));
    const QString match = QStringLiteral("body : \"") + quoted + QLatin1Char('"');
    query.bindValue(QStringLiteral(":match"), matchValue(m_db, match));
    if (!query.exec())
        return m_error.fail(query, ids);
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

bool ArticleStore::isCommonMatch(const QString &match, int oneIn) const
{
    if (match.isEmpty())
        return false;
    // The count stops at the threshold: a word in every article is known
    // common after one article in 200, not after all of them.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT (SELECT coalesce(max(id), 0) FROM articles) AS size, (SELECT count(*) FROM (")
                  + ftsRows(ArticleQuery(), QStringLiteral(":match"), sqlDialect(m_db))
                  + QStringLiteral(" LIMIT (SELECT coalesce(max(id), 0) FROM articles) / %1 + 1) AS sample) * %1 >="
                                   " (SELECT coalesce(max(id), 0) FROM articles)")
                        .arg(std::max(oneIn, 1)));
    query.bindValue(QStringLiteral(":match"), matchValue(m_db, match));
    if (!query.exec() || !query.next())
        return m_error.fail(query, false);
    return query.value(1).toBool();
}

std::optional<QStringList> ArticleStore::wordsBeginning(const QString &prefix, int most) const
{
    // unicode61 with remove_diacritics 2 lowers a token and takes its
    // Latin letters' accents off, as NFD does. Other folds are its own, so
    // only a prefix that ends in plain letters and digits is listed.
    QString folded;
    for (const QChar c : prefix.normalized(QString::NormalizationForm_D).toLower()) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (!((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))))
            return std::nullopt;
        folded += c;
    }
    if (folded.isEmpty() || most <= 0 || isPostgres(m_db))
        return std::nullopt;
    // fts5vocab lists the index's words in order, from the first one at or
    // after the prefix. It is a table of this connection only.
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.articles_words"
                                   " USING fts5vocab(main, articles_fts, row)")))
        return m_error.fail(query, std::nullopt);
    query.prepare(
        QStringLiteral("SELECT term FROM temp.articles_words WHERE term >= :first AND term < :after LIMIT :most"));
    QString after = folded;
    after.back() = QChar(after.back().unicode() + 1);
    query.bindValue(QStringLiteral(":first"), folded);
    query.bindValue(QStringLiteral(":after"), after);
    query.bindValue(QStringLiteral(":most"), most + 1);
    if (!query.exec())
        return m_error.fail(query, std::nullopt);
    QStringList words;
    while (query.next())
        words << query.value(0).toString();
    if (words.size() > most)
        return std::nullopt;
    return words;
}

bool ArticleStore::isCommonLately(const QString &match, int oneIn) const
{
    constexpr int Newest = 4096;
    if (match.isEmpty())
        return false;
    // FTS5 skips to the id bound: a few thousand rows of the index, even
    // for a phrase, whose every match needs its positions read.
    const qint64 last = lastArticleId();
    ArticleQuery newest;
    newest.idAbove = std::max<qint64>(0, last - Newest);
    const int share = std::max(oneIn, 1);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT count(*) FROM (") + ftsRows(newest, QStringLiteral(":match"), sqlDialect(m_db))
                  + QStringLiteral(" LIMIT %1) AS newest").arg(Newest / share + 1));
    query.bindValue(QStringLiteral(":match"), matchValue(m_db, match));
    query.bindValue(QStringLiteral(":id_above"), newest.idAbove);
    if (!query.exec() || !query.next())
        return m_error.fail(query, false);
    return query.value(0).toLongLong() * share >= std::min<qint64>(last, Newest);
}

QVector<DateHistogram::DateCount> ArticleStore::countsByDate(const ArticleQuery &articleQuery, qint64 mentioning) const
{
    // One row per date_key, grouped in the order of the dates index
    // (articles_by_date covers the query when no filter reads another
    // column), so SQLite neither sorts nor computes per article; the few
    // thousand rows become buckets in DateHistogram.
    if (const qint64 entity = datedEntity(articleQuery, mentioning))
        return entityDates(entity);
    ArticleQuery unranked = articleQuery;
    unranked.sortKey = ArticleQuery::SortKey::Date;
    // The overlaid entity leads: its rows of article_entities are already
    // in date order, so the groups come from that index alone, and the
    // list's filters test each row.
    if (mentioning)
        unranked.entitySets.prepend({ mentioning });
    // Every story of the corpus is every article less the copies. While
    // the copies are few, they are counted apart, each read once, instead
    // of every article being tested against them: at a million articles
    // without copies the timeline of every story takes 53 ms, not 99-149.
    const bool lessCopies = unranked.storyHead == ArticleQuery::StoryHead::Original
        && visitsTheCorpus(unranked, Visit::Every) && hasFewCopies();
    if (lessCopies)
        unranked.storyHead = ArticleQuery::StoryHead::None;
    const Filter filtered = filter(unranked, m_db, true, Visit::Every);
    const auto count = [&](const QString &also) {
        QVector<DateHistogram::DateCount> counts;
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT date_key, count(*)") + from(unranked, filtered.dialect)
                      + where(filtered.conditions + QStringList { also })
                      + QStringLiteral(" GROUP BY date_key ORDER BY date_key"));
        filtered.bind(query);
        if (!query.exec())
            return m_error.fail(query, counts);
        while (query.next())
            counts.append({ query.value(0).toInt(), query.value(1).toInt() });
        return counts;
    };
    QVector<DateHistogram::DateCount> counts = count(QString());
    if (!lessCopies || !m_error.text().isEmpty())
        return counts;
    // Both lists are in date order, and every copy's date is one of the
    // list's: one walk takes the copies off.
    const QVector<DateHistogram::DateCount> copies =
        count(QStringLiteral("articles.id IN (") + copyIds() + QLatin1Char(')'));
    if (!m_error.text().isEmpty())
        return counts;
    auto copy = copies.cbegin();
    QVector<DateHistogram::DateCount> stories;
    for (const DateHistogram::DateCount &dated : std::as_const(counts)) {
        while (copy != copies.cend() && copy->dateKey < dated.dateKey)
            ++copy;
        const int copied = copy != copies.cend() && copy->dateKey == dated.dateKey ? copy->count : 0;
        if (dated.count > copied)
            stories.append({ dated.dateKey, dated.count - copied });
    }
    return stories;
}

bool ArticleStore::hasFewCopies() const
{
    // Each copy's date is a look-up of its row, 2 µs once read and a disk
    // read before; testing every article adds 0.1 µs each. A copy in 256
    // articles or fewer: 4,000 look-ups at a million.
    const qint64 few = lastArticleId() / 256;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT count(*) FROM (") + copyIds() + QStringLiteral(" LIMIT :few) AS copies"));
    query.bindValue(QStringLiteral(":few"), few + 1);
    if (!query.exec() || !query.next())
        return m_error.fail(query, false);
    return query.value(0).toLongLong() <= few;
}

QStringList ArticleStore::queryPlan(const ArticleQuery &articleQuery, Statement statement) const
{
    Filter filtered = filter(articleQuery, m_db);
    QString sql;
    switch (statement) {
    case Statement::Page:
        sql = pageSql(articleQuery, filtered, true, false);
        break;
    case Statement::Count:
        sql = countSql(articleQuery, m_db, filtered);
        break;
    case Statement::FarJump:
        sql = jumpSql(articleQuery, filtered, true);
        break;
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // PostgreSQL's EXPLAIN gives its plan as one column of lines.
    const bool postgres = isPostgres(m_db);
    query.prepare((postgres ? QStringLiteral("EXPLAIN ") : QStringLiteral("EXPLAIN QUERY PLAN ")) + sql);
    filtered.bind(query);
    for (const QString &name :
         { QStringLiteral(":value"), QStringLiteral(":id"), QStringLiteral(":limit"), QStringLiteral(":offset") }) {
        if (sql.contains(name))
            query.bindValue(name, 50);
    }
    QStringList plan;
    if (!query.exec())
        return m_error.fail(query, plan);
    while (query.next())
        plan.append(query.value(postgres ? 0 : 3).toString());
    return plan;
}

qint64 ArticleStore::datedEntity(const ArticleQuery &query, qint64 mentioning)
{
    // Every article, with an entity overlaid; or an entity's articles alone.
    if (mentioning)
        return query.sameRows(ArticleQuery()) ? mentioning : 0;
    ArticleQuery bare;
    bare.entityId = query.entityId;
    return query.entityId && query.sameRows(bare) ? query.entityId : 0;
}

QVector<DateHistogram::DateCount> ArticleStore::entityDates(qint64 entityId) const
{
    // entity_dates holds these counts already: one row per date, however
    // many articles name the entity.
    QVector<DateHistogram::DateCount> counts;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT date_key, articles FROM entity_dates WHERE entity_id = :id ORDER BY date_key"));
    query.bindValue(QStringLiteral(":id"), entityId);
    if (!query.exec())
        return m_error.fail(query, counts);
    while (query.next())
        counts.append({ query.value(0).toInt(), query.value(1).toInt() });
    return counts;
}

std::optional<int> ArticleStore::entityCount(const ArticleQuery &query) const
{
    // Only the entity filters the list: entity_counts knows its size.
    ArticleQuery bare;
    bare.entityId = query.entityId;
    bare.entitySets = query.entitySets;
    const bool one = (query.entityId && query.entitySets.isEmpty())
        || (!query.entityId && query.entitySets.size() == 1 && query.entitySets.first().size() == 1);
    if (!one || !query.sameRows(bare))
        return std::nullopt;
    QSqlQuery counted(m_db);
    counted.prepare(QStringLiteral("SELECT coalesce((SELECT articles FROM entity_counts WHERE entity_id = :id), 0)"));
    counted.bindValue(QStringLiteral(":id"), query.entityId ? query.entityId : query.entitySets.first().first());
    if (!counted.exec() || !counted.next())
        return m_error.fail(counted, std::optional<int>(0));
    return counted.value(0).toInt();
}

bool ArticleStore::markUpdated(qint64 id)
{
    // An updated article is unread again, and says it changed; its star stays.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO article_states(article_id, read, changed_at) VALUES(:id, 0, :now)"
                                 " ON CONFLICT(%1) DO UPDATE SET read = 0, changed_at = excluded.changed_at")
                      .arg(ArticleStateStore::conflictTarget(m_db)));
    query.bindValue(QStringLiteral(":id"), id);
    query.bindValue(QStringLiteral(":now"), now());
    return m_error.exec(query);
}

QVector<qint64> ArticleStore::markAllRead(const ArticleQuery &articleQuery, bool *ok)
{
    // The list's unread rows, unranked as count() is: the rows are the
    // same, and the match is then a filter on articles.
    ArticleQuery unread = articleQuery;
    unread.sortKey = ArticleQuery::SortKey::Date;
    unread.matchShare = ArticleQuery::MatchShare::Few;
    unread.unreadOnly = true;
    QVector<qint64> ids;
    if (ok)
        *ok = false;
    Transaction transaction(m_db, m_error);
    if (!transaction.isOpen())
        return ids;
    const Filter unreadFilter = filter(unread, m_db, false, Visit::Every);
    QSqlQuery before(m_db);
    before.setForwardOnly(true);
    before.prepare(QStringLiteral("SELECT id FROM articles") + where(unreadFilter.conditions));
    unreadFilter.bind(before);
    if (!m_error.exec(before))
        return ids;
    while (before.next())
        ids.append(before.value(0).toLongLong());
    before.finish();
    // Only the unread rows are written: those read already stay as they are.
    // "WHERE 1 = 1" tells SQLite's parser the ON CONFLICT belongs to the upsert.
    QSqlQuery write(m_db);
    write.prepare(
        QStringLiteral("INSERT INTO article_states(article_id, read) SELECT id, 1 FROM articles")
        + where(unreadFilter.conditions + QStringList { QStringLiteral("1 = 1") })
        + QStringLiteral(" ON CONFLICT(%1) DO UPDATE SET read = 1").arg(ArticleStateStore::conflictTarget(m_db)));
    unreadFilter.bind(write);
    if (!m_error.exec(write) || !transaction.commit())
        return {};
    if (ok)
        *ok = true;
    return ids;
}

QStringList ArticleStore::sources() const
{
    QStringList sources;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // One step down the (source, id) index per agency, from each to the
    // next: DISTINCT read the whole index (40 ms for 200,000 articles at
    // start, against 2 ms).
    if (!query.exec(QStringLiteral("WITH RECURSIVE s(source) AS (SELECT min(source) FROM articles WHERE source > ''"
                                   " UNION ALL SELECT (SELECT min(source) FROM articles WHERE source > s.source)"
                                   " FROM s WHERE s.source IS NOT NULL)"
                                   " SELECT source FROM s WHERE source IS NOT NULL ORDER BY source")))
        return m_error.fail(query, sources);
    while (query.next())
        sources.append(query.value(0).toString());
    return sources;
}

qint64 ArticleStore::lastArticleId() const
{
    QSqlQuery query(m_db);
    if (!m_error.exec(query, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM articles")) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

QVector<qint64> ArticleStore::articleIds() const
{
    QVector<qint64> ids;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id FROM articles ORDER BY id")))
        return m_error.fail(query, ids);
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

qint64 ArticleStore::findByPath(const QString &path) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM articles WHERE path = ?"));
    query.addBindValue(path);
    if (!query.exec())
        return m_error.fail(query, 0);
    if (query.next())
        return query.value(0).toLongLong();
    // Another machine keeps the corpus in another folder: the file name
    // alone, when one article has it.
    const QString suffix = QLatin1Char('/') + path.section(QLatin1Char('/'), -1);
    if (suffix.size() < 2)
        return 0;
    // SQLite counts a negative start from the end; PostgreSQL has right().
    query.prepare(isPostgres(m_db) ? QStringLiteral("SELECT id FROM articles WHERE right(path, ?) = ? LIMIT 2")
                                   : QStringLiteral("SELECT id FROM articles WHERE substr(path, -?) = ? LIMIT 2"));
    query.addBindValue(int(suffix.size()));
    query.addBindValue(suffix);
    if (!query.exec())
        return m_error.fail(query, 0);
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    return query.next() ? 0 : id;
}

} // namespace Veille
