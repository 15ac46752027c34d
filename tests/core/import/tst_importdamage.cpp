// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/damageddatabase.h"
#include "core/import/importedcorpus.h"

#include <QFile>
#include <QStandardPaths>
#include <QtTest>

namespace Veille {

// An import into a damaged database stops and says so, and writes nothing:
// when a statement meets the damage, and, with the check first, when it
// would not have.
class TestImportDamage : public QObject
{
    Q_OBJECT

    ImportedCorpus m_corpus;
    QString m_more;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_corpus.create(QStringLiteral("first"), 300));
        m_more = m_corpus.path(QStringLiteral("more"));
        QVERIFY(writeGeneratedCorpus(m_more, QStringLiteral("more"), 2));
    }

    void damageStopsTheImport_data()
    {
        QTest::addColumn<bool>("newArticles");
        QTest::addColumn<int>("checkMs");
        QTest::newRow("reading a damaged page stops it") << false << 0;
        QTest::newRow("reading a damaged page stops it after a check") << false << 60000;
        QTest::newRow("the check stops new articles that touch no damaged page") << true << 60000;
    }

    void damageStopsTheImport()
    {
        QFETCH(bool, newArticles);
        QFETCH(int, checkMs);
        const QString path = m_corpus.copy();
        QVERIFY(!path.isEmpty());
        QVERIFY(damageDatabase(path, 12));
        const QByteArray before = fileHash(path);

        Importer importer(path);
        importer.setDamageCheck(checkMs);
        const ImportReport report = importer.run({ newArticles ? m_more : m_corpus.corpus() });
        QVERIFY2(report.error.contains(QLatin1String("the database is damaged")), qPrintable(report.error));
        QVERIFY(report.error.contains(QLatin1String("your file was not changed further")));
        QVERIFY(!report.changedStore());
        QCOMPARE(fileHash(path), before);
    }

    void theCheckLetsASoundDatabaseImport()
    {
        const QString path = m_corpus.copy();
        QVERIFY(!path.isEmpty());
        Importer importer(path);
        importer.setDamageCheck(60000);
        const ImportReport report = importer.run({ m_more });
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.imported.size(), 2);
    }
};

} // namespace Veille

QTEST_GUILESS_MAIN(Veille::TestImportDamage)
#include "tst_importdamage.moc"
