// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/textrange.h"

#include <QString>

namespace Veille {

/*! \brief A name the gazetteer does not know yet, for the user to accept or reject. */
struct Suggestion : TextRange { // UTF-16 offsets in the text
    QString text; //!< the surface, e.g. "Sarah Kemp"
    QString type; //!< "Person", "Company", "Organisation"…
    QString reason; //!< short and translated: "role before a name", "close to “Qualcomm”"
    qint64 variantOf = 0; //!< for a typo variant: the known entity it probably is
    QString role; //!< for a suggested person: the role a rule linked to it (filled by MentionFinder)
};

} // namespace Veille
