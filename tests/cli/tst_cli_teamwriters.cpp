// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirun.h"
#include "core/import/generatedcorpus.h"
#include "db/database.h"
#include "entities/entitystore.h"
#include "support/testbackend.h"

#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <vector>

using namespace Veille;

// Analysts writing one database at once, each with a veille-cli process of
// their own: on a team server (the "-postgresql" run) as on a file, no one
// loses another's work. Imports of overlapping folders store the union once
// with every article's mentions; aliases added to one entity at once are
// all kept, and a new name in two watch lists becomes one entity.
class TestCliTeamWriters : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    QString corpus(const QString &name) const { return m_home.filePath(QStringLiteral("corpus-") + name); }

    // The outcome counts of an import's summary line, by word.
    static QHash<QString, int> outcomes(const QString &summary)
    {
        QHash<QString, int> counts;
        static const QRegularExpression count(QStringLiteral("(\\d+) (imported|updated|unchanged|failed)"));
        QRegularExpressionMatchIterator it = count.globalMatch(summary);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            counts.insert(match.captured(2), match.captured(1).toInt());
        }
        return counts;
    }

    // Runs every command line at once, then waits for all of them.
    QVector<CliRun> runTogether(const QVector<QStringList> &commands) const
    {
        std::vector<std::unique_ptr<QProcess>> processes;
        for (const QStringList &arguments : commands) {
            processes.push_back(std::make_unique<QProcess>());
            CliRun::start(*processes.back(), m_home.path(), arguments);
        }
        QVector<CliRun> runs;
        for (const auto &process : processes)
            runs.append(CliRun::finish(*process));
        return runs;
    }

    // Each stored article's path with how many mentions it has.
    static QHash<QString, int> mentionsByPath(const QString &location)
    {
        Database database(location, Database::uniqueConnectionName(QStringLiteral("check")));
        QHash<QString, int> mentions;
        if (!database.open())
            return mentions;
        QSqlQuery query(database.connection());
        if (!query.exec(QStringLiteral("SELECT a.path, count(m.article_id) FROM articles a"
                                       " LEFT JOIN mentions m ON m.article_id = a.id GROUP BY a.path")))
            return mentions;
        while (query.next())
            mentions.insert(query.value(0).toString(), query.value(1).toInt());
        return mentions;
    }

    static int scalar(const QString &location, const QString &sql)
    {
        Database database(location, Database::uniqueConnectionName(QStringLiteral("check")));
        if (!database.open())
            return -1;
        QSqlQuery query(database.connection());
        return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
    }

    // Writes a gazetteer CSV naming \a entities, each with \a count aliases
    // "NAME TAG k".
    bool writeWatchList(const QString &path, const QStringList &entities, const QString &tag, int count) const
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        QString text = QStringLiteral("name,type,aliases\n");
        for (const QString &name : entities) {
            QStringList aliases;
            for (int k = 1; k <= count; ++k)
                aliases << QStringLiteral("%1 %2 %3").arg(name, tag).arg(k);
            text += name + QStringLiteral(",Organisation,") + aliases.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
        return file.write(text.toUtf8()) > 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        VEILLE_INIT_BACKEND_TEST();
        QVERIFY(m_home.isValid());
        // 300 articles each, 150 of them in common: the same files, which
        // sort first, so that both imports begin with them.
        QVERIFY(writeGeneratedCorpus(corpus(QStringLiteral("a")), QStringLiteral("a"), 150));
        QVERIFY(writeGeneratedCorpus(corpus(QStringLiteral("0-common")), QStringLiteral("common"), 150));
        QVERIFY(writeGeneratedCorpus(corpus(QStringLiteral("b")), QStringLiteral("b"), 150));
    }

    void overlappingImportsStoreTheUnionOnce()
    {
        const QString db = TestBackend::newDatabase(m_home);
        const QString common = corpus(QStringLiteral("0-common"));
        // Both start on a new database: nothing orders them but the store.
        const QVector<CliRun> runs = runTogether({
            { QStringLiteral("--db"), db, QStringLiteral("import"), corpus(QStringLiteral("a")), common },
            { QStringLiteral("--db"), db, QStringLiteral("import"), common, corpus(QStringLiteral("b")) },
        });
        for (const CliRun &run : runs)
            QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        const QHash<QString, int> first = outcomes(runs.at(0).out);
        const QHash<QString, int> second = outcomes(runs.at(1).out);
        // Each article in common was imported by one of them, and found
        // unchanged by the other.
        QCOMPARE(first.value(QStringLiteral("imported")) + second.value(QStringLiteral("imported")), 450);
        QCOMPARE(first.value(QStringLiteral("unchanged")) + second.value(QStringLiteral("unchanged")), 150);
        QCOMPARE(first.value(QStringLiteral("failed")) + second.value(QStringLiteral("failed")), 0);

        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM articles")), 450);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(DISTINCT path) FROM articles")), 450);

        // Every article has the mentions one import alone gives it, and the
        // default gazetteer was loaded once.
        const QString alone = TestBackend::newDatabase(m_home);
        const CliRun reference = CliRun::run(m_home.path(),
                                             { QStringLiteral("--db"), alone, QStringLiteral("import"),
                                               corpus(QStringLiteral("a")), common, corpus(QStringLiteral("b")) });
        QVERIFY2(reference.exitCode == 0, qPrintable(reference.err));
        const QHash<QString, int> expected = mentionsByPath(alone);
        QCOMPARE(expected.size(), 450);
        QVERIFY(expected.value(expected.keys().first()) > 0);
        QCOMPARE(mentionsByPath(db), expected);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM entities")),
                 scalar(alone, QStringLiteral("SELECT count(*) FROM entities")));
    }

    void aliasesAddedAtOnceAreAllKept()
    {
        const QString db = TestBackend::newDatabase(m_home);
        const CliRun added =
            CliRun::run(m_home.path(),
                        { QStringLiteral("--db"), db, QStringLiteral("entities"), QStringLiteral("add"),
                          QStringLiteral("Acme Vina"), QStringLiteral("--type"), QStringLiteral("Organisation") });
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const QString id = added.out.trimmed();
        const QString acme = QStringLiteral("Acme Vina");
        const QString fresh = QStringLiteral("Cong ty Moi");
        constexpr int PerList = 40;
        constexpr int Singles = 4;
        const QString listA = m_home.filePath(QStringLiteral("list-a.csv"));
        const QString listB = m_home.filePath(QStringLiteral("list-b.csv"));
        QVERIFY(writeWatchList(listA, { acme, fresh }, QStringLiteral("A"), PerList));
        QVERIFY(writeWatchList(listB, { acme, fresh }, QStringLiteral("B"), PerList));

        // Two watch lists imported and single aliases added, all at once.
        QVector<QStringList> commands = {
            { QStringLiteral("--db"), db, QStringLiteral("entities"), QStringLiteral("import"), listA },
            { QStringLiteral("--db"), db, QStringLiteral("entities"), QStringLiteral("import"), listB },
        };
        for (int k = 1; k <= Singles; ++k)
            commands.append({ QStringLiteral("--db"), db, QStringLiteral("entities"), QStringLiteral("alias"), id,
                              QStringLiteral("%1 solo %2").arg(acme).arg(k) });
        for (const CliRun &run : runTogether(commands))
            QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));

        Database database(db, Database::uniqueConnectionName(QStringLiteral("aliases")));
        QVERIFY2(database.open(), qPrintable(database.errorString()));
        EntityStore store(database.connection());
        const QVector<Entity> acmes = store.find(acme);
        QCOMPARE(acmes.size(), 1);
        QCOMPARE(QString::number(acmes.first().id), id);
        // The name, both lists' aliases and every single one.
        QCOMPARE(acmes.first().aliases.size(), 1 + 2 * PerList + Singles);
        // The new name is one entity, with both lists' aliases.
        const QVector<Entity> fresh1 = store.find(fresh);
        QCOMPARE(fresh1.size(), 1);
        QCOMPARE(fresh1.first().aliases.size(), 1 + 2 * PerList);
    }
};

QTEST_GUILESS_MAIN(TestCliTeamWriters)
#include "tst_cli_teamwriters.moc"
