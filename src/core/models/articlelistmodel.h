// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articles/articlequery.h"
#include "articles/articlestore.h"
#include "util/latesttask.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QLocale>
#include <QTimer>

#include <list>

namespace Veille {

/*! \brief The article list: title, date and source, sorted by any of them.
 *
 * Rows are read in pages through keyset queries and only a few pages are
 * cached, so memory stays flat whether the store holds ten articles or a
 * million. It is empty until setQuery() or refresh(); call refresh()
 * after the store changed.
 */
class ArticleListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, DateColumn, SourceColumn, ColumnCount };
    static constexpr int PageSize = 128;
    static constexpr int CachedPages = 8;
    //! A jump past this many rows starts from the nearest of the cursors of
    //! every CheckpointStep-th row, read once, instead of counting from the top.
    static constexpr int CheckpointStep = 256;
    //! Rows beyond this many are inserted this many at a time, one step per
    //! turn of the event loop: a view's header keeps an item per row, and a
    //! million at once kept the window from answering for 30-66 ms.
    //! refresh() and setQuery(query), which count on this thread, show
    //! every row at once.
    static constexpr int GrowthStep = 65536;

    explicit ArticleListModel(const ArticleStore &store, QObject *parent = nullptr);

    /*! \brief Reads what grows with the corpus on a worker thread with a
     * connection of its own to \a databasePath, so the window never waits
     * for it.
     *
     * - The checkpoints of a far jump (a second for 200,000 stories): until
     *   they arrive, the rows far down are blank, then dataChanged() says
     *   the blank pages changed.
     * - The row of an article for locateArticle().
     * - After sort(), the rows that stay selected: only those on the first
     *   page do at once; the others become invalid, and their articles can
     *   be located.
     *
     * Without it, all of these are read here. */
    void readAside(const QString &databasePath);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    ArticleQuery query() const { return m_query; }
    void setQuery(const ArticleQuery &query);
    /*! \brief Shows \a query's rows, already counted and with its first
     * page read, e.g. on a worker thread; the model reads the next pages.
     * Rows beyond GrowthStep may come in steps (isGrowing()). */
    void setQuery(const ArticleQuery &query, int count, const ArticleStore::Page &firstPage);
    /*! \brief Shows \a count rows, when the setQuery() above was given
     * its first page's only: the rows after it are inserted, GrowthStep at
     * a time (isGrowing()). */
    void setRowCount(int count);
    /*! \brief Whether rows are still to be inserted, in steps; rowsGrown()
     * follows. A new query or refresh() drops them. */
    bool isGrowing() const { return m_rowCount < m_targetRowCount; }
    /*! \brief Re-reads the store, e.g. after an import. */
    void refresh();
    /*! \brief The row of article \a id, or -1 when the list does not show it. */
    int rowOfArticle(qint64 id) const;
    /*! \brief Finds the row of article \a id, then articleLocated(): at once
     * when a page read holds it, else on the worker of readAside(), unless
     * the rows change meanwhile (counting the rows before an article deep in
     * a million takes seconds). A newer call supersedes an older one. */
    void locateArticle(qint64 id);
    /*! \brief The row of article \a id when the list's first page, or
     * another page it has read, holds it, else -1: a bounded rowOfArticle(),
     * which counts every row before the article (a second for an entity in
     * most of 200,000 articles). */
    int rowOfArticleRead(qint64 id) const;
    qint64 articleIdAt(int row) const;
    /*! \brief Shows article \a id as read or not and starred or not, at
     * once and without re-reading: its row stays where it is (so it does
     * not leave an "Unread" list under the reader's eyes) until refresh(). */
    void showState(qint64 id, bool read, bool starred);

Q_SIGNALS:
    /*! \brief locateArticle() found article \a id at \a row, or -1 when
     * the list does not show it. */
    void articleLocated(qint64 id, int row);
    /*! \brief The rows left to insert in steps, on later turns of the
     * event loop, are all in: rowCount() is what setQuery() or
     * setRowCount() said. Not emitted when they were all inserted at once,
     * nor when a new query, refresh() or a smaller count dropped them. */
    void rowsGrown();

private:
    const ArticleSummary *summaryAt(int row) const;
    const SearchHit *hitAt(int row) const;
    const ArticleStore::Page &pageAt(int pageIndex) const;
    const ArticleStore::Page &cachePage(int pageIndex, ArticleStore::Page page) const;
    bool isCached(int pageIndex) const;
    std::optional<ArticleCursor> jumpCursor(int row) const;
    bool waitsForCheckpoints(int row) const;
    void forgetReads();
    void resetRowCount(int count);
    void growStep();

    const ArticleStore &m_store;
    ArticleQuery m_query;
    QLocale m_locale;
    int m_rowCount = 0;
    // The rows setQuery() or setRowCount() said, which growStep() inserts
    // on m_growth's turns.
    int m_targetRowCount = 0;
    QTimer m_growth;
    // Least recently used first; the cache is tiny, so a linear scan wins.
    mutable std::list<std::pair<int, ArticleStore::Page>> m_pages;
    // The cursors of rows CheckpointStep - 1, 2 * CheckpointStep - 1…, read
    // at the first far jump; dropped with the pages.
    mutable QVector<ArticleCursor> m_checkpoints;
    mutable bool m_checkpointsRead = false;
    // Set by readAside(); the workers' tasks, once started, and the number
    // of the rows they read for, which forgetReads() moves on.
    QString m_asidePath;
    mutable std::unique_ptr<LatestTask> m_checkpointTask;
    std::unique_ptr<LatestTask> m_locateTask;
    quint64 m_reads = 1;
    // The pages shown blank while the checkpoints are on their way.
    mutable QVector<int> m_blankPages;
    mutable quint64 m_checkpointsAsked = 0;
    // States changed since the pages were read: read, then starred.
    QHash<qint64, std::pair<bool, bool>> m_shownStates;
};

} // namespace Veille
