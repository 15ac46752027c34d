// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/pgtestserver.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

#include <csignal>
#include <memory>
#include <sys/types.h>

using namespace Veille;

namespace {

// A zombie (an exited server its new parent has not reaped yet) is not
// running.
bool isRunning(pid_t pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (::kill(pid, 0) != 0 || !stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const int afterName = line.lastIndexOf(')');
    return afterName < 0 || line.mid(afterName + 2, 1) != "Z";
}

} // namespace

// The harness of the team server's tests: a real PostgreSQL 15, its roles,
// fresh databases, psql as a role, a QPSQL connection, and a clean stop.
class TestPgTestServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void eachDatabaseIsFreshAndOwned();
    void psqlActsAsTheRole_data();
    void psqlActsAsTheRole();
    void privateTableIsClosedToTheOtherRole();
    void ownerCreatesUnaccent();
    void urlIsReadByLibpq();
    void qpsqlConnectsThroughTheSocket();
    void destroyingStopsTheServer();

private:
    QString m_unavailable = PgTestServer::unavailableReason();
    // A member, so that the destructor stops the server even when a case
    // fails.
    PgTestServer m_server;
};

void TestPgTestServer::initTestCase()
{
    if (m_unavailable.isEmpty())
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestPgTestServer::init()
{
    if (!m_unavailable.isEmpty())
        QSKIP(qPrintable(m_unavailable));
}

void TestPgTestServer::eachDatabaseIsFreshAndOwned()
{
    const QString first = m_server.createDatabase(QStringLiteral("alice"));
    const QString second = m_server.createDatabase(QStringLiteral("alice"));
    QVERIFY2(!first.isEmpty() && !second.isEmpty(), qPrintable(m_server.errorString()));
    QVERIFY(first != second);

    QString owner;
    QVERIFY2(
        m_server.psql(QStringLiteral("bob"), first,
                      QStringLiteral("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = '%1'").arg(first),
                      &owner),
        qPrintable(m_server.errorString()));
    QCOMPARE(owner, QStringLiteral("alice"));

    QVERIFY2(m_server.psql(QStringLiteral("alice"), first, QStringLiteral("CREATE TABLE only_in_first (x int)")),
             qPrintable(m_server.errorString()));
    QString tables;
    QVERIFY(m_server.psql(QStringLiteral("alice"), second,
                          QStringLiteral("SELECT count(*) FROM pg_tables WHERE tablename = 'only_in_first'"), &tables));
    QCOMPARE(tables, QStringLiteral("0"));
}

void TestPgTestServer::psqlActsAsTheRole_data()
{
    QTest::addColumn<QString>("role");
    QTest::newRow("alice is alice, not a superuser") << QStringLiteral("alice");
    QTest::newRow("bob is bob, not a superuser") << QStringLiteral("bob");
}

void TestPgTestServer::psqlActsAsTheRole()
{
    QFETCH(QString, role);
    const QString database = m_server.createDatabase(QStringLiteral("alice"));
    QVERIFY2(!database.isEmpty(), qPrintable(m_server.errorString()));
    QString output;
    QVERIFY2(m_server.psql(role, database,
                           QStringLiteral("SELECT current_user || '|' || rolsuper FROM pg_roles "
                                          "WHERE rolname = current_user"),
                           &output),
             qPrintable(m_server.errorString()));
    QCOMPARE(output, role + QStringLiteral("|false"));
}

void TestPgTestServer::privateTableIsClosedToTheOtherRole()
{
    const QString database = m_server.createDatabase(QStringLiteral("alice"));
    QVERIFY2(!database.isEmpty(), qPrintable(m_server.errorString()));
    QVERIFY2(m_server.psql(QStringLiteral("alice"), database,
                           QStringLiteral("CREATE TABLE notes (body text); INSERT INTO notes VALUES ('mine');"
                                          "REVOKE ALL ON notes FROM PUBLIC;")),
             qPrintable(m_server.errorString()));

    QString output;
    QVERIFY(m_server.psql(QStringLiteral("alice"), database, QStringLiteral("SELECT body FROM notes"), &output));
    QCOMPARE(output, QStringLiteral("mine"));

    QString error;
    QVERIFY(!m_server.psql(QStringLiteral("bob"), database, QStringLiteral("SELECT body FROM notes"), &output, &error));
    QVERIFY2(error.contains(QLatin1String("permission denied")), qPrintable(error));
    QVERIFY(output.isEmpty());
}

void TestPgTestServer::ownerCreatesUnaccent()
{
    const QString database = m_server.createDatabase(QStringLiteral("alice"));
    QVERIFY2(!database.isEmpty(), qPrintable(m_server.errorString()));
    QString output;
    QVERIFY2(m_server.psql(QStringLiteral("alice"), database,
                           QStringLiteral("CREATE EXTENSION IF NOT EXISTS unaccent; SELECT unaccent('Élysée à Noël')"),
                           &output),
             qPrintable(m_server.errorString()));
    QCOMPARE(output, QStringLiteral("Elysee a Noel"));
}

// The URI's user, host and port win over psql's own -U, -h and -p, so
// bob's URI run "as alice" connects as bob.
void TestPgTestServer::urlIsReadByLibpq()
{
    const QString database = m_server.createDatabase(QStringLiteral("alice"));
    QVERIFY2(!database.isEmpty(), qPrintable(m_server.errorString()));
    const QString url = m_server.url(QStringLiteral("bob"), database);

    const QUrl parsed(url);
    QCOMPARE(parsed.scheme(), QStringLiteral("postgresql"));
    QCOMPARE(parsed.userName(), QStringLiteral("bob"));
    QCOMPARE(parsed.path(), QLatin1Char('/') + database);
    const QUrlQuery query(parsed);
    QCOMPARE(query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded), m_server.socketDirectory());
    QCOMPARE(query.queryItemValue(QStringLiteral("port")).toInt(), m_server.port());

    QString output;
    QVERIFY2(m_server.psql(QStringLiteral("alice"), url,
                           QStringLiteral("SELECT current_user || '@' || current_database()"), &output),
             qPrintable(m_server.errorString()));
    QCOMPARE(output, QStringLiteral("bob@") + database);
}

void TestPgTestServer::qpsqlConnectsThroughTheSocket()
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        QSKIP("Qt's PostgreSQL driver QPSQL is not installed (apt install libqt6sql6-psql, or libqt5sql5-psql)");
    const QString database = m_server.createDatabase(QStringLiteral("alice"));
    QVERIFY2(!database.isEmpty(), qPrintable(m_server.errorString()));
    const QString connection = QStringLiteral("tst_pgtestserver");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(m_server.socketDirectory());
        db.setPort(m_server.port());
        db.setUserName(QStringLiteral("alice"));
        db.setDatabaseName(database);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        QVERIFY2(query.exec(QStringLiteral("SELECT 1, current_user")), qPrintable(query.lastError().text()));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QCOMPARE(query.value(1).toString(), QStringLiteral("alice"));
    }
    QSqlDatabase::removeDatabase(connection);
}

// A second server beside the first (another port, another folder): its
// socket, folder and postmaster are gone once the object is destroyed.
void TestPgTestServer::destroyingStopsTheServer()
{
    auto server = std::make_unique<PgTestServer>();
    QVERIFY2(server->start(), qPrintable(server->errorString()));
    QVERIFY(server->socketDirectory() != m_server.socketDirectory());
    const QString folder = server->socketDirectory();
    const QString socket = QDir(folder).filePath(QStringLiteral(".s.PGSQL.%1").arg(server->port()));
    QVERIFY2(QFile::exists(socket), qPrintable(socket));
    QFile pidFile(QDir(folder).filePath(QStringLiteral("data/postmaster.pid")));
    QVERIFY(pidFile.open(QIODevice::ReadOnly));
    const pid_t postmaster = pid_t(pidFile.readLine().trimmed().toLong());
    pidFile.close();
    QVERIFY(postmaster > 0);
    QVERIFY(isRunning(postmaster));

    server.reset();
    QVERIFY(!QFile::exists(socket));
    QVERIFY(!QDir(folder).exists());
    QVERIFY(!isRunning(postmaster));

    QString output;
    QVERIFY2(m_server.psql(QStringLiteral("alice"), QStringLiteral("postgres"), QStringLiteral("SELECT 1"), &output),
             qPrintable(m_server.errorString()));
    QCOMPARE(output, QStringLiteral("1"));
}

QTEST_GUILESS_MAIN(TestPgTestServer)
#include "tst_pgtestserver.moc"
