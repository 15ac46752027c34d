// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articles/articlestore.h"
#include "import/columnmapping.h"
#include "reading/entityspan.h"
#include "entities/entitystore.h"
#include "passages/passagestore.h"

#include <QMainWindow>

class QDockWidget;
class QLabel;
class QMenu;
class QSettings;
class QSplitter;
class QToolButton;
class QTreeView;
class QUndoStack;

namespace Veille {

class ArticleFilterBar;
class ArticleListModel;
class Database;
class FindBar;
class ListSearch;
class SearchBar;
class EntityPanel;
class JobRunner;
class PassageActions;
class PassagePanel;
class ReadingPane;
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

    QTreeView *articleView() const { return m_articleView; }
    ReadingPane *readingPane() const { return m_readingPane; }
    ArticleListModel *articleModel() const { return m_model; }
    EntityPanel *entityPanel() const { return m_entityPanel; }
    QUndoStack *undoStack() const { return m_undoStack; }
    JobRunner *jobRunner() const { return m_jobRunner; }
    PassagePanel *passagePanel() const { return m_passagePanel; }
    PassageActions *passageActions() const { return m_passageActions; }
    SearchBar *searchBar() const { return m_searchBar; }
    ArticleFilterBar *filterBar() const { return m_filterBar; }
    ListSearch *listSearch() const { return m_listSearch; }
    FindBar *findBar() const { return m_findBar; }

Q_SIGNALS:
    /*! The store changed and the list shows it; the summary is open. */
    void importFinished(const Veille::ImportReport &report);
    /*! Mentions were found again after a change to the gazetteer. */
    void reindexed();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setUpActions();
    void chooseFolderToImport();
    void chooseTableToImport();
    void showCurrentArticle();
    void showEntities(const Article &article);
    void showCooccurring(qint64 entityId);
    void addCurationActions(QMenu *menu, int start, int end, const EntitySpan *span);
    void acceptSuggestion(const EntitySpan &suggestion);
    void reindex(const QStringList &texts);
    void moveSelection(int delta);
    void onImportFinished(const ImportReport &report);
    void updateStatus();
    void restoreState();
    void saveState();

    Database &m_database;
    ArticleStore m_store;
    EntityStore m_entities;
    PassageStore m_passages;
    ArticleListModel *m_model = nullptr;
    QSplitter *m_splitter = nullptr;
    QTreeView *m_articleView = nullptr;
    ReadingPane *m_readingPane = nullptr;
    QLabel *m_countLabel = nullptr;
    QWidget *m_filterChip = nullptr;
    QToolButton *m_filterButton = nullptr;
    EntityPanel *m_entityPanel = nullptr;
    QUndoStack *m_undoStack = nullptr;
    JobRunner *m_jobRunner = nullptr;
    PassagePanel *m_passagePanel = nullptr;
    QDockWidget *m_passageDock = nullptr;
    PassageActions *m_passageActions = nullptr;
    SearchBar *m_searchBar = nullptr;
    ArticleFilterBar *m_filterBar = nullptr;
    ListSearch *m_listSearch = nullptr;
    FindBar *m_findBar = nullptr;
    QVector<EntitySpan> m_suggestions; //!< of the open article, as the panel lists them
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Veille
