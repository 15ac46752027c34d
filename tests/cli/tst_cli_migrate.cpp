// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirun.h"
#include "db/database.h"
#include "passages/passagestore.h"
#include "support/testbackend.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Veille;

// veille-cli migrate, as a user runs it: a file copied to the team server
// (with VEILLE_TEST_BACKEND=postgresql; another file otherwise) and back to
// a new file keeps the articles, the gazetteer and the passages with their
// notes and tags, and a second run copies nothing.
class TestCliMigrate : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    QString path(const QString &name) const { return m_dir->filePath(name); }

    CliRun cli(const QString &location, const QStringList &arguments) const
    {
        return CliRun::run(m_dir->path(), QStringList { QStringLiteral("--db"), location } + arguments);
    }

    CliRun migrate(const QString &from, const QString &to) const
    {
        return CliRun::run(m_dir->path(),
                           { QStringLiteral("migrate"), QStringLiteral("--from"), from, QStringLiteral("--to"), to });
    }

    // The passages as the user lists them, without the ids, which differ
    // from one database to the next.
    QJsonArray passages(const QString &location) const
    {
        const CliRun run =
            cli(location, { QStringLiteral("bookmarks"), QStringLiteral("list"), QStringLiteral("--json") });
        QJsonArray rows;
        for (const QJsonValue &value : CliRun::jsonArray(run.out)) {
            QJsonObject row = value.toObject();
            row.remove(QStringLiteral("id"));
            row.remove(QStringLiteral("articleId"));
            row.remove(QStringLiteral("article_id"));
            row.remove(QStringLiteral("owner")); // '' in a file, the analyst on a server
            rows.append(row);
        }
        return rows;
    }

    // How many rows \a table has; -1 when it cannot be read.
    static qint64 count(const QString &location, const QString &table)
    {
        Database database(location, Database::uniqueConnectionName(QStringLiteral("count")));
        if (!database.open())
            return -1;
        QSqlQuery query(database.connection());
        if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

    // A file with three articles, two bookmarks with notes and tags, and an
    // entity of the user's.
    QString localDatabase() const
    {
        const QString file = path(QStringLiteral("local.sqlite"));
        const QByteArray body = "Le groupe Intel a annoncé un investissement à Hanoï. Les Chantiers Navals "
                                "Hai Phong suivent.";
        CliRun::writeArticle(m_dir->path(), QStringLiteral("a.txt"), "Intel au Vietnam", body);
        CliRun::writeArticle(m_dir->path(), QStringLiteral("b.txt"), "Intel encore", body);
        CliRun::writeArticle(m_dir->path(), QStringLiteral("c.txt"), "Hanoï attend", body);
        if (cli(file, { QStringLiteral("import"), path(QStringLiteral("corpus")) }).exitCode != 0)
            return {};
        for (const QString &id : { QStringLiteral("1"), QStringLiteral("3") }) {
            const CliRun add =
                cli(file,
                    { QStringLiteral("bookmarks"), QStringLiteral("add"), id, QStringLiteral("--quote"),
                      QStringLiteral("groupe Intel"), QStringLiteral("--note"), QStringLiteral("à suivre ") + id,
                      QStringLiteral("--tag"), QStringLiteral("usine"), QStringLiteral("--tag"),
                      QStringLiteral("t") + id, QStringLiteral("--label"), QStringLiteral("2") });
            if (add.exitCode != 0)
                return {};
        }
        // A label the user named: the copy carries its name.
        {
            Database database(file, Database::uniqueConnectionName(QStringLiteral("label")));
            if (!database.open() || !PassageStore(database.connection()).renameLabel(2, QStringLiteral("à recouper")))
                return {};
        }
        const CliRun entity =
            cli(file,
                { QStringLiteral("entities"), QStringLiteral("add"), QStringLiteral("Chantiers Navals Hai Phong"),
                  QStringLiteral("--type"), QStringLiteral("Company") });
        // One article read, one read and starred; a watch and a feed.
        const bool marked =
            cli(file, { QStringLiteral("mark"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("--read") })
                    .exitCode
                == 0
            && cli(file, { QStringLiteral("mark"), QStringLiteral("2"), QStringLiteral("--star") }).exitCode == 0;
        const bool watched = cli(file,
                                 { QStringLiteral("watches"), QStringLiteral("add"), QStringLiteral("Chantiers"),
                                   QStringLiteral("entity:\"Chantiers Navals Hai Phong\" Hanoï") })
                                 .exitCode
            == 0;
        const bool subscribed = cli(file,
                                    { QStringLiteral("feeds"), QStringLiteral("add"),
                                      QStringLiteral("http://127.0.0.1:9/veille-test.xml") })
                                    .exitCode
            == 0;
        return entity.exitCode == 0 && marked && watched && subscribed ? file : QString();
    }

    void compareContents(const QString &copy, const QString &original) const
    {
        for (const QString &table :
             { QStringLiteral("articles"), QStringLiteral("entities"), QStringLiteral("aliases"),
               QStringLiteral("passages"), QStringLiteral("passage_tags"), QStringLiteral("article_states"),
               QStringLiteral("watches"), QStringLiteral("feed_subscriptions") }) {
            QVERIFY2(count(original, table) > 0, qPrintable(table));
            QCOMPARE(count(copy, table), count(original, table));
        }
        QCOMPARE(passages(copy), passages(original));
        QCOMPARE(listed(copy, QStringLiteral("--unread")), listed(original, QStringLiteral("--unread")));
        QCOMPARE(listed(copy, QStringLiteral("--starred")), listed(original, QStringLiteral("--starred")));
        const QString watches = QStringLiteral("watches");
        const QString json = QStringLiteral("--json");
        const QJsonArray watched = CliRun::jsonArray(cli(copy, { watches, QStringLiteral("list"), json }).out);
        QCOMPARE(watched.size(), 1);
        QCOMPARE(watched.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Chantiers"));
        QCOMPARE(cli(copy, { watches, QStringLiteral("show"), QStringLiteral("Chantiers") }).out,
                 cli(original, { watches, QStringLiteral("show"), QStringLiteral("Chantiers") }).out);
    }

    // The paths of the articles `list FILTER` shows.
    QStringList listed(const QString &location, const QString &filter) const
    {
        QStringList paths;
        const CliRun run = cli(location, { QStringLiteral("list"), filter, QStringLiteral("--json") });
        for (const QJsonValue &row : CliRun::jsonArray(run.out))
            paths << row.toObject().value(QStringLiteral("path")).toString();
        return paths;
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
    }

    void roundTripKeepsEverythingOnce()
    {
        const QString local = localDatabase();
        QVERIFY(!local.isEmpty());
        QCOMPARE(passages(local).size(), 2);
        const QString team = TestBackend::newDatabase(*m_dir);
        const QString back = path(QStringLiteral("back.sqlite"));

        const CliRun up = migrate(local, team);
        QVERIFY2(up.exitCode == 0, qPrintable(up.err));
        QVERIFY2(up.out.startsWith(QLatin1String("copied: 3 of 3 articles")), qPrintable(up.out));
        QVERIFY2(up.err.contains(QLatin1String("articles: 3 / 3")), qPrintable(up.err));
        QVERIFY2(up.out.contains(QLatin1String(" tags, 1 labels, 2 read or starred marks, 1 watches, 1 feeds")),
                 qPrintable(up.out));
        compareContents(team, local);
        const CliRun down = migrate(team, back);
        QVERIFY2(down.exitCode == 0, qPrintable(down.err));
        compareContents(back, local);
        // The mentions are found again in the copy.
        QVERIFY(count(back, QStringLiteral("mentions")) > 0);
        QCOMPARE(count(back, QStringLiteral("mentions")), count(local, QStringLiteral("mentions")));

        for (const auto &[from, to] : { std::pair(local, team), std::pair(team, back) }) {
            const CliRun again = migrate(from, to);
            QCOMPARE(again.exitCode, 0);
            QVERIFY2(again.out.startsWith(QLatin1String("copied: 0 of 3 articles, 0 entity types, 0 entities, "
                                                        "0 aliases, 0 suppressions, 0 passages, 0 tags, 0 labels, "
                                                        "0 read or starred marks, 0 watches, 0 feeds")),
                     qPrintable(again.out));
        }
        compareContents(team, local);
        compareContents(back, local);
    }

    // Another analyst's copy into the team server: his passages wear his
    // own labels (ids other than the file's and the first analyst's), with
    // the names the file gave them.
    void labelsFollowTheirAnalyst()
    {
        if (!TestBackend::isPostgres())
            QSKIP("A team server's analysts only");
        const QString local = localDatabase();
        QVERIFY(!local.isEmpty());
        const QString team = TestBackend::newDatabase(*m_dir);
        QCOMPARE(cli(team, { QStringLiteral("list") }).exitCode, 0); // alice, the owner, creates the tables
        const QString asBob = TestBackend::asUser(team, QStringLiteral("bob"));
        const CliRun up = migrate(local, asBob);
        QVERIFY2(up.exitCode == 0, qPrintable(up.err));
        const QJsonArray bobs = passages(asBob);
        QCOMPARE(bobs, passages(local));
        QCOMPARE(bobs.first().toObject().value(QStringLiteral("label")).toString(), QStringLiteral("à recouper"));
        Database database(asBob, Database::uniqueConnectionName(QStringLiteral("bob")));
        QVERIFY(database.open());
        PassageStore store(database.connection());
        QCOMPARE(store.labels().size(), 4);
        QVERIFY(store.labels().at(1).id > 4); // not the file's, nor alice's
        QCOMPARE(store.labels().at(1).name, QStringLiteral("à recouper"));
        QVERIFY(passages(team).isEmpty()); // alice sees none of bob's
    }

    void refusesWhatCannotBeCopied_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString local = QStringLiteral("local.sqlite");
        QTest::newRow("no destination") << QStringList { QStringLiteral("--from"), local } << 2
                                        << QStringLiteral("migrate: give --from SOURCE and --to DESTINATION");
        QTest::newRow("the same database twice")
            << QStringList { QStringLiteral("--from"), local, QStringLiteral("--to"), local } << 2
            << QStringLiteral("migrate: the source and the destination are the same database");
        QTest::newRow("a missing source")
            << QStringList { QStringLiteral("--from"), QStringLiteral("missing.sqlite"), QStringLiteral("--to"), local }
            << 1 << QStringLiteral("no database");
        QTest::newRow("an address with a password")
            << QStringList { QStringLiteral("--from"), local, QStringLiteral("--to"),
                             QStringLiteral("postgresql://alice:secret@localhost/veille") }
            << 1 << QStringLiteral("password");
    }

    void refusesWhatCannotBeCopied()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QVERIFY(!localDatabase().isEmpty());
        for (QString &argument : arguments) {
            if (argument.endsWith(QLatin1String(".sqlite")))
                argument = path(argument);
        }
        const CliRun run = CliRun::run(m_dir->path(), QStringList { QStringLiteral("migrate") } + arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QLatin1String("secret")), qPrintable(run.err));
        QCOMPARE(count(path(QStringLiteral("local.sqlite")), QStringLiteral("articles")), 3);
    }
};

QTEST_GUILESS_MAIN(TestCliMigrate)
#include "tst_cli_migrate.moc"
