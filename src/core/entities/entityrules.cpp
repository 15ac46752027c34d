// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/entityrules.h"

#include "text/textfold.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <initializer_list>
#include <limits>

namespace Veille {

namespace {
constexpr int MaxNameWords = 4;
constexpr int MinVariantLetters = 6; // shorter names have too many neighbours one edit away
constexpr int MaxVariantWords = 6;
constexpr int SelfEvidentLetters = 8; // a typo of a word this long is unlikely to be another real word
constexpr int MaxComplementWords = 8;
constexpr int MaxCoordinated = 6;

const QLatin1String PersonType("Person");
const QLatin1String RoleType("Role");
const QLatin1String CompanyType("Company");
const QLatin1String OrganisationType("Organisation");

// The word lists hold folded forms (lower case, no accents), so they are
// plain ASCII and one entry covers "Présent", "présent" and "PRESENT".
QSet<QString> wordSet(std::initializer_list<const char *> words)
{
    QSet<QString> set;
    for (const char *word : words)
        set.insert(QString::fromLatin1(word));
    return set;
}

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

// Capitalised words that start sentences and headings, never names
// (months and days too, see stopWords()).
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

const QSet<QString> &stopWords()
{
    static const QSet<QString> words = functionStopWords() + monthsAndDays();
    return words;
}

// Lower-case words inside names: "Pierre de Ronsard", "Ludwig van Beethoven".
const QSet<QString> &particles()
{
    static const QSet<QString> words = wordSet({ "d", "da", "de", "del", "della", "den", "der", "des", "di", "du",
                                                 "van", "von", "bin", "ben", "ibn", "dos", "das" });
    return words;
}

struct Honorific {
    bool plural = false; // names several people: "MM. Davidson et Aenesmann"
    bool abbreviation = false; // may take a full stop: "Mme.", "Dr."
};

// Honorifics as written (case matters: "Me" is Maître, "me" a pronoun).
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

// "M." and "MM." always take their full stop: "M" alone is a letter.
bool needsFullStop(const QString &honorific)
{
    return honorific == QLatin1String("M") || honorific == QLatin1String("MM");
}

// Nouns that introduce an organisation's name: "le groupe X", "chez X".
struct Cue {
    QLatin1String type;
    bool plural;
};

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

// Words that may stand between a cue and the name: "le groupe américain X",
// "le groupe de télécommunications X". These may not.
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

// Words that may stand between a name and its role: "Marc Knapper,
// l'ambassadeur", "M. Eugène Frot, ancien ministre".
const QSet<QString> &roleDeterminers()
{
    static const QSet<QString> words =
        wordSet({ "l",      "le",     "la",       "les",     "un",     "une",      "son",    "sa",       "leur",
                  "notre",  "ancien", "ancienne", "nouveau", "nouvel", "nouvelle", "actuel", "actuelle", "futur",
                  "future", "the",    "a",        "an",      "its",    "his",      "her",    "former",   "new" });
    return words;
}

// "En Australie, la ministre…": before a place rather than a person.
const QSet<QString> &placePrepositions()
{
    static const QSet<QString> words =
        wordSet({ "a", "au", "aux", "en", "dans", "depuis", "vers", "sur", "sous", "outre", "in", "at", "from" });
    return words;
}

// Prepositions that start a role's complement: "vice-ministre des Finances".
const QSet<QString> &complementStarts()
{
    static const QSet<QString> words =
        wordSet({ "d", "de", "des", "du", "chez", "a", "au", "aux", "pour", "en", "of", "at", "for", "in" });
    return words;
}

struct Suffix {
    const char *text;
    bool fullStop; // takes the full stop that follows it into the span
};

// Legal forms written after a company's name: "Amkor Technology Inc."
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

bool isHyphen(QChar c)
{
    return c == QLatin1Char('-') || c == QChar(0x2010) || c == QChar(0x2011);
}

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019);
}

// OCR'd newspapers mark a word broken at a line end with '¬' ("con¬temple").
bool isOcrHyphen(QChar c)
{
    return c == QChar(0x00AC);
}

bool isApostropheGap(QStringView s)
{
    return s.size() == 1 && isApostrophe(s.at(0));
}

bool isUpperInitial(QChar c)
{
    return c.isUpper() || c.isTitleCase();
}

// Spaces on one line: what separates the words of a name.
bool isBlank(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        if (!c.isSpace() || c == QLatin1Char('\n') || c == QChar(0x2029))
            return false;
    }
    return true;
}

bool isBlankOrEmpty(QStringView s)
{
    return s.isEmpty() || isBlank(s);
}

// ", " (a comma between spaces on one line).
bool isComma(QStringView s)
{
    const int comma = int(s.indexOf(QLatin1Char(',')));
    return comma >= 0 && isBlankOrEmpty(s.left(comma)) && isBlank(s.mid(comma + 1));
}

// ". " after an abbreviation; the space may be missing in OCR'd text.
bool isFullStopThen(QStringView s, bool spaceRequired)
{
    if (s.isEmpty() || s.at(0) != QLatin1Char('.'))
        return false;
    return spaceRequired ? isBlank(s.mid(1)) : isBlankOrEmpty(s.mid(1));
}

// What may stand between two words of a name in a typo search: spaces, an
// abbreviation's full stop, an apostrophe ("M. Chéron", "d’Estaing").
bool isVariantJoin(QStringView s)
{
    for (const QChar c : s) {
        if (!(c == QLatin1Char(' ') || c == QLatin1Char('.') || isApostrophe(c)))
            return false;
    }
    return !s.isEmpty();
}

// The optimal-string-alignment distance, only as far as "0, 1 or more".
int editDistanceUpToOne(const QString &a, const QString &b)
{
    const int la = a.size();
    const int lb = b.size();
    if (la - lb > 1 || lb - la > 1)
        return 2;
    int i = 0;
    while (i < la && i < lb && a.at(i) == b.at(i))
        ++i;
    if (la == lb) {
        if (i == la)
            return 0;
        if (QStringView(a).mid(i + 1) == QStringView(b).mid(i + 1))
            return 1; // substitution
        if (i + 1 < la && a.at(i) == b.at(i + 1) && a.at(i + 1) == b.at(i)
            && QStringView(a).mid(i + 2) == QStringView(b).mid(i + 2))
            return 1; // transposition
        return 2;
    }
    const QString &longer = la > lb ? a : b;
    const QString &shorter = la > lb ? b : a;
    return QStringView(longer).mid(i + 1) == QStringView(shorter).mid(i) ? 1 : 2;
}

// "Républiques", "Italien": a plural or a demonym of the name, not a typo.
bool isInflection(const QString &query, const QString &key)
{
    if (query.size() != key.size() + 1 || !query.startsWith(key))
        return false;
    const QChar last = query.at(query.size() - 1);
    return last == QLatin1Char('s') || last == QLatin1Char('x') || last == QLatin1Char('n');
}

int letterCount(QStringView text)
{
    return int(std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); }));
}

// The letters of the key's word that the query spells differently ("Chinh"
// in "Pham Minh Chin"): the word around their first difference.
int differingWordLetters(const QString &query, const QString &key)
{
    int p = 0;
    while (p < query.size() && p < key.size() && query.at(p) == key.at(p))
        ++p;
    p = std::min(p, int(key.size()) - 1);
    if (p > 0 && key.at(p) == QLatin1Char(' '))
        --p; // an extra letter at the end of a word
    const int start = int(key.lastIndexOf(QLatin1Char(' '), p)) + 1;
    int end = int(key.indexOf(QLatin1Char(' '), p));
    if (end < 0)
        end = int(key.size());
    return letterCount(QStringView(key).mid(start, end - start));
}

struct Token {
    int start = 0;
    int end = 0;
};

// Words as the matcher sees them (textfold.h), hyphens kept inside only, and
// '¬' joining the two halves of a word broken by OCR.
QVector<Token> tokenize(QStringView text)
{
    QVector<Token> tokens;
    const int size = int(text.size());
    int i = 0;
    while (i < size) {
        if (!isWordChar(text.at(i))) {
            ++i;
            continue;
        }
        int start = i;
        while (i < size
               && (isWordChar(text.at(i)) || (isOcrHyphen(text.at(i)) && i + 1 < size && text.at(i + 1).isLetter()))) {
            ++i;
        }
        int end = i;
        while (start < end && isHyphen(text.at(start)))
            ++start;
        while (end > start && isHyphen(text.at(end - 1)))
            --end;
        if (start < end)
            tokens.append({ start, end });
    }
    return tokens;
}

// What a rule proposes before overlaps are settled.
struct Candidate {
    int start = 0;
    int end = 0;
    QString type;
    QString reason;
    qint64 variantOf = 0;
    int priority = 0; // typo variants say more than a bare cue, so they win an overlap
};

// A role linked to a candidate person, settled once the candidates are.
struct PendingLink {
    int candidate = -1;
    int roleStart = 0;
    int roleEnd = 0;
};

enum NameFlag {
    NoFlag = 0,
    AfterHonorific = 0x1, // may start with a particle or a common word: "M. de Lasteyrie", "M. Le Pen"
    OrganisationName = 0x2, // digits and '&' allowed: "Johnson & Johnson", "3M"
};

// A run of tokens that looks like a name.
struct NameSpan {
    int first = -1; // token indices
    int last = -1;
    int words = 0; // capitalised words and initials, particles not counted
    bool isValid() const { return words > 0; }
};

// The rules run over one text; the object lives for one apply() call.
class Scanner
{
public:
    Scanner(QStringView text, const QVector<TypedSpan> &known);

    void roleRules();
    void honorificRules();
    void initialRules();
    void organisationCueRules();
    void suffixRules();

    QStringView m_text;
    QVector<Token> m_tokens;
    QVector<TypedSpan> m_known; // sorted by start
    QVector<Candidate> m_candidates;
    QVector<PendingLink> m_pendingLinks;
    QVector<RoleLink> m_knownLinks;

    QStringView word(int token) const
    {
        return m_text.mid(m_tokens.at(token).start, m_tokens.at(token).end - m_tokens.at(token).start);
    }
    QString folded(int token) const { return foldText(word(token)); }
    // The text between token a and the next one (to the end for the last).
    QStringView gapAfter(int token) const
    {
        const int from = m_tokens.at(token).end;
        const int to = token + 1 < m_tokens.size() ? m_tokens.at(token + 1).start : int(m_text.size());
        return m_text.mid(from, to - from);
    }
    QStringView gapBefore(int token) const
    {
        const int to = m_tokens.at(token).start;
        const int from = token > 0 ? m_tokens.at(token - 1).end : 0;
        return m_text.mid(from, to - from);
    }
    const TypedSpan *knownOverlapping(int start, int end) const;
    const TypedSpan *knownStartingAt(int position) const;
    const TypedSpan *knownEndingAt(int position) const;
    bool tokenIsKnown(int token) const
    {
        return knownOverlapping(m_tokens.at(token).start, m_tokens.at(token).end) != nullptr;
    }
    int firstTokenFrom(int position) const;

    bool isCapitalisedWord(int token, int flags) const;
    bool isInitial(int token) const;
    bool isParticle(int token) const;
    bool isLowerWord(int token) const { return word(token).at(0).isLower(); }
    bool isCommonWord(int token) const;

    NameSpan nameAt(int token, int flags, int lastToken = std::numeric_limits<int>::max() - 1) const;
    NameSpan nameEndingAt(int token, int flags) const;
    bool plausibleName(const NameSpan &name) const;

    // Where a role's person is: a known Person mention or a name to suggest.
    struct RoleTarget {
        bool found = false;
        bool known = false;
        int start = 0;
        int end = 0;
        int determiners = 0; // "la ministre": the words between the comma and the role
        QString reason;
    };
    bool startsSentence(int token) const;
    int addCandidate(int start, int end, QLatin1String type, const QString &reason, int priority = 1);
    RoleTarget nameBeforeRole(const TypedSpan &role) const;
    RoleTarget nameAfterRole(const TypedSpan &role) const;
    void coordinated(int lastToken, QLatin1String type, const QString &reason, int flags);

private:
    QSet<QString> m_lowerCaseWords; // folded words seen in lower case: the text's common words
    QVector<int> m_maxEndSoFar; // the furthest end among m_known[0..i]
    QHash<int, int> m_knownByEnd; // end → index into m_known
};

Scanner::Scanner(QStringView text, const QVector<TypedSpan> &known)
    : m_text(text)
    , m_tokens(tokenize(text))
    , m_known(known)
{
    std::sort(m_known.begin(), m_known.end(), [](const TypedSpan &a, const TypedSpan &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    int maxEnd = 0;
    for (int i = 0; i < m_known.size(); ++i) {
        maxEnd = std::max(maxEnd, m_known.at(i).end);
        m_maxEndSoFar.append(maxEnd);
        if (!m_knownByEnd.contains(m_known.at(i).end))
            m_knownByEnd.insert(m_known.at(i).end, i); // the longest of those ending there
    }
    for (int i = 0; i < m_tokens.size(); ++i) {
        if (isLowerWord(i))
            m_lowerCaseWords.insert(folded(i));
    }
}

const TypedSpan *Scanner::knownOverlapping(int start, int end) const
{
    // Known spans may nest or overlap: walk back while one that starts
    // earlier may still reach past start.
    auto it = std::lower_bound(m_known.cbegin(), m_known.cend(), end,
                               [](const TypedSpan &span, int position) { return span.start < position; });
    for (int i = int(it - m_known.cbegin()) - 1; i >= 0 && m_maxEndSoFar.at(i) > start; --i) {
        if (m_known.at(i).end > start)
            return &m_known.at(i);
    }
    return nullptr;
}

const TypedSpan *Scanner::knownStartingAt(int position) const
{
    auto it = std::lower_bound(m_known.cbegin(), m_known.cend(), position,
                               [](const TypedSpan &span, int p) { return span.start < p; });
    return it != m_known.cend() && it->start == position ? &*it : nullptr;
}

const TypedSpan *Scanner::knownEndingAt(int position) const
{
    const auto it = m_knownByEnd.constFind(position);
    return it == m_knownByEnd.cend() ? nullptr : &m_known.at(it.value());
}

int Scanner::firstTokenFrom(int position) const
{
    auto it = std::lower_bound(m_tokens.cbegin(), m_tokens.cend(), position,
                               [](const Token &token, int p) { return token.start < p; });
    return int(it - m_tokens.cbegin());
}

bool Scanner::isCapitalisedWord(int token, int flags) const
{
    const QStringView w = word(token);
    if (w.size() < 2 || !isUpperInitial(w.at(0)))
        return false;
    if (!(flags & OrganisationName)) {
        for (const QChar c : w) {
            if (c.isDigit())
                return false;
        }
    }
    return true;
}

// "E." in "E. Dieudonné", "Ch." in "Ch. Méré".
bool Scanner::isInitial(int token) const
{
    const QStringView w = word(token);
    if (w.size() > 2 || !isUpperInitial(w.at(0)) || (w.size() == 2 && !w.at(1).isLower()))
        return false;
    const QStringView gap = gapAfter(token);
    return !gap.isEmpty() && gap.at(0) == QLatin1Char('.');
}

bool Scanner::isParticle(int token) const
{
    return isLowerWord(token) && particles().contains(folded(token));
}

// A word seen in lower case elsewhere in the text is a common word when it
// is capitalised at a sentence start: "Présent", "Insistant".
bool Scanner::isCommonWord(int token) const
{
    const QString f = folded(token);
    return stopWords().contains(f) || m_lowerCaseWords.contains(f);
}

NameSpan Scanner::nameAt(int token, int flags, int lastToken) const
{
    NameSpan name;
    int particlesInARow = 0;
    int wordsSoFar = 0;
    const int end = std::min(int(m_tokens.size()), lastToken + 1);
    for (int i = token; i < end; ++i) {
        if (i > token) {
            const QStringView gap = gapAfter(i - 1);
            bool joined = false;
            if (isInitial(i - 1))
                joined = isFullStopThen(gap, !(flags & AfterHonorific) || i - 1 > token);
            else if (particlesInARow > 0 && isApostropheGap(gap))
                joined = true; // d’Estaing
            else
                joined = isBlank(gap) || ((flags & OrganisationName) && gap.trimmed() == QLatin1String("&"));
            if (!joined)
                break;
        }
        if (tokenIsKnown(i))
            break;
        const QString f = folded(i);
        const bool initial = isInitial(i);
        if (initial || isCapitalisedWord(i, flags)) {
            const bool stop = !initial
                && (monthsAndDays().contains(f)
                    || (stopWords().contains(f) && !((flags & AfterHonorific) && wordsSoFar == 0)));
            if (stop)
                break;
            if (name.first < 0)
                name.first = i;
            ++wordsSoFar;
            particlesInARow = 0;
            if (!initial) {
                name.last = i;
                name.words = wordsSoFar;
            }
            if (wordsSoFar == MaxNameWords)
                break;
        } else if (isParticle(i) && particlesInARow < 2 && (wordsSoFar > 0 || (flags & AfterHonorific))) {
            if (name.first < 0)
                name.first = i;
            ++particlesInARow;
        } else if (particlesInARow == 1 && folded(i - 1) == QLatin1String("de") && isLowerWord(i)
                   && (f == QLatin1String("la") || f == QLatin1String("l"))) {
            ++particlesInARow; // "G. de la Fouchardière", "de l’Isle"
        } else {
            break;
        }
    }
    if (name.last < 0)
        return {};
    return name;
}

// The name whose last word is \a token, read backwards: "Sarah Kemp" in
// "a rencontré Sarah Kemp, vice-présidente".
NameSpan Scanner::nameEndingAt(int token, int flags) const
{
    if (!isCapitalisedWord(token, flags) || tokenIsKnown(token))
        return {};
    int first = token;
    int words = 1;
    while (first > 0 && words < MaxNameWords) {
        const int previous = first - 1;
        if (tokenIsKnown(previous))
            break;
        const QStringView gap = gapAfter(previous);
        const bool joined = isInitial(previous) ? isFullStopThen(gap, true) : (isBlank(gap) || isApostropheGap(gap));
        if (!joined)
            break;
        if (isInitial(previous) || (isCapitalisedWord(previous, flags) && !stopWords().contains(folded(previous)))) {
            ++words;
        } else if (!isParticle(previous)) {
            break;
        }
        first = previous;
    }
    while (first < token && (isParticle(first) || (!isCapitalisedWord(first, flags) && !isInitial(first))))
        ++first;
    const NameSpan name = nameAt(first, flags, token);
    if (!name.isValid() || name.last != token)
        return {};
    return name;
}

bool Scanner::startsSentence(int token) const
{
    if (token == 0)
        return true;
    for (const QChar c : gapBefore(token)) {
        if (c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?') || c == QLatin1Char(':')
            || c == QLatin1Char('\n') || c == QChar(0x2026))
            return true;
    }
    return false;
}

// One capitalised word alone is a name only if the text never uses it as a
// common word: "Présent au Vietnam…" is not a person.
bool Scanner::plausibleName(const NameSpan &name) const
{
    if (!name.isValid())
        return false;
    if (name.words == 1 && name.first == name.last)
        return !isCommonWord(name.first);
    return true;
}

int Scanner::addCandidate(int start, int end, QLatin1String type, const QString &reason, int priority)
{
    if (start >= end || knownOverlapping(start, end))
        return -1;
    Candidate candidate;
    candidate.start = start;
    candidate.end = end;
    candidate.type = type;
    candidate.reason = reason;
    candidate.priority = priority;
    m_candidates.append(candidate);
    return int(m_candidates.size()) - 1;
}

// "Sarah Kemp, vice-présidente…", "Marc Knapper, l’ambassadeur…"
Scanner::RoleTarget Scanner::nameBeforeRole(const TypedSpan &role) const
{
    RoleTarget target;
    int before = firstTokenFrom(role.start) - 1;
    while (before >= 0 && target.determiners < 2 && isLowerWord(before) && roleDeterminers().contains(folded(before))
           && (isBlank(gapAfter(before)) || isApostropheGap(gapAfter(before)))) {
        --before;
        ++target.determiners;
    }
    if (before < 0 || !isComma(gapAfter(before)))
        return target;
    if (const TypedSpan *known = knownEndingAt(m_tokens.at(before).end)) {
        if (known->type == PersonType)
            target = { true, true, known->start, known->end, target.determiners, QString() };
        return target;
    }
    if (tokenIsKnown(before))
        return target;
    const NameSpan name = nameEndingAt(before, NoFlag);
    if (!plausibleName(name))
        return target;
    // "En Australie, la ministre…", "Entre-temps, le secrétaire…": one word
    // after a sentence start or a preposition introduces the sentence.
    if (name.first == name.last && (startsSentence(name.first) || placePrepositions().contains(folded(name.first - 1))))
        return target;
    return { true,
             false,
             m_tokens.at(name.first).start,
             m_tokens.at(name.last).end,
             target.determiners,
             EntityRules::tr("role after a name") };
}

// "le Premier ministre Pham Minh Chinh", "le vice-ministre des Finances, Cao
// Anh Tuân", "L’ambassadeur des États-Unis au Vietnam, Marc Knapper".
Scanner::RoleTarget Scanner::nameAfterRole(const TypedSpan &role) const
{
    int next = firstTokenFrom(role.end);
    if (next >= m_tokens.size())
        return {};
    const QStringView gap = m_text.mid(role.end, m_tokens.at(next).start - role.end);
    bool immediate = isBlank(gap);
    if (immediate && isLowerWord(next) && complementStarts().contains(folded(next))) {
        // Skip the complement up to the comma that introduces the name.
        int i = next;
        int words = 0;
        for (; i < m_tokens.size() && words < MaxComplementWords; ++i, ++words) {
            const QStringView after = gapAfter(i);
            if (isComma(after))
                break;
            if (!(isBlank(after) || isApostropheGap(after)))
                return {};
        }
        if (i + 1 >= m_tokens.size() || words >= MaxComplementWords)
            return {};
        next = i + 1;
        immediate = false;
    } else if (!immediate && !isComma(gap)) {
        return {};
    }
    if (const TypedSpan *known = knownStartingAt(m_tokens.at(next).start)) {
        if (known->type == PersonType)
            return { true, true, known->start, known->end, 0, QString() };
        return {};
    }
    const NameSpan name = nameAt(next, NoFlag);
    if (!plausibleName(name))
        return {};
    // "le directeur Asie-Pacifique de Google": one word then "de" is a place.
    if (immediate && name.words == 1 && name.last + 1 < m_tokens.size() && isBlank(gapAfter(name.last))
        && isParticle(name.last + 1)) {
        return {};
    }
    return {
        true, false, m_tokens.at(name.first).start, m_tokens.at(name.last).end, 0, EntityRules::tr("role before a name")
    };
}

// A role with a name on both sides, "En Australie, la ministre des Affaires
// étrangères, Marise Payne", belongs to the one after it when an article
// introduces it; "Marc Knapper, ambassadeur, Paul Durand" to the one before.
void Scanner::roleRules()
{
    for (const TypedSpan &role : qAsConst(m_known)) {
        if (role.type != RoleType)
            continue;
        const RoleTarget before = nameBeforeRole(role);
        const RoleTarget after = nameAfterRole(role);
        const RoleTarget &target = before.found && (!after.found || before.determiners == 0) ? before : after;
        if (!target.found)
            continue;
        if (target.known) {
            m_knownLinks.append({ target.start, target.end, role.start, role.end });
            continue;
        }
        const int candidate = addCandidate(target.start, target.end, PersonType, target.reason);
        if (candidate >= 0)
            m_pendingLinks.append({ candidate, role.start, role.end });
    }
}

// After "MM. Davidson", "et Aenesmann"; after "des groupes Intel", "et Meta".
void Scanner::coordinated(int lastToken, QLatin1String type, const QString &reason, int flags)
{
    int last = lastToken;
    for (int count = 0; count < MaxCoordinated && last + 1 < m_tokens.size(); ++count) {
        int next = last + 1;
        const QStringView gap = gapAfter(last);
        bool final = false;
        if (isBlank(gap) && isLowerWord(next)
            && (folded(next) == QLatin1String("et") || folded(next) == QLatin1String("and"))) {
            if (next + 1 >= m_tokens.size() || !isBlank(gapAfter(next)))
                return;
            ++next;
            final = true;
        } else if (!isComma(gap)) {
            return;
        }
        const NameSpan name = nameAt(next, flags);
        if (!plausibleName(name))
            return;
        addCandidate(m_tokens.at(name.first).start, m_tokens.at(name.last).end, type, reason);
        if (final)
            return;
        last = name.last;
    }
}

void Scanner::honorificRules()
{
    const QChar fullStop = QLatin1Char('.');
    for (int i = 0; i + 1 < m_tokens.size(); ++i) {
        QStringView w = word(i);
        int honorificStart = m_tokens.at(i).start;
        // OCR runs lines together: "sûreM. Chéron" is "sûre" then "M. Chéron".
        if (w.size() > 2 && w.at(w.size() - 1) == QLatin1Char('M') && w.at(w.size() - 2).isLower()
            && gapAfter(i).startsWith(fullStop)) {
            w = w.right(1);
            honorificStart = m_tokens.at(i).end - 1;
        }
        const QString surface = w.toString();
        const auto honorific = honorifics().constFind(surface);
        if (honorific == honorifics().cend() || tokenIsKnown(i))
            continue;
        const QStringView gap = gapAfter(i);
        // "M.Poincaré": OCR may drop the space after an abbreviation's full
        // stop; after "Madame" a full stop ends the sentence.
        const bool separated = needsFullStop(surface)
            ? isFullStopThen(gap, false)
            : isBlank(gap) || (honorific->abbreviation && isFullStopThen(gap, false));
        if (!separated)
            continue;
        const int next = i + 1;
        const QString reason = EntityRules::tr("honorific");
        // "M. le président du Conseil" is a person in HIPE's gold, but the
        // role is a known mention already and suggestions never overlap one.
        const NameSpan name = nameAt(next, AfterHonorific);
        if (!name.isValid() || (name.words == 1 && stopWords().contains(folded(name.last))))
            continue;
        addCandidate(honorificStart, m_tokens.at(name.last).end, PersonType, reason);
        if (honorific->plural)
            coordinated(name.last, PersonType, reason, NoFlag);
        i = name.last;
    }
}

// "E. Dieudonné", "J. R. R. Tolkien": an initial then a name.
void Scanner::initialRules()
{
    for (int i = 0; i + 1 < m_tokens.size(); ++i) {
        if (!isInitial(i) || tokenIsKnown(i) || honorifics().contains(word(i).toString()))
            continue;
        // "U.S. Steel", "S.A.": an initial right after another one's full stop.
        const QStringView before = gapBefore(i);
        if (i > 0 && (before.isEmpty() || before.endsWith(QLatin1Char('.'))))
            continue;
        const NameSpan name = nameAt(i, NoFlag);
        if (!name.isValid() || name.first != i || isCommonWord(name.last))
            continue;
        addCandidate(m_tokens.at(i).start, m_tokens.at(name.last).end, PersonType,
                     EntityRules::tr("initial before a name"));
        i = name.last;
    }
}

void Scanner::organisationCueRules()
{
    const QString chez = QStringLiteral("chez");
    for (int i = 0; i + 1 < m_tokens.size(); ++i) {
        if (tokenIsKnown(i))
            continue;
        const QString f = folded(i);
        const bool isChez = f == chez;
        const auto cue = organisationCues().constFind(f);
        if (!isChez && cue == organisationCues().cend())
            continue;
        const bool acronymCue = f == QLatin1String("ong");
        if (!isChez && (acronymCue ? word(i) != QStringView(u"ONG") : !isLowerWord(i)))
            continue;
        int next = i + 1;
        if (!isChez) {
            // "le groupe américain X", "le groupe de télécommunications X"
            int skipped = 0;
            bool usedDe = false;
            while (next < m_tokens.size() && skipped < 3 && isLowerWord(next)) {
                if (!isBlank(gapAfter(next - 1)))
                    break;
                const QString g = folded(next);
                if (!usedDe && (g == QLatin1String("de") || g == QLatin1String("d")) && next + 1 < m_tokens.size()
                    && isLowerWord(next + 1) && !functionWords().contains(folded(next + 1))) {
                    usedDe = true;
                    next += 2;
                    skipped += 2;
                    continue;
                }
                const QStringView w = word(next);
                const bool participle = w.endsWith(QChar(0x00e9)) || w.endsWith(QStringView(u"\u00e9e"))
                    || w.endsWith(QStringView(u"\u00e9s")) || w.endsWith(QStringView(u"\u00e9es"));
                if (functionWords().contains(g) || participle || w.size() < 3)
                    break;
                ++next;
                ++skipped;
            }
        }
        if (next >= m_tokens.size() || !isBlank(gapAfter(next - 1)) || tokenIsKnown(next))
            continue;
        const NameSpan name = nameAt(next, OrganisationName);
        if (!plausibleName(name) || name.first != next)
            continue;
        const QLatin1String type = isChez ? CompanyType : cue->type;
        const QString reason = EntityRules::tr("organisation cue \u201c%1\u201d").arg(word(i).toString());
        addCandidate(m_tokens.at(name.first).start, m_tokens.at(name.last).end, type, reason);
        if (!isChez && cue->plural)
            coordinated(name.last, type, reason, OrganisationName);
        i = name.last;
    }
}

// "Amkor Technology Inc.", "Vietnam Airlines JSC", "Alstom S.A."
void Scanner::suffixRules()
{
    for (int i = 1; i < m_tokens.size(); ++i) {
        const QStringView w = word(i);
        int suffixEnd = -1;
        QString suffixText;
        if (w == QStringView(u"S") && m_text.mid(m_tokens.at(i).end).startsWith(QStringView(u".A"))
            && i + 1 < m_tokens.size() && word(i + 1) == QStringView(u"A")) {
            suffixEnd = m_tokens.at(i + 1).end;
            if (gapAfter(i + 1).startsWith(QLatin1Char('.')))
                ++suffixEnd;
        } else {
            for (const Suffix &suffix : companySuffixes()) {
                if (w != QLatin1String(suffix.text))
                    continue;
                const bool stop = gapAfter(i).startsWith(QLatin1Char('.'));
                if (QLatin1String(suffix.text) == QLatin1String("Co") && !stop)
                    break;
                suffixEnd = m_tokens.at(i).end + (suffix.fullStop && stop ? 1 : 0);
                break;
            }
        }
        if (suffixEnd < 0 || tokenIsKnown(i))
            continue;
        suffixText = m_text.mid(m_tokens.at(i).start, suffixEnd - m_tokens.at(i).start).toString();
        const QStringView gap = gapAfter(i - 1);
        if (!(isBlank(gap) || isComma(gap)))
            continue;
        const NameSpan name = nameEndingAt(i - 1, OrganisationName);
        if (!name.isValid())
            continue;
        addCandidate(m_tokens.at(name.first).start, suffixEnd, CompanyType,
                     EntityRules::tr("company suffix \u201c%1\u201d").arg(suffixText));
    }
}
} // namespace

// SymSpell with distance 1: a key and a query are one edit apart only if
// one is the other, one is a deletion of the other, or both share a
// deletion, so looking up the query and its deletions finds every key.
struct EntityRules::VariantIndex {
    // A gazetteer name or alias: folded words joined by one space.
    struct Key {
        QString folded;
        QString name; // the entity's canonical name, for the reason
        QString type;
        qint64 entityId = 0;
    };
    QVector<Key> keys;
    QHash<QString, QVector<int>> deletions; // a key and its one-deletion forms → indices into keys
    QVector<int> wordCounts; // how many words the keys have, most first

    void add(const Entity &entity, const QString &text, QSet<QString> &seen);
    QVector<Candidate> find(const Scanner &scanner) const;
};

namespace {
QString normalisedName(QStringView text)
{
    QStringList words;
    for (const Token &token : tokenize(text))
        words.append(foldText(text.mid(token.start, token.end - token.start)));
    return words.join(QLatin1Char(' '));
}
} // namespace

void EntityRules::VariantIndex::add(const Entity &entity, const QString &text, QSet<QString> &seen)
{
    const QString key = normalisedName(text);
    const int words = int(key.count(QLatin1Char(' '))) + 1;
    if (words > MaxVariantWords || letterCount(key) < MinVariantLetters || seen.contains(key))
        return;
    seen.insert(key);
    const int index = int(keys.size());
    keys.append({ key, entity.name, entity.type, entity.id });
    if (!wordCounts.contains(words))
        wordCounts.append(words);
    deletions[key].append(index);
    for (int i = 0; i < key.size(); ++i) {
        if (key.at(i) == QLatin1Char(' '))
            continue; // a deleted space would merge two words: not a typo we look for
        QVector<int> &bucket = deletions[QString(key).remove(i, 1)];
        if (bucket.isEmpty() || bucket.last() != index)
            bucket.append(index);
    }
}

QVector<Candidate> EntityRules::VariantIndex::find(const Scanner &scanner) const
{
    QVector<Candidate> found;
    const QVector<Token> &tokens = scanner.m_tokens;
    QSet<qint64> mentioned;
    for (const TypedSpan &span : scanner.m_known)
        mentioned.insert(span.entityId);
    for (int i = 0; i < tokens.size(); ++i) {
        if (!isUpperInitial(scanner.word(i).at(0)) || scanner.tokenIsKnown(i)
            || stopWords().contains(scanner.folded(i)))
            continue;
        for (const int wordCount : wordCounts) {
            const int last = i + wordCount - 1;
            if (last >= tokens.size())
                continue;
            QString query = scanner.folded(i);
            bool usable = true;
            for (int k = i + 1; k <= last && usable; ++k) {
                usable = isVariantJoin(scanner.gapAfter(k - 1)) && !scanner.tokenIsKnown(k);
                query += QLatin1Char(' ') + scanner.folded(k);
            }
            if (!usable || letterCount(query) < MinVariantLetters)
                continue;
            // "Italien", "Grande": a common word of the text, capitalised.
            if (wordCount == 1 && scanner.isCommonWord(i))
                continue;

            QVector<int> candidates = deletions.value(query);
            for (int d = 0; d < query.size(); ++d) {
                if (query.at(d) != QLatin1Char(' '))
                    candidates += deletions.value(QString(query).remove(d, 1));
            }
            int best = -1;
            bool exact = false;
            for (const int index : qAsConst(candidates)) {
                const QString &key = keys.at(index).folded;
                const int distance = editDistanceUpToOne(query, key);
                // Typing rarely gets the first letter wrong, while names one
                // first letter apart abound: "Justin" and "Austin". A short
                // name has real neighbours too ("Bolton", "Boston"), so its
                // typo must come with the right spelling in the same text.
                if (distance == 1
                    && (isInflection(query, key) || query.at(0) != key.at(0)
                        || (differingWordLetters(query, key) < SelfEvidentLetters
                            && !mentioned.contains(keys.at(index).entityId)))) {
                    continue;
                }
                if (distance == 0) {
                    exact = true; // a known name the matcher left out on purpose (case, options)
                } else if (distance == 1
                           && (best < 0 || keys.at(index).entityId < keys.at(best).entityId
                               || (keys.at(index).entityId == keys.at(best).entityId && index < best))) {
                    best = index;
                }
            }
            if (exact)
                break;
            if (best < 0)
                continue;
            Candidate candidate;
            candidate.start = tokens.at(i).start;
            candidate.end = tokens.at(last).end;
            candidate.type = keys.at(best).type;
            candidate.reason = tr("close to \u201c%1\u201d").arg(keys.at(best).name);
            candidate.variantOf = keys.at(best).entityId;
            candidate.priority = 2;
            found.append(candidate);
            break; // the longest sequence for this start
        }
    }
    return found;
}

EntityRules::EntityRules(const QVector<Entity> &gazetteer)
{
    auto index = std::make_shared<VariantIndex>();
    for (const Entity &entity : gazetteer) {
        // Roles are common nouns, and a case-sensitive alias is one the
        // gazetteer keeps from everyday words ("=Micron" is not "Macron"):
        // neither has typos worth suggesting.
        if (entity.type == RoleType)
            continue;
        QSet<QString> seen;
        bool nameIsAlias = false;
        for (const Alias &alias : entity.aliases) {
            nameIsAlias = nameIsAlias || alias.text == entity.name;
            if (!alias.caseSensitive)
                index->add(entity, alias.text, seen);
        }
        if (!nameIsAlias)
            index->add(entity, entity.name, seen);
    }
    std::sort(index->wordCounts.begin(), index->wordCounts.end(), std::greater<int>());
    m_variants = std::move(index);
}

EntityRules::Result EntityRules::apply(QStringView text, const QVector<TypedSpan> &known) const
{
    Result result;
    Scanner scanner(text, known);
    scanner.roleRules();
    scanner.honorificRules();
    scanner.initialRules();
    scanner.organisationCueRules();
    scanner.suffixRules();

    QVector<Candidate> candidates = scanner.m_candidates;
    const int ruleCount = int(candidates.size());
    // A typo variant says more than a bare cue, unless the cue says it is
    // something else: "M. Macron" is a person, whatever company is close.
    for (const Candidate &variant : m_variants->find(scanner)) {
        const bool contradicted =
            std::any_of(candidates.cbegin(), candidates.cbegin() + ruleCount, [&](const Candidate &c) {
                return c.start < variant.end && variant.start < c.end && c.type != variant.type;
            });
        if (!contradicted)
            candidates.append(variant);
    }

    // Settle overlaps: a typo variant first, then the longer span, then the earlier.
    QVector<int> order(candidates.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&candidates](int a, int b) {
        const Candidate &x = candidates.at(a);
        const Candidate &y = candidates.at(b);
        if (x.priority != y.priority)
            return x.priority > y.priority;
        if (x.end - x.start != y.end - y.start)
            return x.end - x.start > y.end - y.start;
        return x.start < y.start;
    });
    // The accepted spans never overlap, so the one that starts last before
    // a candidate's end is the only one that may reach into it.
    QMap<int, int> accepted; // start → index into candidates
    for (const int index : qAsConst(order)) {
        const Candidate &candidate = candidates.at(index);
        auto it = accepted.lowerBound(candidate.end);
        if (it != accepted.begin() && candidates.at((--it).value()).end > candidate.start)
            continue;
        accepted.insert(candidate.start, index);
    }
    for (const int index : qAsConst(accepted)) {
        const Candidate &candidate = candidates.at(index);
        Suggestion suggestion;
        suggestion.start = candidate.start;
        suggestion.end = candidate.end;
        suggestion.text = text.mid(candidate.start, candidate.end - candidate.start).toString();
        suggestion.type = candidate.type;
        suggestion.reason = candidate.reason;
        suggestion.variantOf = candidate.variantOf;
        result.suggestions.append(suggestion);
    }

    // A role goes to the person suggestion that took its candidate's place.
    result.roles = scanner.m_knownLinks;
    for (const PendingLink &link : qAsConst(scanner.m_pendingLinks)) {
        if (link.candidate < 0 || link.candidate >= ruleCount)
            continue;
        const Candidate &person = candidates.at(link.candidate);
        auto it = std::upper_bound(result.suggestions.cbegin(), result.suggestions.cend(), person.start,
                                   [](int position, const Suggestion &s) { return position < s.end; });
        for (; it != result.suggestions.cend() && it->start < person.end; ++it) {
            if (it->type == PersonType) {
                result.roles.append({ it->start, it->end, link.roleStart, link.roleEnd });
                break;
            }
        }
    }
    std::sort(result.roles.begin(), result.roles.end(), [](const RoleLink &a, const RoleLink &b) {
        if (a.personStart != b.personStart)
            return a.personStart < b.personStart;
        if (a.personEnd != b.personEnd)
            return a.personEnd < b.personEnd;
        return a.roleStart != b.roleStart ? a.roleStart < b.roleStart : a.roleEnd < b.roleEnd;
    });
    result.roles.erase(std::unique(result.roles.begin(), result.roles.end(),
                                   [](const RoleLink &a, const RoleLink &b) {
                                       return a.personStart == b.personStart && a.personEnd == b.personEnd
                                           && a.roleStart == b.roleStart && a.roleEnd == b.roleEnd;
                                   }),
                       result.roles.end());
    return result;
}

} // namespace Veille
