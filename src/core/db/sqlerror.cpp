// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/sqlerror.h"

#include "util/logging.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Veille {

namespace {
// SQLite's primary result codes; QSqlError::nativeErrorCode() carries the
// extended code, whose low byte is the primary one.
enum {
    Busy = 5,
    Locked = 6,
    ReadOnly = 8,
    Interrupt = 9,
    IoError = 10,
    Corrupt = 11,
    Full = 13,
    CantOpen = 14,
    NotADb = 26
};

int primaryCode(const QSqlError &error)
{
    return error.nativeErrorCode().toInt() & 0xff;
}

// A statement stopped on purpose: by a newer search, a time budget or the
// window closing (SQLite's interrupt, PostgreSQL's query_canceled).
bool isStoppedOnPurpose(const QSqlError &error)
{
    return primaryCode(error) == Interrupt || error.nativeErrorCode() == QLatin1String("57014");
}

// Per thread: a connection is used by one thread, and the stores of one
// transaction each keep their own SqlError.
thread_local quint64 conflicts = 0;
} // namespace

bool SqlError::isConflict(const QSqlError &error)
{
    // PostgreSQL's SQLSTATE; SQLite's codes are numbers below 10000.
    static const QStringList codes = { QStringLiteral("40001"), QStringLiteral("40P01"), QStringLiteral("23505") };
    return codes.contains(error.nativeErrorCode());
}

quint64 SqlError::conflictsOnThisThread()
{
    return conflicts;
}

bool SqlError::isCorruption(const QSqlError &error)
{
    const int code = primaryCode(error);
    return code == Corrupt || code == NotADb;
}

bool SqlError::isBusy(const QSqlError &error)
{
    const int code = primaryCode(error);
    return code == Busy || code == Locked;
}

QString SqlError::describe(const QSqlError &error)
{
    switch (primaryCode(error)) {
    case Busy:
    case Locked:
        return tr("the database is locked by another program; close it and try again");
    case ReadOnly:
        return tr("the database file is read-only");
    case Full:
        return tr("the disk is full");
    case IoError:
        return tr("the disk could not be read or written (input/output error)");
    case Corrupt:
        return damaged(error.databaseText());
    case NotADb:
        return tr("the file is not a Veille database, or it is damaged");
    case CantOpen:
        return tr("the database file cannot be opened");
    default:
        break;
    }
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return tr("database error: %1").arg(text);
}

QString SqlError::damaged(const QString &detail)
{
    return tr("the database is damaged (%1); your file was not changed further").arg(detail);
}

bool SqlError::exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    record(query.lastError());
    return false;
}

bool SqlError::exec(QSqlQuery &query, const QString &sql)
{
    if (query.exec(sql))
        return true;
    record(query.lastError());
    return false;
}

void SqlError::record(const QSqlError &error)
{
    m_text = describe(error);
    m_corrupt = isCorruption(error);
    if (isConflict(error))
        ++conflicts;
    // A query that ran but found no row fails without an SQL error, and a
    // stopped one did what was asked: there is nothing to log.
    if (error.type() != QSqlError::NoError && !isStoppedOnPurpose(error))
        qCWarning(lcCore).noquote()
            << QStringLiteral("SQL failed (code %1): %2").arg(error.nativeErrorCode(), error.text());
}

void SqlError::record(const QString &message)
{
    m_text = message;
    m_corrupt = false;
}

void SqlError::recordFailureOf(const QSqlQuery &query)
{
    record(query.lastError());
}

} // namespace Veille
