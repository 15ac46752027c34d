// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities/entity.h"

#include <QStringList>
#include <QVector>

namespace Veille {

/*! \brief The world's countries as Place entities, from the iso-codes package.
 *
 * Reads iso_3166-1.json and its gettext catalogues. Each country is named in
 * the first of \a languages, by its common name when it has one ("Corée du
 * Sud" rather than "Corée, République de"), with the English, official and
 * common names and their translations as aliases. One-word names are matched
 * case-sensitively, so "réunion" (a meeting) is not Réunion. Alpha codes are
 * left out: "FR", "IT" or "US" as words would be found everywhere. A missing
 * or unreadable file, catalogues included, gives an empty list, which the
 * caller reports.
 */
class IsoCodes
{
public:
    static QVector<Entity> countries(const QString &jsonDir = QStringLiteral("/usr/share/iso-codes/json"),
                                     const QString &localeDir = QStringLiteral("/usr/share/locale"),
                                     const QStringList &languages = {QStringLiteral("fr")});
};

} // namespace Veille
