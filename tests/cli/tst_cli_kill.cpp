// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirun.h"
#include "core/import/generatedcorpus.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// kill -9 as a test: an import killed at a random moment leaves a sound
// database, and the next import finishes the work with every article once.
// The moments come from a seeded generator whose seed is printed; set
// VEILLE_KILL_SEED to replay a run.
class TestCliKill : public QObject
{
    Q_OBJECT

    // Every kill lands within 800 ms, while the database is created, given
    // its gazetteer or first filled: more articles would only lengthen the
    // imports that finish the work (about 5 ms an article in Debug, three
    // times that under ASan).
    static constexpr int Articles = 300;
    static constexpr int Kills = 20;

    QTemporaryDir m_home;

    QString corpus() const { return m_home.filePath(QStringLiteral("corpus")); }

    // What SQLite says of the file after the kill, and the articles in it.
    struct Check {
        QString integrity;
        QString fullText;
        int articles = -1;
    };

    static Check check(const QString &path)
    {
        Check result;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(path);
            QSqlQuery query(db);
            if (db.open() && query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next())
                result.integrity = query.value(0).toString();
            // The full-text index is written beside the articles: it must
            // agree with them too.
            result.fullText =
                query.exec(QStringLiteral("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')"))
                ? QStringLiteral("ok")
                : query.lastError().text();
            if (query.exec(QStringLiteral("SELECT count(*) FROM articles")) && query.next())
                result.articles = query.value(0).toInt();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        return result;
    }

    static quint32 seed()
    {
        bool given = false;
        const quint32 fromEnvironment = qEnvironmentVariable("VEILLE_KILL_SEED").toUInt(&given);
        return given ? fromEnvironment : QRandomGenerator::global()->generate();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(writeGeneratedCorpus(corpus(), QStringLiteral("k"), Articles));
    }

    void killedImportsLeaveASoundDatabase()
    {
        const quint32 seedUsed = seed();
        qInfo("seed %u (VEILLE_KILL_SEED=%u replays this run)", seedUsed, seedUsed);
        QRandomGenerator random(seedUsed);
        // Kills land between 20 and 800 ms, but not after the time a whole
        // import takes here: a kill after the end would prove nothing.
        QElapsedTimer timer;
        timer.start();
        const CliRun whole = CliRun::run(m_home.path(),
                                         { QStringLiteral("--db"), m_home.filePath(QStringLiteral("whole.sqlite")),
                                           QStringLiteral("import"), corpus() });
        QCOMPARE(whole.exitCode, 0);
        const int latest = int(qBound(qint64(40), qint64(timer.elapsed()), qint64(800)));
        qInfo("a whole import takes %lld ms; kills come after 20 to %d ms", timer.elapsed(), latest);
        int killedWhileRunning = 0;
        for (int round = 1; round <= Kills; ++round) {
            // A new database each time: the kill may land while it is
            // created, migrated, given the default gazetteer or filled.
            const QString db = m_home.filePath(QStringLiteral("veille-%1.sqlite").arg(round));
            const int delay = random.bounded(20, latest + 1);
            QProcess import;
            CliRun::start(import, m_home.path(), { QStringLiteral("--db"), db, QStringLiteral("import"), corpus() });
            QVERIFY(import.waitForStarted());
            // Waiting for the end with a time limit is the random moment.
            if (!import.waitForFinished(delay)) {
                import.kill(); // SIGKILL
                ++killedWhileRunning;
            }
            // Qt 5 may already have seen the end (waitForFinished() is then false).
            QVERIFY(import.state() == QProcess::NotRunning || import.waitForFinished());

            const Check afterKill = check(db);
            QVERIFY2(
                afterKill.integrity == QLatin1String("ok") || afterKill.articles == -1,
                qPrintable(
                    QStringLiteral("round %1, killed after %2 ms: %3").arg(round).arg(delay).arg(afterKill.integrity)));
            QVERIFY2(afterKill.articles <= Articles, qPrintable(QString::number(afterKill.articles)));

            const CliRun next =
                CliRun::run(m_home.path(), { QStringLiteral("--db"), db, QStringLiteral("import"), corpus() });
            QVERIFY2(next.exitCode == 0, qPrintable(QStringLiteral("round %1: %2").arg(round).arg(next.err)));
            const Check afterNext = check(db);
            QCOMPARE(afterNext.integrity, QStringLiteral("ok"));
            QCOMPARE(afterNext.fullText, QStringLiteral("ok"));
            QCOMPARE(afterNext.articles, Articles);
        }
        qInfo("%d of %d imports were killed while running", killedWhileRunning, Kills);
        // Otherwise the test would only have watched imports finish.
        QVERIFY(killedWhileRunning > Kills / 2);
    }
};

QTEST_GUILESS_MAIN(TestCliKill)
#include "tst_cli_kill.moc"
