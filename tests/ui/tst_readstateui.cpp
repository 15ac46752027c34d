// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articles/articlefilterbar.h"
#include "articles/articlelistpane.h"
#include "articles/articlestatestore.h"
#include "articles/articlestore.h"
#include "articles/readstateactions.h"
#include "articles/snippetdelegate.h"
#include "db/database.h"
#include "mainwindow.h"
#include "models/itemdatarole.h"
#include "windowparts.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Veille;
using namespace WindowParts;

// Read, unread and starred articles in the real window: M and S, the
// article read after a second on screen, Mark All as Read with its
// confirmation, the Unread filter, bold titles and undo.
class TestReadStateUi : public QObject
{
    Q_OBJECT

    static constexpr int Articles = 150; // above ReadStateActions::ConfirmAbove
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<MainWindow> m_window;
    bool m_asked = false;

    ArticleStateStore::State stateOf(qint64 id) const { return ArticleStateStore(m_database->connection()).state(id); }
    QModelIndex current() const { return articleList(*m_window)->currentIndex().siblingAtColumn(0); }
    qint64 currentId() const { return current().data(ArticleIdRole).toLongLong(); }
    QTimer *readTimer() const { return part<QTimer>(*m_window, "readTimer"); }
    QAction *action(const char *name) const { return part<QAction>(*m_window, name); }

    // The style option the title column's delegate prepares.
    QStyleOptionViewItem optionFor(const QModelIndex &index) const
    {
        auto *delegate = qobject_cast<SnippetDelegate *>(articleList(*m_window)->itemDelegateForColumn(0));
        QStyleOptionViewItem option;
        if (delegate)
            delegate->initStyleOption(&option, index);
        return option;
    }

    // Answers the confirmation the next Mark All as Read asks, if it asks;
    // sets m_asked. When nothing asks, this runs after the action, harmlessly.
    void answerConfirmation(QMessageBox::StandardButton answer)
    {
        m_asked = false;
        QTimer::singleShot(0, this, [this, answer] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            m_asked = m_asked || (box && box->objectName() == QLatin1String("markAllReadConfirmation"));
            if (box)
                box->button(answer)->click();
        });
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_database = std::make_unique<Database>(m_dir->filePath(QStringLiteral("veille.sqlite")),
                                                QStringLiteral("tst-readstate-ui"));
        QVERIFY(m_database->open());
        ArticleStore store(m_database->connection());
        QVERIFY(store.beginTransaction());
        for (int i = 0; i < Articles; ++i) {
            Article article;
            article.path = QStringLiteral("/corpus/%1.txt").arg(i);
            article.title = QStringLiteral("Article %1").arg(i);
            article.body = QStringLiteral("Corps %1.").arg(i);
            article.source = i % 3 == 0 ? QStringLiteral("AFP") : QStringLiteral("VNA");
            article.date = PartialDate(2025, 1 + i % 12, 1 + i % 28);
            article.contentHash = QString::fromLatin1(
                QCryptographicHash::hash(article.body.toUtf8(), QCryptographicHash::Sha256).toHex());
            QCOMPARE(store.upsert(article), ArticleStore::Outcome::Inserted);
        }
        QVERIFY(store.commitTransaction());
        m_window = std::make_unique<MainWindow>(*m_database);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(listShown(*m_window));
        articleList(*m_window)->setFocus();
    }

    void cleanup()
    {
        m_window.reset();
        m_database.reset();
    }

    void mTogglesReadAndUndoRestores()
    {
        const qint64 id = currentId();
        QVERIFY(id);
        QVERIFY(!current().data(ReadRole).toBool());
        QVERIFY(optionFor(current()).font.bold());
        QTest::keyClick(articleList(*m_window), Qt::Key_M);
        QVERIFY(stateOf(id).read);
        QVERIFY(current().data(ReadRole).toBool());
        QVERIFY(!optionFor(current()).font.bold());
        QVERIFY(!readTimer()->isActive()); // marked by hand: the timer has nothing left to do
        QTest::keyClick(articleList(*m_window), Qt::Key_M);
        QVERIFY(!stateOf(id).read);
        QVERIFY(optionFor(current()).font.bold());

        QUndoStack *undo = undoStack(*m_window);
        QCOMPARE(undo->count(), 2);
        undo->undo();
        QVERIFY(stateOf(id).read);
        QVERIFY(current().data(ReadRole).toBool());
        undo->undo();
        QVERIFY(!stateOf(id).read);
        QVERIFY(!current().data(ReadRole).toBool());
    }

    void sStarsAndUndoUnstars()
    {
        const qint64 id = currentId();
        QVERIFY(!optionFor(current()).text.startsWith(QStringLiteral("★")));
        QTest::keyClick(articleList(*m_window), Qt::Key_S);
        QVERIFY(stateOf(id).starred);
        QVERIFY(current().data(StarredRole).toBool());
        QVERIFY2(optionFor(current()).text.startsWith(QStringLiteral("★ ")), qPrintable(optionFor(current()).text));
        undoStack(*m_window)->undo();
        QVERIFY(!stateOf(id).starred);
        QVERIFY(!current().data(StarredRole).toBool());
    }

    void shownForASecondIsRead()
    {
        QTimer *timer = readTimer();
        QVERIFY(timer->isSingleShot());
        QCOMPARE(timer->interval(), ReadStateActions::ReadDelayMs);
        const qint64 first = currentId();
        QVERIFY(timer->isActive());
        // Another article before the second is over: the first stays unread.
        QTest::keyClick(articleList(*m_window), Qt::Key_J);
        const qint64 second = currentId();
        QVERIFY(second != first);
        QVERIFY(timer->isActive());
        QVERIFY(QMetaObject::invokeMethod(timer, "timeout"));
        QVERIFY(!stateOf(first).read);
        QVERIFY(stateOf(second).read);
        QVERIFY(current().data(ReadRole).toBool());
        QCOMPARE(undoStack(*m_window)->count(), 0); // reading is not an edit
        // An article already read starts no timer.
        QTest::keyClick(articleList(*m_window), Qt::Key_K);
        QTest::keyClick(articleList(*m_window), Qt::Key_J);
        QVERIFY(!timer->isActive());
    }

    void markAllRead_data()
    {
        QTest::addColumn<bool>("afpOnly");
        QTest::addColumn<int>("answer");
        QTest::addColumn<bool>("expectAsked");
        QTest::addColumn<int>("expectRead");
        QTest::newRow("150 articles, cancelled: asked, nothing marked")
            << false << int(QMessageBox::Cancel) << true << 0;
        QTest::newRow("150 articles, confirmed: asked, all marked")
            << false << int(QMessageBox::Yes) << true << Articles;
        QTest::newRow("50 AFP articles: not asked, only they are marked")
            << true << int(QMessageBox::Cancel) << false << 50;
    }

    void markAllRead()
    {
        QFETCH(bool, afpOnly);
        QFETCH(int, answer);
        QFETCH(bool, expectAsked);
        QFETCH(int, expectRead);
        if (afpOnly) {
            auto *filterBar = m_window->findChild<ArticleFilterBar *>();
            QVERIFY(filterBar);
            filterBar->setSources({ QStringLiteral("AFP"), QStringLiteral("VNA") });
            filterBar->sourceBox()->setCurrentIndex(filterBar->sourceBox()->findData(QStringLiteral("AFP")));
            Q_EMIT filterBar->sourceBox()->activated(filterBar->sourceBox()->currentIndex());
            QTRY_COMPARE(articleModel(*m_window)->rowCount(), 50);
        }
        answerConfirmation(QMessageBox::StandardButton(answer));
        action("markAllReadAction")->trigger();
        QCOMPARE(m_asked, expectAsked);
        ArticleQuery unread;
        unread.unreadOnly = true;
        ArticleStore store(m_database->connection());
        QCOMPARE(store.count(unread), Articles - expectRead);
        if (expectRead == 0)
            return;
        // The list reads its rows again on the worker.
        QVERIFY(listShown(*m_window));
        QVERIFY(current().data(ReadRole).toBool());
        // One undo step brings every one of them back.
        undoStack(*m_window)->undo();
        QCOMPARE(store.count(unread), Articles);
        QVERIFY(listShown(*m_window));
        QVERIFY(!current().data(ReadRole).toBool());
        undoStack(*m_window)->redo();
        QCOMPARE(store.count(unread), Articles - expectRead);
    }

    void updatedArticleShowsTheMark()
    {
        const qint64 id = currentId();
        QTest::keyClick(articleList(*m_window), Qt::Key_M);
        QVERIFY(stateOf(id).read);
        ArticleStore store(m_database->connection());
        Article article = *store.article(id);
        article.body += QStringLiteral(" Un paragraphe ajouté.");
        article.contentHash = QStringLiteral("changed");
        QCOMPARE(store.upsert(article), ArticleStore::Outcome::Updated);
        part<ArticleListPane>(*m_window, "articleListPane")->refresh();
        QVERIFY(listShown(*m_window));
        const QModelIndex row = articleModel(*m_window)->index(
            articleModel(*m_window)
                ->match(articleModel(*m_window)->index(0, 0), ArticleIdRole, id, 1, Qt::MatchExactly)
                .value(0)
                .row(),
            0);
        QVERIFY(row.isValid());
        QVERIFY(!row.data(ReadRole).toBool());
        QVERIFY(optionFor(row).font.bold());
        QVERIFY2(optionFor(row).text.startsWith(QStringLiteral("↻ ")), qPrintable(optionFor(row).text));
        QVERIFY(row.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Updated since it was read")));
    }

    void unreadFilterHidesReadArticles()
    {
        QTest::keyClick(articleList(*m_window), Qt::Key_M);
        const qint64 read = currentId();
        auto *filterBar = m_window->findChild<ArticleFilterBar *>();
        QVERIFY(filterBar);
        filterBar->unreadBox()->setChecked(true);
        QTRY_COMPARE(articleModel(*m_window)->rowCount(), Articles - 1);
        for (int row = 0; row < articleModel(*m_window)->rowCount(); ++row)
            QVERIFY(articleModel(*m_window)->index(row, 0).data(ArticleIdRole).toLongLong() != read);
        filterBar->unreadBox()->setChecked(false);
        filterBar->starredBox()->setChecked(true);
        QTRY_COMPARE(articleModel(*m_window)->rowCount(), 0);
    }
};

QTEST_MAIN(TestReadStateUi)
#include "tst_readstateui.moc"
