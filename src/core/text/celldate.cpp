// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/celldate.h"

#include "text/textfold.h"

#include <QRegularExpression>

namespace Veille {

namespace {
// Folded English and French month names and their usual abbreviations.
int monthOf(const QString &word)
{
    static const char *const names[12][4] = {
        {"january", "janvier", "jan", "janv"},  {"february", "fevrier", "feb", "fevr"},
        {"march", "mars", "mar", nullptr},      {"april", "avril", "apr", "avr"},
        {"may", "mai", nullptr, nullptr},       {"june", "juin", "jun", nullptr},
        {"july", "juillet", "jul", "juil"},     {"august", "aout", "aug", nullptr},
        {"september", "septembre", "sep", "sept"}, {"october", "octobre", "oct", nullptr},
        {"november", "novembre", "nov", nullptr},  {"december", "decembre", "dec", nullptr},
    };
    for (int month = 0; month < 12; ++month) {
        for (const char *name : names[month]) {
            if (name && word == QLatin1String(name))
                return month + 1;
        }
    }
    return 0;
}

PartialDate fromNumbers(const QRegularExpressionMatch &match, int year, int month, int day)
{
    return PartialDate(match.captured(year).toInt(), month ? match.captured(month).toInt() : 0,
                       day ? match.captured(day).toInt() : 0);
}

// "12 mai 2025", "May 12, 2025", "mai 2025", "lundi 1er mai 2025": a month
// name, a four-digit year, and perhaps a day, before any time of day.
PartialDate fromWords(const QString &text)
{
    static const QRegularExpression time(QStringLiteral("\\d{1,2}[:h]\\d{2}.*$"));
    static const QRegularExpression token(QStringLiteral("(\\d+)(?:er|st|nd|rd|th)?|(\\p{L}+)"));
    const QString head = foldText(text).remove(time);
    int year = 0;
    int month = 0;
    int day = 0;
    auto it = token.globalMatch(head);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedLength(2)) {
            // The last name wins: in "mar. 12 mai" the first is Tuesday.
            const int named = monthOf(match.captured(2));
            month = named ? named : month;
        } else if (match.capturedLength(1) == 4 && !year) {
            year = match.captured(1).toInt();
        } else if (match.capturedLength(1) <= 2 && !day) {
            day = match.captured(1).toInt();
        } else {
            return {};
        }
    }
    if (!year || !month)
        return {};
    return PartialDate(year, month, day);
}
} // namespace

PartialDate CellDate::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 64)
        return {};
    static const QRegularExpression yearFirst(
        QStringLiteral("^(\\d{4})(?:([-/.])(\\d{1,2})(?:\\2(\\d{1,2}))?)?(?:[T ]\\d.*)?$"));
    QRegularExpressionMatch match = yearFirst.match(trimmed);
    if (match.hasMatch())
        return fromNumbers(match, 1, match.capturedLength(3) ? 3 : 0, match.capturedLength(4) ? 4 : 0);
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    match = compact.match(trimmed);
    if (match.hasMatch())
        return fromNumbers(match, 1, 2, 3);
    static const QRegularExpression dayFirst(QStringLiteral("^(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})(?:[T ]\\d.*)?$"));
    match = dayFirst.match(trimmed);
    if (match.hasMatch()) {
        const PartialDate date = fromNumbers(match, 4, 3, 1);
        return date.isNull() ? fromNumbers(match, 4, 1, 3) : date;
    }
    return fromWords(trimmed);
}

} // namespace Veille
