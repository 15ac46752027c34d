// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/mentionfinder.h"

#include "entities/entitystore.h"
#include "entities/namevariants.h"
#include "ner/frenchtext.h"
#include "ner/nertagger.h"
#include "text/textfold.h"

#include <algorithm>

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

// The gazetteer's types the tagger knows, as its hints; roles are not names.
bool hintOf(const TypedSpan &span, NameHint *hint)
{
    if (span.type == QLatin1String("Person"))
        hint->type = NameType::Person;
    else if (span.type == QLatin1String("Company") || span.type == QLatin1String("Organisation"))
        hint->type = NameType::Organisation;
    else if (span.type == QLatin1String("Place"))
        hint->type = NameType::Place;
    else
        return false;
    hint->range = span;
    return true;
}

// Miscellaneous names (events, works) help the tagger's other labels; the
// product shows persons, organisations and places.
QString typeNameOf(NameType type)
{
    switch (type) {
    case NameType::Person:
        return QStringLiteral("Person");
    case NameType::Organisation:
        return QStringLiteral("Organisation");
    case NameType::Place:
        return QStringLiteral("Place");
    case NameType::Misc:
        break;
    }
    return {};
}

template<typename Spans>
bool overlapsAny(const TextRange &range, const Spans &spans)
{
    return std::any_of(spans.begin(), spans.end(), [&range](const TextRange &s) { return s.overlaps(range); });
}
} // namespace

MentionFinder::MentionFinder(const QVector<Entity> &entities, const QStringList &suppressions,
                             NameDetection detection)
    : m_matcher(patternsOf(entities))
    , m_rules(entities)
    , m_detection(std::move(detection))
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

MentionFinder MentionFinder::fromStore(const EntityStore &store, NameDetection detection)
{
    return MentionFinder(store.entities(), store.suppressions(), std::move(detection));
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
    if (m_detection.tagger && !m_detection.tagger->isEmpty() && looksFrench(body)) {
        findings.detected = detect(body, known, excluded, findings.suggestions);
        for (DetectedMention &mention : findings.detected)
            mention.role = roleAt.value(mention.start);
    }
    return findings;
}

QVector<DetectedMention> MentionFinder::detect(QStringView body, const QVector<TypedSpan> &known,
                                               const QVector<TextRange> &excluded,
                                               QVector<Suggestion> &suggestions) const
{
    QVector<NameHint> hints;
    NameHint hint;
    for (const TypedSpan &span : known) {
        if (hintOf(span, &hint))
            hints.append(hint);
    }
    // Typo variants of known names stay the rules', and so does a rule's
    // longer reading of a name ("Tran Minh Khoa" where the tagger saw
    // "Minh Khoa"; "M. Knapper" is not longer than "Knapper").
    const auto keptOver = [&suggestions, body](const TextRange &range) {
        return std::any_of(suggestions.begin(), suggestions.end(), [&range, body](const Suggestion &s) {
            const TextRange name = withoutHonorific(body, s);
            return s.overlaps(range)
                && (s.variantOf != 0 || (name.start <= range.start && range.end <= name.end && name != range));
        });
    };
    QVector<DetectedMention> detected;
    for (const DetectedName &name : m_detection.tagger->tag(body, hints)) {
        const QString type = typeNameOf(name.type);
        const TextRange range = withoutHonorific(body, name.range);
        if (type.isEmpty() || name.confidence < m_detection.minConfidence || overlapsAny(range, known)
            || keptOver(range) || excluded.contains(range)
            || isCommonAbbreviation(body.mid(range.start, range.length()))
            || isSuppressed(body.mid(range.start, range.length())))
            continue;
        DetectedMention mention;
        static_cast<TextRange &>(mention) = range;
        mention.type = type;
        mention.confidence = name.confidence;
        detected.append(mention);
    }
    // One stream of names: a rule's guess at a name the tagger found is
    // not offered twice.
    suggestions.erase(std::remove_if(suggestions.begin(), suggestions.end(),
                                     [&detected](const Suggestion &s) { return overlapsAny(s, detected); }),
                      suggestions.end());
    linkNameVariants(body, detected, known);
    detected.erase(std::remove_if(detected.begin(), detected.end(),
                                  [this](const DetectedMention &m) { return isSuppressed(m.name); }),
                   detected.end());
    return detected;
}

} // namespace Veille
