// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/variantindex.h"

#include "entities/entityrules.h"
#include "entities/rulescanner.h"
#include "entities/ruletokenizer.h"
#include "entities/rulewords.h"
#include "text/textfold.h"

#include <QStringList>

#include <algorithm>
#include <functional>

namespace Veille::Rules {

namespace {
constexpr int MinVariantLetters = 6; // shorter names have too many neighbours one edit away
constexpr int MaxVariantWords = 6;
constexpr int SelfEvidentLetters = 8; // a typo of a word this long is unlikely to be another real word

int letterCount(QStringView text)
{
    return int(std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); }));
}

QString normalisedName(QStringView text)
{
    QStringList words;
    for (const Token &token : tokenize(text))
        words.append(foldText(text.mid(token.start, token.end - token.start)));
    return words.join(QLatin1Char(' '));
}

// The optimal-string-alignment distance, only as far as "0, 1 or more".
int editDistanceUpToOne(const QString &a, const QString &b)
{
    const int la = a.size();
    const int lb = b.size();
    if (la - lb > 1 || lb - la > 1)
        return 2;
    int i = 0;
    while (i < la && i < lb && a.at(i) == b.at(i))
        ++i;
    if (la == lb) {
        if (i == la)
            return 0;
        if (QStringView(a).mid(i + 1) == QStringView(b).mid(i + 1))
            return 1; // substitution
        if (i + 1 < la && a.at(i) == b.at(i + 1) && a.at(i + 1) == b.at(i)
            && QStringView(a).mid(i + 2) == QStringView(b).mid(i + 2))
            return 1; // transposition
        return 2;
    }
    const QString &longer = la > lb ? a : b;
    const QString &shorter = la > lb ? b : a;
    return QStringView(longer).mid(i + 1) == QStringView(shorter).mid(i) ? 1 : 2;
}

// "Républiques", "Italien": a plural or a demonym of the name, not a typo.
bool isInflection(const QString &query, const QString &key)
{
    if (query.size() != key.size() + 1 || !query.startsWith(key))
        return false;
    const QChar last = query.at(query.size() - 1);
    return last == QLatin1Char('s') || last == QLatin1Char('x') || last == QLatin1Char('n');
}

// The letters of the key's word that the query spells differently ("Chinh"
// in "Pham Minh Chin"): the word around their first difference.
int differingWordLetters(const QString &query, const QString &key)
{
    int p = 0;
    while (p < query.size() && p < key.size() && query.at(p) == key.at(p))
        ++p;
    p = std::min(p, int(key.size()) - 1);
    if (p > 0 && key.at(p) == QLatin1Char(' '))
        --p; // an extra letter at the end of a word
    const int start = int(key.lastIndexOf(QLatin1Char(' '), p)) + 1;
    int end = int(key.indexOf(QLatin1Char(' '), p));
    if (end < 0)
        end = int(key.size());
    return letterCount(QStringView(key).mid(start, end - start));
}

// The folded words first..last joined by one space, or an empty string when
// they cannot be the typo of a name: a known mention among them, a gap that
// is not a join, too few letters, or one word the text uses in lower case
// ("Italien", "Grande": a common word, capitalised).
QString variantQuery(const Scanner &scanner, int first, int last)
{
    if (last >= scanner.tokens().size())
        return {};
    QString query = scanner.folded(first);
    for (int k = first + 1; k <= last; ++k) {
        if (!isVariantJoin(scanner.gapAfter(k - 1)) || scanner.tokenIsKnown(k))
            return {};
        query += QLatin1Char(' ') + scanner.folded(k);
    }
    if (letterCount(query) < MinVariantLetters || (first == last && scanner.isCommonWord(first)))
        return {};
    return query;
}
} // namespace

VariantIndex::VariantIndex(const QVector<Entity> &gazetteer)
{
    for (const Entity &entity : gazetteer) {
        // Roles are common nouns, and a case-sensitive alias is one the
        // gazetteer keeps from everyday words ("=Micron" is not "Macron"):
        // neither has typos worth suggesting.
        if (entity.type == RoleType)
            continue;
        QSet<QString> seen;
        bool nameIsAlias = false;
        for (const Alias &alias : entity.aliases) {
            nameIsAlias = nameIsAlias || alias.text == entity.name;
            if (!alias.caseSensitive)
                add(entity, alias.text, seen);
        }
        if (!nameIsAlias)
            add(entity, entity.name, seen);
    }
    std::sort(m_wordCounts.begin(), m_wordCounts.end(), std::greater<int>());
}

void VariantIndex::add(const Entity &entity, const QString &text, QSet<QString> &seen)
{
    const QString key = normalisedName(text);
    const int words = int(key.count(QLatin1Char(' '))) + 1;
    if (words > MaxVariantWords || letterCount(key) < MinVariantLetters || seen.contains(key))
        return;
    seen.insert(key);
    const int index = int(m_keys.size());
    m_keys.append({ key, entity.name, entity.type, entity.id });
    if (!m_wordCounts.contains(words))
        m_wordCounts.append(words);
    m_deletions[key].append(index);
    for (int i = 0; i < key.size(); ++i) {
        if (key.at(i) == QLatin1Char(' '))
            continue; // a deleted space would merge two words: not a typo we look for
        QVector<int> &bucket = m_deletions[QString(key).remove(i, 1)];
        if (bucket.isEmpty() || bucket.last() != index)
            bucket.append(index);
    }
}

VariantIndex::Closest VariantIndex::closest(const QString &query, const QSet<qint64> &mentioned) const
{
    QVector<int> candidates = m_deletions.value(query);
    for (int d = 0; d < query.size(); ++d) {
        if (query.at(d) != QLatin1Char(' '))
            candidates += m_deletions.value(QString(query).remove(d, 1));
    }
    Closest found;
    for (const int index : qAsConst(candidates)) {
        const Key &key = m_keys.at(index);
        const int distance = editDistanceUpToOne(query, key.folded);
        // Typing rarely gets the first letter wrong, while names one
        // first letter apart abound: "Justin" and "Austin". A short
        // name has real neighbours too ("Bolton", "Boston"), so its
        // typo must come with the right spelling in the same text.
        if (distance == 1
            && (isInflection(query, key.folded) || query.at(0) != key.folded.at(0)
                || (differingWordLetters(query, key.folded) < SelfEvidentLetters
                    && !mentioned.contains(key.entityId)))) {
            continue;
        }
        if (distance == 0) {
            found.exact = true; // a known name the matcher left out on purpose (case, options)
        } else if (distance == 1
                   && (found.key < 0 || key.entityId < m_keys.at(found.key).entityId
                       || (key.entityId == m_keys.at(found.key).entityId && index < found.key))) {
            found.key = index;
        }
    }
    return found;
}

QVector<Candidate> VariantIndex::find(const Scanner &scanner) const
{
    QVector<Candidate> found;
    const QSet<qint64> mentioned = scanner.knownEntityIds();
    for (int i = 0; i < scanner.tokens().size(); ++i) {
        if (!isUpperInitial(scanner.word(i).at(0)) || scanner.tokenIsKnown(i)
            || stopWords().contains(scanner.folded(i)))
            continue;
        for (const int wordCount : m_wordCounts) {
            const int last = i + wordCount - 1;
            const QString query = variantQuery(scanner, i, last);
            if (query.isEmpty())
                continue;
            const Closest match = closest(query, mentioned);
            if (match.exact)
                break;
            if (match.key < 0)
                continue;
            const Key &key = m_keys.at(match.key);
            Candidate candidate;
            candidate.start = scanner.tokens().at(i).start;
            candidate.end = scanner.tokens().at(last).end;
            candidate.type = key.type;
            candidate.reason = EntityRules::tr("close to \u201c%1\u201d").arg(key.name);
            candidate.variantOf = key.entityId;
            candidate.priority = 2;
            found.append(candidate);
            break; // the longest sequence for this start
        }
    }
    return found;
}

} // namespace Veille::Rules
