// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/database.h"
#include "db/sqlerror.h"
#include "db/transaction.h"
#include "support/testbackend.h"
#include "util/logging.h"

#include <QFuture>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Veille {

// The database's own settings, and the one way the stores run a
// transaction and record what failed. One fresh file per test.
class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void transactionEnds_data();
    void transactionEnds();
    void beginInsideATransactionFails();
    void failedCommitRollsBack();
    void commitWhenNotOpenFails();
    void explicitBatchUsesTheSameSteps();
    void failedStatementIsRecordedAndLogged();
    void settings_data();
    void settings();
    void settingsCommitWithTheirTransaction();
    void corruptionIsKnownByItsCode_data();
    void corruptionIsKnownByItsCode();
    void aWriterWaitsForAnother();

private:
    int rows() const;
    static void expectNestedBeginWarning();
    bool insertRow(int value) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestDatabase::initTestCase()
{
    VEILLE_INIT_BACKEND_TEST();
}

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>(TestBackend::newDatabase(*m_dir),
                                      Database::uniqueConnectionName(QStringLiteral("tst-database")));
    QVERIFY2(m_db->open(), qPrintable(m_db->errorString()));
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (value INTEGER)")));
}

void TestDatabase::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestDatabase::expectNestedBeginWarning()
{
    // SQLite's refusal is a failed statement, logged; the server's is ours.
    if (!TestBackend::isPostgres())
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("transaction within a transaction")));
}

int TestDatabase::rows() const
{
    QSqlQuery query(m_db->connection());
    return query.exec(QStringLiteral("SELECT count(*) FROM t")) && query.next() ? query.value(0).toInt() : -1;
}

bool TestDatabase::insertRow(int value) const
{
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral("INSERT INTO t(value) VALUES(?)"));
    query.addBindValue(value);
    return query.exec();
}

void TestDatabase::transactionEnds_data()
{
    QTest::addColumn<int>("ending");
    QTest::addColumn<int>("kept");
    QTest::newRow("commit(): the row stays") << 0 << 1;
    QTest::newRow("scope left without commit(): rolled back") << 1 << 0;
    QTest::newRow("rollback(): rolled back") << 2 << 0;
}

void TestDatabase::transactionEnds()
{
    QFETCH(int, ending);
    QFETCH(int, kept);
    SqlError error;
    {
        Transaction transaction(m_db->connection(), error);
        QVERIFY(transaction.isOpen());
        QVERIFY(insertRow(1));
        if (ending == 0)
            QVERIFY(transaction.commit());
        else if (ending == 2)
            transaction.rollback();
        QCOMPARE(transaction.isOpen(), ending == 1);
    }
    QCOMPARE(rows(), kept);
    QVERIFY2(error.text().isEmpty(), qPrintable(error.text()));
    // Either way the connection is out of the transaction: a new one begins.
    Transaction next(m_db->connection(), error);
    QVERIFY(next.isOpen());
}

void TestDatabase::beginInsideATransactionFails()
{
    SqlError error;
    Transaction outer(m_db->connection(), error);
    QVERIFY(outer.isOpen());
    QVERIFY(insertRow(1));
    expectNestedBeginWarning();
    {
        // Neither backend nests: the inner one says so, and leaving its
        // scope must not roll back the outer one.
        Transaction inner(m_db->connection(), error);
        QVERIFY(!inner.isOpen());
        QVERIFY(!error.text().isEmpty());
    }
    QVERIFY(insertRow(2));
    QVERIFY(outer.commit());
    QCOMPARE(rows(), 2);
}

void TestDatabase::failedCommitRollsBack()
{
    // A deferred foreign key is checked at COMMIT, which then fails.
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE parent (id INTEGER PRIMARY KEY)")));
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE child (parent_id INTEGER REFERENCES parent(id)"
                                      " DEFERRABLE INITIALLY DEFERRED)")));
    SqlError error;
    Transaction transaction(m_db->connection(), error);
    QVERIFY(transaction.isOpen());
    QVERIFY(insertRow(1));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO child(parent_id) VALUES (999)")));
    const QRegularExpression foreignKey(QStringLiteral("foreign key"), QRegularExpression::CaseInsensitiveOption);
    QTest::ignoreMessage(QtWarningMsg, foreignKey);
    QVERIFY(!transaction.commit());
    QVERIFY2(foreignKey.match(error.text()).hasMatch(), qPrintable(error.text()));
    QVERIFY(!transaction.isOpen());
    QCOMPARE(rows(), 0);
    // Rolled back, not left open: a new transaction begins.
    Transaction next(m_db->connection(), error);
    QVERIFY(next.isOpen());
}

void TestDatabase::commitWhenNotOpenFails()
{
    SqlError error;
    Transaction transaction(m_db->connection(), error);
    QVERIFY(transaction.commit());
    QVERIFY(!transaction.commit());
    // Nor does it commit a transaction begun since by someone else.
    QSqlDatabase db = m_db->connection();
    QVERIFY(db.transaction());
    QVERIFY(insertRow(1));
    QVERIFY(!transaction.commit());
    QVERIFY(db.rollback());
    QCOMPARE(rows(), 0);
    QVERIFY(error.text().isEmpty());
}

void TestDatabase::explicitBatchUsesTheSameSteps()
{
    QSqlDatabase db = m_db->connection();
    SqlError error;
    QVERIFY(Transaction::begin(db, error));
    QVERIFY(insertRow(1));
    expectNestedBeginWarning();
    QVERIFY(!Transaction::begin(db, error));
    QVERIFY(!error.text().isEmpty());
    QVERIFY(Transaction::commit(db, error));
    QCOMPARE(rows(), 1);

    QVERIFY(Transaction::begin(db, error));
    QVERIFY(insertRow(2));
    Transaction::rollback(db);
    QCOMPARE(rows(), 1);
}

void TestDatabase::failedStatementIsRecordedAndLogged()
{
    QCOMPARE(QString::fromLatin1(lcCore().categoryName()), QStringLiteral("veille.core"));
    SqlError error;
    QSqlQuery query(m_db->connection());
    // The user reads the described error; the log has the engine's text.
    const QString missing = TestBackend::isPostgres() ? QStringLiteral("relation \"nowhere\" does not exist")
                                                      : QStringLiteral("no such table: nowhere");
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^SQL failed .*")
                                                          + QRegularExpression::escape(missing)));
    QVERIFY(!error.exec(query, QStringLiteral("SELECT * FROM nowhere")));
    QVERIFY2(error.text().contains(missing), qPrintable(error.text()));
    QVERIFY(error.exec(query, QStringLiteral("SELECT 1")));
    error.clear();
    QVERIFY(error.text().isEmpty());
    // A failure SQLite did not see is recorded as said, and not logged.
#if QT_VERSION >= QT_VERSION_CHECK(6, 3, 0)
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".")));
#endif
    error.record(QStringLiteral("a passage needs some text"));
    QCOMPARE(error.text(), QStringLiteral("a passage needs some text"));
}

void TestDatabase::settings_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::newRow("a boolean") << QVariant(true);
    QTest::newRow("an integer") << QVariant(42);
    QTest::newRow("a string") << QVariant(QStringLiteral("Hano\u00ef"));
}

void TestDatabase::settings()
{
    QFETCH(QVariant, value);
    const QString key = QStringLiteral("test_key");
    QVERIFY(!m_db->setting(key).isValid());
    QVERIFY(m_db->setSetting(key, value));
    // SQLite keeps a boolean as an integer: read it back as a boolean.
    if (value.userType() == QMetaType::Bool)
        QCOMPARE(m_db->setting(key).toBool(), value.toBool());
    else
        QCOMPARE(m_db->setting(key).toString(), value.toString());
    QVERIFY(m_db->setSetting(key, QStringLiteral("other")));
    QCOMPARE(m_db->setting(key).toString(), QStringLiteral("other"));
    QVERIFY(!m_db->setting(QStringLiteral("another_key")).isValid());

    // Another connection to the same file reads what this one wrote.
    Database again(m_db->path(), Database::uniqueConnectionName(QStringLiteral("tst-database-again")));
    QVERIFY(again.open());
    QCOMPARE(again.setting(key).toString(), QStringLiteral("other"));
}

void TestDatabase::settingsCommitWithTheirTransaction()
{
    SqlError error;
    {
        Transaction transaction(m_db->connection(), error);
        QVERIFY(m_db->setSetting(QStringLiteral("loaded"), true));
    }
    QVERIFY(!m_db->setting(QStringLiteral("loaded")).isValid());
    Transaction transaction(m_db->connection(), error);
    QVERIFY(m_db->setSetting(QStringLiteral("loaded"), true));
    QVERIFY(transaction.commit());
    QVERIFY(m_db->setting(QStringLiteral("loaded")).toBool());
}

void TestDatabase::corruptionIsKnownByItsCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("corrupt");
    QTest::newRow("SQLITE_CORRUPT is damage") << QStringLiteral("11") << true;
    QTest::newRow("an extended SQLITE_CORRUPT_INDEX is damage") << QStringLiteral("779") << true;
    QTest::newRow("SQLITE_NOTADB is damage") << QStringLiteral("26") << true;
    QTest::newRow("SQLITE_BUSY is not") << QStringLiteral("5") << false;
    QTest::newRow("a constraint is not") << QStringLiteral("19") << false;
}

void TestDatabase::corruptionIsKnownByItsCode()
{
    QFETCH(QString, code);
    QFETCH(bool, corrupt);
    const QSqlError sqlError(QStringLiteral("driver"), QStringLiteral("database disk image is malformed"),
                             QSqlError::StatementError, code);
    QCOMPARE(SqlError::isCorruption(sqlError), corrupt);
    SqlError error;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("SQL failed")));
    error.record(sqlError);
    QCOMPARE(error.isCorrupt(), corrupt);
    if (code == QLatin1String("11"))
        QVERIFY2(error.text().contains(QLatin1String("the database is damaged")), qPrintable(error.text()));
    // A later failure of another kind is not damage.
    error.record(QStringLiteral("no such entity"));
    QVERIFY(!error.isCorrupt());
}

void TestDatabase::aWriterWaitsForAnother()
{
    if (TestBackend::isPostgres())
        QSKIP("SQLite file only: the server locks rows, so a second writer does not wait to begin");
    // The first writer holds the lock until the second says it waits; the
    // second must then get in, instead of failing or going on unlocked.
    SqlError error;
    auto holder = std::make_unique<Transaction>(m_db->connection(), error);
    QVERIFY(holder->isOpen());
    QVERIFY(insertRow(1));
    QSemaphore waiting;
    const QString path = m_db->path();
    QFuture<bool> second = QtConcurrent::run([path, &waiting] {
        Database db(path, Database::uniqueConnectionName(QStringLiteral("tst-second")));
        SqlError secondError;
        if (!db.open())
            return false;
        Transaction transaction(db.connection(), secondError, [&waiting] { waiting.release(); });
        QSqlQuery insert(db.connection());
        return transaction.isOpen() && insert.exec(QStringLiteral("INSERT INTO t(value) VALUES (2)")) && transaction.commit();
    });
    const bool waited = waiting.tryAcquire(1, 30000);
    QVERIFY(holder->commit());
    QVERIFY(second.result());
    QVERIFY(waited);
    QCOMPARE(rows(), 2);
}

} // namespace Veille

QTEST_GUILESS_MAIN(Veille::TestDatabase)
#include "tst_database.moc"
