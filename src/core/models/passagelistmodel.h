// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "passages/passage.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QLocale>
#include <QVector>

#include <list>

namespace Veille {

class PassageStore;

/*! \brief The Passages panel's list: quote, article, date, note, label,
 * tags, entities and state, newest first, for a PassageQuery.
 *
 * Rows are read in pages and only a few are cached, like the article list,
 * so a user with a hundred thousand passages scrolls them as fast as ten.
 * Call refresh() after the store changed. On a team server, another
 * analyst's shared passage names its owner in the note column.
 */
class PassageListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { QuoteColumn, ArticleColumn, DateColumn, NoteColumn, LabelColumn, TagsColumn, EntitiesColumn, ColumnCount };
    static constexpr int PageSize = 128;
    static constexpr int CachedPages = 4;

    explicit PassageListModel(const PassageStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    PassageQuery query() const { return m_query; }
    void setQuery(const PassageQuery &query);
    /*! \brief Re-reads the store, e.g. after a passage was saved. */
    void refresh();
    /*! \brief The passage at \a row, or null. */
    const Passage *passageAt(int row) const;
    /*! \brief Whether the page that holds \a row is read: its data() costs
     * no query. */
    bool isRead(int row) const;
    /*! \brief The row of passage \a id, or -1. */
    int rowOfPassage(qint64 id) const;

private:
    const QVector<Passage> &pageAt(int pageIndex) const;
    static QString noteOf(const Passage &passage);

    const PassageStore &m_store;
    PassageQuery m_query;
    QLocale m_locale;
    QVector<PassageLabel> m_labels; //!< for their colours
    QHash<int, QString> m_labelNames;
    int m_rowCount = 0;
    mutable std::list<std::pair<int, QVector<Passage>>> m_pages; //!< least recently used first
};

} // namespace Veille
