// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirun.h"
#include "core/db/damageddatabase.h"
#include "core/import/generatedcorpus.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// Two veille-cli processes writing one database at once both finish, and a
// damaged database stops an import with a clear message.
class TestCliWriters : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    int m_databases = 0;

    QString corpus(const QString &name) const { return m_home.filePath(QStringLiteral("corpus-") + name); }
    QString newDatabase() { return m_home.filePath(QStringLiteral("veille-%1.sqlite").arg(++m_databases)); }

    CliRun import(const QString &db, const QString &folder) const
    {
        return CliRun::run(m_home.path(), { QStringLiteral("--db"), db, QStringLiteral("import"), folder });
    }

    static int rowCount(const QString &path, const QString &table)
    {
        int count = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
            db.setDatabaseName(path);
            QSqlQuery query(db);
            if (db.open() && query.exec(QStringLiteral("SELECT count(*) FROM ") + table) && query.next())
                count = query.value(0).toInt();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("count"));
        return count;
    }
    static int articleCount(const QString &path) { return rowCount(path, QStringLiteral("articles")); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(writeGeneratedCorpus(corpus(QStringLiteral("a")), QStringLiteral("a"), 400));
        QVERIFY(writeGeneratedCorpus(corpus(QStringLiteral("b")), QStringLiteral("b"), 400));
        QVERIFY(writeGeneratedCorpus(corpus(QStringLiteral("seed")), QStringLiteral("seed"), 1));
        QVERIFY(writeGeneratedCorpus(corpus(QStringLiteral("more")), QStringLiteral("more"), 2));
    }

    void twoImportsAtOnceBothLand_data()
    {
        QTest::addColumn<bool>("existing");
        QTest::newRow("into a database in use") << true;
        QTest::newRow("into a new database") << false;
    }

    void twoImportsAtOnceBothLand()
    {
        QFETCH(bool, existing);
        const QString db = newDatabase();
        const int before = existing ? 1 : 0;
        if (existing)
            QCOMPARE(import(db, corpus(QStringLiteral("seed"))).exitCode, 0);

        // Both start before either waits: nothing orders them but the lock.
        QProcess first;
        QProcess second;
        CliRun::start(first, m_home.path(),
                      { QStringLiteral("--db"), db, QStringLiteral("import"), corpus(QStringLiteral("a")) });
        CliRun::start(second, m_home.path(),
                      { QStringLiteral("--db"), db, QStringLiteral("import"), corpus(QStringLiteral("b")) });
        const CliRun a = CliRun::finish(first);
        const CliRun b = CliRun::finish(second);

        QVERIFY2(a.exitCode == 0, qPrintable(a.err));
        QVERIFY2(b.exitCode == 0, qPrintable(b.err));
        QVERIFY2(a.out.startsWith(QLatin1String("400 imported")), qPrintable(a.out));
        QVERIFY2(b.out.startsWith(QLatin1String("400 imported")), qPrintable(b.out));
        QCOMPARE(articleCount(db), before + 800);
        // The default gazetteer is loaded once, however the two raced to
        // create the database: as many entities as one import gives.
        const QString alone = newDatabase();
        QCOMPARE(import(alone, corpus(QStringLiteral("seed"))).exitCode, 0);
        QCOMPARE(rowCount(db, QStringLiteral("entities")), rowCount(alone, QStringLiteral("entities")));
    }

    void aDamagedDatabaseStopsTheImport()
    {
        const QString db = newDatabase();
        QCOMPARE(import(db, corpus(QStringLiteral("a"))).exitCode, 0);
        QVERIFY(damageDatabase(db, 12));
        const QByteArray damaged = fileHash(db);

        // These two articles touch no damaged page: without the check first,
        // they were imported, and the import said it succeeded.
        const CliRun run = import(db, corpus(QStringLiteral("more")));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("import stopped: the database is damaged")), qPrintable(run.err));
        QVERIFY2(run.out.startsWith(QLatin1String("0 imported")), qPrintable(run.out));
        QCOMPARE(fileHash(db), damaged);
    }
};

QTEST_GUILESS_MAIN(TestCliWriters)
#include "tst_cli_writers.moc"
