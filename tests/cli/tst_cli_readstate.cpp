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

// veille-cli mark, list --unread and list --starred, as a user runs them: a
// process on a database of its own, with three articles imported.
class TestCliReadState : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    CliRun cliDb(const QStringList &arguments) const { return CliRun::runOnDatabase(m_dir->path(), arguments); }

    void writeArticle(const QString &name, const QByteArray &title, const QByteArray &body) const
    {
        CliRun::writeArticle(m_dir->path(), name, title, body);
    }

    // id → {read, starred}, from list --json with \a filters.
    QMap<qint64, QPair<bool, bool>> listed(const QStringList &filters = {}) const
    {
        const CliRun run = cliDb(QStringList { QStringLiteral("list"), QStringLiteral("--json") } + filters);
        if (run.exitCode != 0)
            qWarning() << run.err;
        QMap<qint64, QPair<bool, bool>> states;
        const QJsonArray array = CliRun::jsonArray(run.out);
        for (const QJsonValue &value : array) {
            const QJsonObject object = value.toObject();
            states.insert(qint64(object.value(QStringLiteral("id")).toDouble()),
                          { object.value(QStringLiteral("read")).toBool(true),
                            object.value(QStringLiteral("starred")).toBool(true) });
        }
        return states;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        writeArticle(QStringLiteral("a.txt"), "Premier", "Intel au Vietnam.");
        writeArticle(QStringLiteral("b.txt"), "Second", "Qualcomm à Hanoï.");
        writeArticle(QStringLiteral("c.txt"), "Troisième", "Samsung à Bac Ninh.");
        const CliRun run = cliDb({ QStringLiteral("import"), m_dir->filePath(QStringLiteral("corpus")) });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    void importedArticlesAreUnread()
    {
        const auto states = listed();
        QCOMPARE(states.size(), 3);
        for (const auto &state : states) {
            QVERIFY(!state.first);
            QVERIFY(!state.second);
        }
        QCOMPARE(listed({ QStringLiteral("--unread") }).size(), 3);
        QCOMPARE(listed({ QStringLiteral("--starred") }).size(), 0);
    }

    void markAndFilter()
    {
        CliRun run =
            cliDb({ QStringLiteral("mark"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("--read") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = cliDb({ QStringLiteral("mark"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("--star") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        auto states = listed();
        QCOMPARE(states.value(1), qMakePair(true, false));
        QCOMPARE(states.value(2), qMakePair(true, true));
        QCOMPARE(states.value(3), qMakePair(false, true));
        QCOMPARE(listed({ QStringLiteral("--unread") }).keys(), QList<qint64> { 3 });
        QCOMPARE(listed({ QStringLiteral("--starred") }).keys(), (QList<qint64> { 2, 3 }));
        QCOMPARE(listed({ QStringLiteral("--unread"), QStringLiteral("--starred") }).keys(), QList<qint64> { 3 });

        run = cliDb(
            { QStringLiteral("mark"), QStringLiteral("2"), QStringLiteral("--unread"), QStringLiteral("--unstar") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(listed().value(2), qMakePair(false, false));
    }

    void plainListFollowsTheFilter()
    {
        QVERIFY(cliDb({ QStringLiteral("mark"), QStringLiteral("1"), QStringLiteral("--read") }).exitCode == 0);
        const CliRun run = cliDb({ QStringLiteral("list"), QStringLiteral("--unread") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(!run.out.contains(QStringLiteral("Premier")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("Second")), qPrintable(run.out));
    }

    void badUse_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no state") << QStringList { QStringLiteral("1") } << 2 << QStringLiteral("--read or --unread");
        QTest::newRow("read and unread") << QStringList { QStringLiteral("1"), QStringLiteral("--read"),
                                                          QStringLiteral("--unread") }
                                         << 2 << QStringLiteral("--read or --unread");
        QTest::newRow("no id") << QStringList { QStringLiteral("--star") } << 2 << QStringLiteral("ids");
        QTest::newRow("not a number") << QStringList { QStringLiteral("x"), QStringLiteral("--star") } << 2
                                      << QStringLiteral("not an article id");
        QTest::newRow("unknown article") << QStringList { QStringLiteral("99"), QStringLiteral("--star") } << 1
                                         << QStringLiteral("no article has the id 99");
    }

    void badUse()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const CliRun run = cliDb(QStringList { QStringLiteral("mark") } + arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        // Nothing changed.
        QCOMPARE(listed({ QStringLiteral("--starred") }).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliReadState)
#include "tst_cli_readstate.moc"
