// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace Veille {

/*! \brief The core library's messages ("veille.core"): failed SQL
 * statements with SQLite's own text, which the user-facing errors leave
 * out. Silence them with QT_LOGGING_RULES="veille.core.warning=false". */
Q_DECLARE_LOGGING_CATEGORY(lcCore)

} // namespace Veille
