// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>

class QSqlQuery;

namespace Veille {

class SqlError;

/*! \brief One transaction on a connection, rolled back unless committed.
 *
 * In a function that writes several statements:
 * \code
 * Transaction transaction(m_db, m_error);
 * if (!transaction.isOpen())
 *     return false;
 * if (!m_error.exec(insert))
 *     return false; // rolled back here
 * return transaction.commit();
 * \endcode
 * A batch that spans calls, a store's beginTransaction() and
 * commitTransaction(), uses the static steps, which record failures in the
 * same way. SQLite does not nest transactions: beginning one inside
 * another fails, and says so.
 *
 * A transaction takes the write lock when it begins (BEGIN IMMEDIATE),
 * waiting up to WaitMilliseconds while another connection, maybe another
 * process, holds it.
 *
 * On a team server writers do not take turns: each waits only for the rows
 * another holds, and the server may end one of two that wait for each
 * other. Work that may meet another writer runs through run(), which tries
 * it again:
 * \code
 * return Transaction::run(m_db, m_error, [&] { return exec(a) && exec(b); });
 * \endcode
 */
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Veille::Transaction)
public:
    /*! \brief How long a writer waits for another one to commit. */
    static constexpr int WaitMilliseconds = 30000;
    /*! \brief Called once when a begin has to wait for another writer. */
    using WaitNotice = std::function<void()>;

    /*! \brief Begins; isOpen() tells whether it did, \a error why not.
     * \a waiting, if set, is called when the lock is taken by another
     * writer, before waiting for it. */
    Transaction(const QSqlDatabase &db, SqlError &error, const WaitNotice &waiting = {});
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isOpen() const { return m_open; }
    /*! \brief Commits; on failure records why and rolls back. False
     * without a word when it is not open. */
    bool commit();
    void rollback();

    /*! \brief How many times run() tries work that met another writer. */
    static constexpr int Attempts = 5;
    /*! \brief Begins, runs \a work, and commits; rolls back when \a work
     * returns false (having recorded why in its store's error). On a team
     * server, when the work or the commit failed because of another
     * writer's transaction (SqlError::isConflict()), waits a little and
     * runs it again, up to Attempts times: \a work must therefore start
     * from scratch each time. SQLite's writers take turns, so there it runs
     * once. */
    static bool run(QSqlDatabase &db, SqlError &error, const std::function<bool()> &work);
    /*! \brief How long to wait before try \a attempt (1, 2, …) of work
     * that met another writer: a short pause, growing, and different in
     * each process so that two writers do not meet again at once. */
    static int retryPause(int attempt);

    static bool begin(QSqlDatabase &db, SqlError &error, const WaitNotice &waiting = {});
    /*! \brief Runs \a sql in \a query, again every few milliseconds while
     * another writer holds the lock, for up to WaitMilliseconds: for
     * statements SQLite's busy timeout does not wait in, like BEGIN
     * IMMEDIATE with the timeout off, or switching a new file to WAL. */
    static bool execWaiting(QSqlQuery &query, const QString &sql, const WaitNotice &waiting = {});
    /*! \brief Commits; on failure records why and rolls back, so that the
     * connection is never left inside a transaction. */
    static bool commit(QSqlDatabase &db, SqlError &error);
    static void rollback(QSqlDatabase &db);

private:
    static bool beginOnServer(QSqlQuery &query, SqlError &error);

    QSqlDatabase m_db;
    SqlError &m_error;
    bool m_open = false;
};

} // namespace Veille
