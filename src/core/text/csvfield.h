// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Veille {

/*! \brief Whether a CSV cell that a spreadsheet would run as a formula is
 * defused (Safe) or written as it is (Raw). */
enum class CsvCells { Safe, Raw };

/*! \brief Whether a spreadsheet reads \a field as a formula: it starts with
 * "=", "+", "-", "@", a tab or a carriage return (OWASP's list; only the
 * first character counts). */
inline bool startsLikeFormula(const QString &field)
{
    if (field.isEmpty())
        return false;
    const QChar first = field.at(0);
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
        || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
}

/*! \brief \a field as RFC 4180 writes it: quoted, with its quotes doubled,
 * when it holds a comma, a quote or a line end. With CsvCells::Safe, a
 * field that startsLikeFormula() is first prefixed with "'", as OWASP
 * recommends, so that a spreadsheet shows it as text. */
inline QString csvField(const QString &field, CsvCells cells)
{
    const QString text = cells == CsvCells::Safe && startsLikeFormula(field) ? QLatin1Char('\'') + field : field;
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

/*! \brief A field read back from a CSV that csvField() wrote in safe mode:
 * the "'" before a formula's first character is dropped. A field that
 * only starts with "'" is left as it is. */
inline QString csvFieldUnprefixed(const QString &field)
{
    if (field.startsWith(QLatin1Char('\'')) && startsLikeFormula(field.mid(1)))
        return field.mid(1);
    return field;
}

} // namespace Veille
