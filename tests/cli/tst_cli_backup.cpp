// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirun.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// veille-cli backup and restore, as a user runs them: the user's passages
// come back in another database that imported the same files.
class TestCliBackup : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    QString path(const QString &name) const { return m_dir->filePath(name); }

    CliRun cli(const QString &db, const QStringList &arguments) const
    {
        return CliRun::run(m_dir->path(), QStringList { QStringLiteral("--db"), path(db) } + arguments);
    }

    void writeArticle(const QString &name, const QByteArray &title) const
    {
        QDir().mkpath(path(QStringLiteral("corpus")));
        QFile file(path(QStringLiteral("corpus/") + name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(" date 2025-05-13 " + title
                   + "\n\nLe groupe Intel a annoncé un investissement à Hanoï. Les Chantiers Navals "
                     "Hai Phong suivent.\n");
    }

    // The passages as the user lists them, without the ids, which differ
    // from one database to the next.
    QJsonArray passages(const QString &db) const
    {
        const CliRun run = cli(db, { QStringLiteral("bookmarks"), QStringLiteral("list"), QStringLiteral("--json") });
        QJsonArray rows;
        for (const QJsonValue &value : CliRun::jsonArray(run.out)) {
            QJsonObject row = value.toObject();
            row.remove(QStringLiteral("id"));
            row.remove(QStringLiteral("articleId"));
            rows.append(row);
        }
        return rows;
    }

    static QString shipyard() { return QStringLiteral("Chantiers Navals Hai Phong"); }

    // How many articles name the shipyard, as the user lists them; -1 when it is unknown.
    int shipyardArticles(const QString &db) const
    {
        const CliRun run =
            cli(db, { QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--entity"), shipyard() });
        return run.exitCode == 0 ? int(CliRun::jsonArray(run.out).size()) : -1;
    }

    // A database with two bookmarks and an entity of the user's, backed up to the file returned.
    QString backedUp()
    {
        writeArticle(QStringLiteral("a.txt"), "Intel au Vietnam");
        writeArticle(QStringLiteral("b.txt"), "Intel encore");
        if (cli(QStringLiteral("a.sqlite"), { QStringLiteral("import"), path(QStringLiteral("corpus")) }).exitCode != 0)
            return {};
        for (const QString &id : { QStringLiteral("1"), QStringLiteral("2") }) {
            const CliRun add = cli(QStringLiteral("a.sqlite"),
                                   { QStringLiteral("bookmarks"), QStringLiteral("add"), id, QStringLiteral("--quote"),
                                     QStringLiteral("groupe Intel"), QStringLiteral("--note"),
                                     QStringLiteral("à suivre"), QStringLiteral("--tag"), QStringLiteral("usine"),
                                     QStringLiteral("--label"), QStringLiteral("2") });
            if (add.exitCode != 0)
                return {};
        }
        if (cli(QStringLiteral("a.sqlite"),
                { QStringLiteral("entities"), QStringLiteral("add"), shipyard(), QStringLiteral("--type"),
                  QStringLiteral("Company") })
                .exitCode
            != 0)
            return {};
        const CliRun backup = cli(QStringLiteral("a.sqlite"), { QStringLiteral("backup") });
        const QString file =
            QDir(path(QStringLiteral("backups")))
                .filePath(QStringLiteral("veille-userdata-%1.sqlite").arg(QDate::currentDate().toString(Qt::ISODate)));
        if (backup.exitCode != 0 || !backup.out.contains(file))
            qWarning() << backup.out << backup.err;
        return QFileInfo::exists(file) ? file : QString();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void restoreTwiceIntoAnotherDatabase()
    {
        const QString file = backedUp();
        QVERIFY(!file.isEmpty());
        QCOMPARE(passages(QStringLiteral("a.sqlite")).size(), 2);
        QCOMPARE(cli(QStringLiteral("b.sqlite"), { QStringLiteral("import"), path(QStringLiteral("corpus")) }).exitCode,
                 0);
        QCOMPARE(passages(QStringLiteral("b.sqlite")).size(), 0);
        QCOMPARE(shipyardArticles(QStringLiteral("b.sqlite")), -1);

        const CliRun first = cli(QStringLiteral("b.sqlite"), { QStringLiteral("restore"), file });
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(first.out.startsWith(QLatin1String("restored: 2 passages, 2 tags, 0 labels, 1 entities")),
                 qPrintable(first.out));
        QCOMPARE(passages(QStringLiteral("b.sqlite")), passages(QStringLiteral("a.sqlite")));
        // The restored entity is found in the articles at once.
        QCOMPARE(shipyardArticles(QStringLiteral("a.sqlite")), 2);
        QCOMPARE(shipyardArticles(QStringLiteral("b.sqlite")), 2);

        const CliRun second = cli(QStringLiteral("b.sqlite"), { QStringLiteral("restore"), file });
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.out.startsWith(QLatin1String("restored: 0 passages, 0 tags, 0 labels, 0 entities")),
                 qPrintable(second.out));
        QCOMPARE(passages(QStringLiteral("b.sqlite")), passages(QStringLiteral("a.sqlite")));
    }

    void passagesWithoutTheirArticleAreNamed()
    {
        const QString file = backedUp();
        QVERIFY(!file.isEmpty());
        const CliRun run = cli(QStringLiteral("empty.sqlite"), { QStringLiteral("restore"), file });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("not restored: 2 passages")), qPrintable(run.out));
        QVERIFY(run.out.contains(path(QStringLiteral("corpus/a.txt"))));
        QVERIFY(run.out.contains(path(QStringLiteral("corpus/b.txt"))));
    }

    void refusesWhatIsNotABackup_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("a missing file") << QStringLiteral("missing.sqlite");
        QTest::newRow("a Veille database") << QStringLiteral("a.sqlite");
        QTest::newRow("an article") << QStringLiteral("corpus/a.txt");
    }

    void refusesWhatIsNotABackup()
    {
        QFETCH(QString, name);
        QVERIFY(!backedUp().isEmpty());
        const QJsonArray before = passages(QStringLiteral("a.sqlite"));
        const CliRun run = cli(QStringLiteral("a.sqlite"), { QStringLiteral("restore"), path(name) });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(QLatin1String("cannot restore")), qPrintable(run.err));
        QCOMPARE(passages(QStringLiteral("a.sqlite")), before);
    }
};

QTEST_GUILESS_MAIN(TestCliBackup)
#include "tst_cli_backup.moc"
