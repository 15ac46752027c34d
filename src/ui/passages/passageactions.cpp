// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "passages/passageactions.h"

#include "articles/articlestore.h"
#include "models/passagelistmodel.h"
#include "passages/passagecommand.h"
#include "passages/passageeditor.h"
#include "passages/passageexport.h"
#include "passages/passagepanel.h"
#include "passages/passagesharecommand.h"
#include "passages/webannotation.h"
#include "plaintext.h"
#include "reading/readingpane.h"
#include "themeicon.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUndoStack>

namespace Veille {

namespace {
QString elided(const QString &text, int length = 40)
{
    const QString simple = text.simplified();
    return simple.size() <= length ? simple : simple.left(length - 1) + QChar(0x2026);
}
} // namespace

PassageActions::PassageActions(PassageStore &passages, const ArticleStore &articles, ReadingPane *pane,
                               PassagePanel *panel, QUndoStack *undoStack, QWidget *window)
    : QObject(window)
    , m_passages(passages)
    , m_articles(articles)
    , m_pane(pane)
    , m_panel(panel)
    , m_undoStack(undoStack)
    , m_window(window)
{
    m_bookmark = new QAction(themeIcon(QStringLiteral("bookmark-new")), tr("&Bookmark Passage…"), this);
    m_bookmark->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_bookmark->setToolTip(tr("Bookmark the selected text, or the paragraph at the cursor (Ctrl+D)"));
    connect(m_bookmark, &QAction::triggered, this, &PassageActions::bookmarkSelection);
    m_export = new QAction(themeIcon(QStringLiteral("document-export")), tr("&Export Passages…"), this);
    m_export->setToolTip(tr("Write the passages the Passages panel lists as Markdown, CSV or W3C JSON-LD"));
    connect(m_export, &QAction::triggered, this, &PassageActions::exportPassages);
    m_import = new QAction(themeIcon(QStringLiteral("document-import")), tr("Import &Annotations…"), this);
    connect(m_import, &QAction::triggered, this, &PassageActions::importAnnotations);
    m_emptyTrash = new QAction(themeIcon(QStringLiteral("trash-empty")), tr("Empty Passage &Trash…"), this);
    connect(m_emptyTrash, &QAction::triggered, this, &PassageActions::emptyTrash);
    m_renameLabels = new QAction(themeIcon(QStringLiteral("edit-rename")), tr("Rename &Labels…"), this);
    connect(m_renameLabels, &QAction::triggered, this, &PassageActions::renameLabels);

    connect(m_pane, &ReadingPane::passageMenuAboutToShow, this, &PassageActions::addPaneActions);
    connect(m_panel, &PassagePanel::passageActivated, this, &PassageActions::openPassage);
    connect(m_panel, &PassagePanel::contextMenuRequested, this, &PassageActions::showPanelMenu);
}

void PassageActions::showPassagesOfCurrentArticle()
{
    const qint64 articleId = m_pane->articleId();
    m_panel->setCurrentArticle(articleId);
    if (articleId <= 0)
        return;
    // Another analyst's import may have changed the text under them.
    if (m_passages.reanchorStale(articleId) > 0)
        m_panel->refresh();
    QHash<int, PassageLabel> labels;
    const QVector<PassageLabel> all = m_passages.labelsSeen();
    for (const PassageLabel &label : all)
        labels.insert(label.id, label);
    QVector<PassageSpan> spans;
    const QVector<Passage> passages = m_passages.inArticle(articleId);
    for (const Passage &p : passages) {
        if (p.state == Passage::State::Orphaned)
            continue; // its offsets point at text that is gone
        const PassageLabel label = labels.value(p.labelId, PassageLabel{0, QString(), QStringLiteral("#b0b0b0")});
        spans.append({p.anchor.range(), p.id, QColor(label.color),
                      p.labelId ? PassageStore::labelName(label) : QString(), p.note});
    }
    m_pane->setPassageSpans(spans);
    if (waitsForArticle(articleId))
        openPassage(m_passageToOpen);
}

bool PassageActions::waitsForArticle(qint64 articleId) const
{
    if (!m_passageToOpen)
        return false;
    const std::optional<Passage> passage = m_passages.passage(m_passageToOpen);
    return passage && passage->articleId == articleId;
}

void PassageActions::articleNotListed(qint64 articleId)
{
    if (!waitsForArticle(articleId))
        return;
    m_passageToOpen = 0;
    Q_EMIT message(tr("The article of this passage is not in the list; clear the filters to see it."));
}

void PassageActions::restoreUndoHistory(int count)
{
    const QVector<PassageStore::Change> changes = m_passages.recentChanges(count);
    for (const PassageStore::Change &change : changes)
        m_undoStack->push(new PassageCommand(m_passages, change, [this](const QString &e) { changed(e); }));
}

void PassageActions::push(const std::optional<PassageStore::Change> &change)
{
    if (!change) {
        QMessageBox::warning(m_window, tr("Passage not saved"),
                             literalRichText(tr("The passage could not be saved: %1").arg(m_passages.lastError())));
        return;
    }
    m_undoStack->push(new PassageCommand(m_passages, *change, [this](const QString &e) { changed(e); }));
    changed({});
}

void PassageActions::changed(const QString &error)
{
    if (!error.isEmpty())
        QMessageBox::warning(m_window, tr("Passage not changed"), literalRichText(error));
    showPassagesOfCurrentArticle();
    m_panel->refresh();
}

qint64 PassageActions::bookmarkSelection()
{
    const std::optional<Article> article = m_articles.article(m_pane->articleId());
    if (!article) {
        Q_EMIT message(tr("Open an article to bookmark a passage."));
        return 0;
    }
    TextRange range = m_pane->bodySelection();
    if (!range.isValid())
        range = m_pane->paragraphAt(range.start >= 0 ? range.start : range.end);
    if (!range.isValid()) {
        Q_EMIT message(tr("Select text in the article, or put the cursor in a paragraph, to bookmark it."));
        return 0;
    }
    Passage passage;
    passage.articleId = article->id;
    passage.articlePath = article->path;
    passage.anchor = TextAnchor::fromRange(article->body, range, article->contentHash);
    if (passage.anchor.exact.trimmed().isEmpty())
        return 0;
    PassageEditor editor(m_passages.labels(), m_passages.tags(), m_window);
    editor.setPassage(passage);
    // A save that fails (a locked database, a full disk) keeps the editor
    // and what the user wrote, to try again.
    while (editor.exec() == QDialog::Accepted) {
        passage = editor.passage();
        const auto change = m_passages.add(passage);
        if (change) {
            push(change);
            Q_EMIT message(tr("Passage bookmarked."));
            return passage.id;
        }
        QMessageBox::warning(m_window, tr("Passage not saved"),
                             literalRichText(tr("The passage could not be saved: %1\nYour note is still in the editor.")
                                                 .arg(m_passages.lastError())));
        editor.setPassage(passage);
    }
    return 0;
}

void PassageActions::edit(qint64 id)
{
    const std::optional<Passage> passage = m_passages.passage(id);
    if (!passage)
        return;
    PassageEditor editor(m_passages.labels(), m_passages.tags(), m_window);
    editor.setPassage(*passage);
    if (editor.exec() == QDialog::Accepted)
        push(m_passages.update(editor.passage()));
}

void PassageActions::remove(qint64 id)
{
    push(m_passages.moveToTrash(id));
    Q_EMIT message(tr("Passage moved to the trash. Ctrl+Z brings it back."));
}

void PassageActions::reattach(qint64 id)
{
    const std::optional<Article> article = m_articles.article(m_pane->articleId());
    const TextRange range = m_pane->bodySelection();
    if (!article || !range.isValid()) {
        Q_EMIT message(tr("Select the text the passage should point at, then re-attach it."));
        return;
    }
    push(m_passages.reattach(id, *article, range));
}

void PassageActions::addPaneActions(QMenu *menu, int offset)
{
    menu->addAction(m_bookmark);
    if (const EntitySpan *span = m_pane->spanAt(offset); span && !span->suggestion) {
        menu->addAction(literalActionText(tr("Passages Mentioning “%1”").arg(span->name)), this,
                        [this, name = span->name] { m_panel->setEntityFilter(name); });
    }
    const QVector<PassageSpan> here = m_pane->passagesAt(offset);
    for (const PassageSpan &span : here) {
        const std::optional<Passage> passage = m_passages.passage(span.id);
        if (!passage || !passage->own)
            continue; // another analyst's shared passage is read-only
        const QString quote = elided(passage->quote());
        // Overlapping passages each get their own entries, innermost first.
        menu->addAction(literalActionText(tr("Edit Passage “%1”…").arg(quote)), this,
                        [this, id = span.id] { edit(id); });
        menu->addAction(literalActionText(tr("Delete Passage “%1”").arg(quote)), this,
                        [this, id = span.id] { remove(id); });
    }
    if (m_pane->bodySelection().isValid()) {
        PassageQuery orphans;
        orphans.articleId = m_pane->articleId();
        orphans.state = Passage::State::Orphaned;
        const QVector<Passage> lost = m_passages.passages(orphans);
        for (const Passage &passage : lost) {
            if (!passage.own)
                continue;
            menu->addAction(literalActionText(tr("Re-attach Passage “%1” Here").arg(elided(passage.quote()))), this,
                            [this, id = passage.id] { reattach(id); });
        }
    }
}

void PassageActions::showPanelMenu(qint64 passageId, const QPoint &globalPos)
{
    const std::optional<Passage> passage = m_passages.passage(passageId);
    if (!passage)
        return;
    QMenu menu;
    menu.addAction(tr("&Open"), this, [this, passageId] { openPassage(passageId); });
    if (!passage->own) {
        // Read-only: whose it is, as plain text (a role name is data).
        menu.addAction(literalActionText(tr("Shared by %1").arg(passage->owner)))->setEnabled(false);
    } else if (passage->deleted) {
        menu.addAction(tr("&Restore"), this, [this, passage] {
            Passage restored = *passage;
            restored.deleted = false;
            push(m_passages.update(restored));
        });
    } else {
        menu.addAction(tr("&Edit…"), this, [this, passageId] { edit(passageId); });
        menu.addAction(tr("&Delete"), this, [this, passageId] { remove(passageId); });
        if (passage->articleId == m_pane->articleId())
            menu.addAction(tr("Re-attach to the &Selected Text"), this, [this, passageId] { reattach(passageId); });
        addShareAction(&menu, *passage);
    }
    menu.exec(globalPos);
}

void PassageActions::addShareAction(QMenu *menu, const Passage &passage)
{
    menu->addSeparator();
    QAction *share = menu->addAction(tr("S&hare with Team"));
    share->setCheckable(true);
    share->setChecked(passage.shared);
    share->setEnabled(m_passages.canShare());
    if (!m_passages.canShare())
        share->setToolTip(tr("Only a team server has a team to share with"));
    else
        share->setToolTip(passage.shared ? tr("Shared with the team: uncheck to make it yours only again")
                                         : tr("Let the other analysts on the team server read this passage"));
    connect(share, &QAction::toggled, this, [this, id = passage.id](bool shared) { setShared(id, shared); });
}

void PassageActions::setShared(qint64 id, bool shared)
{
    if (!m_passages.setShared(id, shared)) {
        QMessageBox::warning(m_window, tr("Passage not shared"), literalRichText(m_passages.lastError()));
        return;
    }
    // Undoable like the passage's other changes: Ctrl+Z makes it private again.
    m_undoStack->push(new PassageShareCommand(m_passages, id, shared, [this](const QString &e) { changed(e); }));
    m_panel->refresh();
    Q_EMIT message(shared ? tr("Passage shared with the team: the others may read it, not change it.")
                          : tr("Passage no longer shared: it is yours only."));
}

void PassageActions::openPassage(qint64 id)
{
    const std::optional<Passage> passage = m_passages.passage(id);
    if (!passage)
        return;
    if (m_pane->articleId() != passage->articleId) {
        // The list may look for the article on a worker: once it is shown,
        // showPassagesOfCurrentArticle() opens the passage.
        m_passageToOpen = id;
        Q_EMIT articleRequested(passage->articleId);
        return;
    }
    m_passageToOpen = 0;
    if (passage->state == Passage::State::Orphaned) {
        Q_EMIT message(tr("This passage is no longer in the article: select the text it should point at and "
                          "re-attach it."));
        return;
    }
    m_pane->flashBodyRange(passage->anchor.range());
}

void PassageActions::exportPassages()
{
    const QString markdown = tr("Markdown (*.md)");
    const QString csv = tr("CSV (*.csv)");
    const QString jsonld = tr("W3C Web Annotation (*.jsonld)");
    QString filter = markdown;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export Passages"), documents + tr("/passages.md"),
                                                QStringList{markdown, csv, jsonld}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    const PassageExport::Format format = filter == csv ? PassageExport::Format::Csv
        : filter == jsonld                              ? PassageExport::Format::JsonLd
                                                        : PassageExport::Format::Markdown;
    // A file chosen in a dialog is opened in a spreadsheet: formulas are defused.
    const QByteArray data =
        PassageExport::write(format, m_panel->model()->query(), m_passages, m_articles, QLocale(), CsvCells::Safe);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        QMessageBox::warning(m_window, tr("Export failed"),
                             literalRichText(tr("Cannot write %1: %2").arg(path, file.errorString())));
        return;
    }
    Q_EMIT message(tr("%n passage(s) exported to %1.", nullptr, m_panel->model()->rowCount()).arg(path));
}

void PassageActions::importAnnotations()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import Annotations"), QString(),
                                                      tr("W3C Web Annotation (*.jsonld *.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(m_window, tr("Import failed"),
                             literalRichText(tr("Cannot read %1: %2").arg(path, file.errorString())));
        return;
    }
    const WebAnnotation::ImportReport report = WebAnnotation::import(file.readAll(), m_articles, m_passages);
    changed({});
    if (!report.error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Import failed"), literalRichText(report.error));
        return;
    }
    QString text = tr("%n passage(s) added", nullptr, report.added) + QStringLiteral(", ")
        + tr("%n already there", nullptr, report.alreadyThere);
    if (!report.failures.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Annotations imported"), text, QMessageBox::Ok, m_window);
        box.setInformativeText(tr("%n annotation(s) could not be imported.", nullptr, int(report.failures.size())));
        box.setDetailedText(report.failures.join(QLatin1Char('\n')));
        box.exec();
    }
    Q_EMIT message(text);
}

void PassageActions::emptyTrash()
{
    PassageQuery trash;
    trash.trash = true;
    const int count = m_passages.count(trash);
    if (count == 0) {
        Q_EMIT message(tr("The passage trash is empty."));
        return;
    }
    if (QMessageBox::question(m_window, tr("Empty Passage Trash"),
                              tr("Delete %n passage(s) in the trash for good? This cannot be undone.", nullptr, count))
        != QMessageBox::Yes)
        return;
    if (m_passages.emptyTrash() < 0)
        QMessageBox::warning(m_window, tr("Trash not emptied"), literalRichText(m_passages.lastError()));
    changed({});
}

void PassageActions::renameLabels()
{
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Rename Labels"));
    auto *form = new QFormLayout(&dialog);
    const QVector<PassageLabel> labels = m_passages.labels();
    QVector<QLineEdit *> edits;
    for (const PassageLabel &label : labels) {
        auto *edit = new QLineEdit(PassageStore::labelName(label), &dialog);
        // The colour is data: only a colour Qt reads reaches the markup.
        form->addRow(QStringLiteral("<span style='color:%1'>●</span>").arg(QColor(label.color).name()), edit);
        edits.append(edit);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    for (int i = 0; i < labels.size(); ++i) {
        if (edits.at(i)->text().simplified() != PassageStore::labelName(labels.at(i)))
            m_passages.renameLabel(labels.at(i).id, edits.at(i)->text());
    }
    changed({});
}

} // namespace Veille
