// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/articlelistmodel.h"

#include "db/database.h"
#include "db/querybudget.h"
#include "models/itemdatarole.h"

#include <QPoint>

#include <algorithm>
#include <utility>

namespace Veille {

namespace {
// What the worker of locateArticle() finds: the article's row and the page
// that holds it.
struct Located {
    int row = -1;
    ArticleStore::Page page;
};

// The model's page that holds \a row, the article at \a cursor: the rows
// before it on that page, read backwards from it, end with the cursor the
// page starts after. Empty when the rows moved meanwhile.
ArticleStore::Page pageHolding(const ArticleStore &store, const ArticleQuery &query, const ArticleCursor &cursor,
                               int row)
{
    constexpr int pageSize = ArticleListModel::PageSize;
    const int onPage = row % pageSize;
    if (row < pageSize)
        return store.page(query, std::nullopt, pageSize);
    const ArticleStore::Page earlier = store.page(query, cursor, onPage + 1, true);
    if (earlier.cursors.size() != onPage + 1)
        return {};
    return store.page(query, earlier.cursors.first(), pageSize);
}
} // namespace

ArticleListModel::ArticleListModel(const ArticleStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    m_growth.setInterval(0);
    connect(&m_growth, &QTimer::timeout, this, &ArticleListModel::growStep);
}

void ArticleListModel::readAside(const QString &databasePath)
{
    m_asidePath = databasePath;
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ArticleStore::Page &ArticleListModel::pageAt(int pageIndex) const
{
    const auto cached = std::find_if(m_pages.begin(), m_pages.end(),
                                     [pageIndex](const auto &entry) { return entry.first == pageIndex; });
    if (cached != m_pages.end()) {
        m_pages.splice(m_pages.end(), m_pages, cached);
        return m_pages.back().second;
    }

    // Continue from a neighbouring page by keyset when one is cached; only
    // a jump far into the list counts an offset, and then only in the index.
    ArticleStore::Page page;
    const auto neighbour = [this](int index) {
        return std::find_if(m_pages.begin(), m_pages.end(), [index](const auto &entry) {
            return entry.first == index && !entry.second.cursors.isEmpty();
        });
    };
    if (const auto before = neighbour(pageIndex - 1); before != m_pages.end()) {
        page = m_store.page(m_query, before->second.cursors.last(), PageSize);
    } else if (const auto after = neighbour(pageIndex + 1); after != m_pages.end()) {
        page = m_store.page(m_query, after->second.cursors.first(), PageSize, true);
    } else if (waitsForCheckpoints(pageIndex * PageSize)) {
        // The latest few: a view shows no more, and a scroll bar dragged
        // through a million rows meanwhile would list thousands.
        if (!m_blankPages.contains(pageIndex))
            m_blankPages.append(pageIndex);
        if (m_blankPages.size() > CachedPages)
            m_blankPages.removeFirst();
        static const ArticleStore::Page blank;
        return blank;
    } else {
        page = m_store.page(m_query, jumpCursor(pageIndex * PageSize), PageSize);
    }
    return cachePage(pageIndex, std::move(page));
}

const ArticleStore::Page &ArticleListModel::cachePage(int pageIndex, ArticleStore::Page page) const
{
    if (m_pages.size() >= CachedPages)
        m_pages.pop_front();
    m_pages.emplace_back(pageIndex, std::move(page));
    return m_pages.back().second;
}

std::optional<ArticleCursor> ArticleListModel::jumpCursor(int row) const
{
    // Counting an OFFSET in the index costs time in proportion to the rows
    // skipped: tens of milliseconds in the middle of a million articles.
    // Far jumps count from the nearest checkpoint instead.
    if (row < 2 * CheckpointStep)
        return m_store.cursorBefore(m_query, row);
    if (!m_checkpointsRead) {
        m_checkpoints = m_store.checkpoints(m_query, CheckpointStep);
        m_checkpointsRead = true;
    }
    const int checkpoint = std::min(row / CheckpointStep, int(m_checkpoints.size())) - 1;
    if (checkpoint < 0)
        return m_store.cursorBefore(m_query, row);
    return m_store.cursorBefore(m_query, row, m_checkpoints.at(checkpoint), (checkpoint + 1) * CheckpointStep - 1);
}

// Starts reading the checkpoints on the worker when row needs them and they
// are neither read nor on their way.
bool ArticleListModel::waitsForCheckpoints(int row) const
{
    if (m_asidePath.isEmpty() || m_checkpointsRead || row < 2 * CheckpointStep)
        return false;
    if (m_checkpointsAsked != m_reads) {
        m_checkpointsAsked = m_reads;
        if (!m_checkpointTask)
            m_checkpointTask = std::make_unique<LatestTask>();
        const QString path = m_asidePath;
        const ArticleQuery query = m_query;
        const quint64 reads = m_reads;
        auto *self = const_cast<ArticleListModel *>(this);
        m_checkpointTask->start<QVector<ArticleCursor>>(
            self,
            [path, query](const std::function<bool()> &) {
                Database database(path, Database::uniqueConnectionName(QStringLiteral("checkpoints")));
                return database.open() ? ArticleStore(database.connection()).checkpoints(query, CheckpointStep)
                                       : QVector<ArticleCursor>();
            },
            [self, reads](const QVector<ArticleCursor> &checkpoints) {
                if (reads != self->m_reads || self->m_rowCount == 0)
                    return;
                self->m_checkpoints = checkpoints;
                self->m_checkpointsRead = true;
                // Only the pages shown blank: a change of every row costs
                // a view 60 ms for 200,000 of them.
                for (const int blank : std::exchange(self->m_blankPages, {})) {
                    const int last = std::min((blank + 1) * PageSize, self->m_rowCount) - 1;
                    Q_EMIT self->dataChanged(self->index(blank * PageSize, 0), self->index(last, ColumnCount - 1));
                }
            });
    }
    return true;
}

const ArticleSummary *ArticleListModel::summaryAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const ArticleStore::Page &page = pageAt(row / PageSize);
    const int offset = row % PageSize;
    return offset < page.rows.size() ? &page.rows.at(offset) : nullptr;
}

const SearchHit *ArticleListModel::hitAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const ArticleStore::Page &page = pageAt(row / PageSize);
    const int offset = row % PageSize;
    return offset < page.hits.size() ? &page.hits.at(offset) : nullptr;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArticleSummary *summary = summaryAt(index.row());
    if (!summary)
        return {};
    const auto shown = m_shownStates.constFind(summary->id);
    if (shown != m_shownStates.cend() && (role == ReadRole || role == StarredRole || role == ChangedRole))
        return role == ReadRole   ? shown->first
            : role == StarredRole ? shown->second
                                  : summary->changed && !shown->first;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return summary->title;
        case DateColumn:
            return summary->date.isNull() ? tr("undated") : summary->date.toDisplayString(m_locale);
        case SourceColumn:
            return summary->source;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() != TitleColumn)
            break;
        return summary->changed ? summary->title + QLatin1Char('\n') + tr("Updated since it was read") : summary->title;
    case ReadRole:
        return summary->read;
    case StarredRole:
        return summary->starred;
    case ChangedRole:
        return summary->changed;
    case StoryRole:
        return summary->story;
    case CopiesRole:
        return summary->copies;
    case ArticleIdRole:
        return summary->id;
    case DateIsoRole:
        return summary->date.toIsoString();
    case SourceRole:
        return summary->source;
    case SnippetRole:
        if (const SearchHit *hit = hitAt(index.row()))
            return hit->snippet;
        break;
    case SnippetMarksRole:
        if (const SearchHit *hit = hitAt(index.row())) {
            QVariantList marks;
            for (const auto &mark : hit->marks)
                marks.append(QPoint(mark.start, mark.end));
            return marks;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case DateColumn:
        return tr("Date");
    case SourceColumn:
        return tr("Source");
    }
    return {};
}

void ArticleListModel::sort(int column, Qt::SortOrder order)
{
    static constexpr ArticleQuery::SortKey keys[] = { ArticleQuery::SortKey::Title, ArticleQuery::SortKey::Date,
                                                      ArticleQuery::SortKey::Source };
    if (column < 0 || column >= ColumnCount)
        return;
    ArticleQuery query = m_query;
    query.sortKey = keys[column];
    query.order = order;
    setQuery(query);
}

void ArticleListModel::setQuery(const ArticleQuery &query)
{
    if (query == m_query)
        return;
    if (!query.sameRows(m_query)) {
        // Another set of rows, not the same rows in another order.
        beginResetModel();
        m_query = query;
        forgetReads();
        m_shownStates.clear();
        resetRowCount(m_store.count(m_query));
        endResetModel();
        return;
    }
    // Views keep their selection by persistent index; a new order moves
    // every row, so tell them as a layout change, not a reset.
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QVector<qint64> ids;
    ids.reserve(before.size());
    for (const QModelIndex &index : before)
        ids.append(articleIdAt(index.row()));
    m_query = query;
    forgetReads();
    // Counting the rows before an article deep in the new order takes
    // seconds at a million: with a worker, only the first page is looked
    // at here, and locateArticle() finds the others.
    QHash<qint64, int> rows;
    QModelIndexList after;
    after.reserve(before.size());
    for (int i = 0; i < before.size(); ++i) {
        const qint64 id = ids.at(i);
        auto row = rows.constFind(id);
        if (row == rows.cend())
            row = rows.insert(id, m_asidePath.isEmpty() ? rowOfArticle(id) : rowOfArticleRead(id));
        after.append(*row < 0 ? QModelIndex() : index(*row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ArticleListModel::setQuery(const ArticleQuery &query, int count, const ArticleStore::Page &firstPage)
{
    beginResetModel();
    m_query = query;
    forgetReads();
    m_shownStates.clear();
    resetRowCount(std::min(count, GrowthStep));
    if (count > 0 && !firstPage.rows.isEmpty())
        m_pages.emplace_back(0, firstPage);
    endResetModel();
    setRowCount(count);
}

void ArticleListModel::setRowCount(int count)
{
    m_targetRowCount = count;
    if (count < m_rowCount) {
        beginRemoveRows({}, count, m_rowCount - 1);
        m_rowCount = count;
        endRemoveRows();
    }
    if (!isGrowing())
        m_growth.stop();
    else if (!m_growth.isActive() && count - m_rowCount <= GrowthStep)
        growStep(); // few enough at once
    else
        m_growth.start();
}

// Inserts the next step of the rows; the last one on the timer's turn
// stops it and says so.
void ArticleListModel::growStep()
{
    const int last = m_rowCount + std::min(m_targetRowCount - m_rowCount, GrowthStep) - 1;
    beginInsertRows({}, m_rowCount, last);
    m_rowCount = last + 1;
    endInsertRows();
    if (!isGrowing() && m_growth.isActive()) {
        m_growth.stop();
        Q_EMIT rowsGrown();
    }
}

// Inside a reset: \a count rows, and none left to insert later.
void ArticleListModel::resetRowCount(int count)
{
    m_growth.stop();
    m_rowCount = count;
    m_targetRowCount = count;
}

void ArticleListModel::showState(qint64 id, bool read, bool starred)
{
    m_shownStates.insert(id, { read, starred });
    for (const auto &[pageIndex, page] : m_pages) {
        const int offset = int(
            std::find_if(page.rows.cbegin(), page.rows.cend(), [id](const ArticleSummary &row) { return row.id == id; })
            - page.rows.cbegin());
        if (offset < page.rows.size()) {
            const int row = pageIndex * PageSize + offset;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

void ArticleListModel::refresh()
{
    m_shownStates.clear();
    beginResetModel();
    forgetReads();
    resetRowCount(m_store.count(m_query));
    endResetModel();
}

// The rows may have changed: the pages and checkpoints read, and those on
// their way, are of no use any more.
void ArticleListModel::forgetReads()
{
    m_pages.clear();
    m_checkpoints.clear();
    m_checkpointsRead = false;
    m_blankPages.clear();
    ++m_reads;
}

int ArticleListModel::rowOfArticle(qint64 id) const
{
    return m_store.rowOf(m_query, id);
}

int ArticleListModel::rowOfArticleRead(qint64 id) const
{
    if (m_rowCount == 0 || id == 0)
        return -1;
    pageAt(0);
    for (const auto &[pageIndex, page] : m_pages) {
        const auto found = std::find_if(page.rows.cbegin(), page.rows.cend(),
                                        [id](const ArticleSummary &row) { return row.id == id; });
        if (found != page.rows.cend())
            return pageIndex * PageSize + int(found - page.rows.cbegin());
    }
    return -1;
}

void ArticleListModel::locateArticle(qint64 id)
{
    if (m_locateTask)
        m_locateTask->cancel();
    // A row already read, or an empty list, answers at once; without a
    // connection of its own, the model asks here.
    const int read = rowOfArticleRead(id);
    if (read >= 0 || m_rowCount == 0) {
        Q_EMIT articleLocated(id, read);
        return;
    }
    if (m_asidePath.isEmpty()) {
        Q_EMIT articleLocated(id, rowOfArticle(id));
        return;
    }
    if (!m_locateTask)
        m_locateTask = std::make_unique<LatestTask>();
    const QString path = m_asidePath;
    const ArticleQuery query = m_query;
    const quint64 reads = m_reads;
    m_locateTask->start<Located>(
        this,
        [path, query, id](const std::function<bool()> &cancelled) {
            Located located;
            Database database(path, Database::uniqueConnectionName(QStringLiteral("locate")));
            if (!database.open())
                return located;
            const QueryBudget budget(database.connection(), QueryBudget::DefaultMilliseconds, cancelled);
            const ArticleStore store(database.connection());
            const std::optional<ArticleCursor> cursor = store.cursorOf(query, id);
            located.row = cursor ? store.rowOf(query, *cursor) : -1;
            if (located.row >= 0)
                located.page = pageHolding(store, query, *cursor, located.row);
            // A page cut short by the budget, or read after an import moved
            // the rows, is left for the checkpoints to read again.
            if (budget.stopped() || located.page.rows.value(located.row % PageSize).id != id)
                located.page = {};
            return located;
        },
        [this, id, reads](const Located &located) {
            if (reads != m_reads)
                return;
            // The view scrolls to the row at once: its page is here already,
            // where a far row would wait for the checkpoints.
            const int pageIndex = located.row / PageSize;
            if (located.row >= 0 && !located.page.rows.isEmpty() && !isCached(pageIndex)) {
                cachePage(pageIndex, located.page);
                // Shown blank meanwhile: its rows are there now.
                if (m_blankPages.removeAll(pageIndex) > 0) {
                    const int last = std::min((pageIndex + 1) * PageSize, m_rowCount) - 1;
                    Q_EMIT dataChanged(index(pageIndex * PageSize, 0), index(last, ColumnCount - 1));
                }
            }
            Q_EMIT articleLocated(id, located.row);
        });
}

bool ArticleListModel::isCached(int pageIndex) const
{
    return std::any_of(m_pages.cbegin(), m_pages.cend(),
                       [pageIndex](const auto &entry) { return entry.first == pageIndex; });
}

qint64 ArticleListModel::articleIdAt(int row) const
{
    const ArticleSummary *summary = summaryAt(row);
    return summary ? summary->id : 0;
}

} // namespace Veille
