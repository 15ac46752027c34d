// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace Veille {

/*! \brief A saved search: what the article list held when it was saved.
 *
 * The search is kept as typed, and the filter bar's values as they read,
 * so that applying a watch puts back what the user saw; entity names in
 * the search are looked up again at each use.
 */
struct Watch {
    qint64 id = 0;
    QString name;
    QString folder; //!< the folder it is grouped in, empty for none
    int position = 0; //!< its order in its folder

    QString search; //!< the search field's text, in the search syntax
    QString dateFrom; //!< the filter bar's first date as typed ("2025-05"), empty for none
    QString dateTo; //!< the filter bar's last date as typed, empty for none
    QString source; //!< exactly this agency, empty for any
    bool bookmarkedOnly = false;
    bool unreadOnly = false;
    bool starredOnly = false;
    qint64 entityId = 0; //!< the entity chip, 0 for none
    QString entityLabel; //!< the chip's text, kept when the entity is gone

    /*! \brief Whether both list the same articles: the search, filters and chip. */
    bool sameSearch(const Watch &other) const
    {
        return search == other.search && dateFrom == other.dateFrom && dateTo == other.dateTo && source == other.source
            && bookmarkedOnly == other.bookmarkedOnly && unreadOnly == other.unreadOnly
            && starredOnly == other.starredOnly && entityId == other.entityId;
    }
};

} // namespace Veille

Q_DECLARE_METATYPE(Veille::Watch)
