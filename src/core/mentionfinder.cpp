// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mentionfinder.h"

#include "articlestore.h"
#include "entitystore.h"

namespace Veille {

namespace {
QVector<EntityMatcher::Pattern> patternsOf(const QVector<Entity> &entities)
{
    QVector<EntityMatcher::Pattern> patterns;
    for (const Entity &entity : entities) {
        for (const Alias &alias : entity.aliases)
            patterns.append({alias.text, entity.id, alias.id, alias.caseSensitive, alias.foldAccents});
    }
    return patterns;
}
} // namespace

MentionFinder::MentionFinder(const QVector<Entity> &entities, const QStringList &suppressions)
    : m_matcher(patternsOf(entities))
    , m_entityCount(int(entities.size()))
{
    for (const QString &text : suppressions)
        m_suppressed.insert(titleSortKey(text));
}

MentionFinder MentionFinder::fromStore(const EntityStore &store)
{
    return MentionFinder(store.entities(), store.suppressions());
}

QVector<Mention> MentionFinder::find(QStringView body, const QVector<QPair<int, int>> &excluded) const
{
    QVector<Mention> mentions;
    const QVector<EntityMatcher::Match> matches = m_matcher.find(body);
    mentions.reserve(matches.size());
    for (const EntityMatcher::Match &match : matches) {
        if (excluded.contains({match.start, match.end}))
            continue;
        if (!m_suppressed.isEmpty()
            && m_suppressed.contains(titleSortKey(body.mid(match.start, match.end - match.start).toString())))
            continue;
        const EntityMatcher::Pattern &pattern = m_matcher.pattern(match.pattern);
        mentions.append({pattern.entityId, pattern.aliasId, match.start, match.end, {}});
    }
    return mentions;
}

} // namespace Veille
