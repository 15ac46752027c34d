// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/database.h"
#include "entities/entitystore.h"
#include "import/importer.h"
#include "mainwindow.h"
#include "models/articlelistmodel.h"
#include "models/itemdatarole.h"
#include "models/passagelistmodel.h"
#include "passages/passageactions.h"
#include "passages/passagedelegate.h"
#include "passages/passageeditor.h"
#include "passages/passagepanel.h"
#include "passages/passagestore.h"
#include "reading/readingpane.h"
#include "support/testbackend.h"
#include "windowparts.h"

#include <QAbstractButton>
#include <QApplication>
#include <QButtonGroup>
#include <QCompleter>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <functional>

using namespace Veille;
using namespace WindowParts;

namespace {
// The style option the delegate prepares, as a view would ask for it.
class InspectedPassageDelegate : public PassageDelegate
{
public:
    using PassageDelegate::PassageDelegate;
    QStyleOptionViewItem optionFor(const QModelIndex &index) const
    {
        QStyleOptionViewItem option;
        option.decorationSize = QSize(16, 16);
        initStyleOption(&option, index);
        return option;
    }
};
} // namespace

// Bookmarked passages in the real window, on a real database: bookmarking
// with the editor, painting under the entities, overlapping passages, the
// Passages panel filtered by entity, opening a passage, and undo, also
// after a restart.
class TestPassagesUi : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<MainWindow> m_window;

    QString m_location; //!< a file, or a team server's database (the "-postgresql" run)

    QString databasePath() const { return m_location; }

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(*m_database);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(listShown(*m_window));
    }

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

    // Fills in the editor that the next bookmark or edit opens, and saves.
    void answerEditor(const QString &note, int labelId, const QString &tags, bool save = true)
    {
        QTimer::singleShot(0, this, [=] {
            auto *editor = qobject_cast<PassageEditor *>(QApplication::activeModalWidget());
            QVERIFY(editor);
            editor->noteEdit()->setPlainText(note);
            editor->labelButtons()->button(labelId)->setChecked(true);
            editor->tagsEdit()->setText(tags);
            save ? editor->accept() : editor->reject();
        });
    }

    qint64 bookmark(const QString &text, const QString &note = QString(), int labelId = 0, int occurrence = 0)
    {
        ReadingPane *pane = readingPane(*m_window);
        const std::optional<Article> article = ArticleStore(m_database->connection()).article(pane->articleId());
        int start = -1;
        for (int i = 0; i <= occurrence; ++i)
            start = int(article->body.indexOf(text, start + 1));
        pane->selectBodyRange({start, start + int(text.size())});
        answerEditor(note, labelId, QString());
        return passageActions(*m_window)->bookmarkSelection();
    }

    // Whether body offset \a offset is painted with a background.
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

    QList<QAction *> paneMenuActions(QMenu &menu, int offset) const
    {
        Q_EMIT readingPane(*m_window)->passageMenuAboutToShow(&menu, offset);
        return menu.actions();
    }

private Q_SLOTS:
    void initTestCase()
    {
        VEILLE_INIT_BACKEND_TEST();
    }

    void init()
    {
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).removeRecursively();
        m_dir = std::make_unique<QTemporaryDir>();
        m_location = TestBackend::newDatabase(*m_dir);
        QVERIFY(!m_location.isEmpty());
        Importer importer(databasePath());
        QCOMPARE(importer.run({ QStringLiteral(VEILLE_SOURCE_DIR "/resources/sample-corpus") }).imported.size(), 17);
        m_database = std::make_unique<Database>(databasePath(), QStringLiteral("tst-passages-ui"));
        QVERIFY(m_database->open());
        openWindow();
    }

    void cleanup()
    {
        m_window.reset();
        m_database.reset();
    }

    void delegateShowsStateAndLabel_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("state"); // Passage::State
        QTest::addColumn<QString>("labelColor");
        QTest::addColumn<bool>("italic");
        QTest::addColumn<QColor>("swatch");
        const QColor none;
        const int quote = PassageListModel::QuoteColumn;
        QTest::newRow("orphaned passage: italic quote with its label's swatch")
            << quote << int(Passage::State::Orphaned) << QStringLiteral("#d04040") << true << QColor(0xd0, 0x40, 0x40);
        QTest::newRow("orphaned passage: italic in the other columns too")
            << int(PassageListModel::NoteColumn) << int(Passage::State::Orphaned) << QString() << true << none;
        QTest::newRow("anchored passage: upright")
            << quote << int(Passage::State::Anchored) << QString() << false << none;
        QTest::newRow("moved passage: upright") << quote << int(Passage::State::Moved) << QString() << false << none;
        QTest::newRow("label colour: a swatch before the quote")
            << quote << int(Passage::State::Anchored) << QStringLiteral("#3060c0") << false << QColor(0x30, 0x60, 0xc0);
        QTest::newRow("label colour: no swatch outside the quote column")
            << int(PassageListModel::LabelColumn) << int(Passage::State::Anchored) << QStringLiteral("#3060c0") << false
            << none;
    }

    void delegateShowsStateAndLabel()
    {
        QFETCH(int, column);
        QFETCH(int, state);
        QFETCH(QString, labelColor);
        QFETCH(bool, italic);
        QFETCH(QColor, swatch);
        QStandardItemModel model(1, PassageListModel::ColumnCount);
        const QModelIndex index = model.index(0, column);
        model.setData(index, QStringLiteral("Microsoft"));
        model.setData(index, state, PassageStateRole);
        if (!labelColor.isEmpty())
            model.setData(index, labelColor, LabelColorRole);

        const InspectedPassageDelegate delegate;
        const QStyleOptionViewItem option = delegate.optionFor(index);
        QCOMPARE(option.font.italic(), italic);
        QCOMPARE(bool(option.features & QStyleOptionViewItem::HasDecoration), swatch.isValid());
        if (swatch.isValid()) {
            const QImage image = option.icon.pixmap(option.decorationSize).toImage();
            QCOMPARE(image.pixelColor(image.rect().center()), swatch);
        }
    }

    void bookmarkWithNoteIsPaintedAndStored()
    {
        openArticle(QStringLiteral("Microsoft et le minist"));
        ReadingPane *pane = readingPane(*m_window);
        QVERIFY(pane->passageSpans().isEmpty());
        const qint64 id = bookmark(QStringLiteral("Microsoft"), QStringLiteral("Quel montant ?"), 2);
        QVERIFY(id > 0);
        QCOMPARE(pane->passageSpans().size(), 1);
        const PassageSpan span = pane->passageSpans().first();
        QCOMPARE(span.note, QStringLiteral("Quel montant ?"));
        QCOMPARE(span.label, QStringLiteral("question"));
        QCOMPARE(pane->passagesAt(span.start).size(), 1);
        QVERIFY(paintedAt(span.start));
        const std::optional<Passage> stored = PassageStore(m_database->connection()).passage(id);
        QVERIFY(stored);
        QCOMPARE(stored->quote(), QStringLiteral("Microsoft"));
        QCOMPARE(stored->labelId, 2);
        QCOMPARE(passagePanel(*m_window)->model()->rowCount(), 1);

        // Cancel saves nothing.
        pane->selectBodyRange({span.end + 2, span.end + 8});
        answerEditor(QStringLiteral("non"), 0, QString(), false);
        QCOMPARE(passageActions(*m_window)->bookmarkSelection(), qint64(0));
        QCOMPARE(PassageStore(m_database->connection()).count({}), 1);
    }

    void noSelectionBookmarksTheParagraph()
    {
        openArticle(QStringLiteral("Microsoft et le minist"));
        ReadingPane *pane = readingPane(*m_window);
        const std::optional<Article> article = ArticleStore(m_database->connection()).article(pane->articleId());
        const QString second = article->paragraphs().at(1);
        const int start = int(article->body.indexOf(second));
        pane->selectBodyRange({start + 10, start + 10});
        answerEditor(QString(), 0, QStringLiteral("para, suivi"));
        const qint64 id = passageActions(*m_window)->bookmarkSelection();
        QVERIFY(id > 0);
        const Passage passage = *PassageStore(m_database->connection()).passage(id);
        QCOMPARE(passage.quote(), second);
        QCOMPARE(passage.tags, (QStringList { QStringLiteral("para"), QStringLiteral("suivi") }));
    }

    void overlappingPassagesAreBothReachable()
    {
        openArticle(QStringLiteral("Microsoft et le minist"));
        ReadingPane *pane = readingPane(*m_window);
        const std::optional<Article> article = ArticleStore(m_database->connection()).article(pane->articleId());
        const QString paragraph = article->paragraphs().at(0);
        const qint64 outer = bookmark(paragraph, QStringLiteral("tout le paragraphe"), 1);
        const qint64 inner = bookmark(QStringLiteral("Microsoft"), QStringLiteral("le nom"), 3);
        QVERIFY(outer > 0 && inner > 0);
        const int offset = int(article->body.indexOf(QStringLiteral("Microsoft")));
        const QVector<PassageSpan> here = pane->passagesAt(offset);
        QCOMPARE(here.size(), 2);
        QCOMPARE(here.at(0).id, inner); // innermost first
        QCOMPARE(here.at(1).id, outer);
        QMenu menu;
        const QList<QAction *> actions = paneMenuActions(menu, offset);
        const int edits = int(std::count_if(actions.cbegin(), actions.cend(), [](QAction *a) {
            return a->text().startsWith(QStringLiteral("Edit Passage"));
        }));
        QCOMPARE(edits, 2);

        // Edit the outer one from the menu: the note changes, the inner one does not.
        auto editOuter = std::find_if(actions.cbegin(), actions.cend(), [&paragraph](QAction *a) {
            return a->text().startsWith(QStringLiteral("Edit Passage")) && a->text().contains(paragraph.left(20));
        });
        QVERIFY(editOuter != actions.cend());
        answerEditor(QStringLiteral("relu"), 1, QStringLiteral("a"));
        (*editOuter)->trigger();
        PassageStore store(m_database->connection());
        QCOMPARE(store.passage(outer)->note, QStringLiteral("relu"));
        QCOMPARE(store.passage(inner)->note, QStringLiteral("le nom"));
        undoStack(*m_window)->undo();
        QCOMPARE(store.passage(outer)->note, QStringLiteral("tout le paragraphe"));
    }

    void panelFiltersByEntityAndOpensThePassage()
    {
        openArticle(QStringLiteral("Microsoft et le minist"));
        const qint64 microsoft = bookmark(QStringLiteral("Microsoft"), QStringLiteral("Le partenaire"), 1);
        openArticle(QStringLiteral("Semi-conducteurs"));
        const qint64 intel = bookmark(QStringLiteral("Intel"), QString(), 3);
        QVERIFY(microsoft > 0 && intel > 0);

        PassagePanel *panel = passagePanel(*m_window);
        QCOMPARE(panel->model()->rowCount(), 2);
        panel->setEntityFilter(QStringLiteral("microsoft"));
        QCOMPARE(panel->model()->rowCount(), 1);
        const QModelIndex row = panel->model()->index(0, PassageListModel::EntitiesColumn);
        QCOMPARE(row.data().toString(), QStringLiteral("Microsoft"));
        QCOMPARE(row.data(PassageIdRole).toLongLong(), microsoft);
        panel->setEntityFilter(QStringLiteral("Personne Inconnue"));
        QCOMPARE(panel->model()->rowCount(), 0);
        panel->setEntityFilter(QStringLiteral("Microsoft"));

        // Clicking opens the other article, with the passage selected.
        ReadingPane *pane = readingPane(*m_window);
        const qint64 intelArticle = pane->articleId();
        QTest::mouseClick(panel->view()->viewport(), Qt::LeftButton, {},
                          panel->view()->visualRect(panel->model()->index(0, 0)).center());
        QVERIFY(pane->articleId() != intelArticle);
        QCOMPARE(pane->textCursor().selectedText(), QStringLiteral("Microsoft"));

        const QString screenshots = qEnvironmentVariable("VEILLE_SCREENSHOT_DIR");
        if (!screenshots.isEmpty())
            QVERIFY(m_window->grab().save(screenshots + QStringLiteral("/passages.png")));
    }

    // Rows are one line high before any passage is read; a column fitted
    // to its contents fits the quotes once they are.
    void quoteColumnFitsItsText()
    {
        openArticle(QStringLiteral("Microsoft et le minist"));
        QVERIFY(bookmark(QStringLiteral("un protocole d’accord portant sur la formation des agents"), QString(), 1)
                > 0);
        PassagePanel *panel = passagePanel(*m_window);
        QTreeView *view = panel->view();
        const QModelIndex quote = panel->model()->index(0, PassageListModel::QuoteColumn);
        QVERIFY(view->visualRect(quote).height() >= view->fontMetrics().height());
        QTRY_VERIFY(panel->model()->isRead(0)); // painted, as the user sees it before a double click on the divider
        view->header()->resizeSection(PassageListModel::QuoteColumn, 10);
        view->resizeColumnToContents(PassageListModel::QuoteColumn);
        QVERIFY(view->columnWidth(PassageListModel::QuoteColumn)
                >= view->fontMetrics().horizontalAdvance(quote.data().toString()));
    }

    // The entity field completes the gazetteer's names as they are when it
    // takes the focus, not as they were when the window opened.
    void entityFieldCompletesTheGazetteerNow()
    {
        PassagePanel *panel = passagePanel(*m_window);
        QLineEdit *field = panel->entityFilter();
        QCompleter *completer = field->completer();
        QVERIFY(completer);
        const auto completions = [&](const QString &prefix) {
            QFocusEvent focusIn(QEvent::FocusIn, Qt::TabFocusReason);
            QCoreApplication::sendEvent(field, &focusIn);
            completer->setCompletionPrefix(prefix);
            QStringList names;
            for (int row = 0; row < completer->completionCount(); ++row) {
                completer->setCurrentRow(row);
                names << completer->currentCompletion();
            }
            return names;
        };
        QVERIFY(completions(QStringLiteral("qualc")).contains(QStringLiteral("Qualcomm")));
        QVERIFY(completions(QStringLiteral("quetzal")).isEmpty());
        QVERIFY(EntityStore(m_database->connection())
                    .addEntity({ 0, QStringLiteral("Quetzal Lumière"), QStringLiteral("Company"), {} })
                > 0);
        QCOMPARE(completions(QStringLiteral("quetzal")), QStringList { QStringLiteral("Quetzal Lumière") });
    }

    // A passage's article that the entity chip leaves out: the chip goes,
    // and the article opens with the passage selected once the list has
    // found it; one left out by another filter says so.
    void passageOfAnArticleFilteredOutIsOpened()
    {
        openArticle(QStringLiteral("Microsoft et le minist"));
        const qint64 article = readingPane(*m_window)->articleId();
        const qint64 microsoft = bookmark(QStringLiteral("Microsoft"), QStringLiteral("Le partenaire"), 1);
        QVERIFY(microsoft > 0);
        const QVector<Entity> qualcomm = EntityStore(m_database->connection()).find(QStringLiteral("Qualcomm"));
        QCOMPARE(qualcomm.size(), 1);
        m_window->setEntityFilter(qualcomm.first().id);
        QTRY_VERIFY(readingPane(*m_window)->articleId() != article);
        QVERIFY(listShown(*m_window));
        QVERIFY(articleModel(*m_window)->rowCount() > 0);
        for (int row = 0; row < articleModel(*m_window)->rowCount(); ++row)
            QVERIFY(articleModel(*m_window)->index(row, 0).data(ArticleIdRole).toLongLong() != article);

        passageActions(*m_window)->openPassage(microsoft);
        QTRY_COMPARE(readingPane(*m_window)->articleId(), article);
        QCOMPARE(articleList(*m_window)->currentIndex().data(ArticleIdRole).toLongLong(), article);
        QCOMPARE(readingPane(*m_window)->textCursor().selectedText(), QStringLiteral("Microsoft"));
        QCOMPARE(m_window->findChild<QWidget *>(QStringLiteral("entityFilterChip"))->isVisible(), false);
    }

    // The panel's menu of one's own passage: Share with Team is there, and
    // in a file (no team) disabled and unchecked; the rest as before.
    void panelMenuSharesOnlyOnATeamServer()
    {
        if (TestBackend::isPostgres())
            QSKIP("A file only: a team server has a team (sharingIsUndone)");
        openArticle(QStringLiteral("Microsoft et le minist"));
        const qint64 id = bookmark(QStringLiteral("Microsoft"), QStringLiteral("note"), 1);
        QVERIFY(id > 0);
        QStringList texts;
        bool shareEnabled = true;
        bool shareCheckable = false;
        bool shareChecked = true;
        inPanelMenu(id, [&](QMenu *menu) {
            const QList<QAction *> actions = menu->actions();
            for (QAction *action : actions) {
                texts << action->text().remove(QLatin1Char('&'));
                if (texts.last() == QLatin1String("Share with Team")) {
                    shareEnabled = action->isEnabled();
                    shareCheckable = action->isCheckable();
                    shareChecked = action->isChecked();
                }
            }
        });
        QVERIFY2(texts.contains(QStringLiteral("Share with Team")), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY(texts.contains(QStringLiteral("Edit…")));
        QVERIFY(texts.contains(QStringLiteral("Delete")));
        QVERIFY(shareCheckable);
        QVERIFY(!shareEnabled);
        QVERIFY(!shareChecked);
        QVERIFY(!PassageStore(m_database->connection()).canShare());
    }

    // Opens the Passages panel's menu of passage \a id and hands it to
    // \a look, then closes it.
    void inPanelMenu(qint64 id, const std::function<void(QMenu *)> &look)
    {
        QTimer::singleShot(0, this, [&] {
            if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
                look(menu);
                menu->close();
            }
        });
        PassagePanel *panel = passagePanel(*m_window);
        Q_EMIT panel->contextMenuRequested(id, panel->mapToGlobal(QPoint(10, 10)));
    }

    // Chooses "Share with Team" in the panel's menu of passage \a id;
    // returns whether it was checked (shared) before.
    bool toggleShareInPanelMenu(qint64 id)
    {
        bool wasChecked = false;
        bool found = false;
        inPanelMenu(id, [&](QMenu *menu) {
            const QList<QAction *> actions = menu->actions();
            for (QAction *action : actions) {
                if (action->text().remove(QLatin1Char('&')) == QLatin1String("Share with Team")) {
                    found = action->isEnabled();
                    wasChecked = action->isChecked();
                    action->trigger();
                    return;
                }
            }
        });
        if (!found)
            qWarning("no enabled Share with Team in the menu");
        return wasChecked;
    }

    // On a team server, sharing from the panel's menu and taking it back
    // are undone and redone like the passage's other changes; the other
    // analyst sees the passage exactly while it is shared.
    void sharingIsUndone()
    {
        if (!TestBackend::isPostgres())
            QSKIP("Sharing needs a team server: the -postgresql run");
        openArticle(QStringLiteral("Microsoft et le minist"));
        const qint64 id = bookmark(QStringLiteral("Microsoft"), QStringLiteral("à partager"), 1);
        QVERIFY(id > 0);
        PassageStore store(m_database->connection());
        Database bobDb(TestBackend::asUser(m_location, QStringLiteral("bob")),
                       Database::uniqueConnectionName(QStringLiteral("bob")));
        QVERIFY2(bobDb.open(), qPrintable(bobDb.errorString()));
        PassageStore bob(bobDb.connection());
        QUndoStack *undo = undoStack(*m_window);

        QVERIFY(!toggleShareInPanelMenu(id));
        QVERIFY(store.passage(id)->shared);
        QCOMPARE(bob.count({}), 1);
        QCOMPARE(undo->undoText(), QStringLiteral("Share Passage"));
        undo->undo();
        QVERIFY(!store.passage(id)->shared);
        QCOMPARE(bob.count({}), 0);
        QCOMPARE(store.passage(id)->note, QStringLiteral("à partager")); // the passage itself unchanged
        undo->redo();
        QVERIFY(store.passage(id)->shared);
        QCOMPARE(bob.count({}), 1);

        // Unchecking it makes the passage private again, also undoable.
        QVERIFY(toggleShareInPanelMenu(id));
        QVERIFY(!store.passage(id)->shared);
        QCOMPARE(bob.count({}), 0);
        QCOMPARE(undo->undoText(), QStringLiteral("Stop Sharing Passage"));
        undo->undo();
        QVERIFY(store.passage(id)->shared);
        QCOMPARE(bob.passages({}).first().labelId, store.passage(id)->labelId);
        QCOMPARE(bob.labelNames().value(store.passage(id)->labelId), QStringLiteral("evidence"));
        // Undoing further undoes the bookmark, not the sharing.
        undo->undo();
        undo->undo();
        QCOMPARE(undo->undoText(), QString());
        QCOMPARE(store.count({}), 0);
    }

    void deleteIsUndoneAlsoAfterARestart()
    {
        openArticle(QStringLiteral("Microsoft et le minist"));
        const qint64 id = bookmark(QStringLiteral("Microsoft"), QStringLiteral("garder"), 1);
        const int offset = readingPane(*m_window)->passageSpans().first().start;
        QMenu menu;
        const QList<QAction *> actions = paneMenuActions(menu, offset);
        auto remove = std::find_if(actions.cbegin(), actions.cend(),
                                   [](QAction *a) { return a->text().startsWith(QStringLiteral("Delete Passage")); });
        QVERIFY(remove != actions.cend());
        (*remove)->trigger();
        PassageStore store(m_database->connection());
        QCOMPARE(store.count({}), 0);
        QVERIFY(readingPane(*m_window)->passageSpans().isEmpty());
        PassageQuery trash;
        trash.trash = true;
        QCOMPARE(store.count(trash), 1);

        // Restart: the journal puts the deletion back on the undo stack.
        m_window.reset();
        openWindow();
        QCOMPARE(undoStack(*m_window)->undoText(), QStringLiteral("Delete Passage"));
        undoStack(*m_window)->undo();
        QCOMPARE(store.count({}), 1);
        QCOMPARE(store.passage(id)->note, QStringLiteral("garder"));
        QCOMPARE(passagePanel(*m_window)->model()->rowCount(), 1);
        undoStack(*m_window)->redo();
        QCOMPARE(store.count({}), 0);
    }
};

QTEST_MAIN(TestPassagesUi)
#include "tst_passagesui.moc"
