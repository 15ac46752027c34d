// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

// veille-cli is tested as a user runs it: a process, its exit code and output.
class TestCli : public QObject
{
    Q_OBJECT

    using Run = CliRun;

    std::unique_ptr<QTemporaryDir> m_dir;

    QString dbPath() const { return m_dir->filePath(QStringLiteral("veille.sqlite")); }

    Run cli(const QStringList &arguments) const { return CliRun::run(m_dir->path(), arguments); }

    Run cliDb(const QStringList &arguments) const { return cli(QStringList{QStringLiteral("--db"), dbPath()} + arguments); }

    static QJsonArray jsonArray(const QString &text) { return CliRun::jsonArray(text); }

    static QString sampleCorpus() { return QStringLiteral(VEILLE_SOURCE_DIR "/resources/sample-corpus"); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void importListShowTheSampleCorpus()
    {
        const Run imported = cliDb({QStringLiteral("import"), sampleCorpus()});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.out.contains(QLatin1String("17 imported")), qPrintable(imported.out));

        const Run listed = cliDb({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray articles = jsonArray(listed.out);
        QCOMPARE(articles.size(), 17);
        QStringList dates;
        for (const QJsonValue &value : articles) {
            const QJsonObject article = value.toObject();
            QCOMPARE(article.keys(), (QStringList{QStringLiteral("copies"), QStringLiteral("date"), QStringLiteral("id"),
                                                  QStringLiteral("read"), QStringLiteral("source"),
                                                  QStringLiteral("starred"), QStringLiteral("story"),
                                                  QStringLiteral("title")}));
            dates << (article.value(QStringLiteral("date")).isNull() ? QStringLiteral("null")
                                                                      : article.value(QStringLiteral("date")).toString());
        }
        // Newest first, each date at its own precision, undated last.
        QCOMPARE(dates.first(), QStringLiteral("2025-08-21"));
        QVERIFY(dates.contains(QStringLiteral("2025-05")));
        QVERIFY(dates.contains(QStringLiteral("2023")));
        QCOMPARE(dates.count(QStringLiteral("null")), 3);
        QCOMPARE(dates.last(), QStringLiteral("null"));

        const QString id = QString::number(articles.first().toObject().value(QStringLiteral("id")).toInt());
        const Run shown = cliDb({QStringLiteral("show"), id, QStringLiteral("--json")});
        QCOMPARE(shown.exitCode, 0);
        const QJsonObject article = QJsonDocument::fromJson(shown.out.toUtf8()).object();
        QCOMPARE(article.value(QStringLiteral("photo_credit")).toString(), QStringLiteral("Minh Son/VNA/CVN"));
        QCOMPARE(article.value(QStringLiteral("source")).toString(), QStringLiteral("VNA/CVN"));
        QVERIFY(article.value(QStringLiteral("path")).toString().endsWith(QLatin1String("013_microsoft-fonctionnaires-ia.txt")));
        const QString body = article.value(QStringLiteral("body")).toString();
        QVERIFY(body.contains(QLatin1String("\n\n")));
        QVERIFY(!body.contains(QLatin1String("Photo :")));
        QVERIFY(!body.endsWith(QLatin1String("VNA/CVN")));

        const Run plain = cliDb({QStringLiteral("show"), id});
        QCOMPARE(plain.exitCode, 0);
        QVERIFY(plain.out.startsWith(QStringLiteral("Microsoft et le ministère")));
    }

    void importTwiceChangesNothing()
    {
        QCOMPARE(cliDb({QStringLiteral("import"), sampleCorpus()}).exitCode, 0);
        const Run again = cliDb({QStringLiteral("import"), sampleCorpus()});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(QLatin1String("0 imported, 0 updated, 17 unchanged, 0 failed")), qPrintable(again.out));
    }

    // --bulk only lengthens the batches: the same articles, the same summary.
    void bulkImportWritesTheSameArticles()
    {
        const Run bulk = cliDb({ QStringLiteral("import"), QStringLiteral("--bulk"), sampleCorpus() });
        QCOMPARE(bulk.exitCode, 0);
        QVERIFY2(bulk.out.contains(QLatin1String("17 imported, 0 updated, 0 unchanged, 0 failed")),
                 qPrintable(bulk.out));
        QCOMPARE(jsonArray(cliDb({ QStringLiteral("list"), QStringLiteral("--json") }).out).size(), 17);
        const Run again = cliDb({ QStringLiteral("import"), sampleCorpus() });
        QVERIFY2(again.out.contains(QLatin1String("0 imported, 0 updated, 17 unchanged, 0 failed")),
                 qPrintable(again.out));
    }

    void badFilesFailAndTheRestImports()
    {
        const QString folder = m_dir->filePath(QStringLiteral("in"));
        QVERIFY(QDir().mkpath(folder));
        const auto write = [&folder](const QString &name, const QByteArray &bytes) {
            QFile file(folder + QLatin1Char('/') + name);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        };
        write(QStringLiteral("good.txt"), " date 2025-05 Bon titre\n\nUn paragraphe.\n\nAFP");
        write(QStringLiteral("impossible.txt"), " date 2025-13-40 Titre\n\nTexte.");
        write(QStringLiteral("empty.txt"), "");
        const Run run = cliDb({QStringLiteral("import"), folder});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QLatin1String("1 imported, 0 updated, 0 unchanged, 2 failed")), qPrintable(run.out));
        QVERIFY2(run.err.contains(QLatin1String("impossible.txt")) && run.err.contains(QLatin1String("2025-13-40")),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("empty.txt: empty file")), qPrintable(run.err));
        QCOMPARE(jsonArray(cliDb({QStringLiteral("list"), QStringLiteral("--json")}).out).size(), 1);
    }

    // Each path the import skips is named once, with its reason, on one
    // line: a name holding a line end cannot forge another "failed:" line.
    void everySkippedPathHasOneFailedLine_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("line"); // after "failed: " and the folder
        QTest::newRow("a FIFO named like an article")
            << QStringLiteral("fifo") << QStringLiteral("/pipe.txt: not a regular file");
        QTest::newRow("an unreadable sub-folder")
            << QStringLiteral("locked") << QStringLiteral("/locked: folder cannot be read");
        QTest::newRow("a name with a line end, a tab and an escape, escaped")
            << QStringLiteral("control") << QStringLiteral("/a\\nfailed: forged\\t\\x1b[31m.txt: empty file");
    }

    void everySkippedPathHasOneFailedLine()
    {
        QFETCH(QString, kind);
        QFETCH(QString, line);
        const QString folder = m_dir->filePath(QStringLiteral("in"));
        const QString locked = folder + QStringLiteral("/locked");
        QVERIFY(QDir().mkpath(locked));
        // Opened again after the import, or the test's folder could not be removed.
        const auto unlock = [&locked] {
            QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        };
        QFile good(folder + QStringLiteral("/good.txt"));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write(" date 2025-05 Bon titre\n\nUn paragraphe.\n\nAFP");
        good.close();
        if (kind == QLatin1String("fifo")) {
            QCOMPARE(::mkfifo(QFile::encodeName(folder + QStringLiteral("/pipe.txt")).constData(), 0600), 0);
        } else if (kind == QLatin1String("locked")) {
            QVERIFY(QFile::setPermissions(locked, QFileDevice::Permissions()));
            // Root reads a folder whatever its permissions.
            if (::access(QFile::encodeName(locked).constData(), R_OK | X_OK) == 0) {
                unlock();
                QSKIP("chmod 000 does not stop this user from reading a folder (running as root?)");
            }
        } else {
            QFile control(folder + QStringLiteral("/a\nfailed: forged\t\x1b[31m.txt"));
            QVERIFY(control.open(QIODevice::WriteOnly));
        }
        const Run run = cliDb({ QStringLiteral("import"), folder });
        unlock();
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QLatin1String("1 imported, 0 updated, 0 unchanged, 1 failed")), qPrintable(run.out));
        QCOMPARE(run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts),
                 QStringList { QStringLiteral("failed: ") + folder + line });
    }

    // A database is a regular file: SQLite would open a folder or a FIFO
    // and leave a "-journal" beside it.
    void databaseThatIsNotAFileIsRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("a folder") << QStringLiteral("folder");
        QTest::newRow("a FIFO") << QStringLiteral("fifo");
    }

    void databaseThatIsNotAFileIsRefused()
    {
        QFETCH(QString, kind);
        const QString place = m_dir->filePath(QStringLiteral("place"));
        QVERIFY(QDir().mkpath(place));
        const QString db = place + QStringLiteral("/veille.sqlite");
        if (kind == QLatin1String("folder"))
            QVERIFY(QDir().mkpath(db));
        else
            QCOMPARE(::mkfifo(QFile::encodeName(db).constData(), 0600), 0);
        const QStringList commands[] = { { QStringLiteral("list") }, { QStringLiteral("import"), sampleCorpus() } };
        for (const QStringList &command : commands) {
            const Run run = cli(QStringList { QStringLiteral("--db"), db } + command);
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(QLatin1String("not a regular file")), qPrintable(run.err));
            QCOMPARE(QDir(place).entryList(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot),
                     QStringList { QStringLiteral("veille.sqlite") });
        }
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList{} << QStringLiteral("COMMAND");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("frobnicate");
        QTest::newRow("import without a path") << QStringList{QStringLiteral("import")} << QStringLiteral("at least one");
        QTest::newRow("show without an id") << QStringList{QStringLiteral("show")} << QStringLiteral("article id");
        QTest::newRow("show with a word") << QStringList{QStringLiteral("show"), QStringLiteral("abc")}
                                          << QStringLiteral("article id");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("list"), QStringLiteral("--frob")}
                                        << QStringLiteral("frob");
        QTest::newRow("--db without a file") << QStringList{QStringLiteral("--db")} << QStringLiteral("db");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = arguments.value(0) == QLatin1String("--db") ? cli(arguments) : cliDb(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void helpOnEveryCommand_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("global") << QStringList{QStringLiteral("--help")} << QStringLiteral("import");
        QTest::newRow("import") << QStringList{QStringLiteral("import"), QStringLiteral("--help")} << QStringLiteral("PATH");
        QTest::newRow("list") << QStringList{QStringLiteral("list"), QStringLiteral("--help")} << QStringLiteral("--json");
        QTest::newRow("show") << QStringList{QStringLiteral("show"), QStringLiteral("--help")} << QStringLiteral("ID");
    }

    void helpOnEveryCommand()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const Run run = cliDb(arguments);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(expected), qPrintable(run.out));
    }

    void missingArticleAndBadDatabase()
    {
        QCOMPARE(cliDb({QStringLiteral("import"), sampleCorpus()}).exitCode, 0);
        const Run missing = cliDb({QStringLiteral("show"), QStringLiteral("9999")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QLatin1String("no article with id 9999")), qPrintable(missing.err));

        const QString garbage = m_dir->filePath(QStringLiteral("garbage.sqlite"));
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        const Run bad = cli({QStringLiteral("--db"), garbage, QStringLiteral("list")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(QLatin1String("not a Veille database")), qPrintable(bad.err));
        // The user's message alone: the SQL behind it is logged only on request.
        QVERIFY2(!bad.err.contains(QLatin1String("SQL failed")), qPrintable(bad.err));
        QFile check(garbage);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray(4096, 'x')); // the file is left as it was
    }

    void theRealSeeds()
    {
        const QString seeds = QStringLiteral(VEILLE_SHARED_CORPUS_DIR "/seeds");
        if (!QFileInfo::exists(seeds))
            QSKIP("../shared/corpus is absent (a fresh clone): the reference seeds are not tested");
        QCOMPARE(cliDb({QStringLiteral("import"), seeds}).exitCode, 0);
        const QJsonArray articles = jsonArray(cliDb({QStringLiteral("list"), QStringLiteral("--json")}).out);
        QCOMPARE(articles.size(), 2);
        QCOMPARE(articles.at(0).toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2025-08-12"));
        QCOMPARE(articles.at(1).toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2025-05"));
        for (const QJsonValue &article : articles)
            QCOMPARE(article.toObject().value(QStringLiteral("source")).toString(), QStringLiteral("VNA/CVN"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
