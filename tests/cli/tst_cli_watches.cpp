// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// veille-cli watches and digest, as a user runs them: a process on a
// database of its own, with four articles imported.
class TestCliWatches : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    CliRun cliDb(const QStringList &arguments) const { return CliRun::runOnDatabase(m_dir->path(), arguments); }

    void writeArticle(const QString &name, const QByteArray &title, const QByteArray &body) const
    {
        CliRun::writeArticle(m_dir->path(), name, title, body);
    }

    // name → unread, from watches list --json.
    QMap<QString, int> unreadCounts() const
    {
        const CliRun run = cliDb({ QStringLiteral("watches"), QStringLiteral("list"), QStringLiteral("--json") });
        if (run.exitCode != 0)
            qWarning() << run.err;
        QMap<QString, int> counts;
        const QJsonArray array = CliRun::jsonArray(run.out);
        for (const QJsonValue &value : array) {
            const QJsonObject object = value.toObject();
            counts.insert(object.value(QStringLiteral("name")).toString(),
                          object.value(QStringLiteral("unread")).toInt(-1));
        }
        return counts;
    }

    QList<qint64> shownIds(const QStringList &options) const
    {
        const CliRun run = cliDb(QStringList { QStringLiteral("watches"), QStringLiteral("show") } + options
                                 + QStringList { QStringLiteral("--json") });
        QList<qint64> ids;
        const QJsonArray array = CliRun::jsonArray(run.out);
        for (const QJsonValue &value : array)
            ids << qint64(value.toObject().value(QStringLiteral("id")).toDouble());
        std::sort(ids.begin(), ids.end());
        return ids;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        writeArticle(QStringLiteral("a.txt"), "Intel ouvre une usine de puces",
                     "Intel a inaugur\xc3\xa9 une usine de puces au Vietnam.");
        writeArticle(QStringLiteral("b.txt"), "Samsung investit", "Samsung investit dans les puces m\xc3\xa9moire.");
        writeArticle(QStringLiteral("c.txt"), "<script>alert(1)</script> march\xc3\xa9",
                     "Le march\xc3\xa9 du riz progresse.");
        writeArticle(QStringLiteral("d.txt"), "Intel et le riz", "Intel n'a rien \xc3\xa0 voir avec le riz.");
        const CliRun import = cliDb({ QStringLiteral("import"), m_dir->filePath(QStringLiteral("corpus")) });
        QCOMPARE(import.exitCode, 0);
    }

    void addListShowRemove()
    {
        QCOMPARE(cliDb({ QStringLiteral("watches"), QStringLiteral("add"), QStringLiteral("Puces"),
                         QStringLiteral("puces") })
                     .exitCode,
                 0);
        QCOMPARE(cliDb({ QStringLiteral("watches"), QStringLiteral("add"), QStringLiteral("Intel"),
                         QStringLiteral("entity:Intel"), QStringLiteral("--folder"), QStringLiteral("Companies") })
                     .exitCode,
                 0);
        QMap<QString, int> expected { { QStringLiteral("Puces"), 2 }, { QStringLiteral("Intel"), 2 } };
        QCOMPARE(unreadCounts(), expected);

        QCOMPARE(cliDb({ QStringLiteral("mark"), QStringLiteral("1"), QStringLiteral("--read") }).exitCode, 0);
        expected = { { QStringLiteral("Puces"), 1 }, { QStringLiteral("Intel"), 1 } };
        QCOMPARE(unreadCounts(), expected);
        QCOMPARE(shownIds({ QStringLiteral("Intel") }), QList<qint64>({ 1, 4 }));
        QCOMPARE(shownIds({ QStringLiteral("Intel"), QStringLiteral("--unread") }), QList<qint64>({ 4 }));

        const CliRun text = cliDb({ QStringLiteral("watches"), QStringLiteral("list") });
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(text.out, QStringLiteral("1\t\tPuces\tpuces\n1\tCompanies\tIntel\tentity:Intel\n"));

        QCOMPARE(cliDb({ QStringLiteral("watches"), QStringLiteral("remove"), QStringLiteral("Puces") }).exitCode, 0);
        expected = { { QStringLiteral("Intel"), 1 } };
        QCOMPARE(unreadCounts(), expected);
        const CliRun again = cliDb({ QStringLiteral("watches"), QStringLiteral("remove"), QStringLiteral("Puces") });
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(QStringLiteral("no watch is named")));
    }

    void mistakes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no subcommand") << QStringList { QStringLiteral("watches") } << 2 << QStringLiteral("give add");
        QTest::newRow("add without a query")
            << QStringList { QStringLiteral("watches"), QStringLiteral("add"), QStringLiteral("X") } << 2
            << QStringLiteral("a NAME and a QUERY");
        QTest::newRow("a taken name") << QStringList { QStringLiteral("watches"), QStringLiteral("add"),
                                                       QStringLiteral("Riz"), QStringLiteral("riz") }
                                      << 1 << QStringLiteral("already named");
        QTest::newRow("show an unknown watch")
            << QStringList { QStringLiteral("watches"), QStringLiteral("show"), QStringLiteral("Nope") } << 1
            << QStringLiteral("no watch is named");
        QTest::newRow("an unknown entity is said, and saved")
            << QStringList { QStringLiteral("watches"), QStringLiteral("add"), QStringLiteral("Ghost"),
                             QStringLiteral("entity:Nobody") }
            << 0 << QStringLiteral("No entity is named");
        QTest::newRow("digest: since and unread")
            << QStringList { QStringLiteral("digest"), QStringLiteral("--unread"), QStringLiteral("--since"),
                             QStringLiteral("2025-01-01") }
            << 2 << QStringLiteral("not both");
        QTest::newRow("digest: a bad date")
            << QStringList { QStringLiteral("digest"), QStringLiteral("--since"), QStringLiteral("hier") } << 2
            << QStringLiteral("is not a date");
        QTest::newRow("digest: a bad format")
            << QStringList { QStringLiteral("digest"), QStringLiteral("--format"), QStringLiteral("pdf") } << 2
            << QStringLiteral("md or html");
    }

    void mistakes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QCOMPARE(
            cliDb({ QStringLiteral("watches"), QStringLiteral("add"), QStringLiteral("Riz"), QStringLiteral("riz") })
                .exitCode,
            0);
        const CliRun run = cliDb(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void namesAreEscapedForTheTerminal()
    {
        QCOMPARE(cliDb({ QStringLiteral("watches"), QStringLiteral("add"), QStringLiteral("red\x1b[31m"),
                         QStringLiteral("riz") })
                     .exitCode,
                 0);
        const CliRun run = cliDb({ QStringLiteral("watches"), QStringLiteral("list") });
        QVERIFY(!run.out.contains(QChar(0x1b)));
        QVERIFY(run.out.contains(QStringLiteral("red\\x1b[31m")));
        // The JSON keeps the name as it is; JSON escapes it itself.
        QVERIFY(unreadCounts().contains(QStringLiteral("red\x1b[31m")));
    }

    void digest_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("md") << QStringLiteral("md");
        QTest::newRow("html") << QStringLiteral("html");
    }

    void digest()
    {
        QFETCH(QString, format);
        QCOMPARE(
            cliDb({ QStringLiteral("watches"), QStringLiteral("add"), QStringLiteral("Riz"), QStringLiteral("riz") })
                .exitCode,
            0);
        QCOMPARE(cliDb({ QStringLiteral("mark"), QStringLiteral("4"), QStringLiteral("--read") }).exitCode, 0);
        const QString out = m_dir->filePath(QStringLiteral("digest.") + format);
        const CliRun run = cliDb({ QStringLiteral("digest"), QStringLiteral("--unread"), QStringLiteral("--format"),
                                   format, QStringLiteral("--out"), out });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.isEmpty());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        // The unread article on rice is there, the read one is not.
        QVERIFY(text.contains(QStringLiteral("Riz")));
        QVERIFY(text.contains(QStringLiteral("du riz progresse")));
        QVERIFY(!text.contains(QStringLiteral("Intel et le riz")));
        QVERIFY(!text.contains(QStringLiteral("<script>")));
        QVERIFY(text.contains(format == QLatin1String("html") ? QStringLiteral("&lt;script&gt;")
                                                              : QStringLiteral("\\<script\\>")));

        // Since a date after the import: nothing is new.
        const CliRun later = cliDb({ QStringLiteral("digest"), QStringLiteral("--since"), QStringLiteral("2100-01-01"),
                                     QStringLiteral("--format"), format });
        QCOMPARE(later.exitCode, 0);
        QVERIFY(!later.out.contains(QStringLiteral("progresse")));
        QVERIFY(later.out.contains(QStringLiteral("0 new articles")));
    }
};

QTEST_GUILESS_MAIN(TestCliWatches)
#include "tst_cli_watches.moc"
