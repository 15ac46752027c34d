// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirun.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// veille-cli bookmarks, as a user runs it: a process on a database of its
// own, with articles imported from files in the test's folder.
class TestCliBookmarks : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    QString dbPath(const QString &name = QStringLiteral("veille.sqlite")) const { return m_dir->filePath(name); }

    CliRun cliDb(const QStringList &arguments, const QString &db = QString()) const
    {
        return CliRun::run(m_dir->path(), QStringList{QStringLiteral("--db"), db.isEmpty() ? dbPath() : db} + arguments);
    }

    QString writeFile(const QString &name, const QByteArray &bytes) const
    {
        const QString path = m_dir->filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
        return path;
    }

    // The article has a character outside the BMP before the passages, so
    // code point and UTF-16 positions differ.
    static QByteArray article()
    {
        return " date 2025-05-13 Intel et Qualcomm au Vietnam \xF0\x9F\x9A\x80\n\n"
               "Le \xF0\x9F\x9A\x80 groupe Intel a annoncé un investissement à Hô Chi Minh-Ville.\n\n"
               "Qualcomm ouvre un centre de recherche à Hanoï. Le groupe Intel suit.\n\nVNA/CVN\n";
    }

    QJsonArray list(const QStringList &filters = {}, const QString &db = QString()) const
    {
        const CliRun run = cliDb(QStringList{QStringLiteral("bookmarks"), QStringLiteral("list"), QStringLiteral("--json")}
                                     + filters,
                                 db);
        if (run.exitCode != 0)
            qWarning() << run.err;
        return CliRun::jsonArray(run.out);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        writeFile(QStringLiteral("corpus/a.txt"), article());
        const CliRun run = cliDb({QStringLiteral("import"), m_dir->filePath(QStringLiteral("corpus"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    void addByQuoteAndByRange()
    {
        CliRun run = cliDb({QStringLiteral("bookmarks"), QStringLiteral("add"), QStringLiteral("1"),
                            QStringLiteral("--quote"), QStringLiteral("groupe Intel"), QStringLiteral("--occurrence"),
                            QStringLiteral("2"), QStringLiteral("--note"), QStringLiteral("Le second"),
                            QStringLiteral("--label"), QStringLiteral("question"), QStringLiteral("--tag"),
                            QStringLiteral("intel"), QStringLiteral("--tag"), QStringLiteral("suivi")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out.trimmed(), QStringLiteral("1"));
        // Code points: "Le 🚀 " is 5 of them (6 UTF-16 units).
        run = cliDb({QStringLiteral("bookmarks"), QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("--start"),
                     QStringLiteral("5"), QStringLiteral("--end"), QStringLiteral("17")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        const QJsonArray passages = list();
        QCOMPARE(passages.size(), 2);
        const QJsonObject first = passages.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("quote")).toString(), QStringLiteral("groupe Intel"));
        QCOMPARE(first.value(QStringLiteral("start")).toInt(), 5);
        QCOMPARE(first.value(QStringLiteral("end")).toInt(), 17);
        const QJsonObject second = passages.at(1).toObject();
        QCOMPARE(second.value(QStringLiteral("id")).toInt(), 1);
        QCOMPARE(second.value(QStringLiteral("article_id")).toInt(), 1);
        QCOMPARE(second.value(QStringLiteral("quote")).toString(), QStringLiteral("groupe Intel"));
        QVERIFY(second.value(QStringLiteral("start")).toInt() > 60);
        QCOMPARE(second.value(QStringLiteral("state")).toString(), QStringLiteral("anchored"));
        QCOMPARE(second.value(QStringLiteral("note")).toString(), QStringLiteral("Le second"));
        QCOMPARE(second.value(QStringLiteral("label")).toString(), QStringLiteral("question"));
        QCOMPARE(second.value(QStringLiteral("tags")).toArray(),
                 (QJsonArray{QStringLiteral("intel"), QStringLiteral("suivi")}));
        QCOMPARE(second.value(QStringLiteral("entities")).toArray(), QJsonArray{QStringLiteral("Intel")});
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no subcommand") << QStringList{} << 2 << QStringLiteral("subcommand");
        QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("frobnicate")} << 2 << QStringLiteral("unknown");
        QTest::newRow("add: neither quote nor range") << QStringList{QStringLiteral("add"), QStringLiteral("1")} << 2
                                                      << QStringLiteral("--quote");
        QTest::newRow("add: both quote and range")
            << QStringList{QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("--quote"), QStringLiteral("Intel"),
                           QStringLiteral("--start"), QStringLiteral("1")}
            << 2 << QStringLiteral("either");
        QTest::newRow("add: range past the end")
            << QStringList{QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("--start"), QStringLiteral("5"),
                           QStringLiteral("--end"), QStringLiteral("99999")}
            << 2 << QStringLiteral("start < end");
        QTest::newRow("add: quote not in the article")
            << QStringList{QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("--quote"), QStringLiteral("Nvidia")}
            << 1 << QStringLiteral("is not in article 1");
        QTest::newRow("add: no such article")
            << QStringList{QStringLiteral("add"), QStringLiteral("42"), QStringLiteral("--quote"), QStringLiteral("Intel")}
            << 1 << QStringLiteral("no article 42");
        QTest::newRow("add: unknown label")
            << QStringList{QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("--quote"), QStringLiteral("Intel"),
                           QStringLiteral("--label"), QStringLiteral("urgent")}
            << 2 << QStringLiteral("urgent");
        QTest::newRow("list: bad state") << QStringList{QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("lost")}
                                         << 2 << QStringLiteral("orphaned");
        QTest::newRow("list: unknown entity")
            << QStringList{QStringLiteral("list"), QStringLiteral("--entity"), QStringLiteral("Nobody")} << 2
            << QStringLiteral("Nobody");
        QTest::newRow("remove: no such passage") << QStringList{QStringLiteral("remove"), QStringLiteral("7")} << 1
                                                 << QStringLiteral("7");
        QTest::newRow("export: bad format")
            << QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf")} << 2
            << QStringLiteral("jsonld");
        QTest::newRow("import: missing file")
            << QStringList{QStringLiteral("import"), QStringLiteral("/nonexistent.jsonld")} << 1
            << QStringLiteral("cannot read");
    }

    void badArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const CliRun run = cliDb(QStringList{QStringLiteral("bookmarks")} + arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void filtersAndRemove()
    {
        const QStringList add{QStringLiteral("bookmarks"), QStringLiteral("add"), QStringLiteral("1"),
                              QStringLiteral("--quote")};
        QCOMPARE(cliDb(add + QStringList{QStringLiteral("Qualcomm ouvre un centre"), QStringLiteral("--tag"),
                                         QStringLiteral("labo")})
                     .exitCode,
                 0);
        QCOMPARE(cliDb(add + QStringList{QStringLiteral("un investissement"), QStringLiteral("--label"),
                                         QStringLiteral("1")})
                     .exitCode,
                 0);
        QCOMPARE(list({QStringLiteral("--entity"), QStringLiteral("Qualcomm")}).size(), 1);
        QCOMPARE(list({QStringLiteral("--tag"), QStringLiteral("labo")}).size(), 1);
        QCOMPARE(list({QStringLiteral("--label"), QStringLiteral("evidence")}).size(), 1);
        QCOMPARE(list({QStringLiteral("--article"), QStringLiteral("1")}).size(), 2);
        QCOMPARE(list({QStringLiteral("--state"), QStringLiteral("orphaned")}).size(), 0);

        const CliRun removed = cliDb({QStringLiteral("bookmarks"), QStringLiteral("remove"), QStringLiteral("1")});
        QCOMPARE(removed.exitCode, 0);
        QCOMPARE(list().size(), 1);
    }

    void exportImportRoundTrip()
    {
        const QStringList add{QStringLiteral("bookmarks"), QStringLiteral("add"), QStringLiteral("1"),
                              QStringLiteral("--quote")};
        QCOMPARE(cliDb(add + QStringList{QStringLiteral("Qualcomm ouvre un centre de recherche à Hanoï"),
                                         QStringLiteral("--note"), QStringLiteral("Ligne 1\nLigne 2, \"citée\""),
                                         QStringLiteral("--label"), QStringLiteral("follow up"), QStringLiteral("--tag"),
                                         QStringLiteral("labo")})
                     .exitCode,
                 0);
        QCOMPARE(cliDb(add + QStringList{QStringLiteral("groupe Intel"), QStringLiteral("--occurrence"),
                                         QStringLiteral("2")})
                     .exitCode,
                 0);
        const QString jsonld = m_dir->filePath(QStringLiteral("passages.jsonld"));
        CliRun run = cliDb({QStringLiteral("bookmarks"), QStringLiteral("export"), QStringLiteral("--format"),
                            QStringLiteral("jsonld"), QStringLiteral("--out"), jsonld});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile file(jsonld);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject collection = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(collection.value(QStringLiteral("type")).toString(), QStringLiteral("AnnotationCollection"));
        QCOMPARE(collection.value(QStringLiteral("total")).toInt(), 2);
        const QJsonObject target = collection.value(QStringLiteral("first"))
                                       .toObject()
                                       .value(QStringLiteral("items"))
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value(QStringLiteral("target"))
                                       .toObject();
        QVERIFY(target.value(QStringLiteral("source")).toString().startsWith(QLatin1String("file:///")));
        QCOMPARE(target.value(QStringLiteral("selector")).toArray().size(), 2);

        // A fresh database with the same articles gets every passage back.
        const QString fresh = dbPath(QStringLiteral("fresh.sqlite"));
        QCOMPARE(cliDb({QStringLiteral("import"), m_dir->filePath(QStringLiteral("corpus"))}, fresh).exitCode, 0);
        run = cliDb({QStringLiteral("bookmarks"), QStringLiteral("import"), jsonld}, fresh);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("2 passages added")), qPrintable(run.out));
        QJsonArray original = list();
        QJsonArray restored = list({}, fresh);
        QCOMPARE(restored.size(), original.size());
        for (int i = 0; i < original.size(); ++i) {
            QJsonObject a = original.at(i).toObject();
            QJsonObject b = restored.at(i).toObject();
            a.remove(QStringLiteral("id"));
            b.remove(QStringLiteral("id"));
            QCOMPARE(b, a);
        }
        // Importing again adds nothing twice.
        run = cliDb({QStringLiteral("bookmarks"), QStringLiteral("import"), jsonld}, fresh);
        QVERIFY2(run.out.contains(QStringLiteral("0 passages added, 2 already there")), qPrintable(run.out));

        // A passage for an article the database does not have is reported.
        const QString other = dbPath(QStringLiteral("other.sqlite"));
        writeFile(QStringLiteral("elsewhere/b.txt"), " date 2024 Autre\n\nAutre texte.\n");
        QCOMPARE(cliDb({QStringLiteral("import"), m_dir->filePath(QStringLiteral("elsewhere"))}, other).exitCode, 0);
        run = cliDb({QStringLiteral("bookmarks"), QStringLiteral("import"), jsonld}, other);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("no article imported from")), qPrintable(run.err));

        const QString garbage = writeFile(QStringLiteral("garbage.jsonld"), "{\"type\": ");
        run = cliDb({QStringLiteral("bookmarks"), QStringLiteral("import"), garbage});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("not a JSON file")), qPrintable(run.err));
    }

    void markdownAndCsv()
    {
        QCOMPARE(cliDb({QStringLiteral("bookmarks"), QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("--quote"),
                        QStringLiteral("Qualcomm ouvre un centre de recherche à Hanoï."), QStringLiteral("--note"),
                        QStringLiteral("Où, exactement ?"), QStringLiteral("--tag"), QStringLiteral("labo")})
                     .exitCode,
                 0);
        CliRun run = cliDb({QStringLiteral("bookmarks"), QStringLiteral("export"), QStringLiteral("--format"),
                            QStringLiteral("md")});
        QCOMPARE(run.exitCode, 0);
        const QStringList expected{QStringLiteral("# Passages"),
                                   QStringLiteral("## Intel et Qualcomm au Vietnam \U0001F680"),
                                   QStringLiteral("13 May 2025 · VNA/CVN · `"),
                                   QStringLiteral("> Qualcomm ouvre un centre de recherche à Hanoï."),
                                   QStringLiteral("Où, exactement ?"),
                                   QStringLiteral("- Tags: #labo"),
                                   QStringLiteral("- Entities: Qualcomm, Hanoï")};
        int from = 0;
        for (const QString &line : expected) {
            const int at = int(run.out.indexOf(line, from));
            QVERIFY2(at >= from, qPrintable(line + QStringLiteral("\n---\n") + run.out));
            from = at;
        }

        run = cliDb({QStringLiteral("bookmarks"), QStringLiteral("export"), QStringLiteral("--format"),
                     QStringLiteral("csv")});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).startsWith(QLatin1String("id,article_id,article_title")));
        QVERIFY2(lines.at(1).contains(QStringLiteral(",\"Où, exactement ?\",")), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(1).contains(QStringLiteral(",Qualcomm;Hanoï,")), qPrintable(lines.at(1)));
    }

    // A quote that a spreadsheet would run: the CSV export defuses it, and
    // every cell like it, unless --raw asks for the exact text.
    void csvDefusesFormulas_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("line");
        // Body "Le lien =HYPERLINK(...)": the quote starts at code point 8 and
        // is 26 long; the note is a negative number.
        QTest::newRow("by default the formula and the number are prefixed with '")
            << QStringList {}
            << QStringLiteral(
                   "1,2,Formules,2025-05-13,AFP,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",8,34,anchored,'-3,,,");
        QTest::newRow("--raw writes the exact text")
            << QStringList { QStringLiteral("--raw") }
            << QStringLiteral(
                   "1,2,Formules,2025-05-13,AFP,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",8,34,anchored,-3,,,");
    }

    void csvDefusesFormulas()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, line);
        const QString formula = QStringLiteral("=HYPERLINK(\"http://x\",\"y\")");
        const QString path = writeFile(
            QStringLiteral("formula/f.txt"),
            (QStringLiteral(" date 2025-05-13 Formules\n\nLe lien ") + formula + QStringLiteral(" circule.\n\nAFP\n"))
                .toUtf8());
        QCOMPARE(cliDb({ QStringLiteral("import"), path }).exitCode, 0);
        const CliRun added =
            cliDb({ QStringLiteral("bookmarks"), QStringLiteral("add"), QStringLiteral("2"), QStringLiteral("--quote"),
                    formula, QStringLiteral("--note"), QStringLiteral("-3") });
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));

        const CliRun run = cliDb(QStringList { QStringLiteral("bookmarks"), QStringLiteral("export"),
                                               QStringLiteral("--format"), QStringLiteral("csv") }
                                 + options);
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        // The last cell is the time of creation: a UTC date and time.
        const int lastComma = int(lines.at(1).lastIndexOf(QLatin1Char(',')));
        QCOMPARE(lines.at(1).left(lastComma), line);
        QVERIFY2(QDateTime::fromString(lines.at(1).mid(lastComma + 1), Qt::ISODate).isValid(), qPrintable(lines.at(1)));
    }

    void seedsMarkdownReadsWell()
    {
        const QString seeds = QStringLiteral(VEILLE_SHARED_CORPUS_DIR "/seeds");
        if (!QFileInfo::exists(seeds))
            QSKIP("the reference corpora (../shared) are not here");
        const QString db = dbPath(QStringLiteral("seeds.sqlite"));
        QCOMPARE(cliDb({QStringLiteral("import"), seeds}, db).exitCode, 0);
        const CliRun added = cliDb({QStringLiteral("bookmarks"), QStringLiteral("add"), QStringLiteral("2"),
                                    QStringLiteral("--quote"), QStringLiteral("Qualcomm"), QStringLiteral("--note"),
                                    QStringLiteral("L’invitation du Premier ministre")},
                                   db);
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const CliRun run = cliDb({QStringLiteral("bookmarks"), QStringLiteral("export"), QStringLiteral("--format"),
                                  QStringLiteral("md")},
                                 db);
        QVERIFY(run.out.contains(QStringLiteral("## Le PM appelle à booster la coopération technologique")));
        QVERIFY(run.out.contains(QStringLiteral("12 August 2025 · VNA/CVN")));
        QVERIFY(run.out.contains(QStringLiteral("> Qualcomm\n\nL’invitation du Premier ministre")));
    }
};

QTEST_GUILESS_MAIN(TestCliBookmarks)
#include "tst_cli_bookmarks.moc"
