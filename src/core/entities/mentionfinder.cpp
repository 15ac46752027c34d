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

QVector<TypedSpan> MentionFinder::matchGazetteer(QStringView body, const QVector<TextRange> &excluded,
                                                 QVector<Mention> &mentions) const
{
    QVector<TypedSpan> known;
    const QVector<EntityMatcher::Match> matches = m_matcher.find(body);
    for (const EntityMatcher::Match &match : matches) {
        if (excluded.contains(match) || isSuppressed(body.mid(match.start, match.end - match.start)))
            continue;
        const EntityMatcher::Pattern &pattern = m_matcher.pattern(match.pattern);
        mentions.append({pattern.entityId, pattern.aliasId, match.start, match.end, {}});
        known.append({match.start, match.end, m_typeOf.value(pattern.entityId), pattern.entityId});
    }
    return known;
}

MentionFinder::Findings MentionFinder::find(QStringView body, const QVector<TextRange> &excluded) const
{
    Findings findings;
    const QVector<TypedSpan> known = matchGazetteer(body, excluded, findings.mentions);
    const EntityRules::Result ruled = m_rules.apply(body, known);
    QHash<int, QString> roleAt; // person start → the role linked to it
    for (const RoleLink &link : ruled.roles)
        roleAt.insert(link.person.start, body.mid(link.role.start, link.role.length()).toString());
    for (Mention &mention : findings.mentions)
        mention.role = roleAt.value(mention.start);
    // A typo of a known name is offered as its alias; every other name a
    // rule reads is a detected name, in one stream with the tagger's.
    QVector<DetectedMention> ruleNames;
    for (Suggestion suggestion : ruled.suggestions) {
        if (excluded.contains(suggestion) || isSuppressed(suggestion.text))
            continue;
        suggestion.role = roleAt.value(suggestion.start);
        if (suggestion.variantOf != 0)
            findings.suggestions.append(suggestion);
        else
            appendRuleName(body, suggestion, excluded, ruleNames);
    }
    QVector<DetectedMention> tagged;
    if (m_detection.tagger && !m_detection.tagger->isEmpty() && looksFrench(body)) {
        tagged = tag(body, known, excluded, ruleNames, findings.suggestions);
        for (DetectedMention &mention : tagged)
            mention.role = roleAt.value(mention.start);
    }
    findings.detected = oneStream(body, known, ruleNames, tagged);
    return findings;
}

void MentionFinder::appendRuleName(QStringView body, const Suggestion &suggestion, const QVector<TextRange> &excluded,
                                   QVector<DetectedMention> &names) const
{
    // "M. Delorme" is Delorme, as the tagger reads it: the honorific is
    // not part of the name, and "Not an entity here" holds for the name.
    const TextRange range = withoutHonorific(body, suggestion);
    if (NameDetection::RuleConfidence < m_detection.minConfidence || excluded.contains(range)
        || isSuppressed(body.mid(range.start, range.length())))
        return;
    DetectedMention name;
    static_cast<TextRange &>(name) = range;
    name.type = suggestion.type;
    name.confidence = NameDetection::RuleConfidence;
    name.role = suggestion.role;
    name.origin = MentionOrigin::Rule;
    name.reason = suggestion.reason;
    names.append(name);
}

QVector<DetectedMention> MentionFinder::tag(QStringView body, const QVector<TypedSpan> &known,
                                            const QVector<TextRange> &excluded,
                                            const QVector<DetectedMention> &ruleNames,
                                            const QVector<Suggestion> &variants) const
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
    const auto keptOver = [&ruleNames, &variants](const TextRange &range) {
        return overlapsAny(range, variants)
            || std::any_of(ruleNames.begin(), ruleNames.end(), [&range](const DetectedMention &name) {
                   return name.start <= range.start && range.end <= name.end && TextRange(name) != range;
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
    return detected;
}

QVector<DetectedMention> MentionFinder::oneStream(QStringView body, const QVector<TypedSpan> &known,
                                                  const QVector<DetectedMention> &ruleNames,
                                                  const QVector<DetectedMention> &tagged) const
{
    // Where a rule and the tagger read the same name, the tagger's mention
    // is kept (a rule's longer reading was kept in tag()): its type weighs
    // the whole sentence and its confidence is measured, where a rule sees
    // a cue and a capital. The role a rule linked stays on the mention.
    QVector<DetectedMention> detected = tagged;
    for (const DetectedMention &name : ruleNames) {
        if (!overlapsAny(name, tagged))
            detected.append(name);
    }
    std::stable_sort(detected.begin(), detected.end(),
                     [](const DetectedMention &a, const DetectedMention &b) { return a.start < b.start; });
    // "M. Poutine" found by a rule and "Vladimir Poutine" by the tagger are
    // one man: rules' names take part in the article's variants.
    linkNameVariants(body, detected, known);
    detected.erase(std::remove_if(detected.begin(), detected.end(),
                                  [this](const DetectedMention &m) { return isSuppressed(m.name); }),
                   detected.end());
    return detected;
}

} // namespace Veille
