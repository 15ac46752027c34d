// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "themeicon.h"

#include "tintedsvgiconengine.h"

#include <QFile>

// veille_ui is a static library: without this call the linker would drop
// the resource's initialiser, which nothing else refers to.
static void initIconResources()
{
    static const bool done = [] {
        Q_INIT_RESOURCE(veille_icons);
        return true;
    }();
    Q_UNUSED(done)
}

namespace Veille {

QString fallbackIconPath(const QString &name)
{
    return QStringLiteral(":/icons/%1.svg").arg(name);
}

QIcon themeIcon(const QString &name)
{
    initIconResources();
    QFile file(fallbackIconPath(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("No fallback drawing for the icon %s", qPrintable(name));
        return QIcon::fromTheme(name);
    }
    return QIcon::fromTheme(name, QIcon(new TintedSvgIconEngine(file.readAll())));
}

} // namespace Veille
