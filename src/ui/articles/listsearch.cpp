// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articles/listsearch.h"

#include "articles/articlefilterbar.h"
#include "models/articlelistmodel.h"
#include "articles/searchbar.h"
#include "search/searchquery.h"

#include <QLocale>

namespace Veille {

ListSearch::ListSearch(const QString &databasePath, ArticleListModel *model, SearchBar *searchBar,
                       ArticleFilterBar *filterBar, QObject *parent)
    : QObject(parent)
    , m_searcher(databasePath, ArticleListModel::PageSize)
    , m_model(model)
    , m_searchBar(searchBar)
    , m_filterBar(filterBar)
{
    connect(m_searchBar, &SearchBar::searchRequested, this, &ListSearch::start);
    connect(m_filterBar, &ArticleFilterBar::changed, this, &ListSearch::start);
    connect(&m_searcher, &ArticleSearcher::finished, this, &ListSearch::show);
    // The list grows to the whole count; a count that failed leaves the
    // first page, and says why.
    connect(&m_searcher, &ArticleSearcher::counted, this, [this](quint64, int count, const QString &error) {
        m_counting = false;
        if (count >= 0)
            m_model->setRowCount(count);
        else
            m_searchBar->setMessage(error);
        if (!m_model->isGrowing())
            Q_EMIT counted();
    });
    // A million rows come in steps, so the window keeps answering.
    connect(m_model, &ArticleListModel::rowsGrown, this, [this] {
        if (!isBusy())
            Q_EMIT counted();
    });
    // A click on a column header while the best matches come first: the
    // header's order wins, and the button says so.
    // A sort while rows are on their way asks for them in the new order.
    connect(m_model, &QAbstractItemModel::layoutChanged, this, [this] {
        if (m_model->query().sortKey != ArticleQuery::SortKey::Relevance && !m_model->query().match.isEmpty())
            m_filterBar->setBestMatchFirst(false);
        // Rows still to be inserted do not depend on the order.
        if (m_searcher.isBusy() || m_counting)
            start();
    });
}

bool ListSearch::isBusy() const
{
    return m_searcher.isBusy() || m_counting || m_model->isGrowing();
}

void ListSearch::start()
{
    m_counting = false;
    ArticleQuery query = m_model->query();
    if (query.sortKey != ArticleQuery::SortKey::Relevance) {
        m_headerKey = query.sortKey;
        m_headerOrder = query.order;
    }
    // The search's own parts come from the text again.
    query = ArticleQuery();
    query.entityId = m_entityId;
    m_filterBar->applyTo(query);
    const QString text = m_searchBar->text();
    const bool ranked = m_filterBar->bestMatchFirst() && !SearchQuery::parse(text).match().isEmpty();
    query.sortKey = ranked ? ArticleQuery::SortKey::Relevance : m_headerKey;
    query.order = m_headerOrder;
    m_searcher.search(query, text);
}

void ListSearch::show(const ArticleSearcher::Result &result)
{
    if (!result.error.isEmpty()) {
        m_searchBar->setMessage(tr("The search failed: %1").arg(result.error));
        return;
    }
    m_model->setQuery(result.query, result.count, result.firstPage);
    m_counting = result.countPending;
    QStringList messages = result.problems;
    if (!m_filterBar->problem().isEmpty())
        messages << m_filterBar->problem();
    // The count of so many matches may come after the first page.
    if (result.sortedByDateInstead)
        messages << (result.countPending
                         ? tr("More than %1 matches: listed by date, newest first, as ranking so many would be slow.")
                               .arg(QLocale().toString(ArticleStore::RelevanceLimit))
                         : tr("%1 matches: listed by date, newest first, as ranking so many would be slow.")
                               .arg(QLocale().toString(result.count)));
    m_searchBar->setMessage(messages.join(QLatin1Char(' ')));
    Q_EMIT resultsShown();
}

} // namespace Veille
