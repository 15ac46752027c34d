// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "watches/watchquery.h"

#include "search/articlesearcher.h"
#include "search/searchquery.h"

namespace Veille {

ArticleQuery watchQuery(const QSqlDatabase &db, const Watch &watch, QStringList *problems,
                        const EntityStore::Finder &find)
{
    ArticleQuery base;
    // Each date at its own precision, as the filter bar reads it: from
    // "2025" is from its first day, to "2025" to its last.
    int ignored = 0;
    if (!watch.dateFrom.trimmed().isEmpty())
        SearchQuery::parseDateRange(watch.dateFrom.trimmed() + QStringLiteral(".."), &base.dateFrom, &ignored);
    if (!watch.dateTo.trimmed().isEmpty())
        SearchQuery::parseDateRange(QStringLiteral("..") + watch.dateTo.trimmed(), &ignored, &base.dateTo);
    base.source = watch.source;
    base.bookmarkedOnly = watch.bookmarkedOnly;
    base.unreadOnly = watch.unreadOnly;
    base.starredOnly = watch.starredOnly;
    base.entityId = watch.entityId;
    return ArticleSearcher::queryFor(db, base, watch.search, problems, find);
}

} // namespace Veille
