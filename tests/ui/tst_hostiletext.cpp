// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articles/articlestore.h"
#include "db/database.h"
#include "entities/entitiesdialog.h"
#include "entities/entityactions.h"
#include "entities/entitystore.h"
#include "import/importer.h"
#include "import/importsummarydialog.h"
#include "import/tableimportdialog.h"
#include "mainwindow.h"
#include "passages/passagestore.h"
#include "windowparts.h"

#include <QAbstractButton>
#include <QApplication>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <QToolTip>
#include <QTreeWidget>

using namespace Veille;
using namespace WindowParts;

namespace {

// Text that a gazetteer from someone else, an article or a user can hold.
// Each has a marker word that stays visible whatever Qt makes of the markup
// around it, so a sink that shows the marker must show the whole text.
struct Hostile {
    QString text;
    QString marker;
};

const Hostile name { QStringLiteral("<b>bold</b><img src=x>"), QStringLiteral("bold") };
const Hostile alias { QStringLiteral("<font color=red>Xylo</font> & Co"), QStringLiteral("Xylo") };
const Hostile type { QStringLiteral("<i>Zeta</i> & Sort"), QStringLiteral("Zeta") };
const Hostile title { QStringLiteral("<h1>Headline</h1> & <img src=x>"), QStringLiteral("Headline") };
const Hostile note { QStringLiteral("<img src=\"/tmp/local.png\" width=300><font size=7 color=red>LOCAL FILE</font>"),
                     QStringLiteral("LOCAL FILE") };
const Hostile tag { QStringLiteral("<u>tagged</u>"), QStringLiteral("tagged") };
const Hostile label { QStringLiteral("<i>Urgent</i> & hot"), QStringLiteral("Urgent") };
const Hostile suggestion { QStringLiteral("<s>Qorvix</s> & Partners"), QStringLiteral("Qorvix") };
const Hostile reason { QStringLiteral("<img src=x> <b>Because</b>"), QStringLiteral("Because") };
const Hostile fileName { QStringLiteral("<img src=x><b>Fine & co.txt"),
                         QStringLiteral("Fine") }; // no slash in a file name
const Hostile brokenName { QStringLiteral("<img src=x><b>Broken.txt"), QStringLiteral("Broken") };
const Hostile badDate { QStringLiteral("2025-99<i>Wrong</i>"), QStringLiteral("Wrong") };
const Hostile column { QStringLiteral("<b>Colonne</b>"), QStringLiteral("Colonne") };
const Hostile cell { QStringLiteral("<img src=x><b>Cellule</b>"), QStringLiteral("Cellule") };

const QVector<Hostile> everyHostile { name,       alias,  type,     title,      note,    tag,    label,
                                      suggestion, reason, fileName, brokenName, badDate, column, cell };

// Where a text from data is shown, and how Qt renders it there.
struct Sink {
    QString where;
    QString text;
    bool rich = false; // rendered as HTML
    bool mnemonic = false; // & marks a shortcut: a button, an action, a menu
};

QString withoutMnemonics(const QString &text)
{
    QString shown;
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&') && i + 1 < text.size()) {
            ++i; // "&&" shows "&"; "&x" shows "x", underlined
        } else if (text.at(i) == QLatin1Char('\t')) {
            break; // the shortcut column of a menu
        }
        shown += text.at(i);
    }
    return shown;
}

// What the user reads in the sink.
QString rendered(const Sink &sink)
{
    const QString text = sink.mnemonic ? withoutMnemonics(sink.text) : sink.text;
    if (!sink.rich)
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

QString describe(const QObject *object)
{
    return QStringLiteral("%1 \"%2\"").arg(QLatin1String(object->metaObject()->className()), object->objectName());
}

// The tooltip the view shows over \a index, asked the way a hovering mouse
// asks: a help event to the viewport, then the text QToolTip shows.
void addIndexToolTip(QAbstractItemView *view, const QModelIndex &index, QVector<Sink> &sinks)
{
    const QString data = index.data(Qt::ToolTipRole).toString();
    const bool fromData = std::any_of(everyHostile.cbegin(), everyHostile.cend(),
                                      [&data](const Hostile &hostile) { return data.contains(hostile.marker); });
    if (!fromData)
        return;
    const QString where =
        QStringLiteral("%1 row %2 column %3 tooltip").arg(describe(view)).arg(index.row()).arg(index.column());
    view->scrollTo(index);
    const QRect rect = view->visualRect(index);
    const QString nothing = QStringLiteral("(no tooltip shown)");
    QToolTip::showText(view->mapToGlobal(QPoint()), nothing, view);
    QHelpEvent help(QEvent::ToolTip, rect.center(), view->viewport()->mapToGlobal(rect.center()));
    QCoreApplication::sendEvent(view->viewport(), &help);
    const QString shown = QToolTip::text();
    sinks.append({ where, shown, Qt::mightBeRichText(shown), false });
}

// Item texts are plain; a tooltip is shown as the view shows it.
void addIndexSinks(QAbstractItemView *view, const QModelIndex &parent, QVector<Sink> &sinks)
{
    const QAbstractItemModel *model = view->model();
    for (int column = 0; !parent.isValid() && column < model->columnCount(); ++column) {
        sinks.append({ QStringLiteral("%1 header %2").arg(describe(view)).arg(column),
                       model->headerData(column, Qt::Horizontal).toString() });
    }
    for (int row = 0; row < model->rowCount(parent) && row < 50; ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            sinks.append({ QStringLiteral("%1 row %2 column %3").arg(describe(view)).arg(row).arg(column),
                           index.data().toString() });
            addIndexToolTip(view, index, sinks);
        }
        addIndexSinks(view, model->index(row, 0, parent), sinks);
    }
}

void addWidgetSinks(QWidget *widget, QVector<Sink> &sinks)
{
    const QString where = describe(widget);
    if (!widget->toolTip().isEmpty())
        sinks.append({ where + QStringLiteral(" tooltip"), widget->toolTip(), Qt::mightBeRichText(widget->toolTip()) });
    if (auto *label = qobject_cast<QLabel *>(widget)) {
        const bool rich = label->textFormat() == Qt::RichText
            || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
        sinks.append({ where, label->text(), rich });
    }
    if (auto *button = qobject_cast<QAbstractButton *>(widget))
        sinks.append({ where, button->text(), false, true });
    if (auto *edit = qobject_cast<QTextEdit *>(widget))
        sinks.append({ where, edit->toPlainText() });
    if (auto *edit = qobject_cast<QPlainTextEdit *>(widget))
        sinks.append({ where, edit->toPlainText() });
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        sinks.append({ where, edit->text() });
    // A header shares its view's model; its own texts are the view's header sinks.
    auto *view = qobject_cast<QAbstractItemView *>(widget);
    if (view && !qobject_cast<QHeaderView *>(view) && view->model() && view->isVisible())
        addIndexSinks(view, QModelIndex(), sinks);
    const QList<QAction *> actions = widget->actions();
    for (const QAction *action : actions) {
        sinks.append({ where + QStringLiteral(" action"), action->text(), false, true });
        if (action->menu())
            addWidgetSinks(action->menu(), sinks);
    }
}

// Every widget under \a root, \a root included.
QVector<Sink> sinksIn(QWidget *root)
{
    QVector<Sink> sinks;
    addWidgetSinks(root, sinks);
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets)
        addWidgetSinks(widget, sinks);
    return sinks;
}

} // namespace

// The widgets that show names, titles, notes, paths and errors from data
// show them as text: walked in the real window on a real database.
class TestHostileText : public QObject
{
    Q_OBJECT

    enum Part {
        WindowWithPanels,
        EntitiesManager,
        RenameEntityDialog,
        ContextMenus,
        ReadingPaneToolTip,
        PassageEditor,
        LabelsDialog,
        ImportSummary,
        TableImport,
    };

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_articleId = 0;
    qint64 m_entityId = 0;

    QString databasePath() const { return m_dir->filePath(QStringLiteral("veille.sqlite")); }

    static bool writeFile(const QString &path, const QString &text)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) > 0;
    }

    void addEntities()
    {
        Database database(databasePath(), QStringLiteral("tst-hostile-setup"));
        QVERIFY(database.open());
        EntityStore entities(database.connection());
        m_entityId = entities.addEntity(Entity { 0, name.text, type.text, { Alias { 0, alias.text, false, true } } });
        QVERIFY2(m_entityId, qPrintable(entities.lastError()));
        QVERIFY(entities.addEntity(Entity { 0, QStringLiteral("Dalat Foundry"), QStringLiteral("Company"), {} }));
    }

    void importArticle()
    {
        QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("corpus")));
        const QString path = m_dir->filePath(QStringLiteral("corpus/") + fileName.text);
        QVERIFY(writeFile(path,
                          QStringLiteral(" date 2025-05-12 %1\n\nLe groupe %2 signe avec %3 et Dalat Foundry.\n\n"
                                         "Selon %4, l'accord est signé.\n\nAFP\n")
                              .arg(title.text, name.text, alias.text, suggestion.text)));
        Importer importer(databasePath());
        QCOMPARE(importer.run({ m_dir->filePath(QStringLiteral("corpus")) }).imported.size(), 1);
    }

    // A passage with a hostile note, tag and label, and a hostile suggestion.
    void addUserData()
    {
        ArticleStore articles(m_database->connection());
        QCOMPARE(articles.articleIds().size(), 1);
        m_articleId = articles.articleIds().first();
        const Article article = *articles.article(m_articleId);
        QCOMPARE(article.title, title.text);

        PassageStore passages(m_database->connection());
        const QVector<PassageLabel> labels = passages.labels();
        QVERIFY(!labels.isEmpty());
        QVERIFY(passages.renameLabel(labels.first().id, label.text));
        const int start = int(article.body.indexOf(name.text));
        Passage passage;
        passage.articleId = m_articleId;
        passage.anchor =
            TextAnchor::fromRange(article.body, { start, start + int(name.text.size()) }, article.contentHash);
        passage.note = note.text;
        passage.labelId = labels.first().id;
        passage.tags = QStringList { tag.text };
        QVERIFY2(passages.add(passage), qPrintable(passages.lastError()));

        EntityStore entities(m_database->connection());
        const QVector<Mention> mentions = entities.mentions(m_articleId);
        QVERIFY2(std::any_of(mentions.cbegin(), mentions.cend(),
                             [this](const Mention &mention) { return mention.entityId == m_entityId; }),
                 "the hostile name is found in the article");
        Suggestion suggested;
        suggested.start = int(article.body.indexOf(suggestion.text));
        suggested.end = suggested.start + int(suggestion.text.size());
        suggested.text = suggestion.text;
        suggested.type = QStringLiteral("Organisation");
        suggested.reason = reason.text;
        QVERIFY(entities.replaceMentions(m_articleId, mentions, { suggested }));
    }

    const EntitySpan *mentionSpan(const QString &written) const
    {
        for (const EntitySpan &span : readingPane(*m_window)->entitySpans()) {
            if (!span.suggestion && span.written == written)
                return &span;
        }
        return nullptr;
    }

    QTreeWidgetItem *entityItem(QTreeWidget *tree, const QString &text) const
    {
        const QList<QTreeWidgetItem *> found = tree->findItems(text, Qt::MatchExactly | Qt::MatchRecursive);
        return found.isEmpty() ? nullptr : found.first();
    }

    // The entity panel with the hostile name clicked: the "Named with" heading and the chip.
    QVector<Sink> windowWithPanels()
    {
        const QList<QTreeWidget *> trees = entityPanel(*m_window)->findChildren<QTreeWidget *>();
        QTreeWidgetItem *item = entityItem(trees.first(), name.text);
        if (!item)
            return {};
        trees.first()->scrollToItem(item);
        QTest::mouseClick(trees.first()->viewport(), Qt::LeftButton, {}, trees.first()->visualItemRect(item).center());
        return sinksIn(m_window.get());
    }

    EntitiesDialog *openManager()
    {
        m_window->findChild<EntityActions *>()->manageAction()->trigger();
        auto *dialog = m_window->findChild<EntitiesDialog *>();
        if (!dialog)
            return nullptr;
        auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("entitiesView"));
        tree->setCurrentItem(entityItem(tree, name.text));
        return dialog;
    }

    // The sinks of the modal dialog that \a open shows, then closes it.
    QVector<Sink> sinksOfModal(const std::function<void()> &open)
    {
        auto sinks = std::make_shared<QVector<Sink>>();
        QTimer::singleShot(0, this, [sinks] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal)
                return;
            *sinks = sinksIn(modal);
            if (auto *dialog = qobject_cast<QDialog *>(modal))
                dialog->reject();
        });
        open();
        if (sinks->isEmpty())
            sinks->append({ QStringLiteral("no modal dialog opened"), QString() });
        return *sinks;
    }

    QVector<Sink> contextMenus()
    {
        const EntitySpan *span = mentionSpan(alias.text);
        if (!span)
            return {};
        QMenu menu;
        Q_EMIT readingPane(*m_window)->contextMenuAboutToShow(&menu, { span->start, span->start }, span);
        const int offset = int(readingPane(*m_window)->passageSpans().value(0).start);
        Q_EMIT readingPane(*m_window)->passageMenuAboutToShow(&menu, offset);
        QMenu selection;
        Q_EMIT readingPane(*m_window)->contextMenuAboutToShow(&selection, { span->start, span->end }, nullptr);
        QVector<Sink> sinks = sinksIn(&menu) + sinksIn(&selection);
        // Accepting the suggestion names it in the undo action.
        QSignalSpy reindexed(m_window.get(), &MainWindow::reindexed);
        for (const EntitySpan &candidate : readingPane(*m_window)->entitySpans()) {
            if (candidate.suggestion) {
                QMenu accept;
                Q_EMIT readingPane(*m_window)->contextMenuAboutToShow(&accept, candidate, &candidate);
                sinks += sinksIn(&accept);
                accept.actions().first()->trigger();
                break;
            }
        }
        if (reindexed.isEmpty() && !reindexed.wait())
            sinks.append({ QStringLiteral("no reindexing after accepting the suggestion"), QString() });
        return sinks + sinksIn(m_window->menuBar());
    }

    QVector<Sink> readingPaneToolTip()
    {
        ReadingPane *pane = readingPane(*m_window);
        QVector<Sink> sinks;
        for (const EntitySpan &span : pane->entitySpans()) {
            // Where the cursor goes after the span's first character: a point over the span.
            pane->selectBodyRange({ span.start + 1, span.start + 1 });
            const QPoint inside = pane->cursorRect(pane->textCursor()).center();
            QToolTip::showText(pane->mapToGlobal(QPoint()), QStringLiteral("(no tooltip shown)"), pane);
            QHelpEvent help(QEvent::ToolTip, inside, pane->viewport()->mapToGlobal(inside));
            QCoreApplication::sendEvent(pane, &help);
            sinks.append({ QStringLiteral("reading pane tooltip over “%1”").arg(span.written), QToolTip::text(),
                           Qt::mightBeRichText(QToolTip::text()) });
        }
        return sinks;
    }

    QVector<Sink> importSummary()
    {
        const QString folder = m_dir->filePath(QStringLiteral("more"));
        QDir().mkpath(folder);
        writeFile(folder + QLatin1Char('/') + brokenName.text,
                  QStringLiteral("date %1 Titre\n\nCorps.\n").arg(badDate.text));
        QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
        m_window->importPaths({ folder });
        if (!finished.wait())
            return { { QStringLiteral("the import did not finish"), QString() } };
        auto *summary = m_window->findChild<ImportSummaryDialog *>();
        return summary ? sinksIn(summary) : QVector<Sink> { { QStringLiteral("no import summary"), QString() } };
    }

    QVector<Sink> tableImport()
    {
        const QString path = m_dir->filePath(QStringLiteral("<b>Table.csv"));
        writeFile(path, QStringLiteral("title,%1\n\"%2\",corps\n").arg(column.text, cell.text));
        TableImportDialog dialog(path, TableReader::Format::Csv);
        dialog.show();
        return sinksIn(&dialog);
    }

    QVector<Sink> sinksOf(Part part)
    {
        switch (part) {
        case WindowWithPanels:
            return windowWithPanels();
        case EntitiesManager:
            if (EntitiesDialog *dialog = openManager())
                return sinksIn(dialog);
            return {};
        case RenameEntityDialog:
            if (EntitiesDialog *dialog = openManager())
                return sinksOfModal(
                    [dialog] { dialog->findChild<QPushButton *>(QStringLiteral("renameButton"))->click(); });
            return {};
        case ContextMenus:
            return contextMenus();
        case ReadingPaneToolTip:
            return readingPaneToolTip();
        case PassageEditor: {
            QMenu menu;
            Q_EMIT readingPane(*m_window)->passageMenuAboutToShow(
                &menu, readingPane(*m_window)->passageSpans().value(0).start);
            const QList<QAction *> actions = menu.actions();
            for (QAction *action : actions) {
                if (action->text().startsWith(QStringLiteral("Edit Passage")))
                    return sinksOfModal([action] { action->trigger(); });
            }
            return {};
        }
        case LabelsDialog:
            return sinksOfModal([this] { passageActions(*m_window)->renameLabelsAction()->trigger(); });
        case ImportSummary:
            return importSummary();
        case TableImport:
            return tableImport();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).removeRecursively();
        m_dir = std::make_unique<QTemporaryDir>();
        addEntities();
        importArticle();
        if (QTest::currentTestFailed())
            return;
        m_database = std::make_unique<Database>(databasePath(), QStringLiteral("tst-hostile-text"));
        QVERIFY(m_database->open());
        addUserData();
        if (QTest::currentTestFailed())
            return;
        m_window = std::make_unique<MainWindow>(*m_database);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(listShown(*m_window));
        m_window->selectArticle(m_articleId);
        QCOMPARE(readingPane(*m_window)->articleId(), m_articleId);
    }

    void cleanup()
    {
        QToolTip::hideText();
        m_window.reset();
        m_database.reset();
    }

    void dataIsShownAsText_data()
    {
        QTest::addColumn<int>("part");
        QTest::addColumn<QStringList>("shown"); // texts that must be read literally there
        QTest::newRow("window: entity panel, its tooltips and heading, chip, lists, passage panel, reading pane")
            << int(WindowWithPanels) << QStringList { name.text, type.text,  title.text,      note.text,
                                                      tag.text,  label.text, suggestion.text, reason.text };
        QTest::newRow("entities manager: the Name label, the aliases")
            << int(EntitiesManager) << QStringList { name.text, alias.text, type.text };
        QTest::newRow("rename dialog: the label names the entity")
            << int(RenameEntityDialog) << QStringList { name.text };
        QTest::newRow("context menus and the undo action: & is not a mnemonic")
            << int(ContextMenus) << QStringList { name.text, alias.text, suggestion.text, type.text };
        QTest::newRow("reading pane tooltips")
            << int(ReadingPaneToolTip) << QStringList { name.text, alias.text, suggestion.text, reason.text };
        QTest::newRow("passage editor: quote, label buttons, tags")
            << int(PassageEditor) << QStringList { name.text, label.text, note.text };
        QTest::newRow("rename labels dialog") << int(LabelsDialog) << QStringList { label.text };
        QTest::newRow("import summary: paths and reasons")
            << int(ImportSummary) << QStringList { brokenName.text, badDate.text };
        QTest::newRow("table import dialog: file, columns, cells")
            << int(TableImport) << QStringList { column.text, cell.text };
    }

    void dataIsShownAsText()
    {
        QFETCH(int, part);
        QFETCH(QStringList, shown);
        const QVector<Sink> sinks = sinksOf(Part(part));
        QVERIFY(!sinks.isEmpty());
        QStringList violations;
        QStringList seen;
        for (const Sink &sink : sinks) {
            const QString text = rendered(sink);
            for (const Hostile &hostile : everyHostile) {
                if (sink.rich && sink.text.contains(hostile.text))
                    violations
                        << QStringLiteral("%1: markup from data reaches rich text: %2").arg(sink.where, sink.text);
                else if ((sink.text.contains(hostile.marker) || text.contains(hostile.marker))
                         && !text.contains(hostile.text))
                    violations << QStringLiteral("%1: shows “%2” for “%3”").arg(sink.where, text, hostile.text);
                else if (text.contains(hostile.text))
                    seen << hostile.text;
            }
            if (sink.text.isEmpty() && sink.where.startsWith(QLatin1String("no ")))
                violations << sink.where;
        }
        // QTest cuts a long message: each violation is also a line of its own.
        for (const QString &violation : std::as_const(violations))
            qWarning().noquote() << violation;
        QVERIFY2(violations.isEmpty(),
                 qPrintable(
                     QStringLiteral("%1 violation(s), the first: %2").arg(violations.size()).arg(violations.value(0))));
        for (const QString &text : std::as_const(shown))
            QVERIFY2(seen.contains(text), qPrintable(QStringLiteral("“%1” is not shown as text").arg(text)));
    }
};

QTEST_MAIN(TestHostileText)
#include "tst_hostiletext.moc"
