// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirun.h"
#include "support/testbackend.h"

#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Veille;

// veille-cli bookmarks list, share and unshare, as analysts run them: on a
// file (one user, nothing to share with) and, in the "-postgresql" run, as
// alice and bob on one team server.
class TestCliSharing : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_location; //!< the database, as alice

    CliRun cli(const QStringList &arguments, const QString &user = QStringLiteral("alice")) const
    {
        return CliRun::run(m_dir->path(),
                           QStringList { QStringLiteral("--db"), TestBackend::asUser(m_location, user) } + arguments);
    }

    CliRun bookmarks(const QStringList &arguments, const QString &user = QStringLiteral("alice")) const
    {
        return cli(QStringList { QStringLiteral("bookmarks") } + arguments, user);
    }

    QJsonArray listed(const QString &user = QStringLiteral("alice")) const
    {
        return CliRun::jsonArray(bookmarks({ QStringLiteral("list"), QStringLiteral("--json") }, user).out);
    }

    // Alice's passage on "Intel" with \a note; its id.
    QString addPassage(const QString &note) const
    {
        const CliRun run = bookmarks({ QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("--quote"),
                                       QStringLiteral("Intel"), QStringLiteral("--note"), note });
        if (run.exitCode != 0)
            qWarning() << run.err;
        return run.out.trimmed();
    }

private Q_SLOTS:
    void initTestCase()
    {
        VEILLE_INIT_BACKEND_TEST();
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_location = TestBackend::newDatabase(*m_dir);
        QVERIFY(!m_location.isEmpty());
        CliRun::writeArticle(m_dir->path(), QStringLiteral("a.txt"), "Intel au Vietnam",
                             "Le groupe Intel a annoncé un investissement à Hanoï.");
        const CliRun run = cli({ QStringLiteral("import"), m_dir->filePath(QStringLiteral("corpus")) });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    // The owner and the sharing, last in the text and in the JSON; the
    // text escapes what would forge a line or drive the terminal.
    void listShowsOwnerAndSharing()
    {
        const QString id = addPassage(QStringLiteral("rouge\x1b[31m ici"));
        QVERIFY(!id.isEmpty());
        const QString owner = TestBackend::isPostgres() ? QStringLiteral("alice") : QString();
        const QJsonObject passage = listed().first().toObject();
        QCOMPARE(passage.value(QStringLiteral("owner")).toString(), owner);
        QCOMPARE(passage.value(QStringLiteral("shared")), QJsonValue(false));
        QCOMPARE(passage.value(QStringLiteral("note")).toString(), QStringLiteral("rouge\x1b[31m ici"));

        const CliRun text = bookmarks({ QStringLiteral("list") });
        QCOMPARE(text.exitCode, 0);
        const QStringList columns = text.out.trimmed().split(QLatin1Char('\t'));
        QCOMPARE(columns.size(), 8);
        QCOMPARE(columns.at(0), id);
        QCOMPARE(columns.at(4), QStringLiteral("rouge\\x1b[31m ici"));
        QCOMPARE(columns.at(6), owner);
        QCOMPARE(columns.at(7), QStringLiteral("private"));
        QVERIFY(!text.out.contains(QChar(0x1b)));
    }

    void shareNeedsATeamServer_data()
    {
        QTest::addColumn<QString>("subcommand");
        QTest::newRow("share") << QStringLiteral("share");
        QTest::newRow("unshare") << QStringLiteral("unshare");
    }

    void shareNeedsATeamServer()
    {
        QFETCH(QString, subcommand);
        if (TestBackend::isPostgres())
            QSKIP("A file only: a team server has a team");
        const QString id = addPassage(QStringLiteral("note"));
        const CliRun run = bookmarks({ subcommand, id });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("sharing needs a team server")), qPrintable(run.err));
        QCOMPARE(listed().first().toObject().value(QStringLiteral("shared")), QJsonValue(false));
    }

    void shareAndUnshareOnATeamServer()
    {
        if (!TestBackend::isPostgres())
            QSKIP("Sharing needs a team server: the -postgresql run");
        const QString id = addPassage(QStringLiteral("à partager"));
        QVERIFY(listed(QStringLiteral("bob")).isEmpty());

        CliRun run = bookmarks({ QStringLiteral("share"), id });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("shared with the team")), qPrintable(run.out));
        const QJsonArray bobs = listed(QStringLiteral("bob"));
        QCOMPARE(bobs.size(), 1);
        QCOMPARE(bobs.first().toObject().value(QStringLiteral("owner")).toString(), QStringLiteral("alice"));
        QCOMPARE(bobs.first().toObject().value(QStringLiteral("shared")), QJsonValue(true));
        QCOMPARE(bobs.first().toObject().value(QStringLiteral("note")).toString(), QStringLiteral("à partager"));
        const QStringList columns =
            bookmarks({ QStringLiteral("list") }, QStringLiteral("bob")).out.trimmed().split(QLatin1Char('\t'));
        QCOMPARE(columns.mid(6), (QStringList { QStringLiteral("alice"), QStringLiteral("shared") }));

        // Read-only to bob, and he is told whose it is.
        for (const QString &subcommand : { QStringLiteral("unshare"), QStringLiteral("remove") }) {
            run = bookmarks({ subcommand, id }, QStringLiteral("bob"));
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(QLatin1String("alice")), qPrintable(run.err));
        }
        QCOMPARE(listed(QStringLiteral("bob")).size(), 1);

        run = bookmarks({ QStringLiteral("unshare"), id });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("no longer shared")), qPrintable(run.out));
        QVERIFY(listed(QStringLiteral("bob")).isEmpty());
        QCOMPARE(listed().first().toObject().value(QStringLiteral("shared")), QJsonValue(false));
        run = bookmarks({ QStringLiteral("share"), id }, QStringLiteral("bob"));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("does not exist")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliSharing)
#include "tst_cli_sharing.moc"
