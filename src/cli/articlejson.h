// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>

namespace Veille {

struct Article;
struct ArticleSummary;
class EntityStore;
class StoryStore;

/*! \brief {id, title, date, source}: date is ISO at its precision or null. */
QJsonObject summaryToJson(const ArticleSummary &summary);
/*! \brief The summary plus photo_credit, body and path. */
QJsonObject articleToJson(const Article &article);
/*! \brief [{start, end, text, entity_id, name, type}] with offsets in code
 * points of the body, as other tools count them (Veille counts UTF-16). */
QJsonArray mentionsToJson(const Article &article, const EntityStore &entities);
/*! \brief [{start, end, text, type, reason, variant_of, role}], offsets in code points. */
QJsonArray suggestionsToJson(const Article &article, const EntityStore &entities);
/*! \brief [{id, title, source, similarity}]: the other articles of the
 * article's story of wire copies, most similar first. */
QJsonArray copiesToJson(const Article &article, const StoryStore &stories);

} // namespace Veille
