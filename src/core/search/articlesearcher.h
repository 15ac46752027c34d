// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articles/articlequery.h"
#include "articles/articlestore.h"
#include "db/querybudget.h"
#include "entities/entitystore.h"
#include "util/latesttask.h"

#include <QCoreApplication>
#include <QObject>
#include <QSqlDatabase>

#include <functional>
#include <memory>

namespace Veille {

class SearchQuery;

/*! \brief Runs a search typed by the user: parses it, resolves entity
 * names, counts the matches and reads the first page.
 *
 * search() does it on a worker thread with a connection of its own; a
 * newer search supersedes the older one, whose result is never delivered.
 * run() does it here, on a given connection (veille-cli).
 */
class ArticleSearcher : public QObject
{
    Q_OBJECT
public:
    struct Result {
        quint64 generation = 0;
        QString text; //!< as typed
        ArticleQuery query; //!< the base query with the search applied: give it to the list model
        int count = 0;
        ArticleStore::Page firstPage;
        QStringList problems; //!< what was not understood, for an inline message
        bool sortedByDateInstead = false; //!< relevance asked, but too many matches to rank
        QString error; //!< the database failed, or the search was stopped; nothing else is valid
        bool stopped = false; //!< out of time or cancelled: error says so
        //! count is only the first page's rows, as more follow: counted() brings them all
        bool countPending = false;
    };

    /*! \brief Searches the database at \a databasePath; the first page of
     * a result holds \a pageSize rows (the list's page). */
    ArticleSearcher(const QString &databasePath, int pageSize, QObject *parent = nullptr);
    ~ArticleSearcher() override;

    /*! \brief Starts searching \a text within \a base (its filters and
     * sort), and drops any search still running. Unless the matches are
     * ranked, finished() brings the first page before the count (as
     * Result::countPending), and counted() the count. */
    void search(const ArticleQuery &base, const QString &text);
    /*! \brief Whether a search was started and has not finished yet. */
    bool isBusy() const { return m_task.isBusy(); }

    /*! \brief Searches on \a db, here and now; \a pageSize rows for the
     * first page. Beyond \a relevanceLimit matches, a relevance sort
     * becomes a date sort. The whole search stops after \a milliseconds,
     * or as soon as \a cancelled returns true, with Result::stopped. With
     * \a countLater, a full first page of unranked matches is returned
     * uncounted (Result::countPending). */
    static Result run(const QSqlDatabase &db, const ArticleQuery &base, const QString &text, int pageSize,
                      int relevanceLimit = ArticleStore::RelevanceLimit,
                      int milliseconds = QueryBudget::DefaultMilliseconds, const std::function<bool()> &cancelled = {},
                      bool countLater = false);

    /*! \brief \a base with the search \a text applied, as run() lists it:
     * the match, the fields typed and the entities named, looked up on \a db.
     * Adds what was not understood to \a problems when given. With \a find
     * (EntityStore::finder()), entity names are looked up there instead,
     * which pays when many searches are turned into queries in a row. */
    static ArticleQuery queryFor(const QSqlDatabase &db, const ArticleQuery &base, const QString &text,
                                 QStringList *problems = nullptr, const EntityStore::Finder &find = {});

Q_SIGNALS:
    /*! \brief The latest search finished; older ones never signal. */
    void finished(const Veille::ArticleSearcher::Result &result);
    /*! \brief The latest search's matches, \a count of them, were counted
     * after finished() said Result::countPending; or counting failed, and
     * \a error says why. */
    void counted(quint64 generation, int count, const QString &error);

private:
    static ArticleQuery applySearch(const QSqlDatabase &db, const ArticleQuery &base, SearchQuery search,
                                    const QueryBudget *budget, QStringList &problems,
                                    const EntityStore::Finder &find = {});
    static void rarestFirst(const QSqlDatabase &db, QVector<QVector<qint64>> &sets);
    static void readMatches(const QSqlDatabase &db, ArticleQuery query, int pageSize, int relevanceLimit,
                            const QueryBudget &budget, bool countLater, Result &result);
    static QString stoppedMessage(const QueryBudget &budget);
    void count(const ArticleQuery &query, quint64 generation);

    QString m_databasePath;
    int m_pageSize = 0;
    LatestTask m_task;
    LatestTask m_counter;
};

} // namespace Veille

Q_DECLARE_METATYPE(Veille::ArticleSearcher::Result)
