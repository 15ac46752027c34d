// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Veille {

/*! \brief A name the gazetteer does not know yet, for the user to accept or reject. */
struct Suggestion {
    int start = 0; //!< UTF-16 offset in the text
    int end = 0; //!< one past the last character
    QString text; //!< the surface, e.g. "Sarah Kemp"
    QString type; //!< "Person", "Company", "Organisation"…
    QString reason; //!< short and translated: "role before a name", "close to “Qualcomm”"
    qint64 variantOf = 0; //!< for a typo variant: the known entity it probably is
    QString role; //!< for a suggested person: the role a rule linked to it (filled by MentionFinder)
};

} // namespace Veille
