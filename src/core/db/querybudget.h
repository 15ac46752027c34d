// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QSqlDatabase>

#include <functional>

struct sqlite3;

namespace Veille {

/*! \brief A time limit, and a way to cancel, for the statements run on a
 * connection while it lives.
 *
 * It installs an SQLite progress handler on the connection and removes it
 * when destroyed. Once the time is spent or \a cancelled returns true, the
 * running statement fails (SQLITE_INTERRUPT), and so does every later one
 * until the budget is destroyed: a search of several statements stops as
 * a whole. One budget at a time per connection.
 *
 * On a PostgreSQL connection it sets statement_timeout instead, reset when
 * destroyed: the server stops a statement that runs out of time, and
 * stopped() tells the caller, between statements, that the time is spent
 * or that \a cancelled returned true.
 */
class QueryBudget
{
public:
    /*! \brief How long a search may take before it is stopped. Generous
     * on purpose: a legitimate search of a common entity still takes up to
     * 6 s at a million articles (tests/benchmarks/RESULTS.md), and runs off
     * the UI thread, where a newer search cancels it at once. Lower it to
     * 1 s once those searches are fast. */
    static constexpr int DefaultMilliseconds = 10000;

    /*! \brief Limits \a db to \a milliseconds from now (0: stop at the
     * first check); \a cancelled, when set, is asked at every check, on
     * the connection's thread. */
    QueryBudget(const QSqlDatabase &db, int milliseconds, std::function<bool()> cancelled = {});
    ~QueryBudget();
    QueryBudget(const QueryBudget &) = delete;
    QueryBudget &operator=(const QueryBudget &) = delete;

    /*! \brief Whether the budget holds: false when the connection is
     * neither the system SQLite's nor a PostgreSQL server's (then nothing
     * is bounded). */
    bool isActive() const { return m_handle != nullptr || m_server.isOpen(); }
    /*! \brief Whether a statement was stopped because the time ran out. */
    bool exceeded() const;
    /*! \brief Whether a statement was stopped because it was cancelled. */
    bool wasCancelled() const;
    /*! \brief Whether a statement was stopped, for either reason: every
     * later one would fail too. */
    bool stopped() const { return exceeded() || wasCancelled(); }

private:
    static int check(void *budget);
    void limitServer(const QSqlDatabase &db);

    sqlite3 *m_handle = nullptr;
    QSqlDatabase m_server; //!< a PostgreSQL connection limited by statement_timeout
    QElapsedTimer m_timer;
    qint64 m_milliseconds = 0;
    std::function<bool()> m_isCancelled;
    bool m_exceeded = false;
    bool m_cancelled = false;
};

} // namespace Veille
