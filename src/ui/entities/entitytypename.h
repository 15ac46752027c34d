// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Veille {

/*! The name of entity type \a type in the user's language. Types are data:
 * the five built-in ones are translated, a type the user added shows as written. */
QString entityTypeName(const QString &type);

} // namespace Veille
