// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/partialdate.h"

#include <QDate>
#include <QLocale>
#include <QRegularExpression>

namespace Veille {

namespace {
bool isValid(int year, int month, int day)
{
    if (year < 1 || year > 9999 || month < 0 || month > 12 || day < 0)
        return false;
    if (month == 0)
        return day == 0;
    return day == 0 || QDate::isValid(year, month, day);
}

// QLocale has no "long date without weekday" format, so take the long
// format and drop the weekday with the separator that follows it.
QString longFormatWithoutWeekday(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::LongFormat);
    static const QRegularExpression weekday(QStringLiteral("d{4}[,\\s]*|[,\\s]*d{4}"));
    format.remove(weekday);
    return format.trimmed();
}
} // namespace

PartialDate::PartialDate(int year, int month, int day)
{
    if (isValid(year, month, day)) {
        m_year = year;
        m_month = month;
        m_day = day;
    }
}

PartialDate PartialDate::fromIsoString(const QString &text)
{
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const QRegularExpressionMatch match = iso.match(text);
    if (!match.hasMatch())
        return {};
    const int year = match.captured(1).toInt();
    const int month = match.capturedLength(2) ? match.captured(2).toInt() : 0;
    const int day = match.capturedLength(3) ? match.captured(3).toInt() : 0;
    if (!isValid(year, month, day) || (match.capturedLength(2) && month == 0)
        || (match.capturedLength(3) && day == 0))
        return {};
    return PartialDate(year, month, day);
}

PartialDate PartialDate::fromSortKey(int key)
{
    return PartialDate(key / 10000, key / 100 % 100, key % 100);
}

PartialDate::Precision PartialDate::precision() const
{
    if (m_year == 0)
        return Precision::None;
    if (m_month == 0)
        return Precision::Year;
    return m_day == 0 ? Precision::Month : Precision::Day;
}

QString PartialDate::toIsoString() const
{
    switch (precision()) {
    case Precision::None:
        return {};
    case Precision::Year:
        return QStringLiteral("%1").arg(m_year, 4, 10, QLatin1Char('0'));
    case Precision::Month:
        return QStringLiteral("%1-%2").arg(m_year, 4, 10, QLatin1Char('0')).arg(m_month, 2, 10, QLatin1Char('0'));
    case Precision::Day:
        break;
    }
    return QStringLiteral("%1-%2-%3")
        .arg(m_year, 4, 10, QLatin1Char('0'))
        .arg(m_month, 2, 10, QLatin1Char('0'))
        .arg(m_day, 2, 10, QLatin1Char('0'));
}

QString PartialDate::toDisplayString(const QLocale &locale) const
{
    switch (precision()) {
    case Precision::None:
        return {};
    case Precision::Year:
        // Not locale.toString(int): French would group it as "2 025".
        return QString::number(m_year);
    case Precision::Month:
        return locale.standaloneMonthName(m_month, QLocale::LongFormat) + QLatin1Char(' ')
            + QString::number(m_year);
    case Precision::Day:
        break;
    }
    return locale.toString(QDate(m_year, m_month, m_day), longFormatWithoutWeekday(locale));
}

} // namespace Veille
