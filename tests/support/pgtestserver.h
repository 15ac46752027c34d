// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace Veille {

// A real PostgreSQL 15 server for one test binary.
//
// start() runs initdb into a temporary folder and pg_ctl start, the server
// listening only on a Unix socket in that folder, with two LOGIN roles
// `alice` and `bob` (not superusers), trusted, and a third, `carol`, who
// must give her password (passwordRole(), passwordOf()). As root, initdb, pg_ctl and psql run
// as the `postgres` system user through runuser, since initdb refuses root.
//
// The destructor stops the server and removes the folder: keep the object
// as a member of the test object or as a static in main(), never on the
// stack of one test function, so that it outlives every QVERIFY that
// fails. Should the test binary crash, a watchdog process started with the
// server shuts it down and removes the folder within a second or two.
//
// Every case of a test skips when unavailableReason() is not empty:
//     if (!PgTestServer::unavailableReason().isEmpty())
//         QSKIP(qPrintable(PgTestServer::unavailableReason()));
class PgTestServer
{
public:
    PgTestServer();
    ~PgTestServer();
    PgTestServer(const PgTestServer &) = delete;
    PgTestServer &operator=(const PgTestServer &) = delete;

    // Empty when the server can be started here, else a sentence saying
    // what is missing (looks in $VEILLE_PG_BINDIR, then
    // /usr/lib/postgresql/15/bin, then `pg_config --bindir`).
    static QString unavailableReason();

    // Creates the cluster, starts it on a free port and creates the roles
    // alice and bob. False with errorString() on failure.
    bool start();
    bool isRunning() const;

    // A new database with a unique name, owned by owner; its name, or
    // an empty string with errorString() on failure.
    QString createDatabase(const QString &owner);

    // The libpq URI of database as user:
    // `postgresql://USER@/DATABASE?host=SOCKETDIR&port=PORT`.
    QString url(const QString &user, const QString &database) const;
    QString socketDirectory() const;
    int port() const;

    // Runs sql (one or several statements) with
    // `psql -X -v ON_ERROR_STOP=1 -Atq` as user on database, a name or a
    // URI; true when psql succeeded. output receives the rows of every
    // statement, unaligned, one a line, no command tags, without the last
    // line break; error the standard error.
    bool psql(const QString &user, const QString &database, const QString &sql, QString *output = nullptr,
              QString *error = nullptr);

    // The role that must give a password, and that password; any other
    // role connects without one.
    static QString passwordRole();
    static QString passwordOf(const QString &role);

    // The command and output of the last command that failed.
    QString errorString() const;

private:
    bool initCluster();
    bool writeSettings();
    bool requirePassword();
    bool startOnSomePort();
    bool createRoles();
    void startWatchdog();
    void stop();
    bool run(const QString &program, const QStringList &arguments, QString *output = nullptr, QString *error = nullptr);
    QString dataDirectory() const;
    QString logTail() const;

    std::unique_ptr<QTemporaryDir> m_folder;
    QString m_binDir;
    int m_port = 0;
    int m_databaseCount = 0;
    qint64 m_watchdogPid = 0;
    bool m_running = false;
    QString m_errorString;
};

} // namespace Veille
