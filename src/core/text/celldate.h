// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/partialdate.h"

namespace Veille {

/*! \brief Reads the date in a table cell, at the precision it is given.
 *
 * Accepts ISO dates and date-times ("2025-05-12", "2025-05",
 * "2025-05-12T08:30:00Z"), "2025/05/12", "20250512", day-first numeric dates
 * ("12/05/2025", "12.05.2025"; month-first only when day-first is
 * impossible), and English or French month names ("12 mai 2025",
 * "mai 2025", "May 12, 2025", "Mon, 12 May 2025 08:30:00 +0000").
 * Anything else gives a null date: the article is then undated.
 */
class CellDate
{
public:
    static PartialDate parse(const QString &text);
};

} // namespace Veille
