// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/entityrules.h"

#include "entities/rulescanner.h"
#include "entities/rulewords.h"
#include "entities/variantindex.h"

#include <QMap>

#include <algorithm>
#include <tuple>

namespace Veille {

using Rules::Candidate;

namespace {
// The rules' candidates, then the typo variants. A variant says more than a
// bare cue, unless the cue says it is something else: "M. Macron" is a
// person, whatever company is close.
QVector<Candidate> withVariants(const QVector<Candidate> &ruleCandidates, const QVector<Candidate> &variants)
{
    QVector<Candidate> candidates = ruleCandidates;
    for (const Candidate &variant : variants) {
        const bool contradicted = std::any_of(ruleCandidates.cbegin(), ruleCandidates.cend(), [&](const Candidate &c) {
            return c.start < variant.end && variant.start < c.end && c.type != variant.type;
        });
        if (!contradicted)
            candidates.append(variant);
    }
    return candidates;
}

// Settles overlaps: a typo variant first, then the longer span, then the
// earlier. Returns the indices of the candidates kept, by position.
QVector<int> settleOverlaps(const QVector<Candidate> &candidates)
{
    QVector<int> order(candidates.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&candidates](int a, int b) {
        const Candidate &x = candidates.at(a);
        const Candidate &y = candidates.at(b);
        if (x.priority != y.priority)
            return x.priority > y.priority;
        if (x.end - x.start != y.end - y.start)
            return x.end - x.start > y.end - y.start;
        return x.start < y.start;
    });
    // The accepted spans never overlap, so the one that starts last before
    // a candidate's end is the only one that may reach into it.
    QMap<int, int> accepted; // start → index into candidates
    for (const int index : qAsConst(order)) {
        const Candidate &candidate = candidates.at(index);
        auto it = accepted.lowerBound(candidate.end);
        if (it != accepted.begin() && candidates.at((--it).value()).end > candidate.start)
            continue;
        accepted.insert(candidate.start, index);
    }
    QVector<int> kept;
    for (const int index : qAsConst(accepted))
        kept.append(index);
    return kept;
}

QVector<Suggestion> suggestionsFrom(QStringView text, const QVector<Candidate> &candidates, const QVector<int> &kept)
{
    QVector<Suggestion> suggestions;
    for (const int index : kept) {
        const Candidate &candidate = candidates.at(index);
        Suggestion suggestion;
        suggestion.start = candidate.start;
        suggestion.end = candidate.end;
        suggestion.text = text.mid(candidate.start, candidate.end - candidate.start).toString();
        suggestion.type = candidate.type;
        suggestion.reason = candidate.reason;
        suggestion.variantOf = candidate.variantOf;
        suggestions.append(suggestion);
    }
    return suggestions;
}

// The roles whose person is known, and each pending role linked to the
// person suggestion that took its candidate's place; sorted, no duplicates.
QVector<RoleLink> roleLinks(const Rules::Scanner &scanner, const QVector<Suggestion> &suggestions)
{
    QVector<RoleLink> roles = scanner.knownLinks();
    for (const Rules::PendingLink &link : scanner.pendingLinks()) {
        if (link.candidate < 0 || link.candidate >= scanner.candidates().size())
            continue;
        const Candidate &person = scanner.candidates().at(link.candidate);
        auto it = std::upper_bound(suggestions.cbegin(), suggestions.cend(), person.start,
                                   [](int position, const Suggestion &s) { return position < s.end; });
        for (; it != suggestions.cend() && it->start < person.end; ++it) {
            if (it->type == Rules::PersonType) {
                roles.append({ *it, link.role });
                break;
            }
        }
    }
    const auto fields = [](const RoleLink &link) {
        return std::tie(link.person, link.role);
    };
    std::sort(roles.begin(), roles.end(), [&](const RoleLink &a, const RoleLink &b) { return fields(a) < fields(b); });
    roles.erase(std::unique(roles.begin(), roles.end(),
                            [&](const RoleLink &a, const RoleLink &b) { return fields(a) == fields(b); }),
                roles.end());
    return roles;
}
} // namespace

EntityRules::EntityRules(const QVector<Entity> &gazetteer)
    : m_variants(std::make_shared<const Rules::VariantIndex>(gazetteer))
{
}

EntityRules::Result EntityRules::apply(QStringView text, const QVector<TypedSpan> &known) const
{
    Rules::Scanner scanner(text, known);
    scanner.applyRules();
    const QVector<Candidate> candidates = withVariants(scanner.candidates(), m_variants->find(scanner));
    Result result;
    result.suggestions = suggestionsFrom(text, candidates, settleOverlaps(candidates));
    result.roles = roleLinks(scanner, result.suggestions);
    return result;
}

} // namespace Veille
