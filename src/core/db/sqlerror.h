// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlError;
class QSqlQuery;

namespace Veille {

/*! \brief What failed last in a store or the database, in words for the
 * user.
 *
 * Every store holds one and records each failed statement here; the
 * statement's SQLite text is logged to the "veille.core" category, since
 * the words for the user leave it out.
 */
class SqlError
{
    Q_DECLARE_TR_FUNCTIONS(Veille::SqlError)
public:
    /*! \brief Explains an SQLite failure to a user: a locked database, a
     * full disk or a read-only file get plain words, not SQLite's own. */
    static QString describe(const QSqlError &error);
    /*! \brief The words for a damaged database file, with \a detail (what
     * SQLite found). */
    static QString damaged(const QString &detail);
    /*! \brief Whether \a error says the file is damaged (SQLITE_CORRUPT
     * or SQLITE_NOTADB from a statement): a writer must stop there. */
    static bool isCorruption(const QSqlError &error);
    /*! \brief Whether \a error says another connection holds the lock
     * (SQLITE_BUSY or SQLITE_LOCKED). */
    static bool isBusy(const QSqlError &error);
    /*! \brief Whether \a error says that another writer's transaction got
     * in the way on a team server: a serialization failure (SQLSTATE
     * 40001), a deadlock (40P01), or a race for a unique key lost to a
     * transaction that committed meanwhile (23505). Run again, the work
     * may succeed. */
    static bool isConflict(const QSqlError &error);
    /*! \brief How many such conflicts the statements of this thread have
     * recorded: Transaction::run compares it before and after its work,
     * whichever store recorded the failure. */
    static quint64 conflictsOnThisThread();

    /*! \brief Runs the prepared \a query; on failure records why. */
    bool exec(QSqlQuery &query);
    /*! \brief Runs \a sql in \a query; on failure records why. */
    bool exec(QSqlQuery &query, const QString &sql);

    /*! \brief Records \a error, described for the user, and logs it. */
    void record(const QSqlError &error);
    /*! \brief Records a failure SQLite did not see, e.g. a missing name. */
    void record(const QString &message);
    /*! \brief Records why \a query failed and returns \a result, so that a
     * store may write "return m_error.fail(query, 0);". */
    template<typename T>
    T fail(const QSqlQuery &query, T result)
    {
        recordFailureOf(query);
        return result;
    }
    void clear()
    {
        m_text.clear();
        m_corrupt = false;
    }

    QString text() const { return m_text; }
    /*! \brief Whether the last failure recorded found the file damaged. */
    bool isCorrupt() const { return m_corrupt; }

private:
    void recordFailureOf(const QSqlQuery &query);

    QString m_text;
    bool m_corrupt = false;
};

} // namespace Veille
