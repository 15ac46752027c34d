// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities/entityrules.h"
#include "entities/ruletokenizer.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringView>
#include <QVector>

#include <limits>

namespace Veille::Rules {

// What a rule proposes before overlaps are settled.
struct Candidate : TextRange {
    QString type;
    QString reason;
    qint64 variantOf = 0;
    int priority = 0; // typo variants say more than a bare cue, so they win an overlap
};

// A role linked to a candidate person, settled once the candidates are.
struct PendingLink {
    int candidate = -1; // index into Scanner::candidates()
    TextRange role;
};

// Runs the cue rules of EntityRules over one text: roles, honorifics,
// initials, organisation cues and company suffixes. Lives for one
// EntityRules::apply() call; the typo index reads its words through it.
class Scanner
{
public:
    // known: the mentions the gazetteer found in text.
    Scanner(QStringView text, const QVector<TypedSpan> &known);

    void applyRules();

    const QVector<Candidate> &candidates() const { return m_candidates; }
    const QVector<PendingLink> &pendingLinks() const { return m_pendingLinks; }
    // Roles whose person is a known mention: nothing left to settle.
    const QVector<RoleLink> &knownLinks() const { return m_knownLinks; }

    const QVector<Token> &tokens() const { return m_tokens; }
    QStringView word(int token) const
    {
        return m_text.mid(m_tokens.at(token).start, m_tokens.at(token).end - m_tokens.at(token).start);
    }
    QString folded(int token) const;
    // The text between a token and the next one (to the end for the last).
    QStringView gapAfter(int token) const
    {
        const int from = m_tokens.at(token).end;
        const int to = token + 1 < m_tokens.size() ? m_tokens.at(token + 1).start : int(m_text.size());
        return m_text.mid(from, to - from);
    }
    bool tokenIsKnown(int token) const;
    bool isCommonWord(int token) const;
    // The entities the known mentions name: those the text spells right.
    QSet<qint64> knownEntityIds() const;

private:
    enum NameFlag {
        NoFlag = 0,
        AfterHonorific = 0x1, // may start with a particle or a common word: "M. de Lasteyrie", "M. Le Pen"
        OrganisationName = 0x2, // digits and '&' allowed: "Johnson & Johnson", "3M"
    };

    // A run of tokens that looks like a name.
    struct NameSpan {
        int first = -1; // token indices
        int last = -1;
        int words = 0; // capitalised words and initials, particles not counted
        bool isValid() const { return words > 0; }
    };

    // Where a role's person is: a known Person mention or a name to suggest.
    struct RoleTarget {
        bool found = false;
        bool known = false;
        int start = 0;
        int end = 0;
        int determiners = 0; // "la ministre": the words between the comma and the role
        QString reason;
    };

    void roleRules();
    void honorificRules();
    void initialRules();
    void organisationCueRules();
    void suffixRules();

    QStringView gapBefore(int token) const;
    const TypedSpan *knownOverlapping(int start, int end) const;
    const TypedSpan *knownStartingAt(int position) const;
    const TypedSpan *knownEndingAt(int position) const;
    int firstTokenFrom(int position) const;

    bool isCapitalisedWord(int token, int flags) const;
    bool isInitial(int token) const;
    bool isParticle(int token) const;
    bool isLowerWord(int token) const { return word(token).at(0).isLower(); }
    bool startsSentence(int token) const;

    NameSpan nameAt(int token, int flags, int lastToken = std::numeric_limits<int>::max() - 1) const;
    NameSpan nameEndingAt(int token, int flags) const;
    bool plausibleName(const NameSpan &name) const;
    RoleTarget nameBeforeRole(const TypedSpan &role) const;
    RoleTarget nameAfterRole(const TypedSpan &role) const;

    int addCandidate(int start, int end, QLatin1String type, const QString &reason, int priority = 1);
    void coordinated(int lastToken, QLatin1String type, const QString &reason, int flags);

    QStringView m_text;
    QVector<Token> m_tokens;
    QVector<TypedSpan> m_known; // sorted by start
    QVector<int> m_maxEndSoFar; // the furthest end among m_known[0..i]
    QHash<int, int> m_knownByEnd; // end → index into m_known
    QSet<QString> m_lowerCaseWords; // folded words seen in lower case: the text's common words
    QVector<Candidate> m_candidates;
    QVector<PendingLink> m_pendingLinks;
    QVector<RoleLink> m_knownLinks;
};

} // namespace Veille::Rules
