// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QLatin1String>
#include <QSet>
#include <QString>
#include <QVector>

// The words the entity rules know, internal to EntityRules. Sets of plain
// words hold folded forms (textfold.h), so one entry covers "Présent",
// "présent" and "PRESENT"; honorifics and suffixes are held as written.
namespace Veille::Rules {

// The entity types the rules suggest, as the gazetteer spells them.
inline const QLatin1String PersonType("Person");
inline const QLatin1String RoleType("Role");
inline const QLatin1String CompanyType("Company");
inline const QLatin1String OrganisationType("Organisation");

// Month and day names, French and English: capitalised, never names.
const QSet<QString> &monthsAndDays();

// Capitalised words that start sentences and headings, never names (months
// and days included).
const QSet<QString> &stopWords();

// Lower-case words inside names: "Pierre de Ronsard", "Ludwig van Beethoven".
const QSet<QString> &particles();

struct Honorific {
    bool plural = false; // names several people: "MM. Davidson et Aenesmann"
    bool abbreviation = false; // may take a full stop: "Mme.", "Dr."
};

// Honorifics as written (case matters: "Me" is Maître, "me" a pronoun).
const QHash<QString, Honorific> &honorifics();

// "M." and "MM." always take their full stop: "M" alone is a letter.
bool needsFullStop(const QString &honorific);

// A noun that introduces an organisation's name: "le groupe X", "chez X".
struct Cue {
    QLatin1String type;
    bool plural = false;
};

const QHash<QString, Cue> &organisationCues();

// Words that may not stand between a cue and the name, where others may:
// "le groupe américain X", "le groupe de télécommunications X".
const QSet<QString> &functionWords();

// Words that may stand between a name and its role: "Marc Knapper,
// l'ambassadeur", "M. Eugène Frot, ancien ministre".
const QSet<QString> &roleDeterminers();

// "En Australie, la ministre…": before a place rather than a person.
const QSet<QString> &placePrepositions();

// Prepositions that start a role's complement: "vice-ministre des Finances".
const QSet<QString> &complementStarts();

// A legal form written after a company's name: "Amkor Technology Inc."
struct Suffix {
    const char *text = nullptr;
    bool fullStop = false; // takes the full stop that follows it into the span
};

const QVector<Suffix> &companySuffixes();

} // namespace Veille::Rules
