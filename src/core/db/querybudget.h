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

    /*! \brief Whether the budget holds: false when the connection is not
     * the system SQLite's (then nothing is bounded). */
    bool isActive() const { return m_handle != nullptr; }
    /*! \brief Whether a statement was stopped because the time ran out. */
    bool exceeded() const { return m_exceeded; }
    /*! \brief Whether a statement was stopped because it was cancelled. */
    bool wasCancelled() const { return m_cancelled; }
    /*! \brief Whether a statement was stopped, for either reason: every
     * later one would fail too. */
    bool stopped() const { return m_exceeded || m_cancelled; }

private:
    static int check(void *budget);

    sqlite3 *m_handle = nullptr;
    QElapsedTimer m_timer;
    qint64 m_milliseconds = 0;
    std::function<bool()> m_isCancelled;
    bool m_exceeded = false;
    bool m_cancelled = false;
};

} // namespace Veille
