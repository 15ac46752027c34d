// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/databasecheck.h"

#include "db/database.h"
#include "db/querybudget.h"
#include "db/sqlerror.h"
#include "util/logging.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Veille {

namespace {
// Without a time limit (a driver whose SQLite is not the system's) the
// check runs only on files it reads within a second or two.
constexpr qint64 UnboundedBytes = 128 * 1024 * 1024;

// A statement that failed: the file may be too damaged to check at all.
DatabaseCheck::Result failure(const QSqlError &error)
{
    constexpr int Interrupted = 9; // SQLITE_INTERRUPT: the progress handler stopped it
    DatabaseCheck::Result result;
    if ((error.nativeErrorCode().toInt() & 0xff) == Interrupted) {
        result.outcome = DatabaseCheck::Outcome::Unfinished;
        result.error = DatabaseCheck::tr("the check stopped before the end");
    } else if (SqlError::isCorruption(error)) {
        result.outcome = DatabaseCheck::Outcome::Damaged;
        result.problems.append(error.databaseText());
    } else {
        result.error = SqlError::describe(error);
    }
    return result;
}

// quick_check answers "ok", or problems: one a row or one a line, under a
// "*** in database main ***" heading, depending on SQLite's version.
DatabaseCheck::Result readProblems(QSqlQuery &query)
{
    DatabaseCheck::Result result;
    while (query.next()) {
        const QStringList lines = query.value(0).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            if (!line.startsWith(QLatin1String("***")))
                result.problems.append(line.trimmed());
        }
    }
    if (query.lastError().type() != QSqlError::NoError)
        return failure(query.lastError());
    if (result.problems == QStringList { QStringLiteral("ok") })
        result.problems.clear();
    result.outcome = result.problems.isEmpty() ? DatabaseCheck::Outcome::Sound : DatabaseCheck::Outcome::Damaged;
    return result;
}
} // namespace

QString DatabaseCheck::Result::summary() const
{
    if (outcome != Outcome::Damaged)
        return error;
    if (problems.size() == 1)
        return problems.constFirst();
    return tr("%1, and %n more problem(s)", nullptr, int(problems.size() - 1)).arg(problems.constFirst());
}

DatabaseCheck::DatabaseCheck(const QString &path, int timeLimitMs)
    : m_path(path)
    , m_timeLimitMs(timeLimitMs)
{
}

DatabaseCheck::Result DatabaseCheck::run()
{
    m_timer.start();
    const QString name = Database::uniqueConnectionName(QStringLiteral("veille-check"));
    const Result result = check(name);
    QSqlDatabase::removeDatabase(name);
    // An unfinished check found nothing: only a finding is worth a warning.
    if (result.outcome == Outcome::Unfinished)
        qCDebug(lcCore).noquote() << QStringLiteral("database check of %1: %2").arg(m_path, result.summary());
    else if (result.outcome != Outcome::Sound)
        qCWarning(lcCore).noquote() << QStringLiteral("database check of %1: %2").arg(m_path, result.summary());
    return result;
}

DatabaseCheck::Result DatabaseCheck::check(const QString &connectionName)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open())
        return failure(db.lastError());
    Result result;
    {
        const qint64 left = qMax<qint64>(0, m_timeLimitMs - m_timer.elapsed());
        const QueryBudget budget(db, int(left), [this] { return m_cancelled.load(); });
        if (!budget.isActive() && QFileInfo(m_path).size() > UnboundedBytes) {
            // Unbounded, the check could keep a window from closing for minutes.
            result.outcome = Outcome::Unfinished;
            result.error = tr("the database is too large to check without a time limit");
            return result;
        }
        QSqlQuery query(db);
        result = query.exec(QStringLiteral("PRAGMA quick_check(%1)").arg(MaxProblems)) ? readProblems(query)
                                                                                       : failure(query.lastError());
    }
    db.close();
    return result;
}

} // namespace Veille
