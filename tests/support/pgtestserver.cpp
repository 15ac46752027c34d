// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/pgtestserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QUrl>

#include <csignal>
#include <pwd.h>
#include <sys/types.h>
#include <unistd.h>

namespace Veille {

namespace {

const char *const InstallHint = "apt install postgresql-15 postgresql-contrib";
const QString SystemUser = QStringLiteral("postgres");
const QStringList TestRoles = { QStringLiteral("alice"), QStringLiteral("bob") };
const QString PasswordRole = QStringLiteral("carol");
const QString PasswordRoleSecret = QStringLiteral("carol's secret");
constexpr int CommandTimeoutMs = 60000;
constexpr int StartAttempts = 5;

bool runningAsRoot()
{
    return geteuid() == 0;
}

bool hasServerTools(const QString &dir)
{
    if (dir.isEmpty())
        return false;
    const QStringList tools = { QStringLiteral("initdb"), QStringLiteral("pg_ctl"), QStringLiteral("psql") };
    for (const QString &tool : tools) {
        const QFileInfo info(QDir(dir).filePath(tool));
        if (!info.isFile() || !info.isExecutable())
            return false;
    }
    return true;
}

QString pgConfigBinDir()
{
    const QString pgConfig = QStandardPaths::findExecutable(QStringLiteral("pg_config"));
    if (pgConfig.isEmpty())
        return {};
    QProcess process;
    process.start(pgConfig, { QStringLiteral("--bindir") });
    if (!process.waitForFinished(10000) || process.exitCode() != 0)
        return {};
    return QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
}

// The environment variable first, so that a developer can point the tests
// at another build of PostgreSQL.
QString findBinDir()
{
    const QStringList candidates = { qEnvironmentVariable("VEILLE_PG_BINDIR"),
                                     QStringLiteral("/usr/lib/postgresql/15/bin") };
    for (const QString &dir : candidates) {
        if (hasServerTools(dir))
            return dir;
    }
    const QString fromPgConfig = pgConfigBinDir();
    return hasServerTools(fromPgConfig) ? fromPgConfig : QString();
}

QString quoteIdentifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString quoteLiteral(const QString &value)
{
    QString quoted = value;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

// The user's PG* variables (PGHOST, PGSERVICE, PGOPTIONS...) must not
// redirect the commands to another server or change their settings.
QProcessEnvironment commandEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QStringList keys = environment.keys();
    for (const QString &key : keys) {
        if (key.startsWith(QLatin1String("PG")))
            environment.remove(key);
    }
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return environment;
}

} // namespace

PgTestServer::PgTestServer() = default;

PgTestServer::~PgTestServer()
{
    stop();
}

QString PgTestServer::unavailableReason()
{
    if (findBinDir().isEmpty())
        return QStringLiteral("PostgreSQL 15 is not installed (%1): no initdb, pg_ctl and psql in $VEILLE_PG_BINDIR, "
                              "/usr/lib/postgresql/15/bin or pg_config --bindir")
            .arg(QLatin1String(InstallHint));
    if (runningAsRoot() && !getpwnam("postgres"))
        return QStringLiteral("Running as root, the PostgreSQL tests run the server as the postgres system user, "
                              "which does not exist (%1)")
            .arg(QLatin1String(InstallHint));
    if (runningAsRoot() && QStandardPaths::findExecutable(QStringLiteral("runuser")).isEmpty())
        return QStringLiteral("Running as root, the PostgreSQL tests need runuser (util-linux) to run the server "
                              "as the postgres system user");
    return {};
}

bool PgTestServer::start()
{
    if (m_running)
        return true;
    const QString reason = unavailableReason();
    if (!reason.isEmpty()) {
        m_errorString = reason;
        return false;
    }
    m_binDir = findBinDir();
    if (!initCluster() || !writeSettings() || !requirePassword() || !startOnSomePort())
        return false;
    m_running = true;
    if (createRoles())
        return true;
    stop();
    return false;
}

// A folder under /tmp that the postgres system user owns when we are root:
// it holds the cluster (data/), the server's log and the socket.
bool PgTestServer::initCluster()
{
    m_folder = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/veille-pg-XXXXXX"));
    if (!m_folder->isValid()) {
        m_errorString = QStringLiteral("Cannot create a temporary folder: ") + m_folder->errorString();
        return false;
    }
    startWatchdog();
    const QByteArray folder = QFile::encodeName(m_folder->path());
    if (runningAsRoot()) {
        const passwd *user = getpwnam("postgres");
        if (!user || chown(folder.constData(), user->pw_uid, user->pw_gid) != 0) {
            m_errorString = QStringLiteral("Cannot give %1 to the postgres user").arg(m_folder->path());
            return false;
        }
    }
    QFile::setPermissions(m_folder->path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                              | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                              | QFileDevice::ExeOther);
    // --no-sync: a test cluster need not survive a power cut.
    return run(QStringLiteral("initdb"),
               { QStringLiteral("-D"), dataDirectory(), QStringLiteral("-A"), QStringLiteral("trust"),
                 QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"), QStringLiteral("-U"),
                 SystemUser, QStringLiteral("--no-sync") });
}

// In postgresql.conf rather than on pg_ctl's -o, which goes through a
// shell: no quoting of the folder's name. No TCP at all, so that two test
// binaries never compete for a port; fsync off for speed.
bool PgTestServer::writeSettings()
{
    QFile conf(QDir(dataDirectory()).filePath(QStringLiteral("postgresql.conf")));
    if (!conf.open(QIODevice::Append | QIODevice::Text)) {
        m_errorString = QStringLiteral("Cannot write %1: %2").arg(conf.fileName(), conf.errorString());
        return false;
    }
    const QString settings = QStringLiteral("\n# Veille's test server\nlisten_addresses = ''\n"
                                            "unix_socket_directories = %1\nfsync = off\n"
                                            "synchronous_commit = off\nfull_page_writes = off\n")
                                 .arg(quoteLiteral(m_folder->path()));
    conf.write(settings.toUtf8());
    return conf.error() == QFileDevice::NoError;
}

// carol must give her password; every other role is trusted, as initdb
// -A trust set it up. pg_hba.conf's first matching line wins.
bool PgTestServer::requirePassword()
{
    QFile hba(QDir(dataDirectory()).filePath(QStringLiteral("pg_hba.conf")));
    if (!hba.open(QIODevice::ReadWrite | QIODevice::Text)) {
        m_errorString = QStringLiteral("Cannot change %1: %2").arg(hba.fileName(), hba.errorString());
        return false;
    }
    const QByteArray rest = hba.readAll();
    hba.seek(0);
    hba.write("local all " + PasswordRole.toUtf8() + " scram-sha-256\n" + rest);
    return hba.error() == QFileDevice::NoError;
}

QString PgTestServer::passwordRole()
{
    return PasswordRole;
}

QString PgTestServer::passwordOf(const QString &role)
{
    return role == PasswordRole ? PasswordRoleSecret : QString();
}

// The socket's name holds the port (.s.PGSQL.PORT) in a folder of our own,
// but the server also derives its shared memory key from the port: a
// random one, and another when the start fails, keeps parallel test
// binaries apart.
bool PgTestServer::startOnSomePort()
{
    const QString log = m_folder->filePath(QStringLiteral("server.log"));
    for (int attempt = 0; attempt < StartAttempts; ++attempt) {
        m_port = int(QRandomGenerator::global()->bounded(20000, 60000));
        if (run(QStringLiteral("pg_ctl"),
                { QStringLiteral("-D"), dataDirectory(), QStringLiteral("-l"), log, QStringLiteral("-w"),
                  QStringLiteral("-t"), QStringLiteral("30"), QStringLiteral("-o"), QStringLiteral("-p %1").arg(m_port),
                  QStringLiteral("start") }))
            return true;
    }
    m_errorString += QStringLiteral("\nServer log:\n") + logTail();
    // pg_ctl may have given up waiting on a server that started after all.
    m_running = QFile::exists(QDir(dataDirectory()).filePath(QStringLiteral("postmaster.pid")));
    return false;
}

bool PgTestServer::createRoles()
{
    QString sql;
    for (const QString &role : TestRoles)
        sql += QStringLiteral("CREATE ROLE %1 LOGIN NOSUPERUSER;").arg(quoteIdentifier(role));
    sql += QStringLiteral("CREATE ROLE %1 LOGIN NOSUPERUSER PASSWORD %2;")
               .arg(quoteIdentifier(PasswordRole), quoteLiteral(PasswordRoleSecret));
    return psql(SystemUser, SystemUser, sql);
}

// Should the test binary die without its destructors (a crash, an abort),
// this shell waits for it to go (or to be a zombie that nobody reaps),
// then shuts the server down (SIGQUIT is PostgreSQL's immediate shutdown)
// and removes the folder. It starts with the folder, before initdb, so
// that no moment of the start escapes it; a pg_ctl start left behind
// finishes within its second of grace.
void PgTestServer::startWatchdog()
{
    const QString script = QStringLiteral(
        "while state=$(sed 's/.*) //' \"/proc/$1/stat\" 2>/dev/null | cut -c1) && [ -n \"$state\" ] "
        "&& [ \"$state\" != Z ]; do sleep 1; done; sleep 1; "
        "pid=$(head -n 1 \"$2/postmaster.pid\" 2>/dev/null) && kill -QUIT \"$pid\" && sleep 1; rm -rf \"$3\"");
    QProcess watchdog;
    watchdog.setProgram(QStringLiteral("/bin/sh"));
    watchdog.setArguments({ QStringLiteral("-c"), script, QStringLiteral("sh"),
                            QString::number(QCoreApplication::applicationPid()), dataDirectory(), m_folder->path() });
    // Not ctest's pipes: ctest would wait for the watchdog to close them.
    watchdog.setStandardInputFile(QProcess::nullDevice());
    watchdog.setStandardOutputFile(QProcess::nullDevice());
    watchdog.setStandardErrorFile(QProcess::nullDevice());
    watchdog.startDetached(&m_watchdogPid);
}

void PgTestServer::stop()
{
    if (m_running) {
        const QStringList stopArguments = { QStringLiteral("-D"), dataDirectory(),     QStringLiteral("-w"),
                                            QStringLiteral("-t"), QStringLiteral("5"), QStringLiteral("stop"),
                                            QStringLiteral("-m") };
        if (!run(QStringLiteral("pg_ctl"), stopArguments + QStringList { QStringLiteral("fast") })
            && !run(QStringLiteral("pg_ctl"), stopArguments + QStringList { QStringLiteral("immediate") })) {
            QFile pidFile(QDir(dataDirectory()).filePath(QStringLiteral("postmaster.pid")));
            if (pidFile.open(QIODevice::ReadOnly)) {
                const pid_t pid = pid_t(pidFile.readLine().trimmed().toLong());
                if (pid > 0)
                    ::kill(pid, SIGKILL);
            }
        }
        m_running = false;
    }
    if (m_watchdogPid > 0) {
        ::kill(pid_t(m_watchdogPid), SIGKILL);
        m_watchdogPid = 0;
    }
    m_folder.reset();
}

bool PgTestServer::isRunning() const
{
    return m_running;
}

QString PgTestServer::createDatabase(const QString &owner)
{
    const QString name = QStringLiteral("veille_test_%1").arg(++m_databaseCount);
    if (!psql(SystemUser, SystemUser,
              QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(quoteIdentifier(name), quoteIdentifier(owner))))
        return {};
    return name;
}

QString PgTestServer::url(const QString &user, const QString &database) const
{
    const QByteArray keep = "/";
    return QStringLiteral("postgresql://%1@/%2?host=%3&port=%4")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(user)), QString::fromLatin1(QUrl::toPercentEncoding(database)),
             QString::fromLatin1(QUrl::toPercentEncoding(socketDirectory(), keep)), QString::number(m_port));
}

QString PgTestServer::socketDirectory() const
{
    return m_folder ? m_folder->path() : QString();
}

int PgTestServer::port() const
{
    return m_port;
}

// -q: no command tags (CREATE TABLE, INSERT 0 1), so that the output of
// several statements is the rows they return and nothing else.
bool PgTestServer::psql(const QString &user, const QString &database, const QString &sql, QString *output,
                        QString *error)
{
    return run(QStringLiteral("psql"),
               { QStringLiteral("-X"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-Atq"),
                 QStringLiteral("-h"), socketDirectory(), QStringLiteral("-p"), QString::number(m_port),
                 QStringLiteral("-U"), user, QStringLiteral("-d"), database, QStringLiteral("-c"), sql },
               output, error);
}

QString PgTestServer::errorString() const
{
    return m_errorString;
}

// As root through runuser, since initdb and pg_ctl refuse to run as root.
// The folder is the working directory: the postgres user may not be able
// to enter the test's own.
bool PgTestServer::run(const QString &program, const QStringList &arguments, QString *output, QString *error)
{
    QString executable = QDir(m_binDir).filePath(program);
    QStringList fullArguments = arguments;
    if (runningAsRoot()) {
        fullArguments = QStringList { QStringLiteral("-u"), SystemUser, QStringLiteral("--"), executable } + arguments;
        executable = QStandardPaths::findExecutable(QStringLiteral("runuser"));
    }
    QProcess process;
    process.setProcessEnvironment(commandEnvironment());
    if (m_folder)
        process.setWorkingDirectory(m_folder->path());
    process.start(executable, fullArguments);
    const bool finished = process.waitForFinished(CommandTimeoutMs);
    if (!finished)
        process.kill();
    const QString standardOutput = QString::fromUtf8(process.readAllStandardOutput());
    const QString standardError = QString::fromUtf8(process.readAllStandardError());
    if (output)
        *output = standardOutput.endsWith(QLatin1Char('\n')) ? standardOutput.chopped(1) : standardOutput;
    if (error)
        *error = standardError;
    const bool succeeded = finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (!succeeded)
        m_errorString = QStringLiteral("%1 %2 failed (%3):\n%4%5")
                            .arg(executable, fullArguments.join(QLatin1Char(' ')),
                                 finished ? QStringLiteral("exit code %1").arg(process.exitCode())
                                          : QStringLiteral("no answer in %1 s").arg(CommandTimeoutMs / 1000),
                                 standardError, standardOutput);
    return succeeded;
}

QString PgTestServer::dataDirectory() const
{
    return m_folder->filePath(QStringLiteral("data"));
}

QString PgTestServer::logTail() const
{
    QFile log(m_folder->filePath(QStringLiteral("server.log")));
    if (!log.open(QIODevice::ReadOnly | QIODevice::Text))
        return QStringLiteral("(no log)");
    const QByteArray text = log.readAll();
    return QString::fromUtf8(text.right(4000));
}

} // namespace Veille
