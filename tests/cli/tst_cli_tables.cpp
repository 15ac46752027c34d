// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// veille-cli import of tables (CSV, TSV, JSON Lines), as a process.
class TestCliTables : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    QString dbPath() const { return m_dir->filePath(QStringLiteral("veille.sqlite")); }
    CliRun cliDb(const QStringList &arguments) const
    {
        return CliRun::run(m_dir->path(), QStringList{QStringLiteral("--db"), dbPath()} + arguments);
    }
    QString write(const QString &name, const QByteArray &bytes) const
    {
        QFile file(m_dir->filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(name));
        return QFileInfo(file).canonicalFilePath();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void formatAndMap()
    {
        const QString path = write(QStringLiteral("export.dat"), "h\tt\tquand\tqui\n"
                                                                 "Premier titre\tCorps un.\t2025-05-12\tAFP\n"
                                                                 "Second titre\t\"Corps\tdeux\"\tmai 2025\tReuters\n");
        const CliRun run = cliDb({QStringLiteral("import"), path, QStringLiteral("--format"), QStringLiteral("tsv"),
                                  QStringLiteral("--map"), QStringLiteral("title=h,body=t,date=quand,source=qui")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("2 imported, 0 updated, 0 unchanged, 0 failed")), qPrintable(run.out));
        const QJsonArray list = CliRun::jsonArray(cliDb({QStringLiteral("list"), QStringLiteral("--json")}).out);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).toObject().value(QLatin1String("title")).toString(), QStringLiteral("Premier titre"));
        QCOMPARE(list.at(0).toObject().value(QLatin1String("date")).toString(), QStringLiteral("2025-05-12"));
        QCOMPARE(list.at(0).toObject().value(QLatin1String("source")).toString(), QStringLiteral("AFP"));
        QCOMPARE(list.at(1).toObject().value(QLatin1String("date")).toString(), QStringLiteral("2025-05"));

        // Without --format, a .dat file is no table: read as plain text.
        const CliRun plain = cliDb({QStringLiteral("import"), path});
        QVERIFY2(plain.out.contains(QLatin1String("1 imported")), qPrintable(plain.out));
    }

    void malformedRowsNameTheirLine()
    {
        const QString path = write(QStringLiteral("rows.csv"), "title,body\nUn,Corps\nDeux,\"jamais fermé\nTrois,Corps\n");
        const CliRun run = cliDb({QStringLiteral("import"), path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QLatin1String("2 imported, 0 updated, 0 unchanged, 1 failed")), qPrintable(run.out));
        QVERIFY2(run.err.contains(QStringLiteral("failed: %1:3: unterminated quote").arg(path)), qPrintable(run.err));
    }

    void jsonLines()
    {
        const QString path = write(QStringLiteral("a.jsonl"), "{\"headline\":\"Titre\",\"text\":\"Corps\",\"link\":\"http://a\"}\n"
                                                              "{oops\n");
        const CliRun run = cliDb({QStringLiteral("import"), path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QLatin1String("1 imported")), qPrintable(run.out));
        QVERIFY2(run.err.contains(QStringLiteral("%1:2: invalid JSON").arg(path)), qPrintable(run.err));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown format") << QStringList{QStringLiteral("--format"), QStringLiteral("xlsx")}
                                        << QStringLiteral("unknown format “xlsx”");
        QTest::newRow("unknown field") << QStringList{QStringLiteral("--map"), QStringLiteral("titel=a")}
                                       << QStringLiteral("unknown field “titel”");
        QTest::newRow("no equals sign") << QStringList{QStringLiteral("--map"), QStringLiteral("title")}
                                        << QStringLiteral("FIELD=COLUMN");
        QTest::newRow("a field twice") << QStringList{QStringLiteral("--map"), QStringLiteral("body=a,body=b")}
                                       << QStringLiteral("twice");
        QTest::newRow("--map without a value") << QStringList{QStringLiteral("--map")} << QStringLiteral("map");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const QString path = write(QStringLiteral("t.csv"), "title\nA\n");
        const CliRun run = cliDb(QStringList{QStringLiteral("import"), path} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(dbPath()));
    }

    void watchAddListRemove()
    {
        const QString folder = m_dir->filePath(QStringLiteral("inbox"));
        QVERIFY(QDir().mkpath(folder));
        QCOMPARE(cliDb({QStringLiteral("watch"), QStringLiteral("add"), folder}).exitCode, 0);
        QCOMPARE(cliDb({QStringLiteral("watch"), QStringLiteral("add"), folder + QStringLiteral("/")}).exitCode, 0);
        QCOMPARE(cliDb({QStringLiteral("watch"), QStringLiteral("list")}).out, folder + QLatin1Char('\n'));
        QCOMPARE(cliDb({QStringLiteral("watch"), QStringLiteral("remove"), folder}).exitCode, 0);
        QCOMPARE(cliDb({QStringLiteral("watch"), QStringLiteral("list")}).out, QString());
        const CliRun again = cliDb({QStringLiteral("watch"), QStringLiteral("remove"), folder});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QLatin1String("is not watched")), qPrintable(again.err));
        const CliRun notAFolder = cliDb({QStringLiteral("watch"), QStringLiteral("add"), folder + QStringLiteral("/x")});
        QCOMPARE(notAFolder.exitCode, 2);
        QCOMPARE(cliDb({QStringLiteral("watch")}).exitCode, 2);
        QCOMPARE(cliDb({QStringLiteral("watch"), QStringLiteral("list"), folder}).exitCode, 2);
    }

    void bbcAfrique()
    {
        const QString path = QStringLiteral(VEILLE_SHARED_CORPUS_DIR "/bbc-afrique-fr/articles.tsv");
        if (!QFileInfo(path).isFile())
            QSKIP("the shared BBC Afrique corpus is not present (../shared/corpus/bbc-afrique-fr)");
        const CliRun run = cliDb({QStringLiteral("import"), path});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("211 imported, 0 updated, 0 unchanged, 0 failed")), qPrintable(run.out));
        const QJsonArray list = CliRun::jsonArray(cliDb({QStringLiteral("list"), QStringLiteral("--json")}).out);
        QCOMPARE(list.size(), 211);
        for (const QJsonValue &value : list)
            QVERIFY(!value.toObject().value(QLatin1String("title")).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliTables)
#include "tst_cli_tables.moc"
