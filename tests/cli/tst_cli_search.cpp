// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirun.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// veille-cli search, run as a user runs it, on the sample corpus.
class TestCliSearch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir; // one import for every test: searching changes nothing

    QString dbPath() const { return m_dir.filePath(QStringLiteral("veille.sqlite")); }
    CliRun search(const QStringList &arguments) const
    {
        return CliRun::run(m_dir.path(), QStringList{QStringLiteral("--db"), dbPath(), QStringLiteral("search")} + arguments);
    }
    static QString folded(QString text)
    {
        return text.normalized(QString::NormalizationForm_D).remove(QRegularExpression(QStringLiteral("\\p{Mn}"))).toLower();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const CliRun imported = CliRun::run(m_dir.path(), {QStringLiteral("--db"), dbPath(), QStringLiteral("import"),
                                                           QStringLiteral(VEILLE_SOURCE_DIR "/resources/sample-corpus")});
        QCOMPARE(imported.exitCode, 0);
    }

    void jsonResultsWithSnippetsAndScores()
    {
        const CliRun run = search({QStringLiteral("etats-unis"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray results = CliRun::jsonArray(run.out);
        QCOMPARE(results.size(), 6);
        double previous = 1e9;
        for (const QJsonValue &value : results) {
            const QJsonObject result = value.toObject();
            for (const char *key : {"id", "title", "date", "source", "snippet", "score"})
                QVERIFY2(result.contains(QLatin1String(key)), key);
            const double score = result.value(QStringLiteral("score")).toDouble();
            QVERIFY(score > 0 && score <= previous); // by relevance, best first
            previous = score;
            const QString snippet = result.value(QStringLiteral("snippet")).toString();
            const QJsonArray marks = result.value(QStringLiteral("marks")).toArray();
            if (!marks.isEmpty()) {
                const QJsonArray mark = marks.first().toArray();
                QVERIFY2(folded(snippet.mid(mark.at(0).toInt(), mark.at(1).toInt() - mark.at(0).toInt()))
                             .startsWith(QLatin1String("etats")),
                         qPrintable(snippet));
            }
        }
    }

    void fieldsDatesAndSort_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("firstTitle"); // the start of it

        QTest::newRow("title: field") << QStringList{QStringLiteral("title:microsoft")} << 1 << QStringLiteral("Microsoft et le");
        QTest::newRow("elision") << QStringList{QStringLiteral("l'IA"), QStringLiteral("--sort"), QStringLiteral("date")}
                                 << 7 << QStringLiteral("Microsoft et le");
        QTest::newRow("limit") << QStringList{QStringLiteral("ia"), QStringLiteral("--limit"), QStringLiteral("2")} << 2 << QString();
        QTest::newRow("date range, several words joined")
            << QStringList{QStringLiteral("date:2025-01..2025-06"), QStringLiteral("source:afp")} << 1 << QStringLiteral("Meta et le NIC");
        QTest::newRow("entity by name, newest first") << QStringList{QStringLiteral("entity:Microsoft")} << 4 << QStringLiteral("Microsoft et le");
        QTest::newRow("exclusion after --") << QStringList{QStringLiteral("--"), QStringLiteral("ia"), QStringLiteral("-microsoft")}
                                            << 7 << QString();
    }

    void fieldsDatesAndSort()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, count);
        QFETCH(QString, firstTitle);
        const CliRun run = search(QStringList{QStringLiteral("--json")} + arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray results = CliRun::jsonArray(run.out);
        QCOMPARE(results.size(), count);
        QVERIFY2(results.first().toObject().value(QStringLiteral("title")).toString().startsWith(firstTitle),
                 qPrintable(run.out));
    }

    void plainTextMarksTheWords()
    {
        const CliRun run = search({QStringLiteral("semi-conducteurs"), QStringLiteral("--limit"), QStringLiteral("1")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.count(QLatin1Char('\n')), 2); // the article, then its snippet
        QVERIFY2(run.out.contains(QLatin1String("[semi-conducteurs]")), qPrintable(run.out));
        QVERIFY2(run.err.contains(QLatin1String("1 of ")), qPrintable(run.err));
    }

    void syntaxErrorsExit2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unbalanced quote") << QStringList{QStringLiteral("\"usine de")} << QStringLiteral("closing quote");
        QTest::newRow("lone AND") << QStringList{QStringLiteral("AND")} << QStringLiteral("each side");
        QTest::newRow("lone OR after a word") << QStringList{QStringLiteral("ia"), QStringLiteral("OR")} << QStringLiteral("each side");
        QTest::newRow("lone star") << QStringList{QStringLiteral("*")} << QStringLiteral("letters before it");
        QTest::newRow("punctuation only") << QStringList{QStringLiteral("?!;")} << QStringLiteral("no letters or digits");
        QTest::newRow("lone minus") << QStringList{QStringLiteral("--"), QStringLiteral("-")} << QStringLiteral("right after it");
        QTest::newRow("date garbage") << QStringList{QStringLiteral("date:garbage")} << QStringLiteral("is not a date");
        QTest::newRow("no query") << QStringList{} << QStringLiteral("give a query");
        QTest::newRow("bad sort") << QStringList{QStringLiteral("ia"), QStringLiteral("--sort"), QStringLiteral("alpha")}
                                  << QStringLiteral("relevance or date");
        QTest::newRow("bad limit") << QStringList{QStringLiteral("ia"), QStringLiteral("--limit"), QStringLiteral("0")}
                                   << QStringLiteral("positive number");
    }

    void syntaxErrorsExit2()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliRun run = search(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QLatin1String("fts5")) && !run.err.contains(QLatin1String("SQL")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void unknownEntityExits1()
    {
        const CliRun run = search({QStringLiteral("entity:Personne"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("No entity is named “Personne”")), qPrintable(run.err));
        QCOMPARE(CliRun::jsonArray(run.out).size(), 0);
    }

    void help()
    {
        const CliRun run = search({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("--sort")) && run.out.contains(QLatin1String("QUERY")), qPrintable(run.out));
    }
};

QTEST_GUILESS_MAIN(TestCliSearch)
#include "tst_cli_search.moc"
