// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/logging.h"

namespace Veille {

Q_LOGGING_CATEGORY(lcCore, "veille.core")

} // namespace Veille
