// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articles/articleparser.h"
#include "feeds/feed.h"

namespace Veille {

/*! \brief The article a feed item becomes.
 *
 * Its identity (the article's path) is "feed:" + \a feedKey + "#" + the
 * item's guid (else its link, else its title), so that a re-fetch of the
 * same item is "unchanged" and an edited one "updated", as files are. The
 * source is the feed's \a feedTitle; the body's paragraphs are the item's
 * text, then its link. An item with neither title nor text fails.
 */
ArticleParser::Result feedArticle(const FeedItem &item, const QString &feedTitle, const QString &feedKey);

} // namespace Veille
