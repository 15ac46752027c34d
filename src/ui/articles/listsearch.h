// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articles/articlequery.h"
#include "search/articlesearcher.h"

#include <QObject>

namespace Veille {

class ArticleFilterBar;
class ArticleListModel;
class SearchBar;

/*! Ties the search field and the filter bar to the article list: each
 * change runs a search on a worker thread, and the latest result replaces
 * the list's rows; the inline message says what was not understood. */
class ListSearch : public QObject
{
    Q_OBJECT
public:
    ListSearch(const QString &databasePath, ArticleListModel *model, SearchBar *searchBar, ArticleFilterBar *filterBar,
               QObject *parent = nullptr);

    /*! Searches again with what the bar, the filters and the entity chip say now. */
    void start();
    /*! Whether the rows, or their count, are on their way. */
    bool isBusy() const;
    /*! The entity the list shows the articles of (0: every article); it
     * applies from the next start(), and entityId() says it at once. */
    void setEntityId(qint64 entityId) { m_entityId = entityId; }
    qint64 entityId() const { return m_entityId; }

Q_SIGNALS:
    /*! The list shows the first rows of the latest search; all of them
     * once isBusy() is false, else counted() follows. */
    void resultsShown();
    /*! The list shows every row of the latest search. */
    void counted();

private:
    void show(const ArticleSearcher::Result &result);

    ArticleSearcher m_searcher;
    ArticleListModel *m_model = nullptr;
    SearchBar *m_searchBar = nullptr;
    ArticleFilterBar *m_filterBar = nullptr;
    // The order the column headers chose, for when no ranking applies.
    ArticleQuery::SortKey m_headerKey = ArticleQuery::SortKey::Date;
    Qt::SortOrder m_headerOrder = Qt::DescendingOrder;
    qint64 m_entityId = 0;
    bool m_counting = false;
};

} // namespace Veille
