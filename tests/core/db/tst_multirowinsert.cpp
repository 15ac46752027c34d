// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/database.h"
#include "db/multirowinsert.h"
#include "db/sqlerror.h"
#include "support/testbackend.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Veille {

// MultiRowInsert: rows written a few dozen to a statement arrive whole, in
// order, nulls and text as given, however many statements they take.
class TestMultiRowInsert : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void everyRowArrivesWhole_data();
    void everyRowArrivesWhole();
    void aFailedStatementSaysWhyAndForgetsItsRows();

private:
    QStringList tableRows() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QSqlDatabase m_connection;
};

void TestMultiRowInsert::initTestCase()
{
    VEILLE_INIT_BACKEND_TEST();
}

void TestMultiRowInsert::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>(TestBackend::newDatabase(*m_dir),
                                      Database::uniqueConnectionName(QStringLiteral("tst-multirowinsert")));
    QVERIFY2(m_db->open(), qPrintable(m_db->errorString()));
    m_connection = m_db->connection();
    QSqlQuery query(m_connection);
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (n BIGINT NOT NULL UNIQUE, label TEXT, other BIGINT)")));
}

void TestMultiRowInsert::cleanup()
{
    m_connection = QSqlDatabase();
    m_db.reset();
    m_dir.reset();
}

QStringList TestMultiRowInsert::tableRows() const
{
    QStringList rows;
    QSqlQuery query(m_connection);
    if (!query.exec(QStringLiteral("SELECT n, label, other FROM t ORDER BY n")))
        return { query.lastError().text() };
    while (query.next()) {
        rows << QStringLiteral("%1|%2|%3")
                    .arg(query.value(0).toString(),
                         query.value(1).isNull() ? QStringLiteral("null") : query.value(1).toString(),
                         query.value(2).isNull() ? QStringLiteral("null") : query.value(2).toString());
    }
    return rows;
}

void TestMultiRowInsert::everyRowArrivesWhole_data()
{
    QTest::addColumn<QVector<int>>("flushes");

    QTest::newRow("nothing to write") << QVector<int> { 0 };
    QTest::newRow("one row") << QVector<int> { 1 };
    QTest::newRow("one full statement and a part of one") << QVector<int> { 64 + 5 };
    QTest::newRow("three flushes of different sizes, statements kept between them") << QVector<int> { 3, 150, 3 };
}

void TestMultiRowInsert::everyRowArrivesWhole()
{
    QFETCH(QVector<int>, flushes);

    MultiRowInsert insert(m_connection, QStringLiteral("INSERT INTO t(n, label, other)"), 3);
    QCOMPARE(insert.rowsPerStatement(), 64);
    QStringList expected;
    int n = 0;
    SqlError error;
    for (const int rows : flushes) {
        for (int k = 0; k < rows; ++k, ++n) {
            // Quotes and a would-be placeholder are data, not SQL.
            const QVariant label = n % 7 == 0 ? QVariant() : QVariant(QStringLiteral("it's :n %1").arg(n));
            const QVariant other = n % 5 == 0 ? QVariant() : QVariant(qint64(n) * 1000000000);
            insert.addRow({ n, label, other });
            expected << QStringLiteral("%1|%2|%3")
                            .arg(QString::number(n), label.isNull() ? QStringLiteral("null") : label.toString(),
                                 other.isNull() ? QStringLiteral("null") : other.toString());
        }
        QCOMPARE(insert.pendingRows(), rows);
        QVERIFY2(insert.flush(error), qPrintable(error.text()));
        QCOMPARE(insert.pendingRows(), 0);
    }
    QCOMPARE(tableRows(), expected);
}

void TestMultiRowInsert::aFailedStatementSaysWhyAndForgetsItsRows()
{
    MultiRowInsert insert(m_connection, QStringLiteral("INSERT INTO t(n, label, other)"), 3);
    SqlError error;
    insert.addRow({ 1, QStringLiteral("a"), 1 });
    insert.addRow({ 1, QStringLiteral("the same n"), 2 });
    QVERIFY(!insert.flush(error));
    QVERIFY(!error.text().isEmpty());
    QCOMPARE(insert.pendingRows(), 0);
    QCOMPARE(tableRows(), QStringList());

    error.clear();
    insert.addRow({ 2, QStringLiteral("b"), 2 });
    QVERIFY2(insert.flush(error), qPrintable(error.text()));
    QCOMPARE(tableRows(), QStringList { QStringLiteral("2|b|2") });
}

} // namespace Veille

QTEST_GUILESS_MAIN(Veille::TestMultiRowInsert)
#include "tst_multirowinsert.moc"
