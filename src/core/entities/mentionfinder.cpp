// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/mentionfinder.h"

#include "entities/entitystore.h"
#include "text/textfold.h"

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
    , m_rules(entities)
{
    for (const Entity &entity : entities)
        m_typeOf.insert(entity.id, entity.type);
    for (const QString &text : suppressions)
        m_suppressed.insert(comparisonKey(text));
}

bool MentionFinder::isSuppressed(QStringView text) const
{
    return !m_suppressed.isEmpty() && m_suppressed.contains(comparisonKey(text.toString()));
}

MentionFinder MentionFinder::fromStore(const EntityStore &store)
{
    return MentionFinder(store.entities(), store.suppressions());
}

MentionFinder::Findings MentionFinder::find(QStringView body, const QVector<TextRange> &excluded) const
{
    Findings findings;
    QVector<TypedSpan> known;
    const QVector<EntityMatcher::Match> matches = m_matcher.find(body);
    for (const EntityMatcher::Match &match : matches) {
        if (excluded.contains(match) || isSuppressed(body.mid(match.start, match.end - match.start)))
            continue;
        const EntityMatcher::Pattern &pattern = m_matcher.pattern(match.pattern);
        findings.mentions.append({pattern.entityId, pattern.aliasId, match.start, match.end, {}});
        known.append({match.start, match.end, m_typeOf.value(pattern.entityId), pattern.entityId});
    }

    const EntityRules::Result ruled = m_rules.apply(body, known);
    QHash<int, QString> roleAt; // person start → the role linked to it
    for (const RoleLink &link : ruled.roles)
        roleAt.insert(link.person.start, body.mid(link.role.start, link.role.length()).toString());
    for (Mention &mention : findings.mentions)
        mention.role = roleAt.value(mention.start);
    for (Suggestion suggestion : ruled.suggestions) {
        if (excluded.contains(suggestion) || isSuppressed(suggestion.text))
            continue;
        suggestion.role = roleAt.value(suggestion.start);
        findings.suggestions.append(suggestion);
    }
    return findings;
}

} // namespace Veille
