// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "articlelistmodel.h"
#include "database.h"
#include "importrunner.h"
#include "importsummarydialog.h"
#include "itemdatarole.h"
#include "readingpane.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
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
#include <QTreeView>

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

    m_readingPane = new ReadingPane;
    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->addWidget(m_articleView);
    m_splitter->addWidget(m_readingPane);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    m_countLabel = new QLabel;
    statusBar()->addPermanentWidget(m_countLabel);

    m_importRunner = new ImportRunner(database.path(), this);
    connect(m_importRunner, &ImportRunner::finished, this, &MainWindow::onImportFinished);
    connect(m_articleView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showCurrentArticle);
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
    QAction *about = makeAction(tr("&About Veille"), QStringLiteral("help-about"), {}, [this] {
        QMessageBox::about(this, tr("About Veille"),
                           tr("<h3>Veille %1</h3><p>A reading desk for news analysts.</p><p>Database: %2</p>")
                               .arg(QApplication::applicationVersion(),
                                    QDir::toNativeSeparators(m_database.path()).toHtmlEscaped()));
    });

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(importAction);
    file->addSeparator();
    file->addAction(quitAction);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions({zoomIn, zoomOut, zoomReset});
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addActions({next, previous});
    menuBar()->addMenu(tr("&Help"))->addAction(about);

    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(importAction);
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

void MainWindow::importPaths(const QStringList &paths)
{
    statusBar()->showMessage(tr("Importing…"));
    m_importRunner->start(paths);
}

void MainWindow::onImportFinished(const ImportReport &report)
{
    const qint64 current = m_readingPane->articleId();
    m_model->refresh();
    if (current)
        selectArticle(current);
    else if (m_model->rowCount() > 0)
        m_articleView->setCurrentIndex(m_model->index(0, 0));
    updateStatus();
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
        m_readingPane->showArticle(*article);
        m_settings->setValue(lastArticleKey, id);
    } else if (!m_store.lastError().isEmpty()) {
        m_readingPane->showPlaceholder(tr("This article cannot be read: %1").arg(m_store.lastError()));
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
    if (count == 0)
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
