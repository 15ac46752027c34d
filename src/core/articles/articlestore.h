// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articles/article.h"
#include "articles/articlequery.h"
#include "articles/datehistogram.h"
#include "articles/searchhit.h"
#include "db/sqlerror.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVector>

#include <optional>

namespace Veille {

/*! \brief Reads and writes articles and their full-text index.
 *
 * Works on an injected connection (see Database). Write methods report
 * failure through lastError(), in words for the user.
 */
class ArticleStore
{
    Q_DECLARE_TR_FUNCTIONS(Veille::ArticleStore)
public:
    enum class Outcome { Inserted, Unchanged, Updated, Failed };

    /*! \brief A page of rows and the cursors on either side of it. */
    struct Page {
        QVector<ArticleSummary> rows;
        QVector<ArticleCursor> cursors; //!< one per row, to continue paging from it
        QVector<SearchHit> hits; //!< one per row when the query has a match, else empty
    };

    /*! \brief Beyond this many matches, a relevance sort falls back to the
     * date: bm25 scores every match before the first row comes (measured:
     * 90 ms for 100k matches, against 1.7 ms in rowid order). */
    static constexpr int RelevanceLimit = 10000;

    explicit ArticleStore(const QSqlDatabase &db);

    /*! \brief An explicit batch: the writes until commitTransaction(), on
     * this store or another on the same connection, are one transaction. */
    bool beginTransaction();
    bool commitTransaction();
    void rollbackTransaction();

    /*! \brief Inserts \a article, or updates the stored article with the same
     * path in place (same id) when its content hash differs. Sets article.id. */
    Outcome upsert(Article &article);

    std::optional<Article> article(qint64 id) const;
    /*! \brief How many articles \a query lists; with \a upTo, counting
     * stops there (whether a common word has more than 10,000 matches is
     * known after 10,000 of them, not after a million). */
    int count(const ArticleQuery &query, int upTo = 0) const;

    /*! \brief Up to \a limit rows after \a after (or from the start) in the
     * query's order; with \a backwards, the rows before it, still in order. */
    Page page(const ArticleQuery &query, const std::optional<ArticleCursor> &after, int limit,
              bool backwards = false) const;
    /*! \brief The cursor just before row \a row, for jumping into the list.
     * With \a start, the cursor of row \a startRow (< row), it counts from
     * there instead of from the first row. */
    std::optional<ArticleCursor> cursorBefore(const ArticleQuery &query, int row,
                                              const std::optional<ArticleCursor> &start = std::nullopt,
                                              int startRow = -1) const;
    /*! \brief The cursors of rows step - 1, 2 * step - 1… in the query's
     * order, read in one pass over the index: starting points for
     * cursorBefore(), so a far jump counts fewer than \a step rows. */
    QVector<ArticleCursor> checkpoints(const ArticleQuery &query, int step) const;
    /*! \brief The row of article \a id in the query's order, or -1. */
    int rowOf(const ArticleQuery &query, qint64 id) const;
    /*! \brief The cursor of article \a id in the query's order (its sort
     * value and id), or none when the query does not list it. */
    std::optional<ArticleCursor> cursorOf(const ArticleQuery &query, qint64 id) const;
    /*! \brief The row of the article at \a cursor in the query's order. */
    int rowOf(const ArticleQuery &query, const ArticleCursor &cursor) const;

    /*! \brief Ids of the articles whose body contains \a phrase as words,
     * case and accents aside (the full-text index answers). */
    QVector<qint64> articlesContaining(const QString &phrase) const;
    QVector<qint64> articleIds() const;
    /*! \brief The highest article id, 0 when there is none: ids only grow,
     * so the articles an import adds are those above it. */
    qint64 lastArticleId() const;
    /*! \brief The article stored from \a path; else the one article whose
     * file has the same name (a corpus moved to another folder); else 0. */
    qint64 findByPath(const QString &path) const;
    /*! \brief Whether the FTS5 expression \a match holds at least one
     * article in \a oneIn (in 200: ArticleQuery::MatchShare::Common). Counts
     * in the index alone, and stops at that share. */
    bool isCommonMatch(const QString &match, int oneIn = 200) const;
    /*! \brief The words of the full-text index that begin with \a prefix,
     * folded as the index folds them ("Cyber" and "cybér" begin
     * "cybersecurite"), if there are at most \a most; none when there are
     * more, when the prefix folds to more than letters a-z and digits, or
     * on the server, whose index lists no words. */
    std::optional<QStringList> wordsBeginning(const QString &prefix, int most) const;
    /*! \brief Whether \a match holds at least one in \a oneIn of the
     * newest few thousand articles (by id): cheap even for a phrase. */
    bool isCommonLately(const QString &match, int oneIn) const;
    /*! \brief How many articles \a query lists, per date_key, in date
     * order; undated ones under 0. With \a mentioning, only those that
     * mention that entity as well. DateHistogram buckets them. */
    QVector<DateHistogram::DateCount> countsByDate(const ArticleQuery &query, qint64 mentioning = 0) const;
    /*! \brief Whether one article in 256 or fewer is a copy of a story
     * (StoryStore): countsByDate() then takes the copies off every
     * article's counts rather than test each article. */
    bool hasFewCopies() const;
    /*! \brief Marks every article \a query lists as read, in one
     * statement over the query's own filter. Returns the ids that were
     * unread before, for an undo; sets \a ok. */
    QVector<qint64> markAllRead(const ArticleQuery &query, bool *ok = nullptr);
    /*! \brief The statements a list runs, for queryPlan(). */
    enum class Statement { Page, Count, FarJump };
    /*! \brief SQLite's plan for \a statement of \a query, one line per
     * step (EXPLAIN QUERY PLAN), for a guard that no list scans a table. */
    QStringList queryPlan(const ArticleQuery &query, Statement statement) const;
    /*! \brief The agencies articles name, sorted, without the empty one. */
    QStringList sources() const;

    QString lastError() const { return m_error.text(); }

private:
    /*! page(); with \a stop, the rows up to that one of the order only,
     * each looked up in the full-text index. */
    Page readPage(const ArticleQuery &query, const std::optional<ArticleCursor> &after, int limit, bool backwards,
                  const std::optional<ArticleCursor> &stop) const;
    /*! The row \a row (from 0) of every article in \a query's order, or none. */
    std::optional<ArticleCursor> cursorOfRow(const ArticleQuery &query, int row) const;
    void readHits(const ArticleQuery &query, Page &page) const;
    std::optional<int> entityCount(const ArticleQuery &query) const;
    static qint64 datedEntity(const ArticleQuery &query, qint64 mentioning);
    QVector<DateHistogram::DateCount> entityDates(qint64 entityId) const;
    bool markUpdated(qint64 id);
    Outcome tryUpsert(Article &article, bool *raced);
    bool writeArticle(Article &article, bool found, bool *raced);
    bool forgetIndexed(qint64 id, const QString &title, const QString &body);
    bool index(const Article &article);

    QSqlDatabase m_db;
    mutable SqlError m_error;
};

} // namespace Veille
