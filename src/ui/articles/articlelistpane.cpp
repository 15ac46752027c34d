// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articles/articlelistpane.h"

#include "articles/articlefilterbar.h"
#include "articles/articlelistview.h"
#include "articles/articlestore.h"
#include "articles/listsearch.h"
#include "articles/searchbar.h"
#include "articles/snippetdelegate.h"
#include "models/articlelistmodel.h"
#include "models/itemdatarole.h"
#include "plaintext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace Veille {

ArticleListPane::ArticleListPane(const ArticleStore &store, const QString &databasePath, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("articleListPane"));
    m_model = new ArticleListModel(m_store, this);
    m_model->readAside(databasePath);
    setUpView();
    m_searchBar = new SearchBar;
    m_filterBar = new ArticleFilterBar;
    m_filterBar->setSources(m_store.sources());
    m_entityChip = createEntityChip();
    m_listSearch = new ListSearch(databasePath, m_model, m_searchBar, m_filterBar, this);
    m_listSearch->setObjectName(QStringLiteral("listSearch"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_searchBar);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_entityChip);
    layout->addWidget(m_view);

    // An article to select is selected once it is on the first page shown,
    // or once every row is counted.
    const auto shown = [this] {
        if (m_articleToSelect) {
            const int row = m_model->rowOfArticleRead(m_articleToSelect);
            if (row >= 0) {
                m_articleToSelect = 0;
                selectRow(row);
            } else if (!m_listSearch->isBusy()) {
                selectArticle(std::exchange(m_articleToSelect, 0));
            }
        }
        Q_EMIT resultsShown();
    };
    connect(m_listSearch, &ListSearch::resultsShown, this, shown);
    connect(m_listSearch, &ListSearch::counted, this, shown);
    connect(m_model, &ArticleListModel::articleLocated, this, [this](qint64 id, int row) {
        if (id != m_articleToLocate)
            return;
        m_articleToLocate = 0;
        if (row >= 0)
            selectRow(row);
        else
            Q_EMIT articleNotListed(id);
    });
    // A new order keeps the open article current when it is on the first
    // page; else it is found on a worker, and selected when it is.
    connect(m_model, &QAbstractItemModel::layoutAboutToBeChanged, this,
            [this] { m_articleBeforeSort = currentArticleId(); });
    connect(m_model, &QAbstractItemModel::layoutChanged, this, [this] {
        const qint64 id = std::exchange(m_articleBeforeSort, 0);
        if (id && !m_view->currentIndex().isValid())
            selectArticle(id);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ArticleListPane::rowsChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ArticleListPane::announceCurrentArticle);
    // A row the user chose wins over an article still looked for.
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_articleToLocate = 0;
            });
    // A row far down is blank until the model has read it: its article
    // becomes current when it arrives.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ArticleListPane::announceCurrentArticle);
    // The first list, on the worker like every search: the window shows at once.
    m_listSearch->start();
}

// New rows that keep the open article current (a search, a filter, the
// chip) say nothing: showing it again took 25 ms of every search.
void ArticleListPane::announceCurrentArticle()
{
    const qint64 id = currentArticleId();
    if (id == 0 || id == m_announcedArticle)
        return;
    m_announcedArticle = id;
    Q_EMIT currentArticleChanged(id);
}

bool ArticleListPane::isBusy() const
{
    return m_listSearch->isBusy();
}

void ArticleListPane::setUpView()
{
    m_view = new ArticleListView;
    m_view->setObjectName(QStringLiteral("articleList"));
    m_view->setModel(m_model);
    showPlainToolTips(m_view);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *delegate = new SnippetDelegate(m_view);
    m_view->setItemDelegateForColumn(ArticleListModel::TitleColumn, delegate);
    connect(delegate, &SnippetDelegate::copiesRequested, this, [this](const QModelIndex &index, const QPoint &at) {
        Q_EMIT copiesRequested(index.data(ArticleIdRole).toLongLong(), at);
    });
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ArticleListModel::TitleColumn, QHeaderView::Stretch);
    header->resizeSection(ArticleListModel::DateColumn, fontMetrics().averageCharWidth() * 22);
    header->resizeSection(ArticleListModel::SourceColumn, fontMetrics().averageCharWidth() * 14);
    header->setSortIndicatorShown(true);
    header->setSectionsClickable(true);
}

// A removable chip above the list says which entity filters it.
QWidget *ArticleListPane::createEntityChip()
{
    auto *chip = new QWidget;
    auto *layout = new QHBoxLayout(chip);
    layout->setContentsMargins(4, 4, 4, 0);
    m_entityChipButton = new QToolButton;
    m_entityChipButton->setObjectName(QStringLiteral("entityFilterChip"));
    m_entityChipButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_entityChipButton->setAutoRaise(false);
    m_entityChipButton->setToolTip(tr("Show all articles again"));
    layout->addWidget(m_entityChipButton);
    layout->addStretch();
    chip->hide();
    connect(m_entityChipButton, &QToolButton::clicked, this, &ArticleListPane::entityFilterRemoved);
    return chip;
}

qint64 ArticleListPane::currentArticleId() const
{
    return m_view->currentIndex().data(ArticleIdRole).toLongLong();
}

int ArticleListPane::articleCount() const
{
    return m_model->rowCount();
}

bool ArticleListPane::showsEveryArticle() const
{
    // Every story, one row each, is every article too.
    ArticleQuery every;
    every.storyHead = m_model->query().storyHead;
    return m_model->query().sameRows(every);
}

ArticleQuery ArticleListPane::query() const
{
    return m_model->query();
}

qint64 ArticleListPane::entityFilter() const
{
    return m_listSearch->entityId();
}

Watch ArticleListPane::currentSearch() const
{
    Watch watch;
    watch.search = m_searchBar->text();
    watch.dateFrom = m_filterBar->fromEdit()->text().trimmed();
    watch.dateTo = m_filterBar->toEdit()->text().trimmed();
    watch.source = m_filterBar->sourceBox()->currentData().toString();
    watch.bookmarkedOnly = m_filterBar->bookmarkedBox()->isChecked();
    watch.unreadOnly = m_filterBar->unreadBox()->isChecked();
    watch.starredOnly = m_filterBar->starredBox()->isChecked();
    watch.entityId = entityFilter();
    return watch;
}

void ArticleListPane::applySearch(const Watch &watch)
{
    // Every field changes before one search starts: each change on its own
    // would start one, and list rows the watch does not.
    {
        const QSignalBlocker blockText(m_searchBar->lineEdit());
        const QSignalBlocker blockFilters(m_filterBar);
        m_searchBar->setText(watch.search);
        m_filterBar->setDateRange(watch.dateFrom, watch.dateTo);
        QComboBox *sources = m_filterBar->sourceBox();
        const QSignalBlocker blockSources(sources);
        if (!watch.source.isEmpty() && sources->findData(watch.source) < 0)
            sources->addItem(watch.source, watch.source); // no article has it yet
        sources->setCurrentIndex(qMax(0, sources->findData(watch.source)));
        for (const auto &box : { qMakePair(m_filterBar->bookmarkedBox(), watch.bookmarkedOnly),
                                 qMakePair(m_filterBar->unreadBox(), watch.unreadOnly),
                                 qMakePair(m_filterBar->starredBox(), watch.starredOnly) }) {
            const QSignalBlocker blockBox(box.first);
            box.first->setChecked(box.second);
        }
    }
    m_listSearch->start();
}

void ArticleListPane::addSearchAction(QAction *action)
{
    m_searchBar->lineEdit()->addAction(action, QLineEdit::TrailingPosition);
}

void ArticleListPane::selectArticle(qint64 id)
{
    if (m_listSearch->isBusy()) {
        m_articleToSelect = id; // in the rows on their way
        return;
    }
    m_articleToLocate = id;
    m_model->locateArticle(id);
}

void ArticleListPane::selectArticleOrFirst(qint64 id)
{
    // The current article stays; one that selectArticle() waits for comes.
    if ((id && id == currentArticleId()) || m_articleToSelect || m_articleToLocate)
        return;
    // The article stays selected when the new list shows it on its first
    // page, which it reads anyway; looking farther down would count every
    // row before it, on this thread.
    const int row = id ? m_model->rowOfArticleRead(id) : -1;
    selectRow(row >= 0 ? row : 0);
}

void ArticleListPane::selectRow(int row)
{
    m_articleToLocate = 0; // this row wins
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void ArticleListPane::moveSelection(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_view->currentIndex();
    const int row = current.isValid() ? qBound(0, current.row() + delta, rows - 1) : 0;
    const QModelIndex index = m_model->index(row, 0);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void ArticleListPane::showArticlesNaming(qint64 entityId, const QString &chipText)
{
    m_listSearch->setEntityId(entityId);
    m_listSearch->start();
    m_entityChip->setVisible(!chipText.isEmpty());
    m_entityChipButton->setText(chipText);
}

void ArticleListPane::setDateFilter(const QString &from, const QString &to)
{
    m_filterBar->setDateRange(from, to);
}

void ArticleListPane::restoreSortOrder(int column, Qt::SortOrder order)
{
    m_view->horizontalHeader()->setSortIndicator(column, order);
    m_view->setSortingEnabled(true);
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int sortColumn, Qt::SortOrder sortOrder) {
                const QModelIndex current = m_view->currentIndex();
                if (current.isValid())
                    m_view->scrollTo(current, QAbstractItemView::PositionAtCenter);
                Q_EMIT sortOrderChanged(sortColumn, sortOrder);
            });
}

void ArticleListPane::refresh()
{
    // On the worker, as a search: counting a million rows here would freeze the window.
    m_listSearch->start();
}

void ArticleListPane::showArticleState(qint64 id, bool read, bool starred)
{
    m_model->showState(id, read, starred);
}

void ArticleListPane::refreshSources()
{
    m_filterBar->setSources(m_store.sources());
}

void ArticleListPane::focusSearch()
{
    m_searchBar->focusSearch();
}

} // namespace Veille
