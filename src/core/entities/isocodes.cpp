// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/isocodes.h"

#include "entities/gazetteerfile.h"
#include "text/gettextcatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <utility>

namespace Veille {

namespace {
// The Debian file is about 60 kB; this only stops a hostile one.
constexpr qint64 MaxJsonSize = 16 * 1024 * 1024;

// A one-word country name is a proper noun, always capitalised, while the
// same word in lower case may be an everyday one: "réunion", "chili",
// "jersey", "grenade" are not Réunion, Chile, Jersey or Grenada. Longer
// names ("Corée du Sud", "îles Cook") have no such twin and keep matching
// in any case.
Alias countryAlias(const QString &text)
{
    Alias alias;
    alias.text = text;
    alias.caseSensitive = !text.contains(QLatin1Char(' '));
    return alias;
}

} // namespace

QVector<Entity> IsoCodes::countries(const QString &jsonDir, const QString &localeDir, const QStringList &languages)
{
    QFile file(jsonDir + QStringLiteral("/iso_3166-1.json"));
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxJsonSize)
        return {};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return {};

    // A catalogue that cannot be read empties the result too: English names
    // in a French desk would look like a working list and hide the problem.
    QVector<GettextCatalog> catalogs;
    for (const QString &language : languages) {
        const QString path = localeDir + QLatin1Char('/') + language + QStringLiteral("/LC_MESSAGES/iso_3166-1.mo");
        std::optional<GettextCatalog> catalog = GettextCatalog::load(path);
        if (!catalog)
            return {};
        catalogs.append(*catalog);
    }

    QVector<Entity> countries;
    const QJsonArray list = document.object().value(QLatin1String("3166-1")).toArray();
    for (const QJsonValue &value : list) {
        const QJsonObject country = value.toObject();
        const QString name = country.value(QLatin1String("name")).toString().simplified();
        if (name.isEmpty())
            continue;
        const QString official = country.value(QLatin1String("official_name")).toString().simplified();
        const QString common = country.value(QLatin1String("common_name")).toString().simplified();
        const QString usual = common.isEmpty() ? name : common;

        Entity entity;
        entity.type = QStringLiteral("Place");
        entity.name = catalogs.isEmpty() ? usual : catalogs.first().translate(usual);
        entity.aliases.append(countryAlias(entity.name));

        QStringList candidates = {name, official, common};
        for (const GettextCatalog &catalog : std::as_const(catalogs)) {
            for (const QString &english : {name, official, common}) {
                if (!english.isEmpty() && catalog.contains(english))
                    candidates.append(catalog.translate(english));
            }
        }
        QSet<QString> seen = {GazetteerFile::foldedName(entity.name)};
        for (const QString &candidate : std::as_const(candidates)) {
            if (candidate.isEmpty() || seen.contains(GazetteerFile::foldedName(candidate)))
                continue;
            seen.insert(GazetteerFile::foldedName(candidate));
            entity.aliases.append(countryAlias(candidate));
        }
        countries.append(entity);
    }
    return countries;
}

} // namespace Veille
