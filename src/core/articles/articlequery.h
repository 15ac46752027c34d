// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>
#include <Qt>

namespace Veille {

/*! \brief Which articles a list shows, and in which order.
 *
 * Filters (search, entities, dates) join this struct as features arrive;
 * the store turns it into SQL, so views and models never see any.
 */
struct ArticleQuery {
    /*! Relevance is FTS5's bm25, best first whatever the order; it needs a match. */
    enum class SortKey { Date, Title, Source, Relevance };
    /*! Which article stands for a story of wire copies (StoryStore), or
     * none: every article has its own row. */
    enum class StoryHead { None, Original, Newest };

    SortKey sortKey = SortKey::Date;
    Qt::SortOrder order = Qt::DescendingOrder;
    qint64 entityId = 0; //!< only articles that mention this entity, when set

    QString match; //!< an FTS5 expression the articles match (see SearchQuery); never user text
    QString exclude; //!< an FTS5 expression the articles must not match
    /*! For each set, only articles that mention one of its entities; an empty set matches nothing. */
    QVector<QVector<qint64>> entitySets;
    QStringList sourcesContaining; //!< the agency contains each one, case aside
    QString source; //!< exactly this agency, when set
    int dateFrom = 0; //!< lowest date_key, 0 for none (date_key is YYYYMMDD, 00 for unknown parts)
    int dateTo = 0; //!< highest date_key, 0 for none
    bool bookmarkedOnly = false; //!< only articles with a passage that is not in the trash
    bool unreadOnly = false; //!< only articles not read yet
    bool starredOnly = false; //!< only starred articles
    /*! Only articles whose id is above this one, 0 for all: new ids only
     * grow, so a count after an import reads only the rows it added. */
    qint64 idAbove = 0;
    qint64 importedSince =
        0; //!< only articles imported or updated at or after this time (seconds since 1970), 0 for all
    StoryHead storyHead = StoryHead::None; //!< one row per story, headed by this article
    /*! How large a share of the articles the match holds. */
    enum class MatchShare {
        Few, //!< the list reads the matches, then sorts them
        /*! one article in 200 or more: a sorted list walks its sort index
         * and tests each row against every match, read first */
        Common,
        /*! common, and in an eighth of the newest articles or more of a
         * large corpus, with no prefix: the first page walks the first
         * rows of the sort index and looks each up in the full-text index,
         * a few hundred rows, not the million matches (too few there: it
         * reads them after all) */
        Most
    };
    /*! A hint, not a filter (ArticleSearcher sets it): the same rows either way. */
    MatchShare matchShare = MatchShare::Few;
    /*! Only the articles whose id is a multiple of this, 1 for all: a
     * sample, from which DateHistogram estimates a timeline. */
    int sampleEvery = 1;

    /*! \brief Whether \a other shows the same rows, in whatever order. */
    bool sameRows(const ArticleQuery &other) const
    {
        return entityId == other.entityId && match == other.match && exclude == other.exclude
            && entitySets == other.entitySets && sourcesContaining == other.sourcesContaining && source == other.source
            && dateFrom == other.dateFrom && dateTo == other.dateTo && bookmarkedOnly == other.bookmarkedOnly
            && unreadOnly == other.unreadOnly && starredOnly == other.starredOnly && idAbove == other.idAbove
            && importedSince == other.importedSince && storyHead == other.storyHead && sampleEvery == other.sampleEvery;
    }
    bool operator==(const ArticleQuery &other) const
    {
        return sortKey == other.sortKey && order == other.order && sameRows(other);
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
