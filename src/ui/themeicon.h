// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace Veille {

// The desktop theme's icon of this freedesktop name or, on a desktop without
// one, Veille's own drawing of it (`:/icons/<name>.svg`) in the palette's
// text colour. Null when neither exists.
QIcon themeIcon(const QString &name);

// Where Veille's own drawing of an icon name lives.
QString fallbackIconPath(const QString &name);

} // namespace Veille
