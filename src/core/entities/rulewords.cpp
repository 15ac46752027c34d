// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/rulewords.h"

#include <initializer_list>

namespace Veille::Rules {

namespace {
// Folded forms are lower case with no accents: plain ASCII, so Latin-1.
QSet<QString> wordSet(std::initializer_list<const char *> words)
{
    QSet<QString> set;
    for (const char *word : words)
        set.insert(QString::fromLatin1(word));
    return set;
}

// The words of stopWords() that are not months or days.
const QSet<QString> &functionStopWords()
{
    static const QSet<QString> words = wordSet(
        { // French
          "a", "afin", "ainsi", "alors", "apres", "au", "aucun", "aucune", "aujourd", "aussi", "autant", "autre",
          "autres", "aux", "avant", "avec", "bien", "c", "car", "ce", "ceci", "cela", "celle", "celui", "cependant",
          "certains", "certaines", "ces", "cet", "cette", "chacun", "chaque", "chez", "ci", "comme", "comment",
          "concernant", "contre", "cote", "d", "dans", "de", "deja", "demain", "depuis", "des", "desormais", "donc",
          "dont", "du", "elle", "elles", "en", "encore", "enfin", "ensuite", "entre", "environ", "et", "face", "grace",
          "hier", "ici", "il", "ils", "j", "je", "jusqu", "l", "la", "le", "les", "leur", "leurs", "lors", "lorsque",
          "m", "ma", "mais", "malgre", "me", "mes", "moi", "mon", "n", "ne", "ni", "nos", "notre", "nous", "on", "or",
          "ou", "outre", "par", "parmi", "pendant", "plus", "plusieurs", "pour", "pourquoi", "pourtant", "present",
          "presente", "presents", "presentes", "puis", "qu", "quand", "quant", "que", "quel", "quelle", "quelles",
          "quels", "qui", "s", "sa", "sans", "se", "selon", "ses", "si", "sinon", "soit", "son", "sous", "suite", "sur",
          "t", "tandis", "tant", "toujours", "tous", "tout", "toute", "toutefois", "toutes", "tres", "tu", "un", "une",
          "vers", "voici", "voila", "vos", "votre", "vous", "y", "oui", "non", "monsieur", "madame", "mademoiselle",
          "messieurs", "mesdames", "etat", "etats",
          // English
          "about", "after", "all", "also", "an", "and", "as", "at", "before", "but", "by", "during", "for", "from",
          "he", "her", "his", "however", "i", "if", "in", "into", "it", "its", "meanwhile", "mr", "mrs", "ms", "my",
          "of", "on", "our", "she", "since", "so", "such", "that", "the", "their", "then", "there", "these", "they",
          "this", "those", "though", "to", "under", "we", "when", "where", "while", "with", "yet", "you" });
    return words;
}
} // namespace

const QSet<QString> &monthsAndDays()
{
    static const QSet<QString> words =
        wordSet({ "janvier",   "fevrier",   "mars",     "avril",     "mai",      "juin",     "juillet",  "aout",
                  "septembre", "octobre",   "novembre", "decembre",  "lundi",    "mardi",    "mercredi", "jeudi",
                  "vendredi",  "samedi",    "dimanche", "january",   "february", "march",    "april",    "may",
                  "june",      "july",      "august",   "september", "october",  "november", "december", "monday",
                  "tuesday",   "wednesday", "thursday", "friday",    "saturday", "sunday" });
    return words;
}

const QSet<QString> &stopWords()
{
    static const QSet<QString> words = functionStopWords() + monthsAndDays();
    return words;
}

const QSet<QString> &particles()
{
    static const QSet<QString> words = wordSet({ "d", "da", "de", "del", "della", "den", "der", "des", "di", "du",
                                                 "van", "von", "bin", "ben", "ibn", "dos", "das" });
    return words;
}

const QHash<QString, Honorific> &honorifics()
{
    static const QHash<QString, Honorific> words = [] {
        QHash<QString, Honorific> map;
        for (const char *one : { "M", "Mme", "Mlle", "Dr", "Pr", "Me", "Mgr", "Mr", "Mrs", "Ms", "Prof" })
            map.insert(QString::fromLatin1(one), Honorific { false, true });
        for (const char *several : { "MM", "Mmes", "Mlles", "Messrs" })
            map.insert(QString::fromLatin1(several), Honorific { true, true });
        for (const char *one : { "Sir", "Monsieur", "Madame", "Mademoiselle", "monsieur", "madame", "mademoiselle" })
            map.insert(QString::fromLatin1(one), Honorific { false, false });
        for (const char *several : { "Messieurs", "Mesdames", "messieurs", "mesdames" })
            map.insert(QString::fromLatin1(several), Honorific { true, false });
        map.insert(QStringLiteral("Ma\u00eetre"), Honorific { false, false });
        return map;
    }();
    return words;
}

bool needsFullStop(const QString &honorific)
{
    return honorific == QLatin1String("M") || honorific == QLatin1String("MM");
}

const QHash<QString, Cue> &organisationCues()
{
    static const QHash<QString, Cue> cues = [] {
        QHash<QString, Cue> map;
        const auto add = [&map](const char *singular, const char *plural, QLatin1String type) {
            map.insert(QString::fromLatin1(singular), Cue { type, false });
            if (plural)
                map.insert(QString::fromLatin1(plural), Cue { type, true });
        };
        add("groupe", "groupes", CompanyType);
        add("societe", "societes", CompanyType);
        add("entreprise", "entreprises", CompanyType);
        add("firme", "firmes", CompanyType);
        add("constructeur", "constructeurs", CompanyType);
        add("operateur", "operateurs", CompanyType);
        add("start-up", nullptr, CompanyType);
        add("startup", "startups", CompanyType);
        add("fabricant", "fabricants", CompanyType);
        add("equipementier", "equipementiers", CompanyType);
        add("filiale", "filiales", CompanyType);
        add("association", "associations", OrganisationType);
        add("fondation", "fondations", OrganisationType);
        add("syndicat", "syndicats", OrganisationType);
        add("ong", nullptr, OrganisationType);
        return map;
    }();
    return cues;
}

const QSet<QString> &functionWords()
{
    static const QSet<QString> words = wordSet(
        { "a",     "ai",    "as",   "au",    "aux",  "avait", "avec",      "ce",        "ces",   "cette", "chez",
          "comme", "d",     "dans", "de",    "des",  "doit",  "dont",      "du",        "elle",  "en",    "est",
          "et",    "etait", "il",   "l",     "la",   "le",    "les",       "leur",      "leurs", "lui",   "mais",
          "n",     "ne",    "ont",  "ou",    "par",  "pas",   "peut",      "plus",      "pour",  "qu",    "que",
          "qui",   "s",     "sa",   "se",    "sera", "ses",   "son",       "sont",      "sur",   "un",    "une",
          "va",    "vers",  "y",    "aussi", "deja", "ainsi", "egalement", "notamment", "tres",  "the",   "of",
          "and",   "to",    "in",   "for",   "with", "is",    "has" });
    return words;
}

const QSet<QString> &roleDeterminers()
{
    static const QSet<QString> words =
        wordSet({ "l",      "le",     "la",       "les",     "un",     "une",      "son",    "sa",       "leur",
                  "notre",  "ancien", "ancienne", "nouveau", "nouvel", "nouvelle", "actuel", "actuelle", "futur",
                  "future", "the",    "a",        "an",      "its",    "his",      "her",    "former",   "new" });
    return words;
}

const QSet<QString> &placePrepositions()
{
    static const QSet<QString> words =
        wordSet({ "a", "au", "aux", "en", "dans", "depuis", "vers", "sur", "sous", "outre", "in", "at", "from" });
    return words;
}

const QSet<QString> &complementStarts()
{
    static const QSet<QString> words =
        wordSet({ "d", "de", "des", "du", "chez", "a", "au", "aux", "pour", "en", "of", "at", "for", "in" });
    return words;
}

const QVector<Suffix> &companySuffixes()
{
    static const QVector<Suffix> suffixes = { { "Inc", true },   { "Corp", true },     { "Corporation", false },
                                              { "Co", true },    { "Ltd", true },      { "Limited", false },
                                              { "LLC", false },  { "SA", false },      { "SAS", false },
                                              { "SARL", false }, { "GmbH", false },    { "AG", false },
                                              { "JSC", false },  { "Group", false },   { "Plc", false },
                                              { "PLC", false },  { "Holdings", false } };
    return suffixes;
}

} // namespace Veille::Rules
