// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/databasecheck.h"

#include "db/database.h"
#include "db/sqlerror.h"
#include "util/logging.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#if VEILLE_HAVE_SQLITE3
#include <sqlite3.h>
#endif

namespace Veille {

namespace {
// Without SQLite's own API the check cannot be stopped: it runs only on
// files it reads within a second or two.
constexpr qint64 UnboundedBytes = 128 * 1024 * 1024;

#if VEILLE_HAVE_SQLITE3
// SQLite calls the progress handler every this many steps of its virtual
// machine: often enough to stop within milliseconds.
constexpr int ProgressSteps = 10000;

// The driver's sqlite3 handle, when its SQLite is the one linked here (the
// same version): the time limit needs sqlite3_progress_handler(), which Qt
// does not offer.
sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    QSqlQuery version(db);
    if (!version.exec(QStringLiteral("SELECT sqlite_version()")) || !version.next()
        || version.value(0).toString() != QLatin1String(sqlite3_libversion()))
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// Stops the check's statement when DatabaseCheck says so, while it lives.
class ProgressLimit
{
public:
    ProgressLimit(const QSqlDatabase &db, int (*stop)(void *), void *check)
        : m_handle(handleOf(db))
    {
        if (m_handle)
            sqlite3_progress_handler(m_handle, ProgressSteps, stop, check);
    }
    ~ProgressLimit()
    {
        if (m_handle)
            sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
    }
    ProgressLimit(const ProgressLimit &) = delete;
    ProgressLimit &operator=(const ProgressLimit &) = delete;

    bool isSet() const { return m_handle != nullptr; }

private:
    sqlite3 *m_handle = nullptr;
};
#else
struct ProgressLimit {
    ProgressLimit(const QSqlDatabase &, int (*)(void *), void *) { }
    bool isSet() const { return false; }
};
#endif

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

int DatabaseCheck::onProgress(void *check)
{
    const auto *self = static_cast<const DatabaseCheck *>(check);
    return self->m_cancelled || self->m_timer.hasExpired(self->m_timeLimitMs) ? 1 : 0;
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
        const ProgressLimit limit(db, &DatabaseCheck::onProgress, this);
        if (!limit.isSet() && QFileInfo(m_path).size() > UnboundedBytes) {
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
