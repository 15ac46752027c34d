// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/textrange.h"

#include <QString>
#include <QStringView>
#include <QVarLengthArray>
#include <QVector>

#include <vector>

namespace Veille {

/*! \brief Finds many names at once in a text, as whole words.
 *
 * All patterns go into one Aho-Corasick automaton over accent- and
 * case-folded text (textfold.h), so one pass finds them all, whatever their
 * number. Each hit is then checked against its own pattern's options
 * on the original text: a case-sensitive "NIC" does not match "nic", and
 * "Hanoi" without accent folding does not match "Hanoï".
 *
 * Matches are whole words (isWordChar() on both sides), leftmost-longest and
 * never overlap: "Pham Minh Chinh" wins over "Minh". The matcher is
 * immutable once built, so find() may run on several threads at once.
 * Memory: a dense table of at most 512 KB for the states near the root,
 * plus 16 bytes per other state: some 2 MB for 10,000 names.
 */
class EntityMatcher
{
public:
    struct Pattern {
        QString text; //!< leading and trailing spaces are ignored; blank patterns never match
        qint64 entityId = 0;
        qint64 aliasId = 0;
        bool caseSensitive = false; //!< the text must match exactly, accents included
        bool foldAccents = true; //!< otherwise only the case is folded
    };

    struct Match : TextRange { // UTF-16 offsets in the scanned text
        int pattern = -1; //!< index into the patterns given to the constructor
    };

    EntityMatcher() = default;
    /*! \brief Builds the automaton. Patterns with the same text are allowed;
     * where several fit the same span, the lowest index wins, so pass them
     * in order of priority. */
    explicit EntityMatcher(QVector<Pattern> patterns);

    /*! \brief The matches in \a text, in order, none overlapping. */
    QVector<Match> find(QStringView text) const;

    const Pattern &pattern(int index) const;
    int patternCount() const;
    /*! \brief True when nothing can match: no pattern, or only blank ones. */
    bool isEmpty() const;

private:
    // The text and options that decide, after the automaton, whether a
    // pattern really is at a place: nothing to check for accent-folded ones.
    struct Check {
        enum Mode : quint8 { Folded, Exact, CaseOnly };
        QString expected; //!< trimmed text, exact or case-folded per mode
        Mode mode = Folded;
    };
    // A state where a keyword (a distinct folded text) ends, with the first
    // of the patterns that share it inline: usually the only one.
    struct Output {
        int next = -1; //!< the next on the failure chain, index into m_outputs, or -1
        int length = 0; //!< of this state's own keyword; 0 if it has none
        int pattern = -1; //!< the keyword's first pattern by priority
        Check::Mode mode = Check::Folded; //!< that pattern's
        int otherFirst = 0; //!< the keyword's other patterns, into m_otherPatterns
        int otherCount = 0;
    };
    // A state deep in the trie, most often on the path of a single name: its
    // first child inline, any others in m_edges, and where to look on any
    // other input. Rows of a dense table for these would be mostly cold.
    struct SparseState {
        qint32 fail = 0; //!< a state reference
        qint32 child = 0; //!< a state reference
        quint16 childClass = 0xFFFF; //!< none: a leaf
        quint16 extraCount = 0;
        qint32 extraFirst = 0; //!< into m_edges
    };
    struct Edge {
        quint16 inputClass = 0;
        qint32 target = 0; //!< a state reference
    };

    // The steps of the constructor, in order; the types are defined in
    // entitymatcher.cpp and live only while it runs.
    struct Keywords;
    struct Trie;
    struct Layout;
    void buildChecks();
    Keywords collectKeywords() const;
    std::vector<quint16> buildLetterClasses(const Keywords &keywords);
    void buildOutputs(const Keywords &keywords, const Trie &trie, const Layout &layout);
    void buildTables(const Trie &trie, const Layout &layout);

    Q_NEVER_INLINE qintptr sparseStep(qintptr state, quint16 inputClass) const;
    // Most texts have a few dozen candidates: no allocation for them.
    using Candidates = QVarLengthArray<Match, 128>;
    Q_NEVER_INLINE void addCandidates(QStringView text, int end, qintptr state, int startLimit,
                                      Candidates &candidates) const;
    bool accepts(int patternIndex, QStringView text, int start) const;

    QVector<Pattern> m_patterns;
    QVector<Check> m_checks;
    QVector<int> m_otherPatterns;
    QVector<Output> m_outputs; //!< in the order of the states' references
    QVector<quint16> m_classOf; //!< UTF-16 unit → input class; empty when nothing can match
    // A state reference is either the offset of a dense row (>= 0), so that
    // row + class is the next state, or ~(index into m_sparse).
    QVector<qint32> m_next;
    QVector<SparseState> m_sparse;
    QVector<Edge> m_edges;
    qint32 m_start = 0; //!< the root: after a separator
    qint32 m_insideWord = 0; //!< after a word character, where no name starts
    int m_sparseOutputs = 0; //!< m_sparse begins with the states where keywords end
    qint32 m_outputLimit = 0; //!< dense references below have keywords ending
    int m_stride = 0; //!< number of input classes
    int m_firstSeparatorClass = 0; //!< classes below are word characters
};

} // namespace Veille

Q_DECLARE_TYPEINFO(Veille::EntityMatcher::Match, Q_PRIMITIVE_TYPE);
