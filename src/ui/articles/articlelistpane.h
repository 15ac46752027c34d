// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articles/articlequery.h"
#include "watches/watch.h"

#include <QWidget>

class QAction;
class QToolButton;

namespace Veille {

class ArticleFilterBar;
class ArticleListView;
class ArticleListModel;
class ArticleStore;
class ListSearch;
class SearchBar;

/*! The left side of the window: the search field, the filters, the chip of
 * the entity that filters the list, and the article list itself with the
 * search snippets. It says which article is current; the window shows it. */
class ArticleListPane : public QWidget
{
    Q_OBJECT
public:
    /*! \a store must outlive the pane; \a databasePath is searched on a worker thread. */
    ArticleListPane(const ArticleStore &store, const QString &databasePath, QWidget *parent = nullptr);

    /*! The article of the current row, or 0. */
    qint64 currentArticleId() const;
    int articleCount() const;
    /*! Whether the rows of a search, a filter or the chip are on their way:
     * until then, the list shows the rows before, or the first ones. */
    bool isBusy() const;
    /*! Whether the list shows every article: no search, filter or entity. */
    bool showsEveryArticle() const;
    /*! What the list shows: the search, the filters and the entity chip. */
    ArticleQuery query() const;
    /*! The entity the list is filtered by, or 0. */
    qint64 entityFilter() const;
    /*! What the user set up: the search as typed, the filters as they read
     * and the entity chip, for saving as a watch (no name or label). */
    Watch currentSearch() const;
    /*! Puts \a watch's search and filters in the search bar and the filter
     * bar, then lists what they find, in one search; the entity chip is the
     * caller's (showArticlesNaming()), set before. */
    void applySearch(const Watch &watch);
    /*! Puts \a action at the end of the search field, e.g. "Save Search as Watch…". */
    void addSearchAction(QAction *action);

    /*! Makes article \a id current, centred, when the list shows it; when
     * other rows are on their way (isBusy()), once they are shown. An
     * article far down is found on a worker first; one the list does not
     * show makes articleNotListed(). */
    void selectArticle(qint64 id);
    /*! Makes article \a id current when the list shows it, else the first row. */
    void selectArticleOrFirst(qint64 id);
    /*! Moves the current row by \a delta, within the list. */
    void moveSelection(int delta);
    /*! Lists only the articles naming \a entityId (0: all), with \a chipText
     * on the removable chip (empty: no chip); the rows come from a worker
     * thread, then resultsShown(). */
    void showArticlesNaming(qint64 entityId, const QString &chipText);
    /*! Lists only the articles dated from \a from to \a to, as if typed in the date filter. */
    void setDateFilter(const QString &from, const QString &to);
    /*! Sorts by \a column in \a order, then lets the headers sort. */
    void restoreSortOrder(int column, Qt::SortOrder order);
    /*! Shows article \a id read or not and starred or not, leaving it in its row. */
    void showArticleState(qint64 id, bool read, bool starred);
    /*! Reads the store again, e.g. after an import, on the worker: then resultsShown(). */
    void refresh();
    /*! Offers the store's agencies again in the source filter. */
    void refreshSources();
    void focusSearch();

Q_SIGNALS:
    /*! Another article is current: not when new rows keep the same one
     * current, nor when none is. */
    void currentArticleChanged(qint64 articleId);
    /*! The list shows the rows of the latest search: its first page,
     * then (again) all of them, once counted. */
    void resultsShown();
    /*! The user removed the entity chip: the window should list every article again. */
    void entityFilterRemoved();
    void sortOrderChanged(int column, Qt::SortOrder order);
    /*! The list holds other rows: a search, a filter, the chip or the store changed. */
    void rowsChanged();
    /*! The user clicked "+N copies" on the row of article \a articleId: the
     * window lists the story's other versions at \a globalPos. */
    void copiesRequested(qint64 articleId, const QPoint &globalPos);
    /*! selectArticle() found that the list does not show article \a articleId. */
    void articleNotListed(qint64 articleId);

private:
    /*! Makes \a row current and scrolls to it; a row the list lacks does nothing. */
    void selectRow(int row);
    void announceCurrentArticle();
    void setUpView();
    QWidget *createEntityChip();

    const ArticleStore &m_store;
    ArticleListModel *m_model = nullptr;
    ArticleListView *m_view = nullptr;
    SearchBar *m_searchBar = nullptr;
    ArticleFilterBar *m_filterBar = nullptr;
    ListSearch *m_listSearch = nullptr;
    QWidget *m_entityChip = nullptr;
    QToolButton *m_entityChipButton = nullptr;
    // The article to select once the rows on their way arrive, or 0.
    qint64 m_articleToSelect = 0;
    // The article whose row the model looks for, to select it, or 0.
    qint64 m_articleToLocate = 0;
    // The current article while the rows change order.
    qint64 m_articleBeforeSort = 0;
    // The article currentArticleChanged() last said.
    qint64 m_announcedArticle = 0;
};

} // namespace Veille
