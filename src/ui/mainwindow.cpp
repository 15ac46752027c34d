// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "apptheme.h"
#include "articles/articlelistpane.h"
#include "articles/readstateactions.h"
#include "databasechecknotice.h"
#include "db/changelistener.h"
#include "db/database.h"
#include "db/serveraddress.h"
#include "entities/entityactions.h"
#include "entities/entitypanel.h"
#include "entities/entitytypename.h"
#include "entities/mentionindexer.h"
#include "feeds/feedactions.h"
#include "ner/lazytagger.h"
#include "helpdialog.h"
#include "import/importer.h"
#include "import/importsummarydialog.h"
#include "import/tableimportdialog.h"
#include "import/watchedfoldersmenu.h"
#include "jobrunner.h"
#include "models/articlelistmodel.h"
#include "models/passagelistmodel.h"
#include "passages/passageactions.h"
#include "passages/passagepanel.h"
#include "plaintext.h"
#include "reading/entityhighlighter.h"
#include "reading/findbar.h"
#include "reading/otherversionsbar.h"
#include "reading/readingpane.h"
#include "reading/versiondiffdialog.h"
#include "serverconnectdialog.h"
#include "themeicon.h"
#include "timeline/timelinepanel.h"
#include "userdatabackups.h"
#include "watches/digestdialog.h"
#include "watches/watchactions.h"
#include "watches/watchcounter.h"
#include "watches/watchnotifier.h"
#include "watches/watchpanel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
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
const QString appThemeKey = QStringLiteral("view/theme");
const QString passagesWaitingKey = QStringLiteral("window/passagesWaiting");

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
    , m_watches(database.connection())
    , m_stories(database.connection())
    , m_settings(std::make_unique<QSettings>(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
                                                 + QStringLiteral("/veille.conf"),
                                             QSettings::IniFormat))
    , m_tagger(std::make_shared<LazyTagger>())
{
    // On a server, the title says which; a file's name says little.
    setWindowTitle(ServerAddress::isServerLocation(m_database.path())
                       ? ServerAddress::parse(m_database.path()).display()
                       : tr("Veille"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/veille.svg")));
    setAcceptDrops(true);
    m_undoStack = new QUndoStack(this);
    m_undoStack->setObjectName(QStringLiteral("undoStack"));
    m_jobRunner = new JobRunner(this, statusBar());

    setUpCentralArea();
    setUpEntitiesDock();
    setUpPassagesDock();
    setUpDockLayout();
    followArticleList();
    setUpTimelineDock();
    setUpWatchesDock();
    setUpFileMenu();
    setUpEditMenu();
    setUpViewMenu();
    setUpGoMenu();
    setUpHelpMenu();
    setUpToolBar();
    restoreState();
    updateStatus();
    // A file is checked for damage in the background; a server checks its
    // own pages.
    if (!ServerAddress::isServerLocation(m_database.path()))
        new DatabaseCheckNotice(m_database.path(), this);
    findNamesIfDetectionChanged();
    followServerChanges();
}

MainWindow::~MainWindow() = default;

// The article list beside the reading pane, and the article count below.
void MainWindow::setUpCentralArea()
{
    m_list = new ArticleListPane(m_store, m_database.path());

    m_readingPane = new ReadingPane;
    m_readingPane->setObjectName(QStringLiteral("readingPane"));
    connect(m_readingPane, &ReadingPane::zoomChanged, this,
            [this](int steps) { m_settings->setValue(zoomKey, steps); });
    m_findBar = new FindBar(m_readingPane);
    m_findBar->setObjectName(QStringLiteral("findBar"));
    m_findBar->hide();
    auto *readingArea = new QWidget;
    auto *readingLayout = new QVBoxLayout(readingArea);
    readingLayout->setContentsMargins(0, 0, 0, 0);
    readingLayout->setSpacing(0);
    m_otherVersions = new OtherVersionsBar;
    connect(m_otherVersions, &OtherVersionsBar::versionChosen, this, &MainWindow::showVersionDiff);
    readingLayout->addWidget(m_otherVersions);
    readingLayout->addWidget(m_readingPane);
    readingLayout->addWidget(m_findBar);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(readingArea);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    m_countLabel = new QLabel;
    statusBar()->addPermanentWidget(m_countLabel);
}

// Only once the panes and the actions that show an article exist.
void MainWindow::followArticleList()
{
    m_readStateActions = new ReadStateActions(m_database.connection(), m_store, m_list, m_undoStack, this);
    m_readStateActions->setObjectName(QStringLiteral("readStateActions"));
    // M and S are plain letters, as j and k: kept to the list and the reading pane.
    for (QAction *action : { m_readStateActions->toggleReadAction(), m_readStateActions->toggleStarAction() }) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_splitter->addAction(action);
    }
    addAction(m_readStateActions->markAllReadAction());
    connect(m_list, &ArticleListPane::currentArticleChanged, this, &MainWindow::showCurrentArticle);
    connect(m_list, &ArticleListPane::copiesRequested, this, &MainWindow::showCopiesMenu);
    connect(m_list, &ArticleListPane::entityFilterRemoved, this, [this] { setEntityFilter(0); });
    connect(m_list, &ArticleListPane::resultsShown, this, [this] {
        keepCurrentArticle();
        updateStatus();
    });
}

void MainWindow::setUpEntitiesDock()
{
    m_entityPanel = new EntityPanel;
    m_entityPanel->setObjectName(QStringLiteral("entityPanel"));
    m_entityDock = new QDockWidget(tr("Entities"), this);
    m_entityDock->setObjectName(QStringLiteral("entitiesDock"));
    m_entityDock->setWidget(m_entityPanel);
    m_entityDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, m_entityDock);

    m_entityActions =
        new EntityActions(m_entities, m_store, m_database.path(), m_readingPane, m_entityPanel, m_undoStack, this);
    m_entityActions->setObjectName(QStringLiteral("entityActions"));
    connect(m_entityActions, &EntityActions::articlesNamingRequested, this, &MainWindow::setEntityFilter);
    connect(m_entityActions, &EntityActions::reindexRequested, this, &MainWindow::reindex);
    connect(this, &MainWindow::reindexed, m_entityActions, &EntityActions::reindexed);
}

void MainWindow::setUpPassagesDock()
{
    m_passagePanel = new PassagePanel(m_passages, m_entities);
    m_passagePanel->setObjectName(QStringLiteral("passagePanel"));
    m_passageDock = new QDockWidget(tr("Passages"), this);
    m_passageDock->setObjectName(QStringLiteral("passagesDock"));
    // In a scroll area: waiting in a narrow tab beside the entities, its
    // filters must not make the whole window wider.
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_passagePanel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_passageDock->setWidget(scroll);
    m_passageDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::BottomDockWidgetArea, m_passageDock);

    m_passageActions = new PassageActions(m_passages, m_store, m_readingPane, m_passagePanel, m_undoStack, this);
    m_passageActions->setObjectName(QStringLiteral("passageActions"));
    connect(m_passageActions, &PassageActions::articleRequested, this, &MainWindow::selectArticle);
    // A passage's article that the entity chip filters out: show them all.
    connect(m_list, &ArticleListPane::articleNotListed, this, [this](qint64 id) {
        if (m_list->entityFilter() && m_passageActions->waitsForArticle(id)) {
            setEntityFilter(0);
            selectArticle(id);
        } else {
            m_passageActions->articleNotListed(id);
        }
    });
    connect(m_passageActions, &PassageActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    m_passageActions->restoreUndoHistory();
}

// The timeline of the list, beside the passages; it follows the list and
// the entity picked, and sets the list's date filter.
void MainWindow::setUpTimelineDock()
{
    auto *timeline = new TimelinePanel(m_database.path());
    timeline->setObjectName(QStringLiteral("timelinePanel"));
    m_timelineDock = new QDockWidget(tr("Timeline"), this);
    m_timelineDock->setObjectName(QStringLiteral("timelineDock"));
    m_timelineDock->setWidget(timeline);
    m_timelineDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::BottomDockWidgetArea, m_timelineDock, Qt::Horizontal);
    resizeDocks({ m_passageDock, m_timelineDock }, { 1, 1 }, Qt::Horizontal);

    connect(m_list, &ArticleListPane::rowsChanged, timeline, [this, timeline] { timeline->setQuery(m_list->query()); });
    connect(m_entityPanel, &EntityPanel::entitySelected, timeline, [this, timeline](qint64 id) {
        const std::optional<Entity> entity = id ? m_entities.entity(id) : std::nullopt;
        timeline->setOverlayEntity(entity ? id : 0, entity ? entity->name : QString());
    });
    connect(timeline, &TimelinePanel::dateRangeChosen, m_list, &ArticleListPane::setDateFilter);
    timeline->setQuery(m_list->query());
}

// The Watches sidebar, left of the list: saved searches with their unread
// counts, counted on a worker at start, after each import and after
// articles are marked.
void MainWindow::setUpWatchesDock()
{
    m_watchCounter = new WatchCounter(m_database.path(), this);
    m_watchPanel = new WatchPanel(m_watches, *m_watchCounter);
    m_watchPanel->setObjectName(QStringLiteral("watchPanel"));
    m_watchDock = new QDockWidget(tr("Watches"), this);
    m_watchDock->setObjectName(QStringLiteral("watchesDock"));
    m_watchDock->setWidget(m_watchPanel);
    m_watchDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, m_watchDock);

    m_watchActions = new WatchActions(
        m_watches, *m_watchCounter, m_watchPanel,
        [this] {
            Watch watch = m_list->currentSearch();
            const std::optional<Entity> entity = watch.entityId ? m_entities.entity(watch.entityId) : std::nullopt;
            watch.entityLabel = entity ? entity->name : QString();
            return watch;
        },
        m_undoStack, this);
    m_watchActions->setObjectName(QStringLiteral("watchActions"));
    m_list->addSearchAction(m_watchActions->saveAction());
    m_watchNotifier = new WatchNotifier(this);
    m_watchNotifier->setObjectName(QStringLiteral("watchNotifier"));
    connect(m_watchActions, &WatchActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_watchPanel, &WatchPanel::watchActivated, this, &MainWindow::applyWatch);
    connect(m_watchCounter, &WatchCounter::countsChanged, m_watchPanel, &WatchPanel::showCounts);
    connect(m_watchCounter, &WatchCounter::newArticles, m_watchNotifier, &WatchNotifier::notify);
    // Marking articles changes the counts; a burst of marks counts once.
    auto *recount = new QTimer(this);
    recount->setSingleShot(true);
    recount->setInterval(1000);
    connect(recount, &QTimer::timeout, m_watchCounter, &WatchCounter::recount);
    connect(m_readStateActions, &ReadStateActions::statesChanged, recount, QOverload<>::of(&QTimer::start));
    m_watchCounter->recount();
}

void MainWindow::applyWatch(qint64 id)
{
    const std::optional<Watch> watch = m_watches.watch(id);
    if (!watch)
        return;
    // The chip first: the search that applySearch() starts keeps it.
    const std::optional<Entity> entity = watch->entityId ? m_entities.entity(watch->entityId) : std::nullopt;
    setEntityFilter(entity ? entity->id : 0);
    m_list->applySearch(*watch);
}

void MainWindow::countWatchesAfter(const ImportReport &report)
{
    if (report.changedStore())
        m_watchCounter->countNew(!report.updated.isEmpty());
}

void MainWindow::exportDigest()
{
    auto *dialog = new DigestDialog(m_database.connection(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        statusBar()->showMessage(tr("Digest written to %1").arg(QDir::toNativeSeparators(dialog->filePath())), 10000);
    });
    dialog->open();
}

// The panels are docks that can be tabbed together, with their tabs on
// top, where they are seen; the window's state keeps where the user put them.
void MainWindow::setUpDockLayout()
{
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks | GroupedDragging);
    setTabPosition(Qt::AllDockWidgetAreas, QTabWidget::North);
    // Bottom corners to the side docks: the Passages panel spans only the
    // list and the reading pane, which keep the height.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    connect(m_passagePanel->model(), &QAbstractItemModel::modelReset, this, [this] {
        if (m_passagesWaiting && m_passages.count(PassageQuery()) > 0)
            placePassagesBelow();
    });
}

// With nothing to list, the Passages panel waits tabbed behind the entities,
// so the text gets the height on a first start.
void MainWindow::arrangeDocksForFirstStart()
{
    if (m_passages.count(PassageQuery()) > 0) {
        placePassagesBelow();
        return;
    }
    // The dock tabbed on last is the one shown: the entities.
    addDockWidget(Qt::RightDockWidgetArea, m_passageDock);
    tabifyDockWidget(m_passageDock, m_entityDock);
    m_passagesWaiting = true;
}

// The first passage brings the panel under the list and the reading pane,
// a quarter of the window high, beside the timeline when it is there.
void MainWindow::placePassagesBelow()
{
    m_passagesWaiting = false;
    addDockWidget(Qt::BottomDockWidgetArea, m_passageDock);
    const bool besideTimeline =
        dockWidgetArea(m_timelineDock) == Qt::BottomDockWidgetArea && !m_timelineDock->isFloating();
    if (besideTimeline)
        splitDockWidget(m_passageDock, m_timelineDock, Qt::Horizontal);
    m_passageDock->show();
    resizeDocks({ m_passageDock }, { height() / 4 }, Qt::Vertical);
    if (besideTimeline)
        resizeDocks({ m_passageDock, m_timelineDock }, { width() * 3 / 5, width() * 2 / 5 }, Qt::Horizontal);
}

// A laptop's screen is used almost whole (room left for the title bar);
// a large one gets a window of 1440×900.
void MainWindow::fitFirstStart()
{
    const QSize available = screen()->availableSize();
    resize(qMin(1440, available.width() * 95 / 100), qMin(900, available.height() * 92 / 100));
}

// The reading pane gets its readable column when it can, the entities a
// fifth of the window at most, and the list the rest; the timeline, a
// glance rather than a place to read, a sixth of the height.
void MainWindow::shareTheSpace()
{
    resizeDocks({ m_timelineDock }, { height() / 6 }, Qt::Vertical);
    const int entities = qBound(220, width() / 5, 340);
    resizeDocks({ m_entityDock, m_watchDock }, { entities, qBound(180, width() / 7, 260) }, Qt::Horizontal);
    const int central = m_splitter->width();
    const int list = qMax(central * 2 / 5, central - m_readingPane->preferredWidth());
    m_splitter->setSizes({ list, central - list });
}

template<typename Slot>
QAction *MainWindow::makeAction(const QString &text, const QString &icon, const QList<QKeySequence> &keys, Slot slot)
{
    auto *action = new QAction(themeIcon(icon), text, this);
    action->setShortcuts(keys);
    connect(action, &QAction::triggered, this, slot);
    return action;
}

void MainWindow::setUpFileMenu()
{
    m_importAction = makeAction(tr("&Import Folder…"), QStringLiteral("folder-open"), { QKeySequence::Open },
                                &MainWindow::chooseFolderToImport);
    QAction *importTable =
        makeAction(tr("Import &Table…"), QStringLiteral("x-office-spreadsheet"), {}, &MainWindow::chooseTableToImport);
    auto *watched = new WatchedFoldersMenu(m_database, nameDetection(), this);
    connect(watched, &WatchedFoldersMenu::imported, this, [this](const ImportReport &report) {
        onBackgroundImport(tr("Watched folders: %1").arg(ImportSummaryDialog::summaryText(report)), report);
    });
    auto *feeds = new FeedActions(m_database, nameDetection(), this);
    connect(feeds, &FeedActions::imported, this, [this](const ImportReport &report) {
        m_list->refreshSources(); // a feed's title is its articles' source
        onBackgroundImport(tr("Feeds: %1").arg(ImportSummaryDialog::summaryText(report)), report);
    });
    QAction *digest =
        makeAction(tr("Export &Digest…"), QStringLiteral("document-export"), {}, &MainWindow::exportDigest);
    QAction *quitAction =
        makeAction(tr("&Quit"), QStringLiteral("application-exit"), { QKeySequence::Quit }, &QWidget::close);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_importAction);
    file->addAction(importTable);
    file->addMenu(watched);
    file->addSeparator();
    file->addActions({ feeds->subscribeAction(), feeds->feedsAction() });
    file->addSeparator();
    file->addActions({ m_passageActions->exportAction(), m_passageActions->importAction() });
    file->addAction(digest);
    // The daily backup starts here, on the thread pool.
    auto *backups = new UserDataBackups(m_database, this);
    connect(backups, &UserDataBackups::restored, this, &MainWindow::onUserDataRestored);
    file->addAction(backups->restoreAction());
    file->addSeparator();
    QAction *connectAction = makeAction(tr("&Connect to Team Server…"), QStringLiteral("network-server"), {},
                                        &MainWindow::connectToServer);
    connectAction->setObjectName(QStringLiteral("connectToServerAction"));
    file->addAction(connectAction);
    file->addSeparator();
    file->addAction(quitAction);
}

void MainWindow::connectToServer()
{
    ServerConnectDialog dialog(*m_settings, this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT serverConnectRequested(dialog.address());
}

void MainWindow::followServerChanges()
{
    // Nothing on a file: no other client writes to it while it is open.
    auto *listener = new ChangeListener(m_database.path(), this);
    connect(listener, &ChangeListener::changed, this, &MainWindow::showServerChange);
}

void MainWindow::showServerChange(const QString &table)
{
    // As after an import here: the list keeps its selection and place.
    if (table == QLatin1String("articles")) {
        m_list->refresh();
        showCurrentArticle(); // it may have been updated
        keepCurrentArticle();
        updateStatus();
        m_list->refreshSources();
    } else if (table == QLatin1String("passages")) {
        m_passagePanel->refresh();
        m_passageActions->showPassagesOfCurrentArticle();
    } else if (table == QLatin1String("watches")) {
        m_watchPanel->reload();
    } else {
        // entities, aliases, suppressions, mention_exclusions: the other
        // client finds the mentions again; the highlights and the entity
        // panel show what is stored now.
        reindex({});
    }
    Q_EMIT serverChangeShown(table);
}

void MainWindow::setUpEditMenu()
{
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    undo->setIcon(themeIcon(QStringLiteral("edit-undo")));
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(QKeySequence::Redo);
    redo->setIcon(themeIcon(QStringLiteral("edit-redo")));
    QAction *search = makeAction(tr("&Search Articles"), QStringLiteral("edit-find"),
                                 { QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(Qt::Key_Slash) },
                                 [this] { m_list->focusSearch(); });
    QAction *find = makeAction(tr("&Find in Article…"), QStringLiteral("edit-find"), { QKeySequence::Find },
                               [this] { m_findBar->activate(); });

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({ undo, redo });
    edit->addSeparator();
    edit->addAction(m_passageActions->bookmarkAction());
    edit->addAction(m_passageActions->renameLabelsAction());
    edit->addAction(m_passageActions->emptyTrashAction());
    edit->addSeparator();
    edit->addAction(m_entityActions->manageAction());
    edit->addSeparator();
    edit->addActions({ m_readStateActions->toggleReadAction(), m_readStateActions->toggleStarAction(),
                       m_readStateActions->markAllReadAction() });
    edit->addSeparator();
    edit->addActions({ search, find });
    edit->addAction(m_watchActions->saveAction());
}

void MainWindow::setUpViewMenu()
{
    m_zoomIn = makeAction(tr("Zoom &In"), QStringLiteral("zoom-in"),
                          { QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal) },
                          [this] { m_readingPane->zoomInText(); });
    m_zoomOut = makeAction(tr("Zoom &Out"), QStringLiteral("zoom-out"), { QKeySequence::ZoomOut },
                           [this] { m_readingPane->zoomOutText(); });
    QAction *zoomReset = makeAction(tr("&Actual Size"), QStringLiteral("zoom-original"),
                                    { QKeySequence(Qt::CTRL | Qt::Key_0) }, [this] { m_readingPane->resetZoom(); });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions({ m_zoomIn, m_zoomOut, zoomReset });
    view->addSeparator();
    view->addAction(m_passageDock->toggleViewAction());
    view->addAction(m_timelineDock->toggleViewAction());
    view->addAction(m_entityDock->toggleViewAction());
    view->addAction(m_watchDock->toggleViewAction());
    setUpAppThemeMenu(view);
    setUpThemeMenu(view);
}

void MainWindow::setUpAppThemeMenu(QMenu *view)
{
    m_appTheme = new AppTheme(this);
    m_appTheme->setObjectName(QStringLiteral("appTheme"));
    QMenu *menu = view->addMenu(tr("&Theme"));
    menu->addActions(m_appTheme->actions());
    connect(m_appTheme, &AppTheme::chosen, this,
            [this](AppTheme::Choice choice) { m_settings->setValue(appThemeKey, AppTheme::key(choice)); });
    m_appTheme->apply(AppTheme::fromKey(m_settings->value(appThemeKey).toString()));
}

void MainWindow::setUpThemeMenu(QMenu *view)
{
    const QStringList themes = m_readingPane->highlighter()->themeNames();
    if (themes.isEmpty())
        return;
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

void MainWindow::setUpGoMenu()
{
    QAction *next = makeAction(tr("&Next Article"), QStringLiteral("go-down"), { QKeySequence(Qt::Key_J) },
                               [this] { m_list->moveSelection(1); });
    QAction *previous = makeAction(tr("&Previous Article"), QStringLiteral("go-up"), { QKeySequence(Qt::Key_K) },
                                   [this] { m_list->moveSelection(-1); });
    // j and k are plain letters: keep them to the list and the reading
    // pane, so that a text field elsewhere can still be typed into.
    for (QAction *action : { next, previous }) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_splitter->addAction(action);
    }
    QAction *nextMention = makeAction(tr("Next &Mention"), QStringLiteral("go-next"), { QKeySequence::FindNext },
                                      [this] { m_readingPane->nextMention(); });
    QAction *previousMention = makeAction(tr("Pre&vious Mention"), QStringLiteral("go-previous"),
                                          { QKeySequence::FindPrevious }, [this] { m_readingPane->previousMention(); });

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addActions({ next, previous });
    go->addSeparator();
    go->addActions({ nextMention, previousMention });
}

void MainWindow::setUpHelpMenu()
{
    QAction *about = makeAction(tr("&About Veille"), QStringLiteral("help-about"), {}, [this] {
        QMessageBox::about(
            this, tr("About Veille"),
            tr("<h3>Veille %1</h3><p>A reading desk for news analysts.</p><p>Database: %2</p>")
                .arg(QApplication::applicationVersion(), QDir::toNativeSeparators(m_database.path()).toHtmlEscaped()));
    });
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    addHelpPages(help);
    help->addAction(about);
}

void MainWindow::addHelpPages(QMenu *help)
{
    QAction *shortcuts = help->addAction(themeIcon(QStringLiteral("input-keyboard")), tr("&Keyboard Shortcuts"));
    connect(shortcuts, &QAction::triggered, this, [this] {
        showHelpPage(QStringLiteral("shortcutsDialog"), tr("Keyboard Shortcuts"), { tr("Key"), tr("Action") },
                     HelpDialog::shortcutRows(menuBar()));
    });
    QAction *syntax = help->addAction(themeIcon(QStringLiteral("help-contents")), tr("&Search Syntax"));
    connect(syntax, &QAction::triggered, this, [this] {
        showHelpPage(QStringLiteral("searchSyntaxDialog"), tr("Search Syntax"),
                     { tr("You type"), tr("It finds articles") }, HelpDialog::searchSyntaxRows());
    });
    help->addSeparator();
}

void MainWindow::showHelpPage(const QString &name, const QString &title, const QStringList &headers,
                              const QVector<QPair<QString, QString>> &rows)
{
    // One page of each kind: asked again, it comes to the front.
    if (auto *open = findChild<HelpDialog *>(name)) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new HelpDialog(title, headers, rows, this);
    dialog->setObjectName(name);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::setUpToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_importAction);
    toolBar->addAction(m_passageActions->bookmarkAction());
    toolBar->addSeparator();
    // The magnifiers say enough: a low priority shows them without their
    // text beside, and the tooltip still names them.
    m_zoomOut->setPriority(QAction::LowPriority);
    m_zoomIn->setPriority(QAction::LowPriority);
    toolBar->addActions({ m_zoomOut, m_zoomIn });
}

void MainWindow::chooseFolderToImport()
{
    const QString start = m_settings->value(lastFolderKey, QDir::homePath()).toString();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import Folder"), start);
    if (folder.isEmpty())
        return;
    m_settings->setValue(lastFolderKey, folder);
    importPaths({ folder });
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
    connect(dialog, &QDialog::accepted, this, [this, dialog, path] { importPaths({ path }, dialog->mapping()); });
    dialog->open();
}

void MainWindow::importPaths(const QStringList &paths, const std::optional<ColumnMapping> &mapping)
{
    statusBar()->showMessage(tr("Importing…"));
    auto report = std::make_shared<ImportReport>();
    auto importer = std::make_unique<Importer>(m_database.path());
    if (mapping)
        importer->setColumnMapping(*mapping);
    connect(importer.get(), &Importer::waitingForWriter, this,
            [this] { statusBar()->showMessage(tr("Waiting for another import…")); });
    m_jobRunner->start(
        std::move(importer), tr("Importing articles…"),
        [report, paths, detection = nameDetection()](Job &job) {
            auto &importer = static_cast<Importer &>(job);
            importer.setNameDetection(detection());
            *report = importer.run(paths);
        },
        [this, report] { onImportFinished(*report); });
}

void MainWindow::reindex(const QStringList &texts)
{
    // Only the articles containing a changed name are read again; with no
    // names (a type changed), the window only shows the store anew.
    const auto refresh = [this] {
        const qint64 current = m_readingPane->articleId();
        if (m_list->entityFilter()) {
            m_list->refresh();
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
    m_jobRunner->start(std::make_unique<MentionIndexer>(m_database.path()), tr("Finding names again…"),
                       indexing(texts), refresh);
}

std::function<NameDetection()> MainWindow::nameDetection() const
{
    // The model is read on the job's thread, the first time a job needs
    // it: the window opens without waiting for it.
    const bool enabled = m_settings->value(QStringLiteral("names/tagger"), true).toBool();
    const float threshold =
        m_settings->value(QStringLiteral("names/minConfidence"), NameDetection::DefaultMinConfidence).toFloat();
    return [tagger = enabled ? m_tagger : nullptr, threshold] {
        return NameDetection{tagger ? tagger->get() : nullptr, threshold};
    };
}

void MainWindow::findNamesIfDetectionChanged()
{
    // A new model (an upgrade), another threshold, or the tagger turned on
    // or off: every article's names are found again, in the background.
    auto indexed = std::make_shared<int>(0);
    m_jobRunner->start(
        std::make_unique<MentionIndexer>(m_database.path()), tr("Finding names with the current model…"),
        [detection = nameDetection(), indexed](Job &job) {
            auto &indexer = static_cast<MentionIndexer &>(job);
            indexer.setNameDetection(detection());
            *indexed = indexer.runIfDetectionChanged();
        },
        [this, indexed] {
            if (*indexed > 0)
                reindex({});
        },
        JobRunner::Modality::Background);
}

std::function<void(Job &)> MainWindow::indexing(const QStringList &texts) const
{
    return [texts, detection = nameDetection()](Job &job) {
        auto &indexer = static_cast<MentionIndexer &>(job);
        indexer.setNameDetection(detection());
        indexer.run(texts);
    };
}

void MainWindow::onUserDataRestored(bool gazetteerChanged)
{
    m_passagePanel->refresh();
    if (!gazetteerChanged) {
        reindex({});
        return;
    }
    // Restored names and exclusions may be anywhere: every article is read again.
    m_jobRunner->start(std::make_unique<MentionIndexer>(m_database.path()), tr("Finding names again…"),
                       indexing({}), [this] { reindex({}); });
}

void MainWindow::onBackgroundImport(const QString &message, const ImportReport &report)
{
    m_list->refresh();
    showCurrentArticle(); // it may have been updated
    updateStatus();
    statusBar()->showMessage(message, 10000);
    countWatchesAfter(report);
}

void MainWindow::onImportFinished(const ImportReport &report)
{
    m_list->refresh();
    showCurrentArticle(); // it may have been updated
    m_passagePanel->refresh(); // re-anchored passages may have moved or been orphaned
    keepCurrentArticle();
    updateStatus();
    m_list->refreshSources();
    statusBar()->showMessage(ImportSummaryDialog::summaryText(report), 10000);

    auto *summary = new ImportSummaryDialog(report, this);
    summary->setAttribute(Qt::WA_DeleteOnClose);
    summary->open();
    countWatchesAfter(report);
    Q_EMIT importFinished(report);
}

void MainWindow::selectArticle(qint64 id)
{
    m_list->selectArticle(id);
}

void MainWindow::keepCurrentArticle()
{
    m_list->selectArticleOrFirst(m_readingPane->articleId());
}

void MainWindow::showCurrentArticle()
{
    const qint64 id = m_list->currentArticleId();
    const std::optional<Article> article = id ? m_store.article(id) : std::nullopt;
    if (article) {
        // Keep the place when the same article is shown again after a change.
        const bool same = m_readingPane->articleId() == id;
        const TextRange selection = m_readingPane->bodySelection();
        {
            const ReadingPane::PaintOnce paintOnce(m_readingPane);
            m_readingPane->showArticle(*article);
            m_entityActions->showEntitiesOf(*article);
            m_passageActions->showPassagesOfCurrentArticle();
        }
        if (same && selection.start >= 0)
            m_readingPane->selectBodyRange(selection);
        // Unchanged on a restart: no file to write while the window opens.
        if (m_settings->value(lastArticleKey).toLongLong() != id)
            m_settings->setValue(lastArticleKey, id);
        m_readStateActions->articleShown(id);
        m_otherVersions->setCopies(m_stories.copiesOf(id));
    } else if (!m_store.lastError().isEmpty()) {
        m_readingPane->showPlaceholder(tr("This article cannot be read: %1").arg(m_store.lastError()));
    }
}

// The list's "+N copies": its article becomes the open one, and the copy
// chosen is compared with it.
void MainWindow::showCopiesMenu(qint64 articleId, const QPoint &globalPos)
{
    m_list->selectArticle(articleId);
    QMenu menu;
    OtherVersionsBar::addCopies(&menu, m_stories.copiesOf(articleId));
    if (const QAction *chosen = menu.exec(globalPos))
        showVersionDiff(chosen->data().toLongLong());
}

void MainWindow::showVersionDiff(qint64 copyId)
{
    const std::optional<Article> open = m_store.article(m_readingPane->articleId());
    const std::optional<Article> copy = m_store.article(copyId);
    if (!open || !copy)
        return;
    auto *dialog = new VersionDiffDialog(*open, *copy, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::setEntityFilter(qint64 entityId)
{
    if (m_list->entityFilter() == entityId)
        return;
    const auto entity = entityId ? m_entities.entity(entityId) : std::nullopt;
    m_list->showArticlesNaming(
        entityId,
        entity ? literalActionText(tr("%1 (%2)  ✕").arg(entity->name, entityTypeName(entity->type))) : QString());
    if (entity)
        m_entityActions->showCooccurring(entityId);
    // The open article stays open when the new rows, once shown, list it.
}

void MainWindow::updateStatus()
{
    if (m_list->isBusy()) {
        m_countLabel->setText(tr("Counting articles…")); // resultsShown() comes with the count
        return;
    }
    const int count = m_list->articleCount();
    m_countLabel->setText(tr("%Ln article(s)", nullptr, count));
    if (count == 0 && m_list->showsEveryArticle())
        m_readingPane->showPlaceholder(
            tr("No articles yet.\nImport a folder with File → Import Folder (Ctrl+O), or drop files here."));
}

void MainWindow::restoreState()
{
    if (!restoreGeometry(m_settings->value(geometryKey).toByteArray()))
        fitFirstStart();
    if (QMainWindow::restoreState(m_settings->value(windowStateKey).toByteArray()))
        m_passagesWaiting = m_settings->value(passagesWaitingKey, false).toBool();
    else
        arrangeDocksForFirstStart();
    if (!m_splitter->restoreState(m_settings->value(splitterKey).toByteArray())) {
        m_splitter->setSizes({ 420, 640 });
        // Once shown, when the docks have their real widths.
        QTimer::singleShot(0, this, &MainWindow::shareTheSpace);
    }
    m_readingPane->setZoomSteps(m_settings->value(zoomKey, 0).toInt());

    const int column = m_settings->value(sortColumnKey, int(ArticleListModel::DateColumn)).toInt();
    const auto order = Qt::SortOrder(m_settings->value(sortOrderKey, int(Qt::DescendingOrder)).toInt());
    m_list->restoreSortOrder(column, order);
    connect(m_list, &ArticleListPane::sortOrderChanged, this, [this](int sortColumn, Qt::SortOrder sortOrder) {
        m_settings->setValue(sortColumnKey, sortColumn);
        m_settings->setValue(sortOrderKey, int(sortOrder));
    });
    // The article the user last read is looked for anywhere in the list,
    // once: after a filter changes, only on the list's first page.
    const qint64 last = m_settings->value(lastArticleKey, 0).toLongLong();
    if (last)
        m_list->selectArticle(last);
    if (!last || m_list->currentArticleId() != last)
        m_list->selectArticleOrFirst(0);
}

void MainWindow::saveState()
{
    m_settings->setValue(geometryKey, saveGeometry());
    m_settings->setValue(windowStateKey, QMainWindow::saveState());
    m_settings->setValue(passagesWaitingKey, m_passagesWaiting);
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
