// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articles/articlestore.h"
#include "db/database.h"
#include "import/importer.h"
#include "import/importsummarydialog.h"
#include "mainwindow.h"
#include "models/articlelistmodel.h"
#include "models/itemdatarole.h"
#include "reading/readingpane.h"
#include "windowparts.h"

#include <QHeaderView>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace Veille;
using namespace WindowParts;

// The real window on a real database, offscreen.
class TestMainWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;

    static QString sampleCorpus() { return QStringLiteral(VEILLE_SOURCE_DIR "/resources/sample-corpus"); }
    QString dbPath() const { return m_dir->filePath(QStringLiteral("veille.sqlite")); }

    void openDatabase()
    {
        m_database = std::make_unique<Database>(dbPath(), QStringLiteral("tst-ui"));
        QVERIFY2(m_database->open(), qPrintable(m_database->errorString()));
    }

    static int rowOfTitle(const MainWindow &window, const QString &prefix)
    {
        const QAbstractItemModel *model = articleModel(window);
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, ArticleListModel::TitleColumn).data().toString().startsWith(prefix))
                return row;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<ImportReport>(); // for QSignalSpy on Qt 5
    }

    void init()
    {
        // Settings live in the test-mode config folder; start each test clean.
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).removeRecursively();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup() { m_database.reset(); }

    void emptyDatabaseShowsHowToStart()
    {
        openDatabase();
        MainWindow window(*m_database);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(listShown(window));
        QCOMPARE(articleModel(window)->rowCount(), 0);
        QVERIFY(readingPane(window)->toPlainText().contains(QLatin1String("Import a folder")));
    }

    void listShowsTheSampleCorpusAndSelectingShowsTheArticle()
    {
        Importer importer(dbPath());
        QCOMPARE(importer.run({ sampleCorpus() }).imported.size(), 17);
        openDatabase();
        MainWindow window(*m_database);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(listShown(window));

        QCOMPARE(articleModel(window)->rowCount(), 17);
        // Newest first by default, and the first article is already open.
        QCOMPARE(articleList(window)->currentIndex().row(), 0);
        QVERIFY(readingPane(window)->toPlainText().startsWith(QStringLiteral("Microsoft et le ministère")));

        const int row = rowOfTitle(window, QStringLiteral("SelectUSA 2025"));
        QVERIFY(row >= 0);
        articleList(window)->setCurrentIndex(articleModel(window)->index(row, 0));
        const QString text = readingPane(window)->toPlainText();
        QVERIFY(text.startsWith(QLatin1String("SelectUSA 2025 : les entreprises")));
        QVERIFY2(text.contains(QLatin1String("May 2025")) || text.contains(QLatin1String("mai 2025")),
                 qPrintable(text));
        QVERIFY(text.contains(QLatin1String("Thanh Tuan/VNA/CVN")));
        QVERIFY(!text.contains(QLatin1String("Photo :")));

        // j and k move through the list.
        articleList(window)->setFocus();
        QTest::keyClick(articleList(window), Qt::Key_J);
        QCOMPARE(articleList(window)->currentIndex().row(), row + 1);
        QTest::keyClick(articleList(window), Qt::Key_K);
        QTest::keyClick(articleList(window), Qt::Key_K);
        QCOMPARE(articleList(window)->currentIndex().row(), row - 1);
        const qint64 shown = articleList(window)->currentIndex().data(ArticleIdRole).toLongLong();
        QCOMPARE(readingPane(window)->articleId(), shown);

        // Ctrl++ and Ctrl+- zoom the text.
        QTest::keyClick(&window, Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(readingPane(window)->zoomSteps(), 1);
        QTest::keyClick(&window, Qt::Key_Minus, Qt::ControlModifier);
        QTest::keyClick(&window, Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(readingPane(window)->zoomSteps(), -1);
    }

    void sortingByAColumnKeepsTheOpenArticle()
    {
        Importer importer(dbPath());
        importer.run({ sampleCorpus() });
        openDatabase();
        MainWindow window(*m_database);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(listShown(window));
        const qint64 open = readingPane(window)->articleId();

        articleList(window)->sortByColumn(ArticleListModel::TitleColumn, Qt::AscendingOrder);
        QCOMPARE(articleModel(window)->index(0, 0).data().toString().left(2), QStringLiteral("5G"));
        QCOMPARE(articleList(window)->currentIndex().data(ArticleIdRole).toLongLong(), open);

        articleList(window)->sortByColumn(ArticleListModel::SourceColumn, Qt::DescendingOrder);
        QCOMPARE(articleModel(window)->index(0, ArticleListModel::SourceColumn).data().toString(),
                 QStringLiteral("VnExpress"));
    }

    // Counting the rows before an article deep in a million takes seconds:
    // a sort finds it on a worker, and the window never waits.
    void sortingKeepsAnArticleFarDownOnTheWorker()
    {
        openDatabase();
        ArticleStore store(m_database->connection());
        QHash<int, qint64> ids;
        for (int i = 0; i < 400; ++i) {
            Article article;
            article.path = QStringLiteral("/corpus/%1.txt").arg(i);
            article.title = QStringLiteral("Titre %1").arg(i, 3, 10, QLatin1Char('0'));
            article.body = QStringLiteral("Corps %1.").arg(i);
            article.date = PartialDate::fromIsoString(QDate(2025, 1, 1).addDays(i).toString(Qt::ISODate));
            article.contentHash = article.title;
            QCOMPARE(store.upsert(article), ArticleStore::Outcome::Inserted);
            ids.insert(i, article.id);
        }
        MainWindow window(*m_database);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(listShown(window));
        // Newest first: article 300 is on row 99, the list's first page.
        articleList(window)->setCurrentIndex(articleModel(window)->index(99, 0));
        QCOMPARE(readingPane(window)->articleId(), ids.value(300));

        // By title it is on row 300: not there at once, and the open
        // article stays open meanwhile; then it is current again.
        articleList(window)->sortByColumn(ArticleListModel::TitleColumn, Qt::AscendingOrder);
        QVERIFY(!articleList(window)->currentIndex().isValid());
        QCOMPARE(readingPane(window)->articleId(), ids.value(300));
        QTRY_COMPARE(articleList(window)->currentIndex().row(), 300);
        QCOMPARE(articleList(window)->currentIndex().data(ArticleIdRole).toLongLong(), ids.value(300));
        QCOMPARE(readingPane(window)->articleId(), ids.value(300));

        // A row the user picks before it is found wins.
        articleList(window)->sortByColumn(ArticleListModel::DateColumn, Qt::AscendingOrder);
        QVERIFY(!articleList(window)->currentIndex().isValid());
        articleList(window)->setCurrentIndex(articleModel(window)->index(2, 0));
        QCOMPARE(readingPane(window)->articleId(), ids.value(2));
        QTest::qWait(500);
        QCOMPARE(articleList(window)->currentIndex().row(), 2);
        QCOMPARE(readingPane(window)->articleId(), ids.value(2));
    }

    void stateIsRestoredOnTheNextStart()
    {
        Importer importer(dbPath());
        importer.run({ sampleCorpus() });
        openDatabase();
        qint64 chosen = 0;
        QByteArray splitter;
        {
            MainWindow window(*m_database);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(listShown(window));
            window.resize(900, 640);
            articleList(window)->sortByColumn(ArticleListModel::TitleColumn, Qt::AscendingOrder);
            const QModelIndex index = articleModel(window)->index(5, 0);
            articleList(window)->setCurrentIndex(index);
            chosen = index.data(ArticleIdRole).toLongLong();
            readingPane(window)->setZoomSteps(3);
            window.close();
        }
        MainWindow window(*m_database);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(listShown(window));
        QCOMPARE(window.size(), QSize(900, 640));
        QCOMPARE(articleList(window)->horizontalHeader()->sortIndicatorSection(), int(ArticleListModel::TitleColumn));
        QCOMPARE(articleList(window)->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
        QCOMPARE(articleList(window)->currentIndex().row(), 5);
        QCOMPARE(readingPane(window)->articleId(), chosen);
        QCOMPARE(readingPane(window)->zoomSteps(), 3);
    }

    void importRunsInTheBackgroundAndShowsASummary()
    {
        openDatabase();
        MainWindow window(*m_database);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(listShown(window));
        QSignalSpy finished(&window, &MainWindow::importFinished);
        window.importPaths({ sampleCorpus(), m_dir->filePath(QStringLiteral("missing")) });
        QVERIFY(finished.wait(60000));
        const auto report = finished.first().first().value<ImportReport>();
        QCOMPARE(report.imported.size(), 17);
        QCOMPARE(report.failures.size(), 1);
        QVERIFY(listShown(window));
        QCOMPARE(articleModel(window)->rowCount(), 17);
        QVERIFY(readingPane(window)->articleId() != 0);

        auto *summary = window.findChild<ImportSummaryDialog *>();
        QVERIFY(summary);
        QTRY_VERIFY(summary->isVisible());
        auto *files = summary->findChild<QTreeWidget *>();
        QVERIFY(files);
        QCOMPARE(files->topLevelItemCount(), 18);
        // Failures come first, with their reason.
        QVERIFY(files->topLevelItem(0)->text(0).endsWith(QLatin1String("missing")));
        QCOMPARE(files->topLevelItem(0)->text(2), QStringLiteral("no such file or folder"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
