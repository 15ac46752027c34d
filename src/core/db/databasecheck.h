// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>
#include <QStringList>

#include <atomic>

namespace Veille {

/*! \brief Looks for damage in a database file (SQLite's quick_check) on a
 * read-only connection of its own, so it may run on any thread.
 *
 * The check reads every page, which takes a while at a million articles:
 * it stops after \a timeLimitMs (Unfinished), or at once when cancel() is
 * called from another thread, and lists at most MaxProblems problems.
 */
class DatabaseCheck
{
    Q_DECLARE_TR_FUNCTIONS(Veille::DatabaseCheck)
public:
    static constexpr int MaxProblems = 10;

    enum class Outcome {
        Sound, //!< no damage found
        Damaged, //!< problems() lists what is broken
        Unfinished, //!< the time ran out, or it was cancelled, before the end
        Failed, //!< the file could not be read at all; error() says why
    };

    struct Result {
        Outcome outcome = Outcome::Failed;
        QStringList problems;
        QString error;

        /*! \brief One line for a user: the first problem and how many more. */
        QString summary() const;
    };

    DatabaseCheck(const QString &path, int timeLimitMs);
    DatabaseCheck(const DatabaseCheck &) = delete;
    DatabaseCheck &operator=(const DatabaseCheck &) = delete;

    Result run();
    void cancel() { m_cancelled = true; }

private:
    Result check(const QString &connectionName);

    QString m_path;
    int m_timeLimitMs = 0;
    QElapsedTimer m_timer;
    std::atomic<bool> m_cancelled { false };
};

} // namespace Veille
