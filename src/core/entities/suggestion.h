// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/textrange.h"

#include <QString>

namespace Veille {

/*! \brief What a rule reads in a text. MentionFinder keeps as suggestions
 * only the typo variants of known names (\c variantOf), for the user to add
 * as an alias or reject; the other names become DetectedMention. */
struct Suggestion : TextRange { // UTF-16 offsets in the text
    QString text; //!< the surface, e.g. "Sarah Kemp"
    QString type; //!< "Person", "Company", "Organisation"…
    QString reason; //!< short and translated: "role before a name", "close to “Qualcomm”"
    qint64 variantOf = 0; //!< for a typo variant: the known entity it probably is
    QString role; //!< for a suggested person: the role a rule linked to it (filled by MentionFinder)
};

} // namespace Veille
