// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "articles/articlefilterbar.h"
#include "models/articlelistmodel.h"
#include "entities/curationcommands.h"
#include "db/database.h"
#include "entities/entitiesdialog.h"
#include "reading/entityhighlighter.h"
#include "entities/entitypanel.h"
#include "entities/entitytypename.h"
#include "reading/findbar.h"
#include "import/importer.h"
#include "import/importsummarydialog.h"
#include "models/itemdatarole.h"
#include "jobrunner.h"
#include "articles/listsearch.h"
#include "entities/mentionindexer.h"
#include "passages/passageactions.h"
#include "passages/passagepanel.h"
#include "reading/readingpane.h"
#include "articles/searchbar.h"
#include "articles/snippetdelegate.h"
#include "import/tableimportdialog.h"
#include "import/watchedfoldersmenu.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Veille {

namespace {
const QString geometryKey = QStringLiteral("window/geometry");
const QString windowStateKey = QStringLiteral("window/state");
const QString splitterKey = QStringLiteral("window/splitter");
const QString sortColumnKey = QStringLiteral("list/sortColumn");
const QString sortOrderKey = QStringLiteral("list/sortOrder");
const QString lastArticleKey = QStringLiteral("list/lastArticle");
const QString zoomKey = QStringLiteral("reading/zoom");
const QString lastFolderKey = QStringLiteral("import/lastFolder");
const QString themeKey = QStringLiteral("reading/theme");

QStringList localPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}
} // namespace

MainWindow::MainWindow(Database &database, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_store(database.connection())
    , m_entities(database.connection())
    , m_passages(database.connection())
    , m_settings(std::make_unique<QSettings>(
          QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/veille.conf"),
          QSettings::IniFormat))
{
    setWindowTitle(tr("Veille"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/veille.svg")));
    setAcceptDrops(true);

    m_model = new ArticleListModel(m_store, this);
    m_articleView = new QTreeView;
    m_articleView->setModel(m_model);
    m_articleView->setRootIsDecorated(false);
    // Uniform rows let the view skip measuring a million of them.
    m_articleView->setUniformRowHeights(true);
    m_articleView->setAlternatingRowColors(true);
    m_articleView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_articleView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_articleView->setAllColumnsShowFocus(true);
    m_articleView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView *header = m_articleView->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ArticleListModel::TitleColumn, QHeaderView::Stretch);
    header->resizeSection(ArticleListModel::DateColumn, fontMetrics().averageCharWidth() * 22);
    header->resizeSection(ArticleListModel::SourceColumn, fontMetrics().averageCharWidth() * 14);
    header->setSortIndicatorShown(true);
    header->setSectionsClickable(true);

    // A removable chip above the list says which entity filters it.
    m_filterChip = new QWidget;
    auto *chipLayout = new QHBoxLayout(m_filterChip);
    chipLayout->setContentsMargins(4, 4, 4, 0);
    m_filterButton = new QToolButton;
    m_filterButton->setObjectName(QStringLiteral("entityFilterChip"));
    m_filterButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_filterButton->setAutoRaise(false);
    m_filterButton->setToolTip(tr("Show all articles again"));
    chipLayout->addWidget(m_filterButton);
    chipLayout->addStretch();
    m_filterChip->hide();
    connect(m_filterButton, &QToolButton::clicked, this, [this] { setEntityFilter(0); });
    auto *listPane = new QWidget;
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(0);
    m_searchBar = new SearchBar;
    m_filterBar = new ArticleFilterBar;
    m_filterBar->setSources(m_store.sources());
    listLayout->addWidget(m_filterChip);
    listLayout->addWidget(m_articleView);
    listLayout->insertWidget(0, m_searchBar);
    listLayout->insertWidget(1, m_filterBar);
    m_articleView->setItemDelegateForColumn(ArticleListModel::TitleColumn, new SnippetDelegate(m_articleView));
    m_listSearch = new ListSearch(database.path(), m_model, m_searchBar, m_filterBar, this);

    m_readingPane = new ReadingPane;
    m_findBar = new FindBar(m_readingPane);
    m_findBar->hide();
    auto *readingArea = new QWidget;
    auto *readingLayout = new QVBoxLayout(readingArea);
    readingLayout->setContentsMargins(0, 0, 0, 0);
    readingLayout->setSpacing(0);
    readingLayout->addWidget(m_readingPane);
    readingLayout->addWidget(m_findBar);
    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(readingArea);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    m_countLabel = new QLabel;
    statusBar()->addPermanentWidget(m_countLabel);

    m_entityPanel = new EntityPanel;
    m_entityPanel->setColorProvider([this](const QString &type) { return m_readingPane->highlighter()->colorFor(type); });
    auto *dock = new QDockWidget(tr("Entities"), this);
    dock->setObjectName(QStringLiteral("entitiesDock"));
    dock->setWidget(m_entityPanel);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    connect(m_entityPanel, &EntityPanel::entityActivated, this, &MainWindow::setEntityFilter);
    connect(m_entityPanel, &EntityPanel::entitySelected, this, &MainWindow::showCooccurring);
    connect(m_entityPanel, &EntityPanel::suggestionAccepted, this, [this](int index) {
        if (index >= 0 && index < m_suggestions.size())
            acceptSuggestion(m_suggestions.at(index));
    });
    connect(m_entityPanel, &EntityPanel::suggestionRejected, this, [this](int index) {
        if (index >= 0 && index < m_suggestions.size())
            m_undoStack->push(new SuppressCommand(m_entities, [this](const QStringList &t) { reindex(t); },
                                                  m_suggestions.at(index).written));
    });
    connect(m_entityPanel, &EntityPanel::suggestionClicked, this, [this](int index) {
        if (index >= 0 && index < m_suggestions.size())
            m_readingPane->selectBodyRange(m_suggestions.at(index).start, m_suggestions.at(index).end);
    });
    connect(m_readingPane, &ReadingPane::contextMenuAboutToShow, this, &MainWindow::addCurationActions);
    m_readingPane->setArticleCounter([this](qint64 entityId) {
        const std::optional<EntityStore::Count> count = m_entities.count(entityId);
        return count ? count->articles : 0;
    });

    m_undoStack = new QUndoStack(this);
    m_jobRunner = new JobRunner(this);

    m_passagePanel = new PassagePanel(m_passages, m_entities);
    m_passageDock = new QDockWidget(tr("Passages"), this);
    m_passageDock->setObjectName(QStringLiteral("passagesDock"));
    m_passageDock->setWidget(m_passagePanel);
    m_passageDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::BottomDockWidgetArea, m_passageDock);
    m_passageActions = new PassageActions(m_passages, m_store, m_readingPane, m_passagePanel, m_undoStack, this);
    connect(m_passageActions, &PassageActions::articleRequested, this, [this](qint64 id) {
        if (m_model->rowOfArticle(id) < 0)
            setEntityFilter(0); // the passage's article is filtered out: show them all
        selectArticle(id);
    });
    connect(m_passageActions, &PassageActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    m_passageActions->restoreUndoHistory();
    connect(m_articleView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showCurrentArticle);
    connect(m_listSearch, &ListSearch::resultsShown, this, [this] {
        const qint64 current = m_readingPane->articleId();
        if (current && m_model->rowOfArticle(current) >= 0)
            selectArticle(current);
        else if (m_model->rowCount() > 0)
            m_articleView->setCurrentIndex(m_model->index(0, 0));
        updateStatus();
    });
    connect(m_readingPane, &ReadingPane::zoomChanged, this,
            [this](int steps) { m_settings->setValue(zoomKey, steps); });

    setUpActions();
    restoreState();
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpActions()
{
    const auto makeAction = [this](const QString &text, const QString &icon, const QList<QKeySequence> &keys,
                                   auto slot) {
        auto *action = new QAction(QIcon::fromTheme(icon), text, this);
        action->setShortcuts(keys);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };

    QAction *importAction = makeAction(tr("&Import Folder…"), QStringLiteral("document-import"),
                                       {QKeySequence::Open}, &MainWindow::chooseFolderToImport);
    QAction *importTable = makeAction(tr("Import &Table…"), QStringLiteral("x-office-spreadsheet"), {},
                                      &MainWindow::chooseTableToImport);
    auto *watched = new WatchedFoldersMenu(m_database, this);
    connect(watched, &WatchedFoldersMenu::imported, this, [this](const ImportReport &report) {
        m_model->refresh();
        updateStatus();
        statusBar()->showMessage(tr("Watched folders: %1").arg(ImportSummaryDialog::summaryText(report)), 10000);
    });
    QAction *quitAction = makeAction(tr("&Quit"), QStringLiteral("application-exit"), {QKeySequence::Quit},
                                     &QWidget::close);
    QAction *zoomIn = makeAction(tr("Zoom &In"), QStringLiteral("zoom-in"),
                                 {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)},
                                 [this] { m_readingPane->zoomInText(); });
    QAction *zoomOut = makeAction(tr("Zoom &Out"), QStringLiteral("zoom-out"), {QKeySequence::ZoomOut},
                                  [this] { m_readingPane->zoomOutText(); });
    QAction *zoomReset = makeAction(tr("&Actual Size"), QStringLiteral("zoom-original"),
                                    {QKeySequence(Qt::CTRL | Qt::Key_0)}, [this] { m_readingPane->resetZoom(); });
    QAction *next = makeAction(tr("&Next Article"), QStringLiteral("go-down"), {QKeySequence(Qt::Key_J)},
                               [this] { moveSelection(1); });
    QAction *previous = makeAction(tr("&Previous Article"), QStringLiteral("go-up"), {QKeySequence(Qt::Key_K)},
                                   [this] { moveSelection(-1); });
    // j and k are plain letters: keep them to the list and the reading
    // pane, so that a text field elsewhere can still be typed into.
    for (QAction *action : {next, previous}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_splitter->addAction(action);
    }
    QAction *nextMention = makeAction(tr("Next &Mention"), QStringLiteral("go-next"), {QKeySequence::FindNext},
                                      [this] { m_readingPane->nextMention(); });
    QAction *previousMention = makeAction(tr("Pre&vious Mention"), QStringLiteral("go-previous"),
                                          {QKeySequence::FindPrevious}, [this] { m_readingPane->previousMention(); });
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(QKeySequence::Redo);
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    QAction *manageEntities = makeAction(tr("&Entities…"), QStringLiteral("view-list-details"),
                                         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)}, [this] {
                                             auto *dialog = new EntitiesDialog(
                                                 m_entities, *m_undoStack, [this](const QStringList &t) { reindex(t); }, this);
                                             dialog->setAttribute(Qt::WA_DeleteOnClose);
                                             dialog->show();
                                         });
    QAction *search = makeAction(tr("&Search Articles"), QStringLiteral("edit-find"),
                                 {QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(Qt::Key_Slash)},
                                 [this] { m_searchBar->focusSearch(); });
    QAction *find = makeAction(tr("&Find in Article…"), QStringLiteral("edit-find"), {QKeySequence::Find},
                               [this] { m_findBar->activate(); });
    QAction *about = makeAction(tr("&About Veille"), QStringLiteral("help-about"), {}, [this] {
        QMessageBox::about(this, tr("About Veille"),
                           tr("<h3>Veille %1</h3><p>A reading desk for news analysts.</p><p>Database: %2</p>")
                               .arg(QApplication::applicationVersion(),
                                    QDir::toNativeSeparators(m_database.path()).toHtmlEscaped()));
    });

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(importAction);
    file->addAction(importTable);
    file->addMenu(watched);
    file->addSeparator();
    file->addActions({m_passageActions->exportAction(), m_passageActions->importAction()});
    file->addSeparator();
    file->addAction(quitAction);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({undo, redo});
    edit->addSeparator();
    edit->addAction(m_passageActions->bookmarkAction());
    edit->addAction(m_passageActions->renameLabelsAction());
    edit->addAction(m_passageActions->emptyTrashAction());
    edit->addSeparator();
    edit->addAction(manageEntities);
    edit->addSeparator();
    edit->addActions({search, find});
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions({zoomIn, zoomOut, zoomReset});
    view->addSeparator();
    view->addAction(m_passageDock->toggleViewAction());
    const QStringList themes = m_readingPane->highlighter()->themeNames();
    if (!themes.isEmpty()) {
        QMenu *themeMenu = view->addMenu(tr("Highlighting &Theme"));
        auto *group = new QActionGroup(themeMenu);
        QAction *automatic = themeMenu->addAction(tr("Follow the System Colours"));
        automatic->setData(QString());
        themeMenu->addSeparator();
        for (const QString &name : themes)
            themeMenu->addAction(name)->setData(name);
        const QString current = m_settings->value(themeKey).toString();
        const QList<QAction *> choices = themeMenu->actions();
        for (QAction *action : choices) {
            if (action->isSeparator())
                continue;
            action->setCheckable(true);
            action->setChecked(action->data().toString() == current);
            group->addAction(action);
        }
        connect(group, &QActionGroup::triggered, this, [this](QAction *action) {
            m_settings->setValue(themeKey, action->data().toString());
            m_readingPane->highlighter()->setThemeName(action->data().toString());
        });
        m_readingPane->highlighter()->setThemeName(current);
    }
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addActions({next, previous});
    go->addSeparator();
    go->addActions({nextMention, previousMention});
    menuBar()->addMenu(tr("&Help"))->addAction(about);

    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(importAction);
    toolBar->addAction(m_passageActions->bookmarkAction());
    toolBar->addSeparator();
    toolBar->addActions({zoomOut, zoomIn});
}

void MainWindow::chooseFolderToImport()
{
    const QString start = m_settings->value(lastFolderKey, QDir::homePath()).toString();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import Folder"), start);
    if (folder.isEmpty())
        return;
    m_settings->setValue(lastFolderKey, folder);
    importPaths({folder});
}

void MainWindow::chooseTableToImport()
{
    const QString start = m_settings->value(lastFolderKey, QDir::homePath()).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a Table"), start,
                                                      tr("Tables (*.csv *.tsv *.tab *.jsonl *.ndjson)"));
    const std::optional<TableReader::Format> format = TableReader::formatOfPath(path);
    if (!format)
        return;
    m_settings->setValue(lastFolderKey, QFileInfo(path).absolutePath());
    auto *dialog = new TableImportDialog(path, *format, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, path] { importPaths({path}, dialog->mapping()); });
    dialog->open();
}

void MainWindow::importPaths(const QStringList &paths, const std::optional<ColumnMapping> &mapping)
{
    statusBar()->showMessage(tr("Importing…"));
    auto report = std::make_shared<ImportReport>();
    auto importer = std::make_unique<Importer>(m_database.path());
    if (mapping)
        importer->setColumnMapping(*mapping);
    m_jobRunner->start(
        std::move(importer), tr("Importing articles…"),
        [report, paths](Job &job) { *report = static_cast<Importer &>(job).run(paths); },
        [this, report] { onImportFinished(*report); });
}

void MainWindow::reindex(const QStringList &texts)
{
    // Only the articles containing a changed name are read again; with no
    // names (a type changed), the window only shows the store anew.
    const auto refresh = [this] {
        const qint64 current = m_readingPane->articleId();
        if (m_model->query().entityId) {
            m_model->refresh();
            if (current)
                selectArticle(current);
        }
        showCurrentArticle();
        updateStatus();
        Q_EMIT reindexed();
    };
    if (texts.isEmpty()) {
        refresh();
        return;
    }
    m_jobRunner->start(
        std::make_unique<MentionIndexer>(m_database.path()), tr("Finding names again…"),
        [texts](Job &job) { static_cast<MentionIndexer &>(job).run(texts); }, refresh);
}

void MainWindow::onImportFinished(const ImportReport &report)
{
    const qint64 current = m_readingPane->articleId();
    m_model->refresh();
    m_passagePanel->refresh(); // re-anchored passages may have moved or been orphaned
    if (current)
        selectArticle(current);
    else if (m_model->rowCount() > 0)
        m_articleView->setCurrentIndex(m_model->index(0, 0));
    updateStatus();
    m_filterBar->setSources(m_store.sources());
    statusBar()->showMessage(ImportSummaryDialog::summaryText(report), 10000);

    auto *summary = new ImportSummaryDialog(report, this);
    summary->setAttribute(Qt::WA_DeleteOnClose);
    summary->open();
    Q_EMIT importFinished(report);
}

void MainWindow::selectArticle(qint64 id)
{
    const int row = m_model->rowOfArticle(id);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_articleView->setCurrentIndex(index);
    m_articleView->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void MainWindow::showCurrentArticle()
{
    const qint64 id = m_articleView->currentIndex().data(ArticleIdRole).toLongLong();
    const std::optional<Article> article = id ? m_store.article(id) : std::nullopt;
    if (article) {
        // Keep the place when the same article is shown again after a change.
        const bool same = m_readingPane->articleId() == id;
        const QPair<int, int> selection = m_readingPane->bodySelection();
        m_readingPane->showArticle(*article);
        showEntities(*article);
        m_passageActions->showPassagesOfCurrentArticle();
        if (same && selection.first >= 0)
            m_readingPane->selectBodyRange(selection.first, selection.second);
        m_settings->setValue(lastArticleKey, id);
    } else if (!m_store.lastError().isEmpty()) {
        m_readingPane->showPlaceholder(tr("This article cannot be read: %1").arg(m_store.lastError()));
    }
}

void MainWindow::showEntities(const Article &article)
{
    QVector<EntitySpan> spans;
    // Names and types only: how many articles name each entity is counted
    // when a tooltip asks (ReadingPane::setArticleCounter). Counting them
    // all here took seconds per article with a million articles.
    QHash<qint64, Entity> entities;
    const QVector<Mention> mentions = m_entities.mentions(article.id);
    for (const Mention &mention : mentions) {
        auto entity = entities.find(mention.entityId);
        if (entity == entities.end())
            entity = entities.insert(mention.entityId, m_entities.entity(mention.entityId).value_or(Entity()));
        EntitySpan span;
        span.start = mention.start;
        span.end = mention.end;
        span.entityId = mention.entityId;
        span.name = entity->name;
        span.type = entity->type;
        span.role = mention.role;
        span.written = article.body.mid(mention.start, mention.end - mention.start);
        spans.append(span);
    }
    m_suggestions.clear();
    const QVector<Suggestion> suggestions = m_entities.suggestions(article.id);
    for (const Suggestion &suggestion : suggestions) {
        EntitySpan span;
        span.start = suggestion.start;
        span.end = suggestion.end;
        span.entityId = suggestion.variantOf; // a typo variant names the entity it is close to
        span.name = suggestion.variantOf ? m_entities.entity(suggestion.variantOf).value_or(Entity()).name
                                         : suggestion.text;
        span.type = suggestion.type;
        span.role = suggestion.role;
        span.written = suggestion.text;
        span.suggestion = true;
        span.reason = suggestion.reason;
        m_suggestions.append(span);
    }
    m_readingPane->setEntitySpans(spans + m_suggestions);
    m_entityPanel->setArticleEntities(m_entities.countsInArticle(article.id));
    m_entityPanel->setSuggestions(m_suggestions);
}

void MainWindow::showCooccurring(qint64 entityId)
{
    const auto entity = m_entities.entity(entityId);
    m_entityPanel->setCooccurring(entity ? entity->name : QString(), m_entities.cooccurring(entityId, 12));
}

void MainWindow::setEntityFilter(qint64 entityId)
{
    ArticleQuery query = m_model->query();
    if (query.entityId == entityId)
        return;
    const qint64 current = m_readingPane->articleId();
    query.entityId = entityId;
    m_model->setQuery(query);
    const auto entity = entityId ? m_entities.entity(entityId) : std::nullopt;
    m_filterChip->setVisible(entity.has_value());
    if (entity) {
        m_filterButton->setText(tr("%1 (%2)  ✕").arg(entity->name, entityTypeName(entity->type)));
        m_filterButton->setIcon(QIcon());
        showCooccurring(entityId);
    }
    const int row = current ? m_model->rowOfArticle(current) : -1;
    if (row >= 0)
        selectArticle(current);
    else if (m_model->rowCount() > 0)
        m_articleView->setCurrentIndex(m_model->index(0, 0));
    updateStatus();
}

void MainWindow::addCurationActions(QMenu *menu, int start, int end, const EntitySpan *span)
{
    const auto article = m_store.article(m_readingPane->articleId());
    if (!article)
        return;
    const auto reindexer = [this](const QStringList &texts) { reindex(texts); };
    if (span && span->suggestion) {
        const EntitySpan suggestion = *span;
        menu->addAction(tr("Accept “%1” as %2").arg(suggestion.written, entityTypeName(suggestion.type)), this,
                        [this, suggestion] { acceptSuggestion(suggestion); });
        menu->addAction(tr("Reject “%1”").arg(suggestion.written), this, [this, suggestion, reindexer] {
            m_undoStack->push(new SuppressCommand(m_entities, reindexer, suggestion.written));
        });
        return;
    }
    if (span) {
        const EntitySpan mention = *span;
        menu->addAction(tr("Show Every Article Naming %1").arg(mention.name), this,
                        [this, mention] { setEntityFilter(mention.entityId); });
        menu->addAction(tr("Not an Entity Here"), this, [this, mention, reindexer, id = article->id] {
            m_undoStack->push(
                new ExcludeSpanCommand(m_entities, reindexer, id, mention.start, mention.end, mention.written));
        });
        menu->addAction(tr("Never Highlight “%1”").arg(mention.written), this, [this, mention, reindexer] {
            m_undoStack->push(new SuppressCommand(m_entities, reindexer, mention.written));
        });
        return;
    }
    const QString text = article->body.mid(start, end - start).simplified();
    if (text.isEmpty() || text.size() > 200)
        return;
    QMenu *mark = menu->addMenu(tr("Mark “%1” as").arg(text));
    const QStringList types = m_entities.types();
    for (const QString &type : types) {
        mark->addAction(entityTypeName(type), this, [this, text, type, reindexer] {
            m_undoStack->push(new AddEntityCommand(m_entities, reindexer, Entity{0, text, type, {}}));
        });
    }
    menu->addAction(tr("Add “%1” as an Alias of…").arg(text), this, [this, text, reindexer] {
        const QVector<Entity> all = m_entities.entities();
        QStringList names;
        for (const Entity &entity : all)
            names.append(tr("%1 (%2)").arg(entity.name, entityTypeName(entity.type)));
        bool ok = false;
        const QString chosen = QInputDialog::getItem(this, tr("Add an Alias"), tr("“%1” is another name for:").arg(text),
                                                     names, 0, true, &ok);
        const int index = int(names.indexOf(chosen));
        if (!ok || index < 0)
            return;
        m_undoStack->push(new AddAliasCommand(m_entities, reindexer, all.at(index).id, all.at(index).name,
                                              Alias{0, text, false, true}));
    });
}

void MainWindow::acceptSuggestion(const EntitySpan &suggestion)
{
    const auto reindexer = [this](const QStringList &texts) { reindex(texts); };
    if (suggestion.entityId) {
        // A likely variant of a known name, e.g. "Qualcom": it becomes an alias.
        m_undoStack->push(new AddAliasCommand(m_entities, reindexer, suggestion.entityId, suggestion.name,
                                              Alias{0, suggestion.written, false, true}));
    } else {
        m_undoStack->push(new AddEntityCommand(m_entities, reindexer, Entity{0, suggestion.written, suggestion.type, {}}));
    }
}

void MainWindow::moveSelection(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_articleView->currentIndex();
    const int row = current.isValid() ? qBound(0, current.row() + delta, rows - 1) : 0;
    const QModelIndex index = m_model->index(row, 0);
    m_articleView->setCurrentIndex(index);
    m_articleView->scrollTo(index);
}

void MainWindow::updateStatus()
{
    const int count = m_model->rowCount();
    m_countLabel->setText(tr("%n article(s)", nullptr, count));
    if (count == 0 && m_model->query().sameRows(ArticleQuery()))
        m_readingPane->showPlaceholder(
            tr("No articles yet.\nImport a folder with File → Import Folder (Ctrl+O), or drop files here."));
}

void MainWindow::restoreState()
{
    if (!restoreGeometry(m_settings->value(geometryKey).toByteArray())) {
        const QSize available = screen()->availableSize();
        resize(qMin(1440, available.width() * 4 / 5), qMin(900, available.height() * 4 / 5));
    }
    QMainWindow::restoreState(m_settings->value(windowStateKey).toByteArray());
    if (!m_splitter->restoreState(m_settings->value(splitterKey).toByteArray()))
        m_splitter->setSizes({420, 640});
    m_readingPane->setZoomSteps(m_settings->value(zoomKey, 0).toInt());

    const int column = m_settings->value(sortColumnKey, int(ArticleListModel::DateColumn)).toInt();
    const auto order = Qt::SortOrder(m_settings->value(sortOrderKey, int(Qt::DescendingOrder)).toInt());
    m_articleView->header()->setSortIndicator(column, order);
    m_articleView->setSortingEnabled(true);
    connect(m_articleView->header(), &QHeaderView::sortIndicatorChanged, this,
            [this](int sortColumn, Qt::SortOrder sortOrder) {
                m_settings->setValue(sortColumnKey, sortColumn);
                m_settings->setValue(sortOrderKey, int(sortOrder));
                const QModelIndex current = m_articleView->currentIndex();
                if (current.isValid())
                    m_articleView->scrollTo(current, QAbstractItemView::PositionAtCenter);
            });

    const qint64 last = m_settings->value(lastArticleKey, 0).toLongLong();
    if (last && m_model->rowOfArticle(last) >= 0)
        selectArticle(last);
    else if (m_model->rowCount() > 0)
        m_articleView->setCurrentIndex(m_model->index(0, 0));
}

void MainWindow::saveState()
{
    m_settings->setValue(geometryKey, saveGeometry());
    m_settings->setValue(windowStateKey, QMainWindow::saveState());
    m_settings->setValue(splitterKey, m_splitter->saveState());
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importPaths(paths);
}

} // namespace Veille
