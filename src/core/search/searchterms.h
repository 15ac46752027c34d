// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <optional>

namespace Veille {

/*! \brief One word or phrase of a search, as it goes to FTS5. */
struct SearchTerm {
    QString value; //!< the words as typed, unquoted
    QString column; //!< the articles_fts column it is searched in; empty for all
    bool prefix = false; //!< word*: its last word is a prefix
    int order = 0; //!< its place in the typed text: the first ones are kept

    /*! \brief The quoted FTS5 term: no input can make an operator of it. */
    QString fts() const;
};

/*! \brief The words and phrases of a search: groups of terms ORed
 * together, the groups ANDed, and the terms left out, ORed.
 *
 * bound() makes their FTS5 expressions cheap enough for any input: it
 * drops repeats, which change nothing ("a OR a" is "a", "the the" is
 * "the"), then keeps the first MaxWords words and the first MaxPrefixes
 * prefixes in the typed order.
 */
class SearchTerms
{
    Q_DECLARE_TR_FUNCTIONS(Veille::SearchTerms)
public:
    /*! \brief The words searched at most. FTS5 walks one list of articles
     * per word of every term, and 1,000 of them took over 30 s on 20,000
     * articles. An analyst's longest queries (a few ORed spellings of a
     * dozen names, a quoted sentence) stay well below 64 words. */
    static constexpr int MaxWords = 64;
    /*! \brief The prefixes (word*) searched at most. Each merges the lists
     * of every word it begins, thousands for a short one; a real query
     * names a few stems, not 16. */
    static constexpr int MaxPrefixes = 16;

    void addGroup(const QVector<SearchTerm> &group);
    void addExcluded(const SearchTerm &term);

    /*! \brief Drops the repeats, then what is over the limits; returns a
     * message for each limit that cut the search. */
    QStringList bound();

    /*! \brief The words that begin a prefix, as its index holds them; none
     * to search the prefix itself. */
    using WordsBeginning = std::function<std::optional<QStringList>(const QString &prefix)>;
    /*! \brief Replaces each one-word prefix (word*) by the words it
     * begins, ORed in its place, when \a wordsBeginning lists them and
     * the search stays within MaxWords. FTS5 merges a prefix's lists at
     * every look-up of an article; a word is one seek. Call after bound(). */
    void expandPrefixes(const WordsBeginning &wordsBeginning);
    /*! \brief The groups as an FTS5 expression; empty for none. */
    QString match() const;
    /*! \brief The excluded terms as an FTS5 expression; empty for none. */
    QString exclude() const;

private:
    void dropRepeats();
    bool keepFirstPrefixes();
    bool keepFirstWords();
    void dropEmpty();
    void expandIn(QVector<SearchTerm> &terms, const WordsBeginning &wordsBeginning, int &words) const;
    int wordCount() const;

    QVector<QVector<SearchTerm>> m_groups;
    QVector<SearchTerm> m_excluded;
};

} // namespace Veille
