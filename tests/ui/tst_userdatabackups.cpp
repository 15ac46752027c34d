// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articles/articlestore.h"
#include "core/import/importedcorpus.h"
#include "db/database.h"
#include "db/userdatabackup.h"
#include "entities/entitystore.h"
#include "mainwindow.h"
#include "models/passagelistmodel.h"
#include "passages/passagepanel.h"
#include "passages/passagestore.h"
#include "userdatabackups.h"
#include "windowparts.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Veille;

// The window backs up the user's data once a day when it opens, off the
// UI thread, and File → Restore User Data… brings a backup back.
class TestUserDataBackups : public QObject
{
    Q_OBJECT

    ImportedCorpus m_corpus;
    std::unique_ptr<QTemporaryDir> m_dir;

    // A database of its own, in a folder of its own (backups go beside it).
    QString freshCopy(const QString &name) const
    {
        const QString path = m_dir->filePath(name);
        return QFile::copy(m_corpus.database(), path) ? path : QString();
    }

    static void addPassageAndEntity(Database &database)
    {
        const ArticleStore articles(database.connection());
        const Article article = *articles.article(articles.articleIds().first());
        Passage passage;
        passage.articleId = article.id;
        passage.articlePath = article.path;
        passage.anchor = TextAnchor::fromRange(article.body, { 0, 10 }, article.contentHash);
        passage.note = QStringLiteral("à revoir");
        QVERIFY(PassageStore(database.connection()).add(passage));
        EntityStore entities(database.connection());
        QVERIFY(
            entities.addEntity({ 0, QStringLiteral("Chantiers Navals de Hai Phong"), QStringLiteral("Company"), {} })
            > 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_corpus.create(QStringLiteral("backup"), 20));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void backsUpOnStartOncePerDay()
    {
        const QString path = freshCopy(QStringLiteral("veille.sqlite"));
        QVERIFY(!path.isEmpty());
        Database database(path, QStringLiteral("tst-backups"));
        QVERIFY2(database.open(), qPrintable(database.errorString()));
        addPassageAndEntity(database); // something of the user's to back up
        const QString expected =
            QDir(UserDataBackup::folderFor(path)).filePath(UserDataBackup::fileNameFor(QDate::currentDate()));
        for (const bool due : { true, false }) {
            MainWindow window(database);
            auto *backups = window.findChild<UserDataBackups *>(QStringLiteral("userDataBackups"));
            QVERIFY(backups);
            QSignalSpy finished(backups, &UserDataBackups::backupFinished);
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
            QCOMPARE(finished.at(0).at(0).toString(), due ? expected : QString());
            QCOMPARE(finished.at(0).at(1).toString(), QString());
            QVERIFY(QFileInfo::exists(expected));
        }
    }

    void restoreBringsBackPassagesAndNames()
    {
        const QString originalPath = freshCopy(QStringLiteral("original.sqlite"));
        const QString freshPath = freshCopy(QStringLiteral("fresh.sqlite"));
        QVERIFY(!originalPath.isEmpty() && !freshPath.isEmpty());
        const QString file = m_dir->filePath(QStringLiteral("saved.sqlite"));
        {
            Database original(originalPath, QStringLiteral("tst-original"));
            QVERIFY(original.open());
            addPassageAndEntity(original);
            QVERIFY(UserDataBackup(original.connection()).write(file));
        }
        Database database(freshPath, QStringLiteral("tst-fresh"));
        QVERIFY(database.open());
        MainWindow window(database);
        window.show();
        auto *backups = window.findChild<UserDataBackups *>(QStringLiteral("userDataBackups"));
        QVERIFY(backups);
        QVERIFY(window.menuBar()->actions().first()->menu()->actions().contains(backups->restoreAction()));
        QCOMPARE(WindowParts::passagePanel(window)->model()->rowCount(), 0);

        QSignalSpy restored(backups, &UserDataBackups::restored);
        QSignalSpy reindexed(&window, &MainWindow::reindexed);
        const std::optional<RestoreReport> report = backups->restoreFile(file);
        QVERIFY(report);
        QCOMPARE(report->passages, 1);
        QCOMPARE(restored.count(), 1);
        QCOMPARE(restored.at(0).at(0).toBool(), true);
        QTRY_COMPARE_WITH_TIMEOUT(reindexed.count(), 1, 30000);
        QCOMPARE(WindowParts::passagePanel(window)->model()->rowCount(), 1);
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("restoreReport"));
        QVERIFY(box && box->isVisible());
        QCOMPARE(box->textFormat(), Qt::PlainText);
        QVERIFY2(box->text().contains(QLatin1String("1 passages")), qPrintable(box->text()));
        box->close();

        // Twice: nothing more, and the window has nothing to refresh.
        const std::optional<RestoreReport> again = backups->restoreFile(file);
        QVERIFY(again);
        QCOMPARE(again->added(), 0);
        QCOMPARE(restored.count(), 1);
        QCOMPARE(WindowParts::passagePanel(window)->model()->rowCount(), 1);
    }
};

QTEST_MAIN(TestUserDataBackups)
#include "tst_userdatabackups.moc"
