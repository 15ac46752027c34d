// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Veille {

void installTranslations(QCoreApplication &app)
{
    const QLocale locale;
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    const QString qtDirectory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
#else
    const QString qtDirectory = QLibraryInfo::location(QLibraryInfo::TranslationsPath);
#endif
    // Without a catalogue in the user's language (or in the C locale),
    // Veille's English one still gives "1 article", not "1 article(s)".
    const struct {
        QString name;
        QString directory;
        QString fallback;
    } catalogues[] = { { QStringLiteral("qtbase"), qtDirectory, {} },
                       { QStringLiteral("veille"), QStringLiteral(":/i18n"), QStringLiteral("veille_en") } };
    for (const auto &catalogue : catalogues) {
        auto *translator = new QTranslator(&app);
        if (translator->load(locale, catalogue.name, QStringLiteral("_"), catalogue.directory)
            || (!catalogue.fallback.isEmpty() && translator->load(catalogue.fallback, catalogue.directory)))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
    }
}

} // namespace Veille
