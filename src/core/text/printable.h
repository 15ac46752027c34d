// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Veille {

/*! \brief \a text with the characters that would change how a line of
 * output reads escaped: control characters as "\n", "\t", "\r" or "\x1b",
 * line and paragraph separators and bidirectional overrides as "\u2028".
 * A file name is data from the disk: printed raw, a name holding a line
 * end would forge lines of a report, and an escape would drive the
 * terminal. Everything else, backslashes included, is left as it is. */
QString printable(const QString &text);

} // namespace Veille
