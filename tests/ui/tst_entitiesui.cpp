// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articles/articlestore.h"
#include "db/database.h"
#include "entities/entitypanel.h"
#include "entities/entitystore.h"
#include "import/importer.h"
#include "mainwindow.h"
#include "models/articlelistmodel.h"
#include "models/itemdatarole.h"
#include "reading/readingpane.h"
#include "windowparts.h"

#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Veille;
using namespace WindowParts;

// Entities in the real window: highlighting, the panel, the filter chip,
// next mention, curation from the context menu, and undo.
class TestEntitiesUi : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<MainWindow> m_window;

    void openArticle(const QString &titlePrefix)
    {
        QAbstractItemModel *model = articleModel(*m_window);
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data().toString().startsWith(titlePrefix)) {
                articleList(*m_window)->setCurrentIndex(model->index(row, 0));
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("no article titled %1…").arg(titlePrefix)));
    }

    const EntitySpan *mentionOf(const QString &written) const
    {
        for (const EntitySpan &span : readingPane(*m_window)->entitySpans()) {
            if (!span.suggestion && span.written == written)
                return &span;
        }
        return nullptr;
    }

    // Whether the character at body offset \a offset is painted with a background.
    bool paintedAt(int offset) const
    {
        ReadingPane *pane = readingPane(*m_window);
        pane->selectBodyRange({offset, offset + 1});
        const QTextBlock block = pane->textCursor().block();
        const int position = pane->textCursor().selectionStart() - block.position();
        const QVector<QTextLayout::FormatRange> formats = block.layout()->formats();
        return std::any_of(formats.cbegin(), formats.cend(), [position](const QTextLayout::FormatRange &range) {
            return range.start <= position && position < range.start + range.length
                && range.format.hasProperty(QTextFormat::BackgroundBrush);
        });
    }

    QAction *menuAction(const QMenu &menu, const QString &prefix) const
    {
        const QList<QAction *> actions = menu.actions();
        for (QAction *action : actions) {
            if (action->text().startsWith(prefix))
                return action;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).removeRecursively();
        m_dir = std::make_unique<QTemporaryDir>();
        const QString path = m_dir->filePath(QStringLiteral("veille.sqlite"));
        Importer importer(path);
        const ImportReport report = importer.run({ QStringLiteral(VEILLE_SOURCE_DIR "/resources/sample-corpus") });
        QCOMPARE(report.imported.size(), 17);
        m_database = std::make_unique<Database>(path, QStringLiteral("tst-entities-ui"));
        QVERIFY(m_database->open());
        m_window = std::make_unique<MainWindow>(*m_database);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(listShown(*m_window));
    }

    void cleanup()
    {
        m_window.reset();
        m_database.reset();
    }

    void mentionsAreHighlightedAndExplained()
    {
        openArticle(QStringLiteral("Microsoft et le minist"));
        const EntitySpan *microsoft = mentionOf(QStringLiteral("Microsoft"));
        QVERIFY(microsoft);
        QCOMPARE(microsoft->type, QStringLiteral("Company"));
        QVERIFY(readingPane(*m_window)->articlesNaming(*microsoft) >= 1);
        const EntitySpan *hanoi = mentionOf(QStringLiteral("Hanoï"));
        QVERIFY(hanoi);
        QCOMPARE(hanoi->type, QStringLiteral("Place"));
        QVERIFY(paintedAt(microsoft->start));
        // Plain words between mentions are not painted.
        QVERIFY(!paintedAt(microsoft->end + 2));
        QCOMPARE(readingPane(*m_window)->spanAt(microsoft->start)->name, QStringLiteral("Microsoft"));
    }

    // The window paints an article once, with its spans: while a
    // PaintOnce lives, the pane leaves the text unpainted.
    void spansArePaintedOnceTheHoldEnds()
    {
        openArticle(QStringLiteral("Microsoft et le minist"));
        ReadingPane *pane = readingPane(*m_window);
        const EntitySpan microsoft = *mentionOf(QStringLiteral("Microsoft"));
        const QVector<EntitySpan> spans = pane->entitySpans();
        const std::optional<Article> article = ArticleStore(m_database->connection()).article(pane->articleId());
        QVERIFY(article);
        {
            const ReadingPane::PaintOnce paintOnce(pane);
            pane->showArticle(*article);
            pane->setEntitySpans(spans);
            QVERIFY(!paintedAt(microsoft.start));
            {
                const ReadingPane::PaintOnce nested(pane);
            }
            QVERIFY(!paintedAt(microsoft.start));
        }
        QVERIFY(paintedAt(microsoft.start));
        QVERIFY(!paintedAt(microsoft.end + 2));
    }

    void panelGroupsByTypeAndFiltersTheList()
    {
        openArticle(QStringLiteral("Microsoft et le minist"));
        QTreeWidget *tree = entityPanel(*m_window)->entitiesView();
        QStringList groups;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            groups << tree->topLevelItem(i)->text(0).section(QLatin1Char(' '), 0, 0);
        QVERIFY2(groups.contains(QStringLiteral("Company")) && groups.contains(QStringLiteral("Place")),
                 qPrintable(groups.join(QLatin1Char(','))));

        // Clicking Microsoft filters the list to the articles naming it.
        QTreeWidgetItem *microsoft = nullptr;
        for (int i = 0; i < tree->topLevelItemCount() && !microsoft; ++i) {
            for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j) {
                if (tree->topLevelItem(i)->child(j)->text(0) == QLatin1String("Microsoft"))
                    microsoft = tree->topLevelItem(i)->child(j);
            }
        }
        QVERIFY(microsoft);
        Q_EMIT tree->itemClicked(microsoft, 0);
        // The chip says it at once; the rows follow from the worker.
        auto *chip = m_window->findChild<QToolButton *>(QStringLiteral("entityFilterChip"));
        QVERIFY(chip);
        QVERIFY(chip->isVisible());
        QVERIFY(listShown(*m_window));
        const int filtered = articleModel(*m_window)->rowCount();
        const EntityStore store(m_database->connection());
        const QVector<Entity> found = store.find(QStringLiteral("Microsoft"));
        QCOMPARE(found.size(), 1);
        const QVector<qint64> naming = store.articlesMentioning({ found.first().id });
        QVERIFY(filtered >= 1 && filtered < 17);
        QCOMPARE(filtered, int(naming.size()));
        for (int row = 0; row < filtered; ++row)
            QVERIFY(naming.contains(articleModel(*m_window)->index(row, 0).data(ArticleIdRole).toLongLong()));
        QVERIFY(chip->text().startsWith(QLatin1String("Microsoft")));
        // The open article names Microsoft, so it stays open.
        QVERIFY(readingPane(*m_window)->toPlainText().startsWith(QLatin1String("Microsoft")));
        chip->click();
        QVERIFY(listShown(*m_window));
        QCOMPARE(articleModel(*m_window)->rowCount(), 17);
        QVERIFY(!chip->isVisible());
    }

    void f3MovesThroughMentions()
    {
        openArticle(QStringLiteral("Microsoft et le minist"));
        ReadingPane *pane = readingPane(*m_window);
        QVector<EntitySpan> mentions;
        for (const EntitySpan &span : pane->entitySpans()) {
            if (!span.suggestion)
                mentions << span;
        }
        QVERIFY(mentions.size() >= 3);
        pane->setFocus();
        QTest::keyClick(pane, Qt::Key_F3);
        QCOMPARE(pane->textCursor().selectedText(), mentions.at(0).written);
        QTest::keyClick(pane, Qt::Key_F3);
        QCOMPARE(pane->textCursor().selectedText(), mentions.at(1).written);
        QTest::keyClick(pane, Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(pane->textCursor().selectedText(), mentions.at(0).written);
    }

    void neverHighlightThisIsUndoable()
    {
        openArticle(QStringLiteral("Microsoft et le minist"));
        ReadingPane *pane = readingPane(*m_window);
        const EntitySpan hanoi = *mentionOf(QStringLiteral("Hanoï"));
        QSignalSpy reindexed(m_window.get(), &MainWindow::reindexed);

        QMenu menu;
        Q_EMIT pane->contextMenuAboutToShow(&menu, hanoi, &hanoi);
        QAction *never = menuAction(menu, QStringLiteral("Never Highlight"));
        QVERIFY(never);
        never->trigger();
        QVERIFY(reindexed.wait(20000));
        QVERIFY(!mentionOf(QStringLiteral("Hanoï")));

        undoStack(*m_window)->undo();
        QVERIFY(reindexed.wait(20000));
        QVERIFY(mentionOf(QStringLiteral("Hanoï")));
    }

    void markingASelectionAddsAnEntity()
    {
        openArticle(QStringLiteral("Microsoft et le minist"));
        ReadingPane *pane = readingPane(*m_window);
        const QString word = QStringLiteral("fonction publique");
        QVERIFY(!mentionOf(word));
        // Body offsets: find the phrase through the pane's own mapping.
        int start = -1;
        for (int offset = 0; offset < 4000 && start < 0; ++offset) {
            pane->selectBodyRange({offset, offset + int(word.size())});
            if (pane->textCursor().selectedText() == word)
                start = offset;
        }
        QVERIFY(start >= 0);
        QVERIFY(!paintedAt(start));
        QSignalSpy reindexed(m_window.get(), &MainWindow::reindexed);
        QMenu menu;
        Q_EMIT pane->contextMenuAboutToShow(&menu, {start, start + int(word.size())}, nullptr);
        QMenu *mark = menuAction(menu, QStringLiteral("Mark"))->menu();
        QVERIFY(mark);
        QAction *organisation = menuAction(*mark, QStringLiteral("Organisation"));
        QVERIFY(organisation);
        organisation->trigger();
        QVERIFY(reindexed.wait(20000));
        const EntitySpan *added = mentionOf(word);
        QVERIFY(added);
        QCOMPARE(added->type, QStringLiteral("Organisation"));
        QCOMPARE(added->start, start);
        QVERIFY(paintedAt(start));

        undoStack(*m_window)->undo();
        QVERIFY(reindexed.wait(20000));
        QVERIFY(!mentionOf(word));
        QVERIFY(!paintedAt(start));
    }
};

QTEST_MAIN(TestEntitiesUi)
#include "tst_entitiesui.moc"
