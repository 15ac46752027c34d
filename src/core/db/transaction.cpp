// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/transaction.h"

#include "db/sqldialect.h"
#include "db/sqlerror.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

namespace Veille {

namespace {
// How often a waiting writer tries again: well under the pause an importer
// makes between its batches, so that it gets in there.
constexpr int PollMilliseconds = 2;

bool setBusyTimeout(QSqlQuery &query, int milliseconds)
{
    // A PRAGMA takes no bound parameters; the value is an integer.
    return query.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(milliseconds));
}
} // namespace

Transaction::Transaction(const QSqlDatabase &db, SqlError &error, const WaitNotice &waiting)
    : m_db(db)
    , m_error(error)
{
    m_open = begin(m_db, m_error, waiting);
}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::commit()
{
    // Never begun (that failure is recorded), or already ended: there is
    // nothing of ours to commit, and the connection may be in someone
    // else's transaction.
    if (!m_open)
        return false;
    m_open = false;
    return commit(m_db, m_error);
}

void Transaction::rollback()
{
    if (m_open)
        rollback(m_db);
    m_open = false;
}

bool Transaction::run(QSqlDatabase &db, SqlError &error, const std::function<bool()> &work)
{
    const bool retries = isPostgres(db);
    for (int attempt = 1;; ++attempt) {
        const quint64 conflicts = SqlError::conflictsOnThisThread();
        Transaction transaction(db, error);
        if (!transaction.isOpen())
            return false;
        if (work() && transaction.commit())
            return true;
        transaction.rollback();
        const bool conflicted = SqlError::conflictsOnThisThread() != conflicts;
        if (!retries || !conflicted || attempt >= Attempts)
            return false;
        QThread::msleep(retryPause(attempt));
    }
}

int Transaction::retryPause(int attempt)
{
    // 10-20 ms, then 20-40, 40-80…: the other writer's transaction is
    // short (an import's batch takes a quarter of a second).
    const int base = 10 << qMin(attempt - 1, 5);
    return base + int(QRandomGenerator::global()->bounded(base));
}

bool Transaction::begin(QSqlDatabase &db, SqlError &error, const WaitNotice &waiting)
{
    // IMMEDIATE: a deferred transaction takes the write lock at its first
    // write, after it has read; if another writer holds the lock then,
    // SQLite cannot wait (the snapshot read would be stale) and fails at
    // once. Two imports at once failed that way.
    QSqlQuery query(db);
    // The server makes a writer wait for the rows another one holds, not
    // for the whole database: nothing to take up front.
    if (isPostgres(db))
        return beginOnServer(query, error);
    if (!setBusyTimeout(query, 0)) {
        error.record(query.lastError());
        return false;
    }
    // The busy timeout is off meanwhile: SQLite's own busy handler sleeps
    // up to 100 ms between tries, and would keep missing the short gaps
    // between another writer's transactions.
    const bool begun = execWaiting(query, QStringLiteral("BEGIN IMMEDIATE"), waiting);
    if (!begun)
        error.record(query.lastError());
    QSqlQuery restore(db);
    setBusyTimeout(restore, WaitMilliseconds);
    return begun;
}

bool Transaction::beginOnServer(QSqlQuery &query, SqlError &error)
{
    // PostgreSQL only warns about a BEGIN inside a transaction, and the
    // inner Transaction's rollback would then end the outer one. Inside a
    // transaction block the transaction began before this statement; on
    // its own, a statement is its own transaction and began with it.
    if (!query.exec(QStringLiteral("SELECT transaction_timestamp() <> statement_timestamp()")) || !query.next()) {
        error.record(query.lastError());
        return false;
    }
    if (query.value(0).toBool()) {
        error.record(tr("cannot start a transaction within a transaction"));
        return false;
    }
    if (query.exec(QStringLiteral("BEGIN")))
        return true;
    error.record(query.lastError());
    return false;
}

bool Transaction::execWaiting(QSqlQuery &query, const QString &sql, const WaitNotice &waiting)
{
    QElapsedTimer timer;
    timer.start();
    bool told = false;
    while (!query.exec(sql)) {
        if (!SqlError::isBusy(query.lastError()) || timer.elapsed() >= WaitMilliseconds)
            return false;
        if (!told && waiting)
            waiting();
        told = true;
        QThread::msleep(PollMilliseconds);
    }
    return true;
}

bool Transaction::commit(QSqlDatabase &db, SqlError &error)
{
    if (db.commit())
        return true;
    error.record(db.lastError());
    db.rollback();
    return false;
}

void Transaction::rollback(QSqlDatabase &db)
{
    db.rollback();
}

} // namespace Veille
