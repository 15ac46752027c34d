// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/serveraddress.h"

#include <QTest>

using namespace Veille;

class TestServerAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAnAddress_data();
    void readsAnAddress();
    void refusesAnAddress_data();
    void refusesAnAddress();
    void tellsAServerFromAFile();
};

void TestServerAddress::readsAnAddress_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("sslMode");
    QTest::newRow("user, host, port and database") << "postgresql://ana@db.example.org:6543/veille" << "ana"
                                                   << "db.example.org" << 6543 << "veille" << "";
    QTest::newRow("default port, short scheme") << "postgres://ana@db/desk" << "ana" << "db" << 5432 << "desk" << "";
    QTest::newRow("TLS required") << "postgresql://ana@db/desk?sslmode=require" << "ana" << "db" << 5432 << "desk"
                                  << "require";
    QTest::newRow("socket folder and port in the query, as libpq reads them")
        << "postgresql://bob@/team?host=/tmp/pg%20sock&port=55432" << "bob" << "/tmp/pg sock" << 55432 << "team" << "";
    QTest::newRow("encoded socket folder as the host") << "postgresql://bob@%2Fvar%2Frun%2Fpostgresql/team" << "bob"
                                                       << "/var/run/postgresql" << 5432 << "team" << "";
    QTest::newRow("accented database name") << "postgresql://ana@db/%C3%A9quipe" << "ana" << "db" << 5432
                                            << QStringLiteral("équipe") << "";
}

void TestServerAddress::readsAnAddress()
{
    QFETCH(QString, url);
    const ServerAddress address = ServerAddress::parse(url);
    QVERIFY2(address.isValid(), qPrintable(address.errorString()));
    QTEST(address.user(), "user");
    QTEST(address.host(), "host");
    QTEST(address.port(), "port");
    QTEST(address.database(), "database");
    QTEST(address.sslMode(), "sslMode");
    QVERIFY(address.display().endsWith(QLatin1Char('/') + address.database()));
}

void TestServerAddress::refusesAnAddress_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("reason");
    QTest::newRow("a password in the address") << "postgresql://ana:secret@db/desk" << "pgpass";
    QTest::newRow("a password in the query") << "postgresql://ana@db/desk?password=secret" << "pgpass";
    QTest::newRow("no database") << "postgresql://ana@db" << "database";
    QTest::newRow("port out of range in the query") << "postgresql://ana@db/desk?port=70000" << "65535";
    QTest::newRow("unknown TLS mode") << "postgresql://ana@db/desk?sslmode=maybe" << "sslmode";
    QTest::newRow("unknown setting") << "postgresql://ana@db/desk?colour=red" << "colour";
    QTest::newRow("another scheme") << "mysql://ana@db/desk" << "postgresql://";
}

void TestServerAddress::refusesAnAddress()
{
    QFETCH(QString, url);
    QFETCH(QString, reason);
    const ServerAddress address = ServerAddress::parse(url);
    QVERIFY(!address.isValid());
    QVERIFY2(address.errorString().contains(reason), qPrintable(address.errorString()));
    QVERIFY(!address.errorString().contains(QLatin1String("secret")));
}

void TestServerAddress::tellsAServerFromAFile()
{
    QVERIFY(ServerAddress::isServerLocation(QStringLiteral("postgresql://ana@db/desk")));
    QVERIFY(ServerAddress::isServerLocation(QStringLiteral("postgres://db/desk")));
    QVERIFY(!ServerAddress::isServerLocation(QStringLiteral("/home/ana/postgresql/veille.sqlite")));
    QVERIFY(!ServerAddress::isServerLocation(QStringLiteral("postgresql.sqlite")));
}

QTEST_GUILESS_MAIN(TestServerAddress)
#include "tst_serveraddress.moc"
