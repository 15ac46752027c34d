// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/namevariants.h"

#include "entities/rulewords.h"
#include "text/textfold.h"

#include <QHash>
#include <QStringList>

#include <algorithm>
#include <iterator>

namespace Veille {

namespace {
constexpr int longestAcronym = 10;
// Abbreviations of common nouns in French economic and technology news.
constexpr const char *commonAbbreviations[] = {
    "IA",  "AI",  "IoT", "Wi-Fi", "3G", "4G",  "5G", "6G",  "PIB", "PME", "TPE", "ETI", "ONG", "TVA", "R&D",
    "RH",  "DRH", "PDG", "DG",    "CEO", "CTO", "IDE", "EDA", "HPC", "GPU", "CPU", "SoC", "TIC", "BTP", "QG",
    "ADN", "ARN", "CO2", "GES",   "PNB", "IPO", "OPA", "B2B", "B2C", "SMS", "VTC", "IRM", "SIDA"};

// A name of the article that a shorter or bracketed one may stand for.
struct FullForm {
    QString text;
    QStringList words; //!< folded
    QString type;
    qint64 entityId = 0;
};

QStringList foldedWords(const QString &text)
{
    QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &word : words)
        word = comparisonKey(word);
    return words;
}

bool isNameType(const QString &type)
{
    return type == QLatin1String("Person") || type == QLatin1String("Organisation")
        || type == QLatin1String("Company") || type == QLatin1String("Place");
}

QVector<FullForm> formsOf(QStringView body, const QVector<DetectedMention> &detected, const QVector<TypedSpan> &known)
{
    QVector<FullForm> forms;
    for (const TypedSpan &span : known) {
        if (isNameType(span.type)) {
            const QString text = body.mid(span.start, span.length()).toString().simplified();
            forms.append({text, foldedWords(text), span.type, span.entityId});
        }
    }
    for (const DetectedMention &mention : detected) {
        const QString text = body.mid(mention.start, mention.length()).toString().simplified();
        forms.append({text, foldedWords(text), mention.type, 0});
    }
    return forms;
}

// "X (ABC)": the acronym ABC the article gives to the name X that the
// bracket follows, by its folded text.
// The spans are in the order of formsOf().
QHash<QString, FullForm> acronymsIntroduced(QStringView body, const QVector<DetectedMention> &detected,
                                            const QVector<TypedSpan> &known, const QVector<FullForm> &forms)
{
    QVector<TextRange> spans;
    for (const TypedSpan &span : known) {
        if (isNameType(span.type))
            spans.append(span);
    }
    for (const DetectedMention &mention : detected)
        spans.append(mention);
    QHash<QString, FullForm> acronyms;
    for (int i = 0; i < spans.size(); ++i) {
        qsizetype at = spans.at(i).end;
        while (at < body.size() && body.at(at) == QLatin1Char(' '))
            ++at;
        if (at >= body.size() || body.at(at) != QLatin1Char('('))
            continue;
        const qsizetype start = ++at;
        while (at < body.size() && at - start <= longestAcronym && body.at(at).isUpper())
            ++at;
        if (at - start >= 2 && at - start <= longestAcronym && at < body.size() && body.at(at) == QLatin1Char(')')
            && forms.at(i).words.size() > 1 && isNameType(forms.at(i).type))
            acronyms.insert(comparisonKey(body.mid(start, at - start).toString()), forms.at(i));
    }
    return acronyms;
}

// Whether \a shorter is the end (or, \a atStart, the start) of the longer \a longer.
bool isEdgeOf(const QStringList &longer, const QStringList &shorter, bool atStart)
{
    if (shorter.isEmpty() || shorter.size() >= longer.size())
        return false;
    const qsizetype offset = atStart ? 0 : longer.size() - shorter.size();
    for (qsizetype i = 0; i < shorter.size(); ++i) {
        if (longer.at(offset + i) != shorter.at(i))
            return false;
    }
    return true;
}

const FullForm *longestPersonWithEdge(const QVector<FullForm> &forms, const QStringList &words, bool atStart)
{
    const FullForm *best = nullptr;
    for (const FullForm &form : forms) {
        if (form.type == QLatin1String("Person") && isEdgeOf(form.words, words, atStart)
            && (!best || form.words.size() > best->words.size()))
            best = &form;
    }
    return best;
}

// Whether a title the rules read ends just before \a start: "M. Xi", "Sir Keir".
bool titledAt(QStringView body, qsizetype start)
{
    qsizetype at = start;
    while (at > 0 && body.at(at - 1).isSpace())
        --at;
    const bool fullStop = at < start && at > 0 && body.at(at - 1) == QLatin1Char('.');
    const qsizetype end = fullStop ? at - 1 : at;
    qsizetype begin = end;
    while (begin > 0 && body.at(begin - 1).isLetter())
        --begin;
    if (at == start || begin == end)
        return false;
    const QString title = body.mid(begin, end - begin).toString();
    return Rules::honorifics().contains(title) && (fullStop || !Rules::needsFullStop(title));
}

// The person a short name stands for: "Poutine" is the last word of
// "Vladimir Poutine". A titled or role-linked short name that ends no full
// name may be a surname written first ("M. Xi" for Xi Jinping, "Sir Keir"
// for Keir Starmer); an untitled first word ("Jean") stands for no one.
const FullForm *personFor(QStringView body, const DetectedMention &mention, const QVector<FullForm> &forms,
                          const QStringList &words)
{
    if (const FullForm *full = longestPersonWithEdge(forms, words, false))
        return full;
    if (!mention.role.isEmpty() || titledAt(body, mention.start))
        return longestPersonWithEdge(forms, words, true);
    return nullptr;
}
} // namespace

bool isCommonAbbreviation(QStringView text)
{
    return std::any_of(std::begin(commonAbbreviations), std::end(commonAbbreviations),
                       [text](const char *abbreviation) { return text == QLatin1String(abbreviation); });
}

TextRange withoutHonorific(QStringView body, TextRange range)
{
    // The titles the rules read (Rules::honorifics()), never part of a
    // name, with or without a full stop: "M. Delorme", "Dr. Smith".
    const QStringView text = body.mid(range.start, range.length());
    qsizetype end = 0;
    while (end < text.size() && text.at(end).isLetter())
        ++end;
    const QString title = text.left(end).toString();
    if (end == 0 || !Rules::honorifics().contains(title))
        return range;
    const bool fullStop = end < text.size() && text.at(end) == QLatin1Char('.');
    if (!fullStop && Rules::needsFullStop(title))
        return range;
    if (fullStop)
        ++end;
    if (text.size() > end + 1 && text.at(end).isSpace())
        return { range.start + int(end) + 1, range.end };
    return range;
}

void linkNameVariants(QStringView body, QVector<DetectedMention> &detected, const QVector<TypedSpan> &known)
{
    const QVector<FullForm> forms = formsOf(body, detected, known);
    const QHash<QString, FullForm> acronyms = acronymsIntroduced(body, detected, known, forms);
    for (DetectedMention &mention : detected) {
        const QString own = body.mid(mention.start, mention.length()).toString().simplified();
        const QStringList words = foldedWords(own);
        const FullForm *full = nullptr;
        const auto acronym = acronyms.constFind(comparisonKey(own));
        if (words.size() == 1 && acronym != acronyms.constEnd())
            full = &acronym.value();
        else if (mention.type == QLatin1String("Person"))
            full = personFor(body, mention, forms, words);
        mention.name = full ? full->text : own;
        mention.entityId = full ? full->entityId : 0;
        if (full && full->entityId == 0)
            mention.type = full->type;
    }
}

} // namespace Veille
