// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVariant>
#include <Qt>

namespace Veille {

/*! \brief Which articles a list shows, and in which order.
 *
 * Filters (search, entities, dates) join this struct as features arrive;
 * the store turns it into SQL, so views and models never see any.
 */
struct ArticleQuery {
    enum class SortKey { Date, Title, Source };

    SortKey sortKey = SortKey::Date;
    Qt::SortOrder order = Qt::DescendingOrder;
    qint64 entityId = 0; //!< only articles that mention this entity, when set

    bool operator==(const ArticleQuery &other) const
    {
        return sortKey == other.sortKey && order == other.order && entityId == other.entityId;
    }
    bool operator!=(const ArticleQuery &other) const { return !(*this == other); }
};

/*! \brief A position in a sorted list: the sort value and id of a row.
 * Keyset paging continues from here instead of counting an OFFSET. */
struct ArticleCursor {
    QVariant sortValue;
    qint64 id = 0;
};

} // namespace Veille
