// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/rulescanner.h"

#include "entities/rulewords.h"
#include "text/textfold.h"

#include <algorithm>

namespace Veille::Rules {

namespace {
constexpr int MaxNameWords = 4;
constexpr int MaxComplementWords = 8;
constexpr int MaxCoordinated = 6;
} // namespace

Scanner::Scanner(QStringView text, const QVector<TypedSpan> &known)
    : m_text(text)
    , m_tokens(tokenize(text))
    , m_known(known)
{
    std::sort(m_known.begin(), m_known.end(), [](const TypedSpan &a, const TypedSpan &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    int maxEnd = 0;
    for (int i = 0; i < m_known.size(); ++i) {
        maxEnd = std::max(maxEnd, m_known.at(i).end);
        m_maxEndSoFar.append(maxEnd);
        if (!m_knownByEnd.contains(m_known.at(i).end))
            m_knownByEnd.insert(m_known.at(i).end, i); // the longest of those ending there
    }
    for (int i = 0; i < m_tokens.size(); ++i) {
        if (isLowerWord(i))
            m_lowerCaseWords.insert(folded(i));
    }
}

void Scanner::applyRules()
{
    roleRules();
    honorificRules();
    initialRules();
    organisationCueRules();
    suffixRules();
}

QString Scanner::folded(int token) const
{
    return foldText(word(token));
}

QStringView Scanner::gapBefore(int token) const
{
    const int to = m_tokens.at(token).start;
    const int from = token > 0 ? m_tokens.at(token - 1).end : 0;
    return m_text.mid(from, to - from);
}

bool Scanner::tokenIsKnown(int token) const
{
    return knownOverlapping(m_tokens.at(token).start, m_tokens.at(token).end) != nullptr;
}

QSet<qint64> Scanner::knownEntityIds() const
{
    QSet<qint64> ids;
    for (const TypedSpan &span : m_known)
        ids.insert(span.entityId);
    return ids;
}

const TypedSpan *Scanner::knownOverlapping(int start, int end) const
{
    // Known spans may nest or overlap: walk back while one that starts
    // earlier may still reach past start.
    auto it = std::lower_bound(m_known.cbegin(), m_known.cend(), end,
                               [](const TypedSpan &span, int position) { return span.start < position; });
    for (int i = int(it - m_known.cbegin()) - 1; i >= 0 && m_maxEndSoFar.at(i) > start; --i) {
        if (m_known.at(i).end > start)
            return &m_known.at(i);
    }
    return nullptr;
}

const TypedSpan *Scanner::knownStartingAt(int position) const
{
    auto it = std::lower_bound(m_known.cbegin(), m_known.cend(), position,
                               [](const TypedSpan &span, int p) { return span.start < p; });
    return it != m_known.cend() && it->start == position ? &*it : nullptr;
}

const TypedSpan *Scanner::knownEndingAt(int position) const
{
    const auto it = m_knownByEnd.constFind(position);
    return it == m_knownByEnd.cend() ? nullptr : &m_known.at(it.value());
}

int Scanner::firstTokenFrom(int position) const
{
    auto it = std::lower_bound(m_tokens.cbegin(), m_tokens.cend(), position,
                               [](const Token &token, int p) { return token.start < p; });
    return int(it - m_tokens.cbegin());
}

bool Scanner::isCapitalisedWord(int token, int flags) const
{
    const QStringView w = word(token);
    if (w.size() < 2 || !isUpperInitial(w.at(0)))
        return false;
    if (!(flags & OrganisationName)) {
        for (const QChar c : w) {
            if (c.isDigit())
                return false;
        }
    }
    return true;
}

// "E." in "E. Dieudonné", "Ch." in "Ch. Méré".
bool Scanner::isInitial(int token) const
{
    const QStringView w = word(token);
    if (w.size() > 2 || !isUpperInitial(w.at(0)) || (w.size() == 2 && !w.at(1).isLower()))
        return false;
    const QStringView gap = gapAfter(token);
    return !gap.isEmpty() && gap.at(0) == QLatin1Char('.');
}

bool Scanner::isParticle(int token) const
{
    return isLowerWord(token) && particles().contains(folded(token));
}

// A word seen in lower case elsewhere in the text is a common word when it
// is capitalised at a sentence start: "Présent", "Insistant".
bool Scanner::isCommonWord(int token) const
{
    const QString f = folded(token);
    return stopWords().contains(f) || m_lowerCaseWords.contains(f);
}

Scanner::NameSpan Scanner::nameAt(int token, int flags, int lastToken) const
{
    NameSpan name;
    int particlesInARow = 0;
    int wordsSoFar = 0;
    const int end = std::min(int(m_tokens.size()), lastToken + 1);
    for (int i = token; i < end; ++i) {
        if (i > token) {
            const QStringView gap = gapAfter(i - 1);
            bool joined = false;
            if (isInitial(i - 1))
                joined = isFullStopThen(gap, !(flags & AfterHonorific) || i - 1 > token);
            else if (particlesInARow > 0 && isApostropheGap(gap))
                joined = true; // d’Estaing
            else
                joined = isBlank(gap) || ((flags & OrganisationName) && gap.trimmed() == QLatin1String("&"));
            if (!joined)
                break;
        }
        if (tokenIsKnown(i))
            break;
        const QString f = folded(i);
        const bool initial = isInitial(i);
        if (initial || isCapitalisedWord(i, flags)) {
            const bool stop = !initial
                && (monthsAndDays().contains(f)
                    || (stopWords().contains(f) && !((flags & AfterHonorific) && wordsSoFar == 0)));
            if (stop)
                break;
            if (name.first < 0)
                name.first = i;
            ++wordsSoFar;
            particlesInARow = 0;
            if (!initial) {
                name.last = i;
                name.words = wordsSoFar;
            }
            if (wordsSoFar == MaxNameWords)
                break;
        } else if (isParticle(i) && particlesInARow < 2 && (wordsSoFar > 0 || (flags & AfterHonorific))) {
            if (name.first < 0)
                name.first = i;
            ++particlesInARow;
        } else if (particlesInARow == 1 && folded(i - 1) == QLatin1String("de") && isLowerWord(i)
                   && (f == QLatin1String("la") || f == QLatin1String("l"))) {
            ++particlesInARow; // "G. de la Fouchardière", "de l’Isle"
        } else {
            break;
        }
    }
    if (name.last < 0)
        return {};
    return name;
}

// The name whose last word is \a token, read backwards: "Sarah Kemp" in
// "a rencontré Sarah Kemp, vice-présidente".
Scanner::NameSpan Scanner::nameEndingAt(int token, int flags) const
{
    if (!isCapitalisedWord(token, flags) || tokenIsKnown(token))
        return {};
    int first = token;
    int words = 1;
    while (first > 0 && words < MaxNameWords) {
        const int previous = first - 1;
        if (tokenIsKnown(previous))
            break;
        const QStringView gap = gapAfter(previous);
        const bool joined = isInitial(previous) ? isFullStopThen(gap, true) : (isBlank(gap) || isApostropheGap(gap));
        if (!joined)
            break;
        if (isInitial(previous) || (isCapitalisedWord(previous, flags) && !stopWords().contains(folded(previous)))) {
            ++words;
        } else if (!isParticle(previous)) {
            break;
        }
        first = previous;
    }
    while (first < token && (isParticle(first) || (!isCapitalisedWord(first, flags) && !isInitial(first))))
        ++first;
    const NameSpan name = nameAt(first, flags, token);
    if (!name.isValid() || name.last != token)
        return {};
    return name;
}

bool Scanner::startsSentence(int token) const
{
    if (token == 0)
        return true;
    for (const QChar c : gapBefore(token)) {
        if (c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?') || c == QLatin1Char(':')
            || c == QLatin1Char('\n') || c == QChar(0x2026))
            return true;
    }
    return false;
}

// One capitalised word alone is a name only if the text never uses it as a
// common word: "Présent au Vietnam…" is not a person.
bool Scanner::plausibleName(const NameSpan &name) const
{
    if (!name.isValid())
        return false;
    if (name.words == 1 && name.first == name.last)
        return !isCommonWord(name.first);
    return true;
}

int Scanner::addCandidate(int start, int end, QLatin1String type, const QString &reason, int priority)
{
    if (start >= end || knownOverlapping(start, end))
        return -1;
    Candidate candidate;
    candidate.start = start;
    candidate.end = end;
    candidate.type = type;
    candidate.reason = reason;
    candidate.priority = priority;
    m_candidates.append(candidate);
    return int(m_candidates.size()) - 1;
}

// "Sarah Kemp, vice-présidente…", "Marc Knapper, l’ambassadeur…"
Scanner::RoleTarget Scanner::nameBeforeRole(const TypedSpan &role) const
{
    RoleTarget target;
    int before = firstTokenFrom(role.start) - 1;
    while (before >= 0 && target.determiners < 2 && isLowerWord(before) && roleDeterminers().contains(folded(before))
           && (isBlank(gapAfter(before)) || isApostropheGap(gapAfter(before)))) {
        --before;
        ++target.determiners;
    }
    if (before < 0 || !isComma(gapAfter(before)))
        return target;
    if (const TypedSpan *known = knownEndingAt(m_tokens.at(before).end)) {
        if (known->type == PersonType)
            target = { true, true, known->start, known->end, target.determiners, QString() };
        return target;
    }
    if (tokenIsKnown(before))
        return target;
    const NameSpan name = nameEndingAt(before, NoFlag);
    if (!plausibleName(name))
        return target;
    // "En Australie, la ministre…", "Entre-temps, le secrétaire…": one word
    // after a sentence start or a preposition introduces the sentence.
    if (name.first == name.last && (startsSentence(name.first) || placePrepositions().contains(folded(name.first - 1))))
        return target;
    return { true,
             false,
             m_tokens.at(name.first).start,
             m_tokens.at(name.last).end,
             target.determiners,
             EntityRules::tr("role after a name") };
}

// "le Premier ministre Pham Minh Chinh", "le vice-ministre des Finances, Cao
// Anh Tuân", "L’ambassadeur des États-Unis au Vietnam, Marc Knapper".
Scanner::RoleTarget Scanner::nameAfterRole(const TypedSpan &role) const
{
    int next = firstTokenFrom(role.end);
    if (next >= m_tokens.size())
        return {};
    const QStringView gap = m_text.mid(role.end, m_tokens.at(next).start - role.end);
    bool immediate = isBlank(gap);
    if (immediate && isLowerWord(next) && complementStarts().contains(folded(next))) {
        // Skip the complement up to the comma that introduces the name.
        int i = next;
        int words = 0;
        for (; i < m_tokens.size() && words < MaxComplementWords; ++i, ++words) {
            const QStringView after = gapAfter(i);
            if (isComma(after))
                break;
            if (!(isBlank(after) || isApostropheGap(after)))
                return {};
        }
        if (i + 1 >= m_tokens.size() || words >= MaxComplementWords)
            return {};
        next = i + 1;
        immediate = false;
    } else if (!immediate && !isComma(gap)) {
        return {};
    }
    if (const TypedSpan *known = knownStartingAt(m_tokens.at(next).start)) {
        if (known->type == PersonType)
            return { true, true, known->start, known->end, 0, QString() };
        return {};
    }
    const NameSpan name = nameAt(next, NoFlag);
    if (!plausibleName(name))
        return {};
    // "le directeur Asie-Pacifique de Google": one word then "de" is a place.
    if (immediate && name.words == 1 && name.last + 1 < m_tokens.size() && isBlank(gapAfter(name.last))
        && isParticle(name.last + 1)) {
        return {};
    }
    return {
        true, false, m_tokens.at(name.first).start, m_tokens.at(name.last).end, 0, EntityRules::tr("role before a name")
    };
}

// A role with a name on both sides, "En Australie, la ministre des Affaires
// étrangères, Marise Payne", belongs to the one after it when an article
// introduces it; "Marc Knapper, ambassadeur, Paul Durand" to the one before.
void Scanner::roleRules()
{
    for (const TypedSpan &role : qAsConst(m_known)) {
        if (role.type != RoleType)
            continue;
        const RoleTarget before = nameBeforeRole(role);
        const RoleTarget after = nameAfterRole(role);
        const RoleTarget &target = before.found && (!after.found || before.determiners == 0) ? before : after;
        if (!target.found)
            continue;
        if (target.known) {
            m_knownLinks.append({ { target.start, target.end }, role });
            continue;
        }
        const int candidate = addCandidate(target.start, target.end, PersonType, target.reason);
        if (candidate >= 0)
            m_pendingLinks.append({ candidate, role });
    }
}

// After "MM. Davidson", "et Aenesmann"; after "des groupes Intel", "et Meta".
void Scanner::coordinated(int lastToken, QLatin1String type, const QString &reason, int flags)
{
    int last = lastToken;
    for (int count = 0; count < MaxCoordinated && last + 1 < m_tokens.size(); ++count) {
        int next = last + 1;
        const QStringView gap = gapAfter(last);
        bool final = false;
        if (isBlank(gap) && isLowerWord(next)
            && (folded(next) == QLatin1String("et") || folded(next) == QLatin1String("and"))) {
            if (next + 1 >= m_tokens.size() || !isBlank(gapAfter(next)))
                return;
            ++next;
            final = true;
        } else if (!isComma(gap)) {
            return;
        }
        const NameSpan name = nameAt(next, flags);
        if (!plausibleName(name))
            return;
        addCandidate(m_tokens.at(name.first).start, m_tokens.at(name.last).end, type, reason);
        if (final)
            return;
        last = name.last;
    }
}

void Scanner::honorificRules()
{
    const QChar fullStop = QLatin1Char('.');
    for (int i = 0; i + 1 < m_tokens.size(); ++i) {
        QStringView w = word(i);
        int honorificStart = m_tokens.at(i).start;
        // OCR runs lines together: "sûreM. Chéron" is "sûre" then "M. Chéron".
        if (w.size() > 2 && w.at(w.size() - 1) == QLatin1Char('M') && w.at(w.size() - 2).isLower()
            && gapAfter(i).startsWith(fullStop)) {
            w = w.right(1);
            honorificStart = m_tokens.at(i).end - 1;
        }
        const QString surface = w.toString();
        const auto honorific = honorifics().constFind(surface);
        if (honorific == honorifics().cend() || tokenIsKnown(i))
            continue;
        const QStringView gap = gapAfter(i);
        // "M.Poincaré": OCR may drop the space after an abbreviation's full
        // stop; after "Madame" a full stop ends the sentence.
        const bool separated = needsFullStop(surface)
            ? isFullStopThen(gap, false)
            : isBlank(gap) || (honorific->abbreviation && isFullStopThen(gap, false));
        if (!separated)
            continue;
        const int next = i + 1;
        const QString reason = EntityRules::tr("honorific");
        // "M. le président du Conseil" is a person in HIPE's gold, but the
        // role is a known mention already and suggestions never overlap one.
        const NameSpan name = nameAt(next, AfterHonorific);
        if (!name.isValid() || (name.words == 1 && stopWords().contains(folded(name.last))))
            continue;
        addCandidate(honorificStart, m_tokens.at(name.last).end, PersonType, reason);
        if (honorific->plural)
            coordinated(name.last, PersonType, reason, NoFlag);
        i = name.last;
    }
}

// "E. Dieudonné", "J. R. R. Tolkien": an initial then a name.
void Scanner::initialRules()
{
    for (int i = 0; i + 1 < m_tokens.size(); ++i) {
        if (!isInitial(i) || tokenIsKnown(i) || honorifics().contains(word(i).toString()))
            continue;
        // "U.S. Steel", "S.A.": an initial right after another one's full stop.
        const QStringView before = gapBefore(i);
        if (i > 0 && (before.isEmpty() || before.endsWith(QLatin1Char('.'))))
            continue;
        const NameSpan name = nameAt(i, NoFlag);
        if (!name.isValid() || name.first != i || isCommonWord(name.last))
            continue;
        addCandidate(m_tokens.at(i).start, m_tokens.at(name.last).end, PersonType,
                     EntityRules::tr("initial before a name"));
        i = name.last;
    }
}

void Scanner::organisationCueRules()
{
    const QString chez = QStringLiteral("chez");
    for (int i = 0; i + 1 < m_tokens.size(); ++i) {
        if (tokenIsKnown(i))
            continue;
        const QString f = folded(i);
        const bool isChez = f == chez;
        const auto cue = organisationCues().constFind(f);
        if (!isChez && cue == organisationCues().cend())
            continue;
        const bool acronymCue = f == QLatin1String("ong");
        if (!isChez && (acronymCue ? word(i) != QStringView(u"ONG") : !isLowerWord(i)))
            continue;
        int next = i + 1;
        if (!isChez) {
            // "le groupe américain X", "le groupe de télécommunications X"
            int skipped = 0;
            bool usedDe = false;
            while (next < m_tokens.size() && skipped < 3 && isLowerWord(next)) {
                if (!isBlank(gapAfter(next - 1)))
                    break;
                const QString g = folded(next);
                if (!usedDe && (g == QLatin1String("de") || g == QLatin1String("d")) && next + 1 < m_tokens.size()
                    && isLowerWord(next + 1) && !functionWords().contains(folded(next + 1))) {
                    usedDe = true;
                    next += 2;
                    skipped += 2;
                    continue;
                }
                const QStringView w = word(next);
                const bool participle = w.endsWith(QChar(0x00e9)) || w.endsWith(QStringView(u"\u00e9e"))
                    || w.endsWith(QStringView(u"\u00e9s")) || w.endsWith(QStringView(u"\u00e9es"));
                if (functionWords().contains(g) || participle || w.size() < 3)
                    break;
                ++next;
                ++skipped;
            }
        }
        if (next >= m_tokens.size() || !isBlank(gapAfter(next - 1)) || tokenIsKnown(next))
            continue;
        const NameSpan name = nameAt(next, OrganisationName);
        if (!plausibleName(name) || name.first != next)
            continue;
        const QLatin1String type = isChez ? CompanyType : cue->type;
        const QString reason = EntityRules::tr("organisation cue \u201c%1\u201d").arg(word(i).toString());
        addCandidate(m_tokens.at(name.first).start, m_tokens.at(name.last).end, type, reason);
        if (!isChez && cue->plural)
            coordinated(name.last, type, reason, OrganisationName);
        i = name.last;
    }
}

// "Amkor Technology Inc.", "Vietnam Airlines JSC", "Alstom S.A."
void Scanner::suffixRules()
{
    for (int i = 1; i < m_tokens.size(); ++i) {
        const QStringView w = word(i);
        int suffixEnd = -1;
        QString suffixText;
        if (w == QStringView(u"S") && m_text.mid(m_tokens.at(i).end).startsWith(QStringView(u".A"))
            && i + 1 < m_tokens.size() && word(i + 1) == QStringView(u"A")) {
            suffixEnd = m_tokens.at(i + 1).end;
            if (gapAfter(i + 1).startsWith(QLatin1Char('.')))
                ++suffixEnd;
        } else {
            for (const Suffix &suffix : companySuffixes()) {
                if (w != QLatin1String(suffix.text))
                    continue;
                const bool stop = gapAfter(i).startsWith(QLatin1Char('.'));
                if (QLatin1String(suffix.text) == QLatin1String("Co") && !stop)
                    break;
                suffixEnd = m_tokens.at(i).end + (suffix.fullStop && stop ? 1 : 0);
                break;
            }
        }
        if (suffixEnd < 0 || tokenIsKnown(i))
            continue;
        suffixText = m_text.mid(m_tokens.at(i).start, suffixEnd - m_tokens.at(i).start).toString();
        const QStringView gap = gapAfter(i - 1);
        if (!(isBlank(gap) || isComma(gap)))
            continue;
        const NameSpan name = nameEndingAt(i - 1, OrganisationName);
        if (!name.isValid())
            continue;
        addCandidate(m_tokens.at(name.first).start, suffixEnd, CompanyType,
                     EntityRules::tr("company suffix \u201c%1\u201d").arg(suffixText));
    }
}

} // namespace Veille::Rules
