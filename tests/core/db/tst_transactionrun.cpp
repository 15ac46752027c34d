// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/database.h"
#include "db/sqlerror.h"
#include "db/transaction.h"
#include "support/testbackend.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Veille {

// Transaction::run: work in one transaction, committed or rolled back
// whole, and tried again on a team server when another writer's
// transaction got in the way (a deadlock, a serialization failure, a lost
// race for a unique key), never when the work itself failed.
class TestTransactionRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void workThatSucceedsIsCommittedOnce();
    void workThatFailsIsRolledBackAndNotTriedAgain();
    void conflictIsTriedAgainOnTheServer_data();
    void conflictIsTriedAgainOnTheServer();
    void aConflictThatLastsEndsAfterTheLastAttempt();

private:
    bool insert(int value);
    // Fails the statement with \a sqlState, as the server does when another
    // writer's transaction gets in the way.
    bool raise(const QString &sqlState);
    int rows() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QSqlDatabase m_connection;
    SqlError m_error;
};

void TestTransactionRun::initTestCase()
{
    VEILLE_INIT_BACKEND_TEST();
}

void TestTransactionRun::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>(TestBackend::newDatabase(*m_dir),
                                      Database::uniqueConnectionName(QStringLiteral("tst-transactionrun")));
    QVERIFY2(m_db->open(), qPrintable(m_db->errorString()));
    m_connection = m_db->connection();
    QSqlQuery query(m_connection);
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (value INTEGER)")));
    m_error.clear();
}

void TestTransactionRun::cleanup()
{
    m_connection = QSqlDatabase();
    m_db.reset();
    m_dir.reset();
}

bool TestTransactionRun::insert(int value)
{
    QSqlQuery query(m_connection);
    query.prepare(QStringLiteral("INSERT INTO t(value) VALUES(:value)"));
    query.bindValue(QStringLiteral(":value"), value);
    return m_error.exec(query);
}

bool TestTransactionRun::raise(const QString &sqlState)
{
    QSqlQuery query(m_connection);
    return m_error.exec(
        query, QStringLiteral("DO $$ BEGIN RAISE EXCEPTION 'in the way' USING ERRCODE = '%1'; END $$").arg(sqlState));
}

int TestTransactionRun::rows() const
{
    QSqlQuery query(m_connection);
    return query.exec(QStringLiteral("SELECT count(*) FROM t")) && query.next() ? query.value(0).toInt() : -1;
}

void TestTransactionRun::workThatSucceedsIsCommittedOnce()
{
    int runs = 0;
    QVERIFY(Transaction::run(m_connection, m_error, [&] {
        ++runs;
        return insert(1) && insert(2);
    }));
    QCOMPARE(runs, 1);
    QCOMPARE(rows(), 2);
    // Committed: a second connection sees the rows.
    Database other(m_db->path(), Database::uniqueConnectionName(QStringLiteral("tst-transactionrun")));
    QVERIFY(other.open());
    QSqlQuery query(other.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM t")) && query.next());
    QCOMPARE(query.value(0).toInt(), 2);
}

void TestTransactionRun::workThatFailsIsRolledBackAndNotTriedAgain()
{
    int runs = 0;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("SQL failed")));
    QVERIFY(!Transaction::run(m_connection, m_error, [&] {
        ++runs;
        QSqlQuery query(m_connection);
        return insert(1) && m_error.exec(query, QStringLiteral("SELECT * FROM nowhere"));
    }));
    QCOMPARE(runs, 1);
    QVERIFY(!m_error.text().isEmpty());
    QCOMPARE(rows(), 0);
}

void TestTransactionRun::conflictIsTriedAgainOnTheServer_data()
{
    QTest::addColumn<QString>("sqlState");
    QTest::newRow("a serialization failure") << QStringLiteral("40001");
    QTest::newRow("a deadlock") << QStringLiteral("40P01");
    QTest::newRow("a unique key another writer took first") << QStringLiteral("23505");
}

void TestTransactionRun::conflictIsTriedAgainOnTheServer()
{
    if (!TestBackend::isPostgres())
        QSKIP("A team server's conflicts: SQLite's writers take turns");
    QFETCH(QString, sqlState);
    int runs = 0;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("SQL failed \\(code %1\\)").arg(sqlState)));
    // The first run meets the conflict after writing a row: that row goes,
    // and the second run's rows stay.
    QVERIFY2(Transaction::run(m_connection, m_error,
                              [&] {
                                  ++runs;
                                  return insert(runs) && (runs > 1 || raise(sqlState)) && insert(10 + runs);
                              }),
             qPrintable(m_error.text()));
    QCOMPARE(runs, 2);
    QSqlQuery query(m_connection);
    QVERIFY(query.exec(QStringLiteral("SELECT sum(value) FROM t")) && query.next());
    QCOMPARE(query.value(0).toInt(), 2 + 12);
}

void TestTransactionRun::aConflictThatLastsEndsAfterTheLastAttempt()
{
    if (!TestBackend::isPostgres())
        QSKIP("A team server's conflicts: SQLite's writers take turns");
    int runs = 0;
    for (int k = 0; k < Transaction::Attempts; ++k)
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("SQL failed \\(code 40P01\\)")));
    QVERIFY(!Transaction::run(m_connection, m_error, [&] {
        ++runs;
        return insert(runs) && raise(QStringLiteral("40P01"));
    }));
    QCOMPARE(runs, Transaction::Attempts);
    QCOMPARE(rows(), 0);
    QVERIFY(!m_error.text().isEmpty());
}

} // namespace Veille

QTEST_GUILESS_MAIN(Veille::TestTransactionRun)
#include "tst_transactionrun.moc"
