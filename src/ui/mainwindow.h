// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articles/articlestore.h"
#include "articles/storystore.h"
#include "entities/entitystore.h"
#include "entities/namedetection.h"
#include "import/columnmapping.h"
#include "passages/passagestore.h"
#include "watches/watchstore.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QSettings;
class QSplitter;
class QUndoStack;

namespace Veille {

class AppTheme;
class ArticleListPane;
class Database;
class EntityActions;
class EntityPanel;
class FindBar;
class Job;
class OtherVersionsBar;
class JobRunner;
class LazyTagger;
class PassageActions;
class PassagePanel;
class ReadStateActions;
class ReadingPane;
class TimelinePanel;
class WatchActions;
class WatchCounter;
class WatchNotifier;
class WatchPanel;
struct ImportReport;

/*! Veille's window: the article list beside the reading pane. */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /*! \a database must be open and outlive the window. */
    explicit MainWindow(Database &database, QWidget *parent = nullptr);
    ~MainWindow() override;

    /*! Imports \a paths in the background, then shows a summary. */
    void importPaths(const QStringList &paths, const std::optional<ColumnMapping> &mapping = std::nullopt);
    void selectArticle(qint64 id);
    /*! Shows only the articles that mention \a entityId (0: all of them). */
    void setEntityFilter(qint64 entityId);

Q_SIGNALS:
    /*! The store changed and the list shows it; the summary is open. */
    void importFinished(const Veille::ImportReport &report);
    /*! Mentions were found again after a change to the gazetteer. */
    void reindexed();
    /*! The user asked to work on the team server at \a address instead. */
    void serverConnectRequested(const QString &address);
    /*! Another client changed \a table on the team server and the window
     * shows it. */
    void serverChangeShown(const QString &table);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setUpCentralArea();
    void setUpEntitiesDock();
    void setUpPassagesDock();
    void followArticleList();
    void setUpTimelineDock();
    void setUpWatchesDock();
    /*! Lists what watch \a id saved: its search, filters and entity chip. */
    void applyWatch(qint64 id);
    /*! Counts the watches after \a report's import, and says what is new. */
    void countWatchesAfter(const ImportReport &report);
    void exportDigest();
    void setUpFileMenu();
    void connectToServer();
    /*! Reloads what shows \a table after another client changed it. */
    void showServerChange(const QString &table);
    void setUpEditMenu();
    void setUpViewMenu();
    void setUpThemeMenu(QMenu *view);
    void setUpAppThemeMenu(QMenu *view);
    void addHelpPages(QMenu *help);
    void showHelpPage(const QString &name, const QString &title, const QStringList &headers,
                      const QVector<QPair<QString, QString>> &rows);
    void setUpDockLayout();
    void arrangeDocksForFirstStart();
    void placePassagesBelow();
    void fitFirstStart();
    void shareTheSpace();
    void setUpGoMenu();
    void setUpHelpMenu();
    void setUpToolBar();
    template<typename Slot>
    QAction *makeAction(const QString &text, const QString &icon, const QList<QKeySequence> &keys, Slot slot);

    void chooseFolderToImport();
    void chooseTableToImport();
    void showCurrentArticle();
    void showCopiesMenu(qint64 articleId, const QPoint &globalPos);
    void showVersionDiff(qint64 copyId);
    /*! Keeps the article the reading pane shows current, or else the list's first. */
    void keepCurrentArticle();
    void reindex(const QStringList &texts);
    /*! How the jobs find names the gazetteer does not know, from the
     * settings ("names/tagger", "names/minConfidence"). */
    std::function<NameDetection()> nameDetection() const;
    /*! A job that finds the names again in the articles containing \a texts
     * (every article when empty). */
    std::function<void(Job &)> indexing(const QStringList &texts) const;
    void findNamesIfDetectionChanged();
    void onUserDataRestored(bool gazetteerChanged);
    void onImportFinished(const ImportReport &report);
    /*! After a watched folder's or a feed's import: the list and the status bar. */
    void onBackgroundImport(const QString &message, const ImportReport &report);
    void updateStatus();
    void followServerChanges();
    void restoreState();
    void saveState();

    Database &m_database;
    ArticleStore m_store;
    EntityStore m_entities;
    PassageStore m_passages;
    WatchStore m_watches;
    StoryStore m_stories;
    ArticleListPane *m_list = nullptr;
    QSplitter *m_splitter = nullptr;
    ReadingPane *m_readingPane = nullptr;
    OtherVersionsBar *m_otherVersions = nullptr;
    FindBar *m_findBar = nullptr;
    QLabel *m_countLabel = nullptr;
    EntityPanel *m_entityPanel = nullptr;
    EntityActions *m_entityActions = nullptr;
    QUndoStack *m_undoStack = nullptr;
    JobRunner *m_jobRunner = nullptr;
    PassagePanel *m_passagePanel = nullptr;
    QDockWidget *m_passageDock = nullptr;
    QDockWidget *m_entityDock = nullptr;
    AppTheme *m_appTheme = nullptr;
    bool m_passagesWaiting = false; //!< tabbed behind the entities until there is a passage
    PassageActions *m_passageActions = nullptr;
    ReadStateActions *m_readStateActions = nullptr;
    QDockWidget *m_timelineDock = nullptr;
    QDockWidget *m_watchDock = nullptr;
    WatchCounter *m_watchCounter = nullptr;
    WatchPanel *m_watchPanel = nullptr;
    WatchActions *m_watchActions = nullptr;
    WatchNotifier *m_watchNotifier = nullptr;
    // Both in a menu and on the toolbar.
    QAction *m_importAction = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    std::unique_ptr<QSettings> m_settings;
    std::shared_ptr<LazyTagger> m_tagger;
};

} // namespace Veille
