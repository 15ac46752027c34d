// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/searchterms.h"

#include <QSet>

#include <algorithm>

namespace Veille {

namespace {
// unicode61 makes a token of each run of letters and digits; the rest
// separates. The count is what FTS5 walks, so it is what a limit counts.
bool isTokenChar(QChar c)
{
    return c.isLetterOrNumber();
}

int tokenCount(const QString &text)
{
    int count = 0;
    bool inToken = false;
    for (const QChar c : text) {
        const bool token = isTokenChar(c);
        if (token && !inToken)
            ++count;
        inToken = token;
    }
    return count;
}

// \a text up to the end of its \a count -th token.
QString firstTokens(const QString &text, int count)
{
    int seen = 0;
    bool inToken = false;
    for (int i = 0; i < text.size(); ++i) {
        const bool token = isTokenChar(text.at(i));
        if (inToken && !token && seen == count)
            return text.left(i);
        if (token && !inToken)
            ++seen;
        inToken = token;
    }
    return seen <= count ? text : QString();
}

QString joined(const QVector<SearchTerm> &terms, const QString &separator)
{
    QStringList parts;
    for (const SearchTerm &term : terms)
        parts << term.fts();
    return parts.join(separator);
}

// Drops the terms whose expression came earlier.
void dropRepeatedTerms(QVector<SearchTerm> &terms)
{
    QSet<QString> seen;
    terms.erase(std::remove_if(terms.begin(), terms.end(),
                               [&seen](const SearchTerm &term) {
                                   const QString fts = term.fts();
                                   if (seen.contains(fts))
                                       return true;
                                   seen.insert(fts);
                                   return false;
                               }),
                terms.end());
}
// Every term, searched or left out, in the typed order.
QVector<SearchTerm *> inTypedOrder(QVector<QVector<SearchTerm>> &groups, QVector<SearchTerm> &excluded)
{
    QVector<SearchTerm *> terms;
    for (QVector<SearchTerm> &group : groups) {
        for (SearchTerm &term : group)
            terms << &term;
    }
    for (SearchTerm &term : excluded)
        terms << &term;
    std::stable_sort(terms.begin(), terms.end(),
                     [](const SearchTerm *a, const SearchTerm *b) { return a->order < b->order; });
    return terms;
}
} // namespace

// A quoted FTS5 string: inside it the tokenizer splits the text the way it
// split the articles ("l’IA" is the phrase "l ia", "États-Unis" is "etats
// unis"), and nothing is an operator.
QString SearchTerm::fts() const
{
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    QString term = QLatin1Char('"') + escaped + QLatin1Char('"');
    if (prefix)
        term += QStringLiteral(" *");
    if (!column.isEmpty())
        term = column + QStringLiteral(" : ") + term;
    return term;
}

void SearchTerms::addGroup(const QVector<SearchTerm> &group)
{
    m_groups.append(group);
}

void SearchTerms::addExcluded(const SearchTerm &term)
{
    m_excluded.append(term);
}

QStringList SearchTerms::bound()
{
    dropRepeats();
    QStringList messages;
    // Prefixes first: one dropped for being over its own limit leaves its
    // words to the terms after it.
    if (keepFirstPrefixes())
        messages << tr("Only the first %1 prefixes (word*) were searched.").arg(MaxPrefixes);
    if (keepFirstWords())
        messages << tr("Only the first %1 words were searched.").arg(MaxWords);
    dropEmpty();
    return messages;
}

void SearchTerms::dropRepeats()
{
    // Within a group, "a OR a" is "a"; between groups, "x AND x" is "x",
    // whatever the order of the ORed terms.
    QSet<QString> groupsSeen;
    QVector<QVector<SearchTerm>> groups;
    for (QVector<SearchTerm> &group : m_groups) {
        dropRepeatedTerms(group);
        QStringList key;
        for (const SearchTerm &term : std::as_const(group))
            key << term.fts();
        key.sort();
        const QString joinedKey = key.join(QLatin1Char('\n'));
        if (groupsSeen.contains(joinedKey))
            continue;
        groupsSeen.insert(joinedKey);
        groups.append(group);
    }
    m_groups = groups;
    dropRepeatedTerms(m_excluded);
}

bool SearchTerms::keepFirstPrefixes()
{
    int prefixes = 0;
    bool cut = false;
    const QVector<SearchTerm *> terms = inTypedOrder(m_groups, m_excluded);
    for (SearchTerm *term : terms) {
        if (!term->prefix)
            continue;
        if (prefixes == MaxPrefixes) {
            term->value.clear();
            cut = true;
        } else {
            ++prefixes;
        }
    }
    return cut;
}

bool SearchTerms::keepFirstWords()
{
    int words = 0;
    bool cut = false;
    const QVector<SearchTerm *> terms = inTypedOrder(m_groups, m_excluded);
    for (SearchTerm *term : terms) {
        const int count = tokenCount(term->value);
        if (words + count > MaxWords) {
            // A phrase cut short finds at least what the whole one finds.
            term->value = firstTokens(term->value, MaxWords - words);
            cut = true;
        }
        words += tokenCount(term->value);
    }
    return cut;
}

void SearchTerms::dropEmpty()
{
    const auto empty = [](const SearchTerm &term) { return tokenCount(term.value) == 0; };
    for (QVector<SearchTerm> &group : m_groups)
        group.erase(std::remove_if(group.begin(), group.end(), empty), group.end());
    m_groups.erase(std::remove_if(m_groups.begin(), m_groups.end(),
                                  [](const QVector<SearchTerm> &group) { return group.isEmpty(); }),
                   m_groups.end());
    m_excluded.erase(std::remove_if(m_excluded.begin(), m_excluded.end(), empty), m_excluded.end());
}

int SearchTerms::wordCount() const
{
    int words = 0;
    for (const QVector<SearchTerm> &group : m_groups) {
        for (const SearchTerm &term : group)
            words += tokenCount(term.value);
    }
    for (const SearchTerm &term : m_excluded)
        words += tokenCount(term.value);
    return words;
}

void SearchTerms::expandPrefixes(const WordsBeginning &wordsBeginning)
{
    int words = wordCount();
    for (QVector<SearchTerm> &group : m_groups)
        expandIn(group, wordsBeginning, words);
    expandIn(m_excluded, wordsBeginning, words);
}

// The terms are ORed, so a prefix's words stand in its place; \a words
// counts the search's words as they grow.
void SearchTerms::expandIn(QVector<SearchTerm> &terms, const WordsBeginning &wordsBeginning, int &words) const
{
    QVector<SearchTerm> expanded;
    for (const SearchTerm &term : std::as_const(terms)) {
        const std::optional<QStringList> begun =
            term.prefix && tokenCount(term.value) == 1 ? wordsBeginning(term.value) : std::nullopt;
        if (!begun || begun->isEmpty() || words - 1 + begun->size() > MaxWords) {
            expanded << term;
            continue;
        }
        words += int(begun->size()) - 1;
        for (const QString &word : *begun)
            expanded << SearchTerm { word, term.column, false, term.order };
    }
    dropRepeatedTerms(expanded);
    terms = expanded;
}

QString SearchTerms::match() const
{
    QStringList conjuncts;
    for (const QVector<SearchTerm> &group : m_groups)
        conjuncts << (group.size() == 1 ? group.first().fts()
                                        : QLatin1Char('(') + joined(group, QStringLiteral(" OR ")) + QLatin1Char(')'));
    return conjuncts.join(QStringLiteral(" AND "));
}

QString SearchTerms::exclude() const
{
    return joined(m_excluded, QStringLiteral(" OR "));
}

} // namespace Veille
