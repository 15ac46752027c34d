// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/frenchtext.h"

#include <QString>

#include <algorithm>
#include <array>

namespace Veille {

namespace {
// Function words only: names and topic words do not move the count, and
// these are a tenth or more of any running French or English text.
constexpr std::array<const char *, 24> frenchWords{"le",  "la",  "les",  "des", "du",   "de",  "et",  "est",
                                                   "une", "un",  "que",  "qui", "dans", "pour", "sur", "au",
                                                   "aux", "par", "avec", "ne",  "pas",  "se",  "son", "ont"};
constexpr std::array<const char *, 20> englishWords{"the", "of",   "and", "to",   "in",  "is",  "that",
                                                    "for", "with", "on",  "was",  "as",  "by",  "are",
                                                    "it",  "from", "has", "have", "his", "said"};
constexpr int sampleLength = 4000;
constexpr int fewestWords = 20;

template<std::size_t N>
bool isOneOf(const QString &word, const std::array<const char *, N> &words)
{
    return std::any_of(words.begin(), words.end(), [&word](const char *w) { return word == QLatin1String(w); });
}
} // namespace

bool looksFrench(QStringView text)
{
    const QStringView sample = text.left(sampleLength);
    int words = 0;
    int french = 0;
    int english = 0;
    qsizetype i = 0;
    while (i < sample.size()) {
        while (i < sample.size() && !sample.at(i).isLetter())
            ++i;
        const qsizetype start = i;
        while (i < sample.size() && sample.at(i).isLetter())
            ++i;
        if (i == start)
            break;
        const QString word = sample.mid(start, i - start).toString().toLower();
        ++words;
        french += isOneOf(word, frenchWords) ? 1 : 0;
        english += isOneOf(word, englishWords) ? 1 : 0;
    }
    return words >= fewestWords && french * 10 >= words && french >= 2 * english;
}

} // namespace Veille
