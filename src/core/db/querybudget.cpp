// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/querybudget.h"

#include "db/sqldialect.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <utility>

namespace Veille {

namespace {
// SQLite calls the handler every this many virtual-machine instructions:
// often enough that a search stopped at 1 s returned after 1,010 ms, rarely
// enough that reading the clock costs nothing measurable. FTS5 does not
// call it inside one step (merging the lists of a prefix), so such a step
// can overrun the budget.
constexpr int InstructionsPerCheck = 1000;

// The driver's own connection, when its SQLite is the one linked here: Qt's
// QSQLITE plugin on Debian links the system libsqlite3, but a plugin with
// its own copy would make the handle another library's.
sqlite3 *handleOf(const QSqlDatabase &db)
{
    if (!db.driver() || !db.isOpen())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    QSqlQuery version(db);
    if (!version.exec(QStringLiteral("SELECT sqlite_version()")) || !version.next()
        || version.value(0).toString() != QLatin1String(sqlite3_libversion()))
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}
} // namespace

QueryBudget::QueryBudget(const QSqlDatabase &db, int milliseconds, std::function<bool()> cancelled)
    : m_handle(handleOf(db))
    , m_milliseconds(milliseconds)
    , m_isCancelled(std::move(cancelled))
{
    m_timer.start();
    if (m_handle)
        sqlite3_progress_handler(m_handle, InstructionsPerCheck, &QueryBudget::check, this);
    else if (isPostgres(db) && db.isOpen())
        limitServer(db);
}

QueryBudget::~QueryBudget()
{
    if (m_handle)
        sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
    if (m_server.isOpen()) {
        QSqlQuery reset(m_server);
        reset.exec(QStringLiteral("RESET statement_timeout"));
        reset.exec(QStringLiteral("RESET enable_seqscan"));
    }
}

void QueryBudget::limitServer(const QSqlDatabase &db)
{
    // The server stops a statement that outlives the budget itself (0
    // would mean no limit there). A cancel is seen between statements.
    // And the budget's statements (searches, the timeline's counts) read
    // matches through the full-text index: the planner prices a table scan
    // that tests every article's tsvector as cheap, as it does not see
    // that each one is read back from TOAST (10,000 articles: counting
    // `marché` 64 ms by a table scan, 14 ms through the GIN index).
    // Once the first setting holds, the destructor resets both, even when
    // the second one failed: no later statement of the connection keeps
    // the budget's time limit.
    QSqlQuery limit(db);
    if (limit.exec(QStringLiteral("SET statement_timeout = %1").arg(std::max<qint64>(1, m_milliseconds)))) {
        m_server = db;
        limit.exec(QStringLiteral("SET enable_seqscan = off"));
    }
}

bool QueryBudget::exceeded() const
{
    return m_exceeded || (m_server.isOpen() && m_timer.elapsed() >= m_milliseconds);
}

bool QueryBudget::wasCancelled() const
{
    return m_cancelled || (m_server.isOpen() && m_isCancelled && m_isCancelled());
}

int QueryBudget::check(void *budget)
{
    auto *self = static_cast<QueryBudget *>(budget);
    if (self->m_exceeded || self->m_cancelled)
        return 1;
    if (self->m_isCancelled && self->m_isCancelled())
        self->m_cancelled = true;
    else if (self->m_timer.elapsed() >= self->m_milliseconds)
        self->m_exceeded = true;
    return self->m_exceeded || self->m_cancelled ? 1 : 0;
}

} // namespace Veille
