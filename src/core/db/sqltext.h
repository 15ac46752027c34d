// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Veille {

/*! \brief How the stores bind text values. */
namespace SqlText {

/*! \brief \a value, never null: Qt binds a null QString as SQL NULL, and
 * the text columns are NOT NULL. */
inline QString notNull(const QString &value)
{
    return value.isNull() ? QLatin1String("") : value;
}

/*! \brief A LIKE pattern for "contains \a text", its wildcards escaped with
 * a backslash (use with ESCAPE '\'). */
inline QString likeContaining(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    text.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + text + QLatin1Char('%');
}

} // namespace SqlText
} // namespace Veille
