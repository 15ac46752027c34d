// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/damageddatabase.h"
#include "core/import/importedcorpus.h"
#include "db/databasecheck.h"

#include <QFile>
#include <QStandardPaths>
#include <QtTest>

namespace Veille {

enum class Damage { None, ArticlePages, Header };

} // namespace Veille

// Qt 5 wants test data types declared.
Q_DECLARE_METATYPE(Veille::Damage)
Q_DECLARE_METATYPE(Veille::DatabaseCheck::Outcome)

namespace Veille {

// The background check finds damage in a real database of 300 articles,
// on its own read-only connection, and stops at its time limit.
class TestDatabaseCheck : public QObject
{
    Q_OBJECT

    ImportedCorpus m_corpus;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_corpus.create(QStringLiteral("check"), 300));
    }

    void findsDamage_data()
    {
        QTest::addColumn<Damage>("damage");
        QTest::addColumn<DatabaseCheck::Outcome>("outcome");
        QTest::newRow("a sound file passes") << Damage::None << DatabaseCheck::Outcome::Sound;
        QTest::newRow("random bytes over the articles' pages are found")
            << Damage::ArticlePages << DatabaseCheck::Outcome::Damaged;
        QTest::newRow("an overwritten header is found") << Damage::Header << DatabaseCheck::Outcome::Damaged;
    }

    void findsDamage()
    {
        QFETCH(Damage, damage);
        QFETCH(DatabaseCheck::Outcome, outcome);
        const QString path = m_corpus.copy();
        QVERIFY(!path.isEmpty());
        if (damage == Damage::ArticlePages)
            QVERIFY(damageDatabase(path, 12));
        if (damage == Damage::Header) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.write(QByteArray(100, 'x')) == 100);
        }
        DatabaseCheck check(path, 60000);
        const DatabaseCheck::Result result = check.run();
        QCOMPARE(result.outcome, outcome);
        QCOMPARE(result.problems.isEmpty(), outcome == DatabaseCheck::Outcome::Sound);
        QVERIFY(result.problems.size() <= DatabaseCheck::MaxProblems);
        QCOMPARE(result.summary().isEmpty(), outcome == DatabaseCheck::Outcome::Sound);
    }

    void stopsWhenTold_data()
    {
        QTest::addColumn<int>("timeLimitMs");
        QTest::addColumn<bool>("cancelled");
        QTest::newRow("at its time limit") << 0 << false;
        QTest::newRow("when cancelled") << 60000 << true;
    }

    void stopsWhenTold()
    {
        QFETCH(int, timeLimitMs);
        QFETCH(bool, cancelled);
        DatabaseCheck check(m_corpus.database(), timeLimitMs);
        if (cancelled)
            check.cancel();
        const DatabaseCheck::Result result = check.run();
        QCOMPARE(result.outcome, DatabaseCheck::Outcome::Unfinished);
        QVERIFY(result.problems.isEmpty());
        QVERIFY(!result.summary().isEmpty());
    }

    void aMissingFileIsNotChecked()
    {
        const QString missing = m_corpus.path(QStringLiteral("missing.sqlite"));
        DatabaseCheck check(missing, 60000);
        const DatabaseCheck::Result result = check.run();
        QCOMPARE(result.outcome, DatabaseCheck::Outcome::Failed);
        QVERIFY(!result.error.isEmpty());
        QVERIFY(!QFile::exists(missing));
    }
};

} // namespace Veille

QTEST_GUILESS_MAIN(Veille::TestDatabaseCheck)
#include "tst_databasecheck.moc"
