// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirun.h"
#include "core/db/damageddatabase.h"
#include "core/import/generatedcorpus.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

// veille-cli doctor as a user runs it on a database that a stray write
// damaged: it says what is wrong, writes a recovered copy beside it with
// the user's passages, and never touches the damaged file.
class TestCliDoctor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    CliRun cli(const QString &db, const QStringList &arguments) const
    {
        return CliRun::run(m_dir.path(), QStringList { QStringLiteral("--db"), path(db) } + arguments);
    }
    int passages(const QString &db) const
    {
        return int(CliRun::jsonArray(
                       cli(db, { QStringLiteral("bookmarks"), QStringLiteral("list"), QStringLiteral("--json") }).out)
                       .size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(writeGeneratedCorpus(path(QStringLiteral("corpus")), QStringLiteral("doctor"), 300));
        QCOMPARE(
            cli(QStringLiteral("veille.sqlite"), { QStringLiteral("import"), path(QStringLiteral("corpus")) }).exitCode,
            0);
        for (const QString &id : { QStringLiteral("1"), QStringLiteral("150"), QStringLiteral("300") }) {
            const CliRun add = cli(QStringLiteral("veille.sqlite"),
                                   { QStringLiteral("bookmarks"), QStringLiteral("add"), id, QStringLiteral("--start"),
                                     QStringLiteral("0"), QStringLiteral("--end"), QStringLiteral("9"),
                                     QStringLiteral("--note"), QStringLiteral("à revoir") });
            QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        }
    }

    void soundFileIsLeftAlone()
    {
        const CliRun run = cli(QStringLiteral("veille.sqlite"), { QStringLiteral("doctor") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("no damage found")), qPrintable(run.out));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("veille-recovered.sqlite"))));
    }

    void damagedFileIsRecoveredBeside()
    {
        QVERIFY(QFile::copy(path(QStringLiteral("veille.sqlite")), path(QStringLiteral("damaged.sqlite"))));
        QVERIFY(damageDatabase(path(QStringLiteral("damaged.sqlite")), 12));
        const QByteArray before = fileHash(path(QStringLiteral("damaged.sqlite")));

        const CliRun run = cli(QStringLiteral("damaged.sqlite"), { QStringLiteral("doctor") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QStringLiteral("is damaged")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("passages: 3\n")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("the recovered copy has no damage")), qPrintable(run.out));
        QCOMPARE(fileHash(path(QStringLiteral("damaged.sqlite"))), before);
        QVERIFY(QFileInfo(path(QStringLiteral("damaged-recovered-userdata.sqlite"))).isFile());

        // The copy works as a database: the passages are listed, search finds.
        QCOMPARE(passages(QStringLiteral("damaged-recovered.sqlite")), 3);
        const CliRun search =
            cli(QStringLiteral("damaged-recovered.sqlite"), { QStringLiteral("search"), QStringLiteral("Qualcomm") });
        QCOMPARE(search.exitCode, 0);
        QVERIFY2(search.err.contains(QStringLiteral("matching articles")), qPrintable(search.err));
        QVERIFY(search.out.contains(QStringLiteral("[Qualcomm]")));

        // A second run does not overwrite the first copy; another name works.
        const CliRun again = cli(QStringLiteral("damaged.sqlite"), { QStringLiteral("doctor") });
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("already exists")), qPrintable(again.err));
        const CliRun other = cli(QStringLiteral("damaged.sqlite"),
                                 { QStringLiteral("doctor"), QStringLiteral("--reimport-folders"),
                                   QStringLiteral("--output"), path(QStringLiteral("second.sqlite")) });
        QVERIFY2(other.out.contains(QStringLiteral("brought back")), qPrintable(other.out));
        const CliRun list = cli(QStringLiteral("second.sqlite"), { QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(CliRun::jsonArray(list.out).size(), 300);
    }
};

QTEST_GUILESS_MAIN(TestCliDoctor)
#include "tst_cli_doctor.moc"
