// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/entitytypename.h"

#include <QCoreApplication>

namespace Veille {

QString entityTypeName(const QString &type)
{
    static const char *const builtIn[] = {
        QT_TRANSLATE_NOOP("Veille::EntityType", "Company"), QT_TRANSLATE_NOOP("Veille::EntityType", "Organisation"),
        QT_TRANSLATE_NOOP("Veille::EntityType", "Person"), QT_TRANSLATE_NOOP("Veille::EntityType", "Role"),
        QT_TRANSLATE_NOOP("Veille::EntityType", "Place")};
    for (const char *name : builtIn) {
        if (type == QLatin1String(name))
            return QCoreApplication::translate("Veille::EntityType", name);
    }
    return type;
}

} // namespace Veille
