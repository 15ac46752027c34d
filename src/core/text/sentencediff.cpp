// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/sentencediff.h"

#include "text/textfold.h"

#include <QSet>
#include <QStringList>

namespace Veille {

namespace {
bool endsSentence(QChar c)
{
    return c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?') || c == QChar(0x2026);
}

// The sentence's words, folded, one space apart.
QString keyOf(const QString &folded, const TextRange &range)
{
    QStringList words;
    QString word;
    for (int k = range.start; k < range.end; ++k) {
        const QChar c = folded.at(k);
        if (isWordChar(c)) {
            word += c;
        } else if (!word.isEmpty()) {
            words << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        words << word;
    return words.join(QLatin1Char(' '));
}

QVector<TextRange> missing(const QString &text, const QVector<TextRange> &ranges, const QSet<QString> &other)
{
    const QString folded = foldText(text);
    QVector<TextRange> result;
    for (const TextRange &range : ranges) {
        const QString key = keyOf(folded, range);
        if (!key.isEmpty() && !other.contains(key))
            result.append(range);
    }
    return result;
}

QSet<QString> keysOf(const QString &text, const QVector<TextRange> &ranges)
{
    const QString folded = foldText(text);
    QSet<QString> keys;
    for (const TextRange &range : ranges)
        keys.insert(keyOf(folded, range));
    return keys;
}
} // namespace

QVector<TextRange> SentenceDiff::sentences(const QString &text)
{
    QVector<TextRange> result;
    int start = -1;
    const int size = int(text.size());
    for (int k = 0; k < size; ++k) {
        const QChar c = text.at(k);
        const bool space = c.isSpace();
        if (start < 0 && !space)
            start = k;
        if (start < 0)
            continue;
        const bool lineEnd = c == QLatin1Char('\n') || c == QLatin1Char('\r');
        const bool stop = endsSentence(c) && (k + 1 == size || text.at(k + 1).isSpace());
        if (lineEnd || stop) {
            int end = stop ? k + 1 : k;
            while (end > start && text.at(end - 1).isSpace())
                --end;
            if (end > start)
                result.append({ start, end });
            start = -1;
        }
    }
    if (start >= 0) {
        int end = size;
        while (end > start && text.at(end - 1).isSpace())
            --end;
        result.append({ start, end });
    }
    return result;
}

SentenceDiff SentenceDiff::compare(const QString &first, const QString &second)
{
    const QVector<TextRange> firstSentences = sentences(first);
    const QVector<TextRange> secondSentences = sentences(second);
    SentenceDiff diff;
    diff.onlyInFirst = missing(first, firstSentences, keysOf(second, secondSentences));
    diff.onlyInSecond = missing(second, secondSentences, keysOf(first, firstSentences));
    return diff;
}

} // namespace Veille
