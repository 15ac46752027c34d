// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Veille {

/*! Whether standard input is a terminal a password can be typed on. */
bool canAskForPassword();

/*! Writes \a prompt to standard error and reads one line from the
 * terminal without echoing it; an empty string when nothing was read. */
QString readPassword(const QString &prompt);

} // namespace Veille
