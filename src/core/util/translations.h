// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;

namespace Veille {

/*! \brief Loads Veille's and Qt's translations for the user's locale.
 * Veille's .qm files are built into the executable (translations/). */
void installTranslations(QCoreApplication &app);

} // namespace Veille
