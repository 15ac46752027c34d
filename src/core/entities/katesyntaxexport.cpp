// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/katesyntaxexport.h"

#include "text/textfold.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QXmlStreamWriter>

#include <algorithm>
#include <map>
#include <memory>
#include <vector>

namespace Veille {

namespace {
constexpr int UnitCount = 0x10000;
const QLatin1String NormalStyle("Normal Text");

// isWordChar() as a regular expression. PCRE2 reads code points where
// isWordChar() reads UTF-16 units, and a surrogate is a separator there, so
// the look-arounds only test characters of the BMP.
const QLatin1String WordChar("(?=[\\x{0}-\\x{FFFF}])[\\p{L}\\p{N}\\p{M}\\x{2D}\\x{2010}\\x{2011}]");

// Every rule's regular expression is one of alternatives between these: a
// name starts and ends where a word does.
QString patternHead()
{
    return QLatin1String("(?<!") + WordChar + QLatin1String(")(?:");
}

QString patternTail()
{
    return QLatin1String(")(?!") + WordChar + QLatin1Char(')');
}

// Theme colours for the usual types. The styles Veille Patterns uses
// (numbers, strings, constants) are left out, so a name never looks like an
// amount or a quotation when both definitions colour the same text.
const char *defaultStyleFor(const QString &type, int &nextOther)
{
    static const struct {
        const char *type;
        const char *style;
    } known[] = {
        { "company", "dsDataType" }, { "organisation", "dsBuiltIn" }, { "organization", "dsBuiltIn" },
        { "person", "dsFunction" },  { "role", "dsKeyword" },         { "place", "dsVariable" },
    };
    for (const auto &entry : known) {
        if (type.compare(QLatin1String(entry.type), Qt::CaseInsensitive) == 0)
            return entry.style;
    }
    static const char *const others[] = { "dsExtension", "dsAttribute",   "dsImport",         "dsPreprocessor",
                                          "dsOthers",    "dsControlFlow", "dsVerbatimString", "dsAnnotation" };
    return others[nextOther++ % int(sizeof others / sizeof *others)];
}

// A style name Kate can show and store in its configuration: letters,
// digits, spaces and a few separators; never "Normal Text", never twice.
QString styleNameFor(const QString &type, QSet<QString> &taken)
{
    QString name;
    for (const QChar c : type) {
        if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.'))
            name.append(c);
        else
            name.append(QLatin1Char(' '));
    }
    name = name.simplified();
    if (name.isEmpty())
        name = QStringLiteral("Entity");
    QString unique = name;
    for (int n = 2; unique.compare(NormalStyle, Qt::CaseInsensitive) == 0 || taken.contains(unique.toLower()); ++n)
        unique = name + QLatin1Char(' ') + QString::number(n);
    taken.insert(unique.toLower());
    return unique;
}

// Characters written as \x{…}: the invisible ones, and those XML 1.0 or
// PCRE2 in UTF mode would not take literally.
bool needsHexEscape(QChar c)
{
    if (c.unicode() < 0x20 || c.unicode() == 0x7F || c.unicode() >= 0xFFFE || c.isSurrogate())
        return true;
    if (c.isSpace() && c != QLatin1Char(' '))
        return true;
    switch (c.category()) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_NotAssigned:
    case QChar::Other_PrivateUse:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

void appendHex(QString &out, QChar c)
{
    out += QLatin1String("\\x{") + QString::number(c.unicode(), 16).toUpper() + QLatin1Char('}');
}

// \a c as a regex literal: hex-escaped where it must be, backslashed when
// it is one of \a meta, the characters special in that context.
void appendEscaped(QString &out, QChar c, QLatin1String meta)
{
    if (needsHexEscape(c)) {
        appendHex(out, c);
        return;
    }
    if (meta.contains(c))
        out += QLatin1Char('\\');
    out += c;
}

void appendLiteral(QString &out, QChar c)
{
    appendEscaped(out, c, QLatin1String("\\^$.|?*+()[]{}#"));
}

void appendClassMember(QString &out, QChar c)
{
    appendEscaped(out, c, QLatin1String("\\]^-["));
}

// The units that fold to the same unit, as a regular expression: "[Aa…ặ]"
// with runs written as ranges, or the unit itself when it is alone.
class FoldClasses
{
public:
    using Fold = QChar (*)(QChar);
    explicit FoldClasses(Fold fold)
        : m_fold(fold)
    {
        for (int u = 0; u < UnitCount; ++u) {
            if (!QChar::isSurrogate(char32_t(u)))
                m_members[fold(QChar(char16_t(u))).unicode()].push_back(char16_t(u));
        }
    }

    const QString &classOf(QChar c)
    {
        const ushort key = m_fold(c).unicode();
        auto it = m_cache.find(key);
        if (it != m_cache.end())
            return it.value();
        const std::vector<char16_t> &units = m_members[key]; // ascending by construction
        QString regex;
        if (units.size() <= 1) {
            appendLiteral(regex, c);
        } else {
            regex += QLatin1Char('[');
            for (size_t i = 0; i < units.size();) {
                size_t last = i;
                while (last + 1 < units.size() && units[last + 1] == units[last] + 1)
                    ++last;
                appendClassMember(regex, QChar(units[i]));
                if (last >= i + 2) {
                    regex += QLatin1Char('-');
                    appendClassMember(regex, QChar(units[last]));
                } else if (last == i + 1) {
                    appendClassMember(regex, QChar(units[last]));
                }
                i = last + 1;
            }
            regex += QLatin1Char(']');
        }
        return m_cache.insert(key, regex).value();
    }

private:
    Fold m_fold;
    std::vector<char16_t> m_members[UnitCount];
    QHash<ushort, QString> m_cache;
};

// A case-sensitive pattern still takes a no-break space for a space, as
// EntityMatcher does.
bool isSpaceForExactMatch(QChar c)
{
    return c == QLatin1Char(' ') || c.unicode() == 0x00A0 || c.unicode() == 0x2007 || c.unicode() == 0x202F;
}

struct Alternative {
    QString regex;
    // foldAccentsAndCase() of the text: two alternatives can only match at
    // the same place if one's is a prefix of the other's.
    QString folded;
    int length = 0; //!< UTF-16 units, as matched in the text
    int style = 0;
    bool caseSensitive = false;
};

struct Rule {
    int style = 0;
    bool caseSensitive = false;
    QStringList alternatives;
    int size = 0; //!< characters of the alternatives and their separators
};

// The regular expression for one alias, or an empty string when PCRE2
// could not take it (a lone surrogate).
QString aliasRegex(const QString &text, bool caseSensitive, bool foldAccents, FoldClasses &caseClasses,
                   FoldClasses &accentClasses)
{
    QString regex;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSurrogate()) {
            if (!c.isHighSurrogate() || i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate())
                return {};
            // A whole code point; the matcher compares its units exactly.
            regex += c;
            regex += text.at(++i);
        } else if (caseSensitive) {
            if (isSpaceForExactMatch(c))
                regex += QLatin1String("[ \\x{A0}\\x{2007}\\x{202F}]");
            else
                appendLiteral(regex, c);
        } else {
            regex += foldAccents ? accentClasses.classOf(c) : caseClasses.classOf(c);
        }
    }
    return regex;
}
// One style per entity type, in the order types first appear.
struct Styles {
    QStringList names;
    QStringList defaults; //!< the default style of each name
    QHash<QString, int> ofType; //!< entity type → index in names
};

Styles collectStyles(const QVector<Entity> &entities)
{
    Styles styles;
    QSet<QString> taken;
    int nextOther = 0;
    for (const Entity &entity : entities) {
        if (styles.ofType.contains(entity.type))
            continue;
        styles.ofType.insert(entity.type, int(styles.names.size()));
        styles.names.append(styleNameFor(entity.type, taken));
        styles.defaults.append(QLatin1String(defaultStyleFor(entity.type, nextOther)));
    }
    return styles;
}

// Gathers the alternatives of all names and aliases, each regular
// expression once per style and case.
class AlternativeCollector
{
public:
    explicit AlternativeCollector(const Styles &styles)
        : m_styles(styles)
    {
    }

    void add(const Entity &entity, const QString &rawText, bool caseSensitive, bool foldAccents)
    {
        // EntityMatcher ignores surrounding spaces and never matches a blank name.
        const QString text = rawText.trimmed();
        if (text.isEmpty())
            return;
        Alternative alternative;
        alternative.regex = aliasRegex(text, caseSensitive, foldAccents, *m_caseClasses, *m_accentClasses);
        if (alternative.regex.isEmpty())
            return;
        alternative.style = m_styles.ofType.value(entity.type);
        alternative.caseSensitive = caseSensitive;
        // The same regular expression twice in one style adds nothing.
        const QString key =
            QString::number(alternative.style) + QLatin1Char(caseSensitive ? 's' : 'i') + alternative.regex;
        if (m_seen.contains(key))
            return;
        m_seen.insert(key);
        alternative.folded = foldText(text);
        alternative.length = int(text.size());
        m_alternatives.push_back(std::move(alternative));
    }

    std::vector<Alternative> take() { return std::move(m_alternatives); }

private:
    const Styles &m_styles;
    // Case and accent classes are built for every UTF-16 unit, once per export.
    std::unique_ptr<FoldClasses> m_caseClasses = std::make_unique<FoldClasses>(&foldCase);
    std::unique_ptr<FoldClasses> m_accentClasses = std::make_unique<FoldClasses>(&foldAccentsAndCase);
    std::vector<Alternative> m_alternatives;
    QSet<QString> m_seen;
};

std::vector<Alternative> collectAlternatives(const QVector<Entity> &entities, const Styles &styles)
{
    AlternativeCollector collector(styles);
    for (const Entity &entity : entities) {
        if (entity.aliases.isEmpty())
            collector.add(entity, entity.name, false, true);
        for (const Alias &alias : entity.aliases)
            collector.add(entity, alias.text, alias.caseSensitive, alias.foldAccents);
    }
    std::vector<Alternative> alternatives = collector.take();
    // Longest first, then in the gazetteer's order: at any place, KSyntaxHighlighting
    // takes the first rule that matches and PCRE2 the first alternative that
    // does, while EntityMatcher takes the longest name, then the first one.
    std::stable_sort(alternatives.begin(), alternatives.end(),
                     [](const Alternative &a, const Alternative &b) { return a.length > b.length; });
    return alternatives;
}

// The last rule that holds an alternative which may match at the same place
// as \a alternative and must be tried first: one whose folded text starts
// with this one's, followed by a separator. -1 when there is none.
int ruleToFollow(const Alternative &alternative, const std::map<QString, int> &latestRuleOfFolded)
{
    int mustFollow = -1;
    for (auto it = latestRuleOfFolded.lower_bound(alternative.folded);
         it != latestRuleOfFolded.end() && it->first.startsWith(alternative.folded); ++it) {
        const QString &longer = it->first;
        if (longer.size() == alternative.folded.size() || !isWordChar(longer.at(alternative.folded.size())))
            mustFollow = std::max(mustFollow, it->second);
    }
    return mustFollow;
}

// Each alternative joins the last rule of its style and case when it can.
// It cannot when that rule comes before a rule holding a longer (or
// earlier) alternative that may match at the same place. It then starts a
// new rule at the end, which keeps rules few without breaking the order.
std::vector<Rule> packRules(const std::vector<Alternative> &alternatives, int budget)
{
    std::vector<Rule> rules;
    QHash<int, int> lastRuleOf; // style * 2 + caseSensitive → index in rules
    std::map<QString, int> latestRuleOfFolded; // folded text → the last rule holding it
    for (const Alternative &alternative : alternatives) {
        if (alternative.regex.size() > budget)
            continue; // a name of thousands of characters is not a name
        const int mustFollow = ruleToFollow(alternative, latestRuleOfFolded);
        const int key = alternative.style * 2 + (alternative.caseSensitive ? 1 : 0);
        int ruleIndex = lastRuleOf.value(key, -1);
        if (ruleIndex < 0 || ruleIndex < mustFollow
            || rules[size_t(ruleIndex)].size + 1 + alternative.regex.size() > budget) {
            ruleIndex = int(rules.size());
            rules.push_back({ alternative.style, alternative.caseSensitive, {}, -1 });
            lastRuleOf.insert(key, ruleIndex);
        }
        Rule &rule = rules[size_t(ruleIndex)];
        rule.alternatives.append(alternative.regex);
        rule.size += 1 + int(alternative.regex.size());
        int &latest = latestRuleOfFolded[alternative.folded];
        latest = std::max(latest, ruleIndex);
    }
    return rules;
}

// The one context: a RegExpr per rule, each wrapped in the word boundaries.
void writeContexts(QXmlStreamWriter &writer, const std::vector<Rule> &rules, const Styles &styles)
{
    const QString head = patternHead();
    const QString tail = patternTail();
    writer.writeStartElement(QStringLiteral("contexts"));
    writer.writeStartElement(QStringLiteral("context"));
    writer.writeAttribute(QStringLiteral("name"), QStringLiteral("Text"));
    writer.writeAttribute(QStringLiteral("attribute"), NormalStyle);
    writer.writeAttribute(QStringLiteral("lineEndContext"), QStringLiteral("#stay"));
    for (const Rule &rule : rules) {
        writer.writeEmptyElement(QStringLiteral("RegExpr"));
        writer.writeAttribute(QStringLiteral("attribute"), styles.names.at(rule.style));
        if (!rule.caseSensitive)
            writer.writeAttribute(QStringLiteral("insensitive"), QStringLiteral("true"));
        writer.writeAttribute(QStringLiteral("String"), head + rule.alternatives.join(QLatin1Char('|')) + tail);
    }
    writer.writeEndElement(); // context
    writer.writeEndElement(); // contexts
}

void writeItemDatas(QXmlStreamWriter &writer, const Styles &styles)
{
    writer.writeStartElement(QStringLiteral("itemDatas"));
    writer.writeEmptyElement(QStringLiteral("itemData"));
    writer.writeAttribute(QStringLiteral("name"), NormalStyle);
    writer.writeAttribute(QStringLiteral("defStyleNum"), QStringLiteral("dsNormal"));
    for (int i = 0; i < styles.names.size(); ++i) {
        writer.writeEmptyElement(QStringLiteral("itemData"));
        writer.writeAttribute(QStringLiteral("name"), styles.names.at(i));
        writer.writeAttribute(QStringLiteral("defStyleNum"), styles.defaults.at(i));
        writer.writeAttribute(QStringLiteral("spellChecking"), QStringLiteral("false"));
    }
    writer.writeEndElement(); // itemDatas
}

void writeGeneral(QXmlStreamWriter &writer)
{
    writer.writeStartElement(QStringLiteral("general"));
    // The rules carry their own word boundaries; these tell Kate's word
    // selection and any keyword rule a user adds the same thing: apostrophes
    // separate words ("l’Intel"), hyphens do not ("Sud-Est").
    writer.writeEmptyElement(QStringLiteral("keywords"));
    writer.writeAttribute(QStringLiteral("casesensitive"), QStringLiteral("1"));
    writer.writeAttribute(QStringLiteral("additionalDeliminator"), QStringLiteral("'\u2019"));
    writer.writeAttribute(QStringLiteral("weakDeliminator"), QStringLiteral("-"));
    writer.writeEndElement(); // general
}

QByteArray writeLanguage(const QString &languageName, const std::vector<Rule> &rules, size_t alternativeCount,
                         const Styles &styles)
{
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.setAutoFormatting(true);
    writer.setAutoFormattingIndent(2);
    writer.writeStartDocument();
    writer.writeComment(QStringLiteral(" Written by Veille from its gazetteer: %1 rules for %2 names and aliases. ")
                            .arg(rules.size())
                            .arg(alternativeCount));
    writer.writeDTD(QStringLiteral("<!DOCTYPE language>"));
    writer.writeStartElement(QStringLiteral("language"));
    writer.writeAttribute(QStringLiteral("name"), languageName);
    writer.writeAttribute(QStringLiteral("section"), QStringLiteral("Other"));
    writer.writeAttribute(QStringLiteral("extensions"), QString());
    writer.writeAttribute(QStringLiteral("version"), QStringLiteral("1"));
    writer.writeAttribute(QStringLiteral("kateversion"), QStringLiteral("5.0"));
    writer.writeStartElement(QStringLiteral("highlighting"));
    writeContexts(writer, rules, styles);
    writeItemDatas(writer, styles);
    writer.writeEndElement(); // highlighting
    writeGeneral(writer);
    writer.writeEndElement(); // language
    writer.writeEndDocument();
    return xml;
}
} // namespace

QByteArray KateSyntaxExport::write(const QVector<Entity> &entities, const QString &languageName)
{
    const Styles styles = collectStyles(entities);
    const std::vector<Alternative> alternatives = collectAlternatives(entities, styles);
    const int budget = MaxPatternLength - int(patternHead().size() + patternTail().size());
    const std::vector<Rule> rules = packRules(alternatives, budget);
    return writeLanguage(languageName, rules, alternatives.size(), styles);
}

} // namespace Veille
