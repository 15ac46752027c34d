// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articles/articlestore.h"
#include "db/database.h"
#include "entities/entitypanel.h"
#include "import/importer.h"
#include "mainwindow.h"
#include "passages/passagestore.h"
#include "passages/textanchor.h"
#include "windowparts.h"

#include <QDockWidget>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>

using namespace Veille;
using namespace WindowParts;

// Where the panels go on a first start and after, and the Entities panel's
// "Named with" and suggestions, in the real window on the sample corpus.
class TestLayout : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<MainWindow> m_window;

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(*m_database);
        m_window->resize(1280, 720);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(listShown(*m_window));
    }

    QDockWidget *dock(const char *name) const { return part<QDockWidget>(*m_window, name); }

    // A passage over the first word of the first article, as the store keeps it.
    void addPassage()
    {
        ArticleStore articles(m_database->connection());
        const std::optional<Article> article = articles.article(articles.page({}, std::nullopt, 1).rows.value(0).id);
        QVERIFY(article);
        Passage passage;
        passage.articleId = article->id;
        passage.articlePath = article->path;
        passage.anchor = TextAnchor::fromRange(article->body, { 0, 5 }, article->contentHash);
        passage.labelId = 1;
        QVERIFY(PassageStore(m_database->connection()).add(passage));
    }

    // The names the "In this article" list shows for the open article.
    static QList<QTreeWidgetItem *> entityRows(QTreeWidget *view)
    {
        QList<QTreeWidgetItem *> rows;
        for (int i = 0; i < view->topLevelItemCount(); ++i) {
            for (int j = 0; j < view->topLevelItem(i)->childCount(); ++j)
                rows << view->topLevelItem(i)->child(j);
        }
        return rows;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).removeRecursively();
        m_dir = std::make_unique<QTemporaryDir>();
        const QString path = m_dir->filePath(QStringLiteral("veille.sqlite"));
        QCOMPARE(Importer(path).run({ QStringLiteral(VEILLE_SOURCE_DIR "/resources/sample-corpus") }).imported.size(),
                 17);
        m_database = std::make_unique<Database>(path, QStringLiteral("tst-layout"));
        QVERIFY(m_database->open());
    }

    void cleanup()
    {
        m_window.reset();
        m_database.reset();
    }

    void firstStartTabsPassagesUntilThereIsOne()
    {
        openWindow();
        QDockWidget *passages = dock("passagesDock");
        QDockWidget *entities = dock("entitiesDock");
        QVERIFY(m_window->tabifiedDockWidgets(entities).contains(passages));
        QVERIFY(entities->isVisible());
        // A tab behind another is moved out of sight rather than hidden.
        QVERIFY(!entities->visibleRegion().isEmpty());
        QVERIFY(passages->visibleRegion().isEmpty());

        addPassage();
        passagePanel(*m_window)->refresh();
        QCOMPARE(m_window->dockWidgetArea(passages), Qt::BottomDockWidgetArea);
        QVERIFY(!m_window->tabifiedDockWidgets(entities).contains(passages));
        QTRY_VERIFY(!passages->visibleRegion().isEmpty());
        // The list and the reading pane keep most of the height.
        QTRY_VERIFY(passages->height() <= m_window->height() / 3);
        QVERIFY(readingPane(*m_window)->height() >= m_window->height() / 2);
    }

    void aStartWithPassagesShowsThemBelow()
    {
        addPassage();
        openWindow();
        QCOMPARE(m_window->dockWidgetArea(dock("passagesDock")), Qt::BottomDockWidgetArea);
        QVERIFY(m_window->tabifiedDockWidgets(dock("entitiesDock")).isEmpty());
        QVERIFY(!dock("passagesDock")->visibleRegion().isEmpty());
    }

    void theLayoutIsRestored()
    {
        openWindow();
        m_window->close(); // saved with the Passages panel still waiting in its tab
        openWindow();
        QVERIFY(m_window->tabifiedDockWidgets(dock("entitiesDock")).contains(dock("passagesDock")));
        addPassage();
        passagePanel(*m_window)->refresh();
        QCOMPARE(m_window->dockWidgetArea(dock("passagesDock")), Qt::BottomDockWidgetArea);

        // Where the user puts a panel is kept too.
        m_window->addDockWidget(Qt::LeftDockWidgetArea, dock("entitiesDock"));
        m_window->close();
        openWindow();
        QCOMPARE(m_window->dockWidgetArea(dock("entitiesDock")), Qt::LeftDockWidgetArea);
        QCOMPARE(m_window->dockWidgetArea(dock("passagesDock")), Qt::BottomDockWidgetArea);
    }

    void emptyBoxesTakeNoRoom()
    {
        EntityPanel panel;
        panel.resize(300, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(!panel.cooccurringHeading()->isVisible());
        QVERIFY(!panel.cooccurringView()->isVisible());
        QVERIFY(!panel.suggestionsView()->isVisible());
        // The article's names get the whole height.
        QVERIFY(panel.entitiesView()->height() > panel.height() * 3 / 4);

        EntitySpan suggestion;
        suggestion.written = QStringLiteral("Qualcom");
        suggestion.type = QStringLiteral("Company");
        panel.setSuggestions({ suggestion });
        QVERIFY(panel.suggestionsView()->isVisible());
        QCOMPARE(panel.suggestionsView()->topLevelItemCount(), 1);
        // One suggestion: a box of one row, not a third of the panel.
        QVERIFY(panel.suggestionsView()->maximumHeight() < panel.height() / 5);
        panel.setSuggestions({});
        QVERIFY(!panel.suggestionsView()->isVisible());

        panel.setCooccurring(7, QStringLiteral("Intel"), {});
        QVERIFY(panel.cooccurringHeading()->isVisible());
        QVERIFY(panel.cooccurringHeading()->text().contains(QLatin1String("Intel")));
        QVERIFY(!panel.cooccurringView()->isVisible());
    }

    void namedWithFollowsTheSelectedEntity()
    {
        openWindow();
        EntityPanel *panel = entityPanel(*m_window);
        QTreeWidget *names = panel->entitiesView();
        QList<QTreeWidgetItem *> rows = entityRows(names);
        QVERIFY(rows.size() >= 2);

        // Chosen with the keyboard: "Named with" says which name it follows.
        for (QTreeWidgetItem *row : qAsConst(rows)) {
            names->setFocus();
            names->setCurrentItem(row);
            const qint64 id = row->data(0, Qt::UserRole).toLongLong();
            QTRY_COMPARE(panel->followedEntity(), id); // counted on a worker
            QVERIFY(panel->cooccurringHeading()->isVisible());
            QCOMPARE(panel->cooccurringHeading()->text().contains(row->text(0)), true);
        }

        // A name picked in "Named with" is followed in turn, and selected in the article's list.
        QVERIFY(panel->cooccurringView()->topLevelItemCount() > 0);
        {
            QTreeWidgetItem *other = panel->cooccurringView()->topLevelItem(0);
            const QString name = other->text(0);
            const QRect rect = panel->cooccurringView()->visualItemRect(other);
            QTest::mouseClick(panel->cooccurringView()->viewport(), Qt::LeftButton, {}, rect.center());
            QTRY_VERIFY(panel->cooccurringHeading()->text().contains(name));
            QVERIFY(names->currentItem());
            QCOMPARE(names->currentItem()->text(0), name);
        }

        // An article that does not name it: nobody is followed, and the box goes.
        const qint64 followed = panel->followedEntity();
        QVERIFY(followed);
        m_window->setEntityFilter(0);
        QVERIFY(listShown(*m_window));
        QAbstractItemModel *model = articleModel(*m_window);
        bool found = false;
        for (int row = 0; row < model->rowCount() && !found; ++row) {
            articleList(*m_window)->setCurrentIndex(model->index(row, 0));
            rows = entityRows(names);
            found = std::none_of(rows.cbegin(), rows.cend(), [followed](const QTreeWidgetItem *item) {
                return item->data(0, Qt::UserRole).toLongLong() == followed;
            });
        }
        QVERIFY(found);
        QCOMPARE(panel->followedEntity(), qint64(0));
        QVERIFY(!panel->cooccurringHeading()->isVisible());
    }
};

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
