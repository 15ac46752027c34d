// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities/entity.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

class QIODevice;

namespace Veille {

/*! \brief Reads gazetteers: lists of entities written by hand, in TSV or CSV.
 *
 * TSV has the header "type<TAB>name<TAB>aliases" (a field may be wrapped in
 * double quotes, as spreadsheets export it); CSV has the header
 * "name,type,aliases" with RFC 4180 quoting. Columns are found by their
 * header, so their order may differ and extra columns are ignored. Aliases
 * are separated by "|".
 * Blank lines and lines starting with "#" are skipped. A bad line is
 * reported as "line N: …" and the others still load. Entities come back as
 * written, one per line; merge() folds duplicates.
 */
class GazetteerFile
{
    Q_DECLARE_TR_FUNCTIONS(Veille::GazetteerFile)
public:
    struct Result {
        QVector<Entity> entities;
        QStringList errors; //!< "line 12: …", in the user's language
    };

    static Result readTsv(QIODevice &device);
    static Result readCsv(QIODevice &device);

    /*! \brief The alias a gazetteer writes as \a written.
     *
     * "=NIC" is exact: case-sensitive, accents significant. An acronym of
     * 2 to 6 capital letters, such as "FPT", is case-sensitive. Anything else
     * ignores case and accents. The text is trimmed; it is empty when nothing
     * is left to match.
     */
    static Alias parseAlias(const QString &written);

    /*! \brief \a a then \a b, where entities of the same type whose names are
     * equal ignoring case and accents become one: the first one's name and
     * id, and the union of the aliases (the first of equal texts wins). */
    static QVector<Entity> merge(const QVector<Entity> &a, const QVector<Entity> &b);

    /*! \brief \a name without case, accents or curly apostrophes, as merge()
     * compares names: "Viêt Nam" and "viet nam" are the same. */
    static QString foldedName(const QString &name);
};

} // namespace Veille
