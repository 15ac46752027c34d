// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/damageddatabase.h"
#include "core/import/importedcorpus.h"
#include "databasechecknotice.h"
#include "db/database.h"
#include "mainwindow.h"

#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

using namespace Veille;

// The window checks its database in the background once it is up, and
// warns, without blocking, when the file is damaged.
class TestDatabaseCheckNotice : public QObject
{
    Q_OBJECT

    ImportedCorpus m_corpus;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_corpus.create(QStringLiteral("notice"), 300));
    }

    void warnsOfDamage_data()
    {
        QTest::addColumn<bool>("damaged");
        QTest::newRow("a damaged file is warned about") << true;
        QTest::newRow("a sound file is not") << false;
    }

    void warnsOfDamage()
    {
        QFETCH(bool, damaged);
        const QString path = m_corpus.copy();
        QVERIFY(!path.isEmpty());
        if (damaged)
            QVERIFY(damageDatabase(path, 12));
        Database database(path, QStringLiteral("tst-notice"));
        QVERIFY2(database.open(), qPrintable(database.errorString()));
        MainWindow window(database);
        auto *notice = window.findChild<DatabaseCheckNotice *>(QStringLiteral("databaseCheckNotice"));
        QVERIFY(notice);
        QSignalSpy checked(notice, &DatabaseCheckNotice::checked);
        window.show();

        QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 30000);
        QCOMPARE(checked.at(0).at(0).toBool(), damaged);
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("damagedDatabaseMessage"));
        QCOMPARE(box != nullptr, damaged);
        QCOMPARE(window.statusBar()->currentMessage().contains(QLatin1String("damaged")), damaged);
        if (!damaged)
            return;
        QVERIFY(box->isVisible());
        QVERIFY(!box->isModal());
        QCOMPARE(box->textFormat(), Qt::PlainText);
        QVERIFY2(box->text().contains(QLatin1String("is damaged")), qPrintable(box->text()));
        QVERIFY(box->text().contains(QDir::toNativeSeparators(path)));
        // It says how to recover, with the command for this very file.
        QVERIFY2(
            box->text().contains(QStringLiteral("veille-cli --db \"%1\" doctor").arg(QDir::toNativeSeparators(path))),
            qPrintable(box->text()));
    }
};

QTEST_MAIN(TestDatabaseCheckNotice)
#include "tst_databasechecknotice.moc"
