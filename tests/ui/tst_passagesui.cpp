// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/articlelistmodel.h"
#include "db/database.h"
#include "import/importer.h"
#include "models/itemdatarole.h"
#include "mainwindow.h"
#include "passages/passageactions.h"
#include "passages/passageeditor.h"
#include "models/passagelistmodel.h"
#include "passages/passagepanel.h"
#include "passages/passagestore.h"
#include "reading/readingpane.h"

#include <QAbstractButton>
#include <QApplication>
#include <QButtonGroup>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace Veille;

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

    QString databasePath() const { return m_dir->filePath(QStringLiteral("veille.sqlite")); }

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(*m_database);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void openArticle(const QString &titlePrefix)
    {
        ArticleListModel *model = m_window->articleModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data().toString().startsWith(titlePrefix)) {
                m_window->articleView()->setCurrentIndex(model->index(row, 0));
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
        ReadingPane *pane = m_window->readingPane();
        const std::optional<Article> article = ArticleStore(m_database->connection()).article(pane->articleId());
        int start = -1;
        for (int i = 0; i <= occurrence; ++i)
            start = int(article->body.indexOf(text, start + 1));
        pane->selectBodyRange(start, start + int(text.size()));
        answerEditor(note, labelId, QString());
        return m_window->passageActions()->bookmarkSelection();
    }

    // Whether body offset \a offset is painted with a background.
    bool paintedAt(int offset) const
    {
        ReadingPane *pane = m_window->readingPane();
        pane->selectBodyRange(offset, offset + 1);
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
        Q_EMIT m_window->readingPane()->passageMenuAboutToShow(&menu, offset);
        return menu.actions();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).removeRecursively();
        m_dir = std::make_unique<QTemporaryDir>();
        Importer importer(databasePath());
        QCOMPARE(importer.run({QStringLiteral(VEILLE_SOURCE_DIR "/resources/sample-corpus")}).imported.size(), 17);
        m_database = std::make_unique<Database>(databasePath(), QStringLiteral("tst-passages-ui"));
        QVERIFY(m_database->open());
        openWindow();
    }

    void cleanup()
    {
        m_window.reset();
        m_database.reset();
    }

    void bookmarkWithNoteIsPaintedAndStored()
    {
        openArticle(QStringLiteral("Microsoft et le minist"));
        ReadingPane *pane = m_window->readingPane();
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
        QCOMPARE(m_window->passagePanel()->model()->rowCount(), 1);

        // Cancel saves nothing.
        pane->selectBodyRange(span.end + 2, span.end + 8);
        answerEditor(QStringLiteral("non"), 0, QString(), false);
        QCOMPARE(m_window->passageActions()->bookmarkSelection(), qint64(0));
        QCOMPARE(PassageStore(m_database->connection()).count({}), 1);
    }

    void noSelectionBookmarksTheParagraph()
    {
        openArticle(QStringLiteral("Microsoft et le minist"));
        ReadingPane *pane = m_window->readingPane();
        const std::optional<Article> article = ArticleStore(m_database->connection()).article(pane->articleId());
        const QString second = article->paragraphs().at(1);
        const int start = int(article->body.indexOf(second));
        pane->selectBodyRange(start + 10, start + 10);
        answerEditor(QString(), 0, QStringLiteral("para, suivi"));
        const qint64 id = m_window->passageActions()->bookmarkSelection();
        QVERIFY(id > 0);
        const Passage passage = *PassageStore(m_database->connection()).passage(id);
        QCOMPARE(passage.quote(), second);
        QCOMPARE(passage.tags, (QStringList{QStringLiteral("para"), QStringLiteral("suivi")}));
    }

    void overlappingPassagesAreBothReachable()
    {
        openArticle(QStringLiteral("Microsoft et le minist"));
        ReadingPane *pane = m_window->readingPane();
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
        m_window->undoStack()->undo();
        QCOMPARE(store.passage(outer)->note, QStringLiteral("tout le paragraphe"));
    }

    void panelFiltersByEntityAndOpensThePassage()
    {
        openArticle(QStringLiteral("Microsoft et le minist"));
        const qint64 microsoft = bookmark(QStringLiteral("Microsoft"), QStringLiteral("Le partenaire"), 1);
        openArticle(QStringLiteral("Semi-conducteurs"));
        const qint64 intel = bookmark(QStringLiteral("Intel"), QString(), 3);
        QVERIFY(microsoft > 0 && intel > 0);

        PassagePanel *panel = m_window->passagePanel();
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
        ReadingPane *pane = m_window->readingPane();
        const qint64 intelArticle = pane->articleId();
        QTest::mouseClick(panel->view()->viewport(), Qt::LeftButton, {},
                          panel->view()->visualRect(panel->model()->index(0, 0)).center());
        QVERIFY(pane->articleId() != intelArticle);
        QCOMPARE(pane->textCursor().selectedText(), QStringLiteral("Microsoft"));

        const QString screenshots = qEnvironmentVariable("VEILLE_SCREENSHOT_DIR");
        if (!screenshots.isEmpty())
            QVERIFY(m_window->grab().save(screenshots + QStringLiteral("/passages.png")));
    }

    void deleteIsUndoneAlsoAfterARestart()
    {
        openArticle(QStringLiteral("Microsoft et le minist"));
        const qint64 id = bookmark(QStringLiteral("Microsoft"), QStringLiteral("garder"), 1);
        const int offset = m_window->readingPane()->passageSpans().first().start;
        QMenu menu;
        const QList<QAction *> actions = paneMenuActions(menu, offset);
        auto remove = std::find_if(actions.cbegin(), actions.cend(),
                                   [](QAction *a) { return a->text().startsWith(QStringLiteral("Delete Passage")); });
        QVERIFY(remove != actions.cend());
        (*remove)->trigger();
        PassageStore store(m_database->connection());
        QCOMPARE(store.count({}), 0);
        QVERIFY(m_window->readingPane()->passageSpans().isEmpty());
        PassageQuery trash;
        trash.trash = true;
        QCOMPARE(store.count(trash), 1);

        // Restart: the journal puts the deletion back on the undo stack.
        m_window.reset();
        openWindow();
        QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Delete Passage"));
        m_window->undoStack()->undo();
        QCOMPARE(store.count({}), 1);
        QCOMPARE(store.passage(id)->note, QStringLiteral("garder"));
        QCOMPARE(m_window->passagePanel()->model()->rowCount(), 1);
        m_window->undoStack()->redo();
        QCOMPARE(store.count({}), 0);
    }
};

QTEST_MAIN(TestPassagesUi)
#include "tst_passagesui.moc"
