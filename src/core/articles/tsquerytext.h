// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Veille {

/*! \brief The text of a PostgreSQL tsquery for an FTS5 expression that
 * SearchTerms wrote, for the server's full-text search.
 *
 * ArticleQuery carries one expression in FTS5's words (quoted terms, a
 * prefix " *", "title : " or "body : ", "(… OR …)", " AND "); on the server
 * ArticleStore binds this translation to to_tsquery('veille_french', …).
 * Every term becomes one quoted lexeme, its quotes and backslashes escaped,
 * so nothing typed is ever an operator: the server's parser then splits it
 * as it split the articles (a phrase is "<->"), "*" becomes ":*", the title
 * weight A and the body weight B.
 */
namespace TsQueryText {

/*! \brief The tsquery text for \a fts5; empty when it names no term. */
QString fromFts5(const QString &fts5);

} // namespace TsQueryText
} // namespace Veille
