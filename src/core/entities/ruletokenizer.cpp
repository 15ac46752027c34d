// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/ruletokenizer.h"

#include "text/textfold.h"

namespace Veille::Rules {

namespace {
bool isHyphen(QChar c)
{
    return c == QLatin1Char('-') || c == QChar(0x2010) || c == QChar(0x2011);
}

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019);
}

// OCR'd newspapers mark a word broken at a line end with '¬' ("con¬temple").
bool isOcrHyphen(QChar c)
{
    return c == QChar(0x00AC);
}

bool isBlankOrEmpty(QStringView s)
{
    return s.isEmpty() || isBlank(s);
}
} // namespace

QVector<Token> tokenize(QStringView text)
{
    QVector<Token> tokens;
    const int size = int(text.size());
    int i = 0;
    while (i < size) {
        if (!isWordChar(text.at(i))) {
            ++i;
            continue;
        }
        int start = i;
        while (i < size
               && (isWordChar(text.at(i)) || (isOcrHyphen(text.at(i)) && i + 1 < size && text.at(i + 1).isLetter()))) {
            ++i;
        }
        int end = i;
        while (start < end && isHyphen(text.at(start)))
            ++start;
        while (end > start && isHyphen(text.at(end - 1)))
            --end;
        if (start < end)
            tokens.append({ start, end });
    }
    return tokens;
}

bool isUpperInitial(QChar c)
{
    return c.isUpper() || c.isTitleCase();
}

bool isBlank(QStringView gap)
{
    if (gap.isEmpty())
        return false;
    for (const QChar c : gap) {
        if (!c.isSpace() || c == QLatin1Char('\n') || c == QChar(0x2029))
            return false;
    }
    return true;
}

bool isComma(QStringView gap)
{
    const int comma = int(gap.indexOf(QLatin1Char(',')));
    return comma >= 0 && isBlankOrEmpty(gap.left(comma)) && isBlank(gap.mid(comma + 1));
}

bool isApostropheGap(QStringView gap)
{
    return gap.size() == 1 && isApostrophe(gap.at(0));
}

bool isFullStopThen(QStringView gap, bool spaceRequired)
{
    if (gap.isEmpty() || gap.at(0) != QLatin1Char('.'))
        return false;
    return spaceRequired ? isBlank(gap.mid(1)) : isBlankOrEmpty(gap.mid(1));
}

bool isVariantJoin(QStringView gap)
{
    for (const QChar c : gap) {
        if (!(c == QLatin1Char(' ') || c == QLatin1Char('.') || isApostrophe(c)))
            return false;
    }
    return !gap.isEmpty();
}

} // namespace Veille::Rules
