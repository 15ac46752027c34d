// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "debiannamelists.h"

#include "entities/isocodes.h"
#include "text/gettextcatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

namespace Veille::Ner {

namespace {
// A name of one word gets \a whole; each capitalised word of a longer name
// gets PlacePart ("Costa", "Rica").
int addName(NameLists &lists, const QString &name, quint8 whole)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,()]+"));
    const QStringList words = name.split(separators, Qt::SkipEmptyParts);
    if (words.size() == 1) {
        lists[words.first()] |= whole;
        return 1;
    }
    int added = 0;
    for (const QString &word : words) {
        if (word.at(0).isUpper()) {
            lists[word] |= PlacePart;
            ++added;
        }
    }
    return added;
}

quint8 hunspellFlags(const QString &word, const QStringList &fields)
{
    quint8 flags = 0;
    for (const QString &field : fields) {
        if (field == QLatin1String("po:prn"))
            flags |= FirstName;
        else if (field == QLatin1String("po:patr"))
            flags |= Surname;
        else if (field == QLatin1String("po:titr"))
            flags |= Title;
        else if (field == QLatin1String("po:npr"))
            flags |= ProperNoun;
        else if (field.startsWith(QLatin1String("po:")) && word.at(0).isLower())
            flags |= CommonWord;
    }
    return flags;
}

// hunspell's fr.dic: a count, then "word/AFFIXES po:… is:…" per line.
QString readHunspell(const QString &path, NameLists &lists)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return QStringLiteral("hunspell-fr: cannot read %1").arg(path);
    QTextStream in(&file);
    in.readLine();
    int count = 0;
    while (!in.atEnd()) {
        const QStringList fields = in.readLine().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (fields.isEmpty())
            continue;
        const QString word = fields.first().section(QLatin1Char('/'), 0, 0);
        const quint8 flags = word.isEmpty() ? 0 : hunspellFlags(word, fields.mid(1));
        if (flags) {
            lists[word] |= flags;
            ++count;
        }
    }
    return QStringLiteral("hunspell-fr: %1 words from %2").arg(count).arg(path);
}

QString readWords(const QString &path, NameLists &lists)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return QStringLiteral("wfrench: cannot read %1").arg(path);
    QTextStream in(&file);
    int count = 0;
    while (!in.atEnd()) {
        const QString word = in.readLine().trimmed();
        if (!word.isEmpty() && word.at(0).isLower()) {
            lists[word] |= CommonWord;
            ++count;
        }
    }
    return QStringLiteral("wfrench: %1 common words from %2").arg(count).arg(path);
}

QString readCountries(const DebianListPaths &paths, NameLists &lists)
{
    const QVector<Entity> countries = IsoCodes::countries(paths.isoCodes, paths.locales, { QStringLiteral("fr") });
    int count = 0;
    for (const Entity &country : countries) {
        for (const Alias &alias : country.aliases)
            count += addName(lists, alias.text, Country);
    }
    return QStringLiteral("iso-codes 3166-1: %1 countries, %2 words").arg(countries.size()).arg(count);
}

QString readSubdivisions(const DebianListPaths &paths, NameLists &lists)
{
    QFile file(paths.isoCodes + QStringLiteral("/iso_3166-2.json"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("iso-codes 3166-2: cannot read %1").arg(file.fileName());
    const auto catalog = GettextCatalog::load(paths.locales + QStringLiteral("/fr/LC_MESSAGES/iso_3166-2.mo"));
    const QJsonArray subdivisions =
        QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("3166-2")).toArray();
    int count = 0;
    for (const QJsonValue &value : subdivisions) {
        const QString name = value.toObject().value(QLatin1String("name")).toString();
        count += addName(lists, name, Place);
        if (catalog && catalog->contains(name))
            count += addName(lists, catalog->translate(name), Place);
    }
    return QStringLiteral("iso-codes 3166-2: %1 subdivisions, %2 words").arg(subdivisions.size()).arg(count);
}

// libgeonames-common: its French catalogue maps geonames ids to city names.
QString readCities(const DebianListPaths &paths, NameLists &lists)
{
    const QString path = paths.locales + QStringLiteral("/fr/LC_MESSAGES/geonames.mo");
    const auto catalog = GettextCatalog::load(path);
    if (!catalog)
        return QStringLiteral("libgeonames-common: cannot read %1").arg(path);
    int count = 0;
    const QHash<QString, QString> &names = catalog->translations();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        count += addName(lists, it.value(), Place);
    return QStringLiteral("libgeonames-common: %1 cities, %2 words from %3").arg(names.size()).arg(count).arg(path);
}
} // namespace

NameLists readDebianNameLists(const DebianListPaths &paths, QStringList *report)
{
    NameLists lists;
    report->append(readHunspell(paths.hunspell, lists));
    report->append(readWords(paths.words, lists));
    report->append(readCountries(paths, lists));
    report->append(readSubdivisions(paths, lists));
    report->append(readCities(paths, lists));
    return lists;
}

} // namespace Veille::Ner
