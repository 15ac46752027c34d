// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>
#include <QVector>

namespace Veille {

/*! \brief Finds many names at once in a text, as whole words.
 *
 * All patterns go into one Aho-Corasick automaton over accent- and
 * case-folded text (textfold.h), so a scan costs the same with ten names or
 * ten thousand. Each hit is then checked against its own pattern's options
 * on the original text: a case-sensitive "NIC" does not match "nic", and
 * "Hanoi" without accent folding does not match "Hanoï".
 *
 * Matches are whole words (isWordChar() on both sides), leftmost-longest and
 * never overlap: "Pham Minh Chinh" wins over "Minh". The matcher is
 * immutable once built, so find() may run on several threads at once.
 * Memory: about 4 bytes × states × distinct pattern characters, some
 * 10 MB for 10,000 Latin-script names.
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

    struct Match {
        int start = 0; //!< UTF-16 offset in the scanned text
        int end = 0; //!< one past the last unit
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
    // A distinct folded text: the patterns that share it, by index.
    struct Keyword {
        int length = 0;
        int firstPattern = 0; //!< into m_keywordPatterns
        int patternCount = 0;
    };
    // A state where keywords end: its own, then the next state on its
    // failure chain that has one.
    struct Output {
        int keyword = -1;
        int next = -1; //!< index into m_outputs, or -1
    };

    bool accepts(int patternIndex, QStringView text, int start) const;

    QVector<Pattern> m_patterns;
    QVector<Check> m_checks;
    QVector<Keyword> m_keywords;
    QVector<int> m_keywordPatterns;
    QVector<Output> m_outputs; //!< for the states from m_firstOutput on
    QVector<quint16> m_classOf; //!< UTF-16 unit → input class; empty when nothing can match
    QVector<quint8> m_wordClass; //!< class → whether it is a word character
    QVector<qint32> m_next; //!< dense DFA; a state is its row's offset: state + class → next state
    qint32 m_start = 0;
    qint32 m_firstOutput = 0;
    int m_stride = 0;
};

} // namespace Veille

Q_DECLARE_TYPEINFO(Veille::EntityMatcher::Match, Q_PRIMITIVE_TYPE);
