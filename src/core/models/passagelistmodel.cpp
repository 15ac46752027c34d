// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/passagelistmodel.h"

#include "models/itemdatarole.h"
#include "passages/passagestore.h"


#include <algorithm>

namespace Veille {

namespace {
QString oneLine(const QString &text, int length)
{
    const QString simple = text.simplified();
    return simple.size() <= length ? simple : simple.left(length - 1) + QChar(0x2026);
}
} // namespace

PassageListModel::PassageListModel(const PassageStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    m_labels = m_store.labelsSeen();
    m_labelNames = m_store.labelNames();
    m_rowCount = m_store.count(m_query);
}

int PassageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int PassageListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const QVector<Passage> &PassageListModel::pageAt(int pageIndex) const
{
    const auto cached = std::find_if(m_pages.begin(), m_pages.end(),
                                     [pageIndex](const auto &entry) { return entry.first == pageIndex; });
    if (cached != m_pages.end()) {
        m_pages.splice(m_pages.end(), m_pages, cached);
        return m_pages.back().second;
    }
    if (int(m_pages.size()) >= CachedPages)
        m_pages.pop_front();
    m_pages.emplace_back(pageIndex, m_store.passages(m_query, PassageStore::Order::Newest, pageIndex * PageSize, PageSize));
    return m_pages.back().second;
}

const Passage *PassageListModel::passageAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const QVector<Passage> &page = pageAt(row / PageSize);
    const int offset = row % PageSize;
    return offset < page.size() ? &page.at(offset) : nullptr;
}

bool PassageListModel::isRead(int row) const
{
    const int pageIndex = row / PageSize;
    return std::any_of(m_pages.cbegin(), m_pages.cend(),
                       [pageIndex](const auto &page) { return page.first == pageIndex; });
}

int PassageListModel::rowOfPassage(qint64 id) const
{
    // Passages are few next to articles; the pages are read through.
    for (int row = 0; row < m_rowCount; row += PageSize) {
        const QVector<Passage> &page = pageAt(row / PageSize);
        for (int i = 0; i < page.size(); ++i) {
            if (page.at(i).id == id)
                return row + i;
        }
    }
    return -1;
}

QVariant PassageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Passage *p = passageAt(index.row());
    if (!p)
        return {};
    const bool orphaned = p->state == Passage::State::Orphaned;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case QuoteColumn:
            return orphaned ? tr("⚠ %1").arg(oneLine(p->quote(), 120)) : oneLine(p->quote(), 120);
        case ArticleColumn:
            return p->articleTitle;
        case DateColumn:
            return p->articleDate.isNull() ? tr("undated") : p->articleDate.toDisplayString(m_locale);
        case NoteColumn:
            return noteOf(*p);
        case LabelColumn:
            return m_labelNames.value(p->labelId);
        case TagsColumn:
            return p->tags.join(QStringLiteral(", "));
        case EntitiesColumn:
            return p->entities.join(QStringLiteral(", "));
        }
        break;
    case Qt::ToolTipRole: {
        QString tip = p->quote();
        if (!p->note.isEmpty())
            tip += QStringLiteral("\n\n") + p->note;
        if (orphaned)
            tip += QStringLiteral("\n\n") + tr("No longer found in the article after it changed. Select the text it "
                                               "should point at and choose “Re-attach Passage”.");
        else if (p->state == Passage::State::Moved)
            tip += QStringLiteral("\n\n") + tr("Found again after the article changed.");
        if (!p->own)
            tip += QStringLiteral("\n\n") + tr("Shared by %1: read-only.").arg(p->owner);
        else if (p->shared)
            tip += QStringLiteral("\n\n") + tr("Shared with the team.");
        return tip;
    }
    case LabelColorRole:
        for (const PassageLabel &label : m_labels) {
            if (label.id == p->labelId)
                return label.color;
        }
        break;
    case PassageIdRole:
        return p->id;
    case ArticleIdRole:
        return p->articleId;
    case PassageStateRole:
        return int(p->state);
    default:
        break;
    }
    return {};
}

QString PassageListModel::noteOf(const Passage &p)
{
    // Another analyst's shared passage says whose it is, before its note.
    if (p.own)
        return oneLine(p.note, 120);
    return p.note.isEmpty() ? tr("shared by %1").arg(p.owner)
                            : tr("shared by %1: %2").arg(p.owner, oneLine(p.note, 120));
}

QVariant PassageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case QuoteColumn:
        return tr("Passage");
    case ArticleColumn:
        return tr("Article");
    case DateColumn:
        return tr("Date");
    case NoteColumn:
        return tr("Note");
    case LabelColumn:
        return tr("Label");
    case TagsColumn:
        return tr("Tags");
    case EntitiesColumn:
        return tr("Entities");
    }
    return {};
}

void PassageListModel::setQuery(const PassageQuery &query)
{
    if (query == m_query)
        return;
    m_query = query;
    refresh();
}

void PassageListModel::refresh()
{
    beginResetModel();
    m_pages.clear();
    m_labels = m_store.labelsSeen();
    m_labelNames = m_store.labelNames();
    m_rowCount = m_store.count(m_query);
    endResetModel();
}

} // namespace Veille
