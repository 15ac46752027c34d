// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/defaultgazetteer.h"

#include "db/database.h"
#include "entities/entitystore.h"
#include "entities/gazetteerfile.h"
#include "entities/isocodes.h"

#include <QFile>

namespace Veille {

namespace {
const QString loadedKey = QStringLiteral("default_gazetteer_loaded");
}

QVector<Entity> DefaultGazetteer::load(QStringList *problems)
{
    return merged(IsoCodes::countries(), problems);
}

QVector<Entity> DefaultGazetteer::load(const QString &isoCodesJsonDir, const QString &isoCodesLocaleDir,
                                       QStringList *problems)
{
    return merged(IsoCodes::countries(isoCodesJsonDir, isoCodesLocaleDir), problems);
}

QVector<Entity> DefaultGazetteer::merged(const QVector<Entity> &countries, QStringList *problems)
{
    QVector<Entity> shipped;
    QFile file(QStringLiteral(":/gazetteer/default-gazetteer.tsv"));
    if (file.open(QIODevice::ReadOnly)) {
        const GazetteerFile::Result result = GazetteerFile::readTsv(file);
        shipped = result.entities;
        if (problems)
            *problems += result.errors;
    } else if (problems) {
        problems->append(tr("the default gazetteer is not built into this program"));
    }
    if (countries.isEmpty() && problems)
        problems->append(tr("no countries: Debian's iso-codes package is not installed"));
    // Countries first, so their iso-codes names stay canonical and the
    // shipped list only adds spellings to them.
    return GazetteerFile::merge(countries, shipped);
}

bool DefaultGazetteer::ensureLoaded(Database &database, QString *error)
{
    if (database.setting(loadedKey).toBool())
        return true;
    const QVector<Entity> entities = load();
    EntityStore store(database.connection());
    if (!store.beginTransaction()) {
        if (error)
            *error = store.lastError();
        return false;
    }
    if (!store.lockGazetteer()) {
        if (error)
            *error = store.lastError();
        store.rollbackTransaction();
        return false;
    }
    // Asked again inside the write lock: another process creating the same
    // database may have loaded it since the first look.
    if (database.setting(loadedKey).toBool()) {
        store.rollbackTransaction();
        return true;
    }
    for (const Entity &entity : entities) {
        if (!store.addEntity(entity)) {
            if (error)
                *error = store.lastError();
            store.rollbackTransaction();
            return false;
        }
    }
    if (!database.setSetting(loadedKey, true)) {
        if (error)
            *error = database.errorString();
        store.rollbackTransaction();
        return false;
    }
    if (!store.commitTransaction()) {
        if (error)
            *error = store.lastError();
        return false;
    }
    return true;
}

} // namespace Veille
