// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities/entity.h"

#include <QCoreApplication>

namespace Veille {

class Database;

/*! \brief The gazetteer a new database starts with: the shipped list of
 * companies, organisations, people, roles and places, plus every country
 * with its French names from Debian's iso-codes.
 */
class DefaultGazetteer
{
    Q_DECLARE_TR_FUNCTIONS(Veille::DefaultGazetteer)
public:
    /*! \brief The shipped list (resource :/gazetteer/default-gazetteer.tsv)
     * merged with the iso-codes countries. \a problems gets what could not
     * be read, e.g. iso-codes missing. */
    static QVector<Entity> load(QStringList *problems = nullptr);
    /*! \brief load() with the countries of the iso-codes tree at \a
     * isoCodesJsonDir and \a isoCodesLocaleDir instead of the system's
     * (a test ships a small one). */
    static QVector<Entity> load(const QString &isoCodesJsonDir, const QString &isoCodesLocaleDir,
                                QStringList *problems = nullptr);
    /*! \brief Loads the default gazetteer into \a database once: a user
     * who later deletes entities does not get them back. Call it inside no
     * transaction; it makes its own. */
    static bool ensureLoaded(Database &database, QString *error = nullptr);

private:
    // The shipped list merged into \a countries, which come first.
    static QVector<Entity> merged(const QVector<Entity> &countries, QStringList *problems);
};

} // namespace Veille
