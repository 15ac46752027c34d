// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QLocale;

namespace Veille {

/*! \brief A calendar date known to the year, the month or the day.
 *
 * Wire copy is often dated "2025-05": the day is unknown, and Veille must
 * never invent one. The precision is part of the value.
 */
class PartialDate
{
public:
    enum class Precision { None, Year, Month, Day };

    PartialDate() = default;
    PartialDate(int year, int month = 0, int day = 0);

    /*! \brief Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; anything else, or an
     * impossible date such as 2025-13-40, gives a null date. */
    static PartialDate fromIsoString(const QString &text);
    /*! \brief The inverse of sortKey(). */
    static PartialDate fromSortKey(int key);

    bool isNull() const { return m_year == 0; }
    Precision precision() const;
    int year() const { return m_year; }
    int month() const { return m_month; }
    int day() const { return m_day; }

    /*! \brief "2025", "2025-05" or "2025-05-12"; empty when null. */
    QString toIsoString() const;
    /*! \brief YYYYMMDD with 00 for unknown parts, 0 when null: orders
     * "2025" before "2025-01" before "2025-01-01". */
    int sortKey() const { return m_year * 10000 + m_month * 100 + m_day; }
    /*! \brief "2025", "mai 2025", "12 août 2025" for \a locale; empty when null. */
    QString toDisplayString(const QLocale &locale) const;

    bool operator==(const PartialDate &other) const { return sortKey() == other.sortKey(); }
    bool operator!=(const PartialDate &other) const { return !(*this == other); }

private:
    int m_year = 0;
    int m_month = 0;
    int m_day = 0;
};

} // namespace Veille
