// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/namelist.h"

#include <QStringList>

namespace Veille::Ner {

/*! \brief Where the Debian word lists are; the defaults are the installed
 * packages'. */
struct DebianListPaths {
    QString hunspell = QStringLiteral("/usr/share/hunspell/fr.dic"); // hunspell-fr-comprehensive
    QString words = QStringLiteral("/usr/share/dict/french"); // wfrench
    QString isoCodes = QStringLiteral("/usr/share/iso-codes/json"); // iso-codes
    QString locales = QStringLiteral("/usr/share/locale"); // iso-codes' and libgeonames-common's catalogues
};

/*! \brief The name lists the trainer compiles into the model, read from the
 * Debian packages: first names, surnames and titles from hunspell-fr's
 * morphological fields ("po:prn", "po:patr", "po:titr", "po:npr"), common
 * words from wfrench and hunspell-fr's lower-case entries, countries and
 * their subdivisions from iso-codes, cities from libgeonames-common's French
 * catalogue. \a report gets one line per list read (or missing). */
NameLists readDebianNameLists(const DebianListPaths &paths, QStringList *report);

} // namespace Veille::Ner
