// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/nertokenizer.h"

#include "text/textfold.h"

namespace Veille::Ner {

namespace {
bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019);
}

bool isHyphen(QChar c)
{
    return c == QLatin1Char('-') || c == QChar(0x2010) || c == QChar(0x2011);
}

bool isAlnum(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

// Invisible format characters (zero-width space, direction marks, soft
// hyphen) separate nothing and are no token.
bool isSpaceLike(QChar c)
{
    const ushort u = c.unicode();
    return c.isSpace() || u == 0x200B || u == 0x200E || u == 0x200F || u == 0x00AD || u == 0xFEFF;
}

bool sameWord(QStringView word, const char *latin1)
{
    return word.compare(QLatin1String(latin1), Qt::CaseInsensitive) == 0;
}

// The words that elide ("l'", "jusqu'"), without the apostrophe.
bool isElidingWord(QStringView word)
{
    static const char *const words[] = { "l", "d", "qu", "jusqu",  "c",      "j",     "m",
                                         "n", "s", "t",  "lorsqu", "puisqu", "quoiqu" };
    for (const char *w : words) {
        if (sameWord(word, w))
            return true;
    }
    return false;
}

// Abbreviations that keep their full stop.
bool isAbbreviation(QStringView word)
{
    static const char *const words[] = { "m",  "mm",  "mme", "mmes", "mlle", "mlles", "etc", "dr",
                                         "me", "mgr", "pr",  "st",   "ste",  "cf",    "av",  "apr" };
    for (const char *w : words) {
        if (sameWord(word, w))
            return true;
    }
    return false;
}

// A connector inside a word: a hyphen or apostrophe between letters or
// digits, a full stop after a lone letter ("U.S") or between digits, a
// comma between digits.
bool joinsWord(QStringView text, int i, int segmentStart)
{
    if (i + 1 >= text.size() || !isAlnum(text.at(i + 1)) || i == 0)
        return false;
    const QChar c = text.at(i);
    const QChar before = text.at(i - 1);
    if (isHyphen(c) || isApostrophe(c))
        return true;
    if (c == QLatin1Char('.') || c == QLatin1Char(','))
        return (before.isDigit() && text.at(i + 1).isDigit())
            || (c == QLatin1Char('.') && i - segmentStart == 1 && before.isLetter());
    return false;
}

// The end of the word starting at \a start: letters, digits and connectors.
int wordEnd(QStringView text, int start)
{
    int i = start;
    int segmentStart = start;
    while (i < text.size()) {
        if (isAlnum(text.at(i))) {
            ++i;
        } else if (joinsWord(text, i, segmentStart)) {
            ++i;
            segmentStart = i;
        } else {
            break;
        }
    }
    return i;
}

// The end of an elided first part ("l'" of "l'OTAN"), or -1.
int elisionEnd(QStringView text, int start, int end)
{
    for (int i = start; i < end; ++i) {
        if (isApostrophe(text.at(i)))
            return isElidingWord(text.mid(start, i - start)) ? i + 1 : -1;
        if (!text.at(i).isLetter())
            return -1;
    }
    return -1;
}

// Whether the full stop after the word [start, end) belongs to it: "M.",
// an initial "W.", an acronym "U.S.".
bool keepsFullStop(QStringView text, int start, int end)
{
    if (end >= text.size() || text.at(end) != QLatin1Char('.'))
        return false;
    const QStringView word = text.mid(start, end - start);
    if (isAbbreviation(word))
        return true;
    const int lastSegment = int(word.lastIndexOf(QLatin1Char('.'))) + 1;
    return word.size() - lastSegment == 1 && word.back().isLetter() && (lastSegment > 0 || word.front().isUpper());
}

bool endsSentence(QStringView token)
{
    return token == QLatin1String(".") || token == QLatin1String("!") || token == QLatin1String("?")
        || token == QStringView(u"…");
}

bool closesQuote(QStringView token)
{
    return token == QStringView(u"»") || token == QLatin1String("\"") || token == QLatin1String(")");
}

bool opensSentence(QChar c)
{
    return c.isUpper() || c.isTitleCase() || c.isDigit() || c == QChar(0x00AB) || c == QLatin1Char('(');
}

// Marks where sentences start, once the tokens are cut.
void markSentences(QStringView text, QVector<Token> &tokens)
{
    bool afterEnd = false; // a sentence-ending mark came, maybe with a closing quote
    int previousEnd = 0;
    for (Token &token : tokens) {
        const QStringView gap = text.mid(previousEnd, token.range.start - previousEnd);
        const QStringView word = text.mid(token.range.start, token.range.length());
        const bool lineBreak = gap.contains(QLatin1Char('\n')) || gap.contains(QChar(0x2029));
        token.sentenceStart = previousEnd == 0 || lineBreak || (afterEnd && opensSentence(word.front()));
        if (endsSentence(word))
            afterEnd = true;
        else if (!(afterEnd && closesQuote(word)))
            afterEnd = false;
        previousEnd = token.range.end;
    }
}

// Appends the word [start, end), split after its elisions.
void appendWord(QStringView text, int start, int end, QVector<Token> &tokens)
{
    int elided = elisionEnd(text, start, end);
    while (elided > 0 && elided < end) {
        tokens.append({ { start, elided }, false });
        start = elided;
        elided = elisionEnd(text, start, end);
    }
    if (keepsFullStop(text, start, end))
        ++end;
    tokens.append({ { start, end }, false });
}
} // namespace

QVector<Token> tokenize(QStringView text)
{
    QVector<Token> tokens;
    const int size = int(text.size());
    int i = 0;
    while (i < size) {
        const QChar c = text.at(i);
        if (isSpaceLike(c)) {
            ++i;
        } else if (isAlnum(c)) {
            const int end = wordEnd(text, i);
            appendWord(text, i, end, tokens);
            i = tokens.back().range.end;
        } else {
            const int length = c.isHighSurrogate() && i + 1 < size && text.at(i + 1).isLowSurrogate() ? 2 : 1;
            tokens.append({ { i, i + length }, false });
            i += length;
        }
    }
    markSentences(text, tokens);
    return tokens;
}

bool isElision(QStringView token)
{
    return token.size() >= 2 && isApostrophe(token.back()) && isElidingWord(token.chopped(1));
}

} // namespace Veille::Ner
