// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/searchquery.h"

#include "search/searchterms.h"

#include <QDate>
#include <QRegularExpression>
#include <QVector>

#include <algorithm>
#include <utility>

namespace Veille {

namespace {
// Whether unicode61 finds a token in \a text: letters and digits are its
// token characters; everything else separates.
bool hasToken(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetterOrNumber(); });
}

// The lowest and highest date_key of one date at its precision.
bool parseDatePoint(const QString &text, int *lower, int *upper)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    const int year = match.captured(1).toInt();
    const int month = match.captured(2).isEmpty() ? 0 : match.captured(2).toInt();
    const int day = match.captured(3).isEmpty() ? 0 : match.captured(3).toInt();
    if (year < 1 || (month && month > 12) || (match.lastCapturedIndex() >= 2 && month == 0)
        || (day && !QDate(year, month, day).isValid()) || (match.lastCapturedIndex() == 3 && day == 0))
        return false;
    const int base = year * 10000 + month * 100 + day;
    *lower = base;
    *upper = day ? base : month ? base + 99 : base + 9999;
    return true;
}
} // namespace

bool SearchQuery::parseDateRange(const QString &text, int *from, int *to)
{
    int lower = 0;
    int upper = 0;
    const QString trimmed = text.trimmed();
    const int dots = int(trimmed.indexOf(QLatin1String("..")));
    if (dots < 0) {
        if (!parseDatePoint(trimmed, &lower, &upper))
            return false;
        *from = lower;
        *to = upper;
        return true;
    }
    const QString first = trimmed.left(dots).trimmed();
    const QString last = trimmed.mid(dots + 2).trimmed();
    int ignored = 0;
    int start = 0;
    int end = 0;
    if (first.isEmpty() && last.isEmpty())
        return false;
    if (!first.isEmpty() && !parseDatePoint(first, &start, &ignored))
        return false;
    if (!last.isEmpty() && !parseDatePoint(last, &ignored, &end))
        return false;
    if (start && end && start > end)
        return false;
    *from = start;
    *to = end;
    return true;
}

bool SearchQuery::isEmpty() const
{
    return match().isEmpty() && exclude().isEmpty() && sources().isEmpty() && m_entities.isEmpty() && !dateFrom()
        && !dateTo();
}

// Reads the typed text left to right, one item (a word, a phrase, an
// operator, a field and its value) at a time, then joins the words and
// phrases into FTS5 expressions.
class SearchQuery::Parser
{
public:
    // What a field's value is for.
    enum class Kind {
        Column, // words and phrases searched in one column of articles_fts
        Filter, // a value its reader narrows the articles' query by
    };
    // What a Filter field's value narrows: the articles' query, or the
    // entity names, whose ids only the caller can find (in the entity store).
    struct Narrowed {
        ArticleQuery &query;
        QStringList &entityNames;
    };
    // One field of the syntax. Adding a field is one row in fieldTable():
    // a Column field needs only its row (and its column in articles_fts,
    // which Database creates); a Filter field's reader narrows ArticleQuery,
    // which ArticleStore turns into SQL (its filter()): a filter that
    // ArticleQuery cannot express yet needs its member there and its SQL in
    // the store, as SQL lives in stores only.
    struct FieldSpec {
        const char *name;
        Kind kind;
        // Filter only: narrows by the (non-empty) value, or returns what is
        // wrong with it. Run on parse() and again by applyTo().
        QString (*read)(Narrowed narrowed, const QString &value);
        const char *example; // for help and messages; tests parse it
        const char *meaning; // for help, translated by fields()
    };

    // The filters applied at most: each is a condition in the articles'
    // SQL, which refuses more than 1,000 ANDed ones, and entity: reads the
    // gazetteer for each. A real query filters by a source or two, a few
    // entities and a date.
    static constexpr int MaxFilters = 16;

    static const QVector<FieldSpec> &fieldTable()
    {
        static const QVector<FieldSpec> table{
            {"title", Kind::Column, nullptr, "title:Intel", QT_TRANSLATE_NOOP("Veille::SearchQuery", "in the title")},
            {"source", Kind::Filter, &readSource, "source:VNA",
             QT_TRANSLATE_NOOP("Veille::SearchQuery", "the agency contains VNA")},
            {"entity", Kind::Filter, &readEntity, "entity:\"Pham Minh Chinh\"",
             QT_TRANSLATE_NOOP("Veille::SearchQuery", "naming an entity, by name or alias")},
            {"date", Kind::Filter, &readDate, "date:2025-01..2025-06",
             QT_TRANSLATE_NOOP("Veille::SearchQuery",
                               "between two dates (2025, 2025-05 or 2025-05-12); either end may be left out")},
        };
        return table;
    }

    explicit Parser(const QString &text)
        : m_text(text)
        , m_size(int(text.size()))
    {
    }

    SearchQuery run()
    {
        while (skipSpaces())
            readItem();
        resolveOperators();
        m_query.m_terms = groupedTerms();
        m_query.m_problems << m_query.m_terms.bound();
        // A thousand stray "*" need one message, not a thousand.
        m_query.m_problems.removeDuplicates();
        return std::move(m_query);
    }

private:
    // One word, phrase or operator of the typed text, before OR is resolved.
    struct Unit {
        enum Kind { Term, Or, And };
        Kind kind = Term;
        SearchTerm term; //!< for Term
        QString typed; //!< the operator as typed, for Or and And
    };

    // One item as typed: [-][field:]value[*] or [-][field:]"phrase"[*].
    struct Item {
        bool negated = false;
        const FieldSpec *field = nullptr;
        QString value;
        bool quoted = false;
        bool prefix = false;

        QString fieldName() const { return field ? QString(QLatin1String(field->name)) : QString(); }
        QString typed() const
        {
            return (negated ? QStringLiteral("-") : QString()) + (field ? fieldName() + QLatin1Char(':') : QString())
                + value;
        }
    };

    static QString readSource(Narrowed narrowed, const QString &value)
    {
        narrowed.query.sourcesContaining << value.trimmed();
        return {};
    }

    static QString readEntity(Narrowed narrowed, const QString &value)
    {
        narrowed.entityNames << value.simplified();
        return {};
    }

    static QString readDate(Narrowed narrowed, const QString &value)
    {
        ArticleQuery &query = narrowed.query;
        int from = 0;
        int to = 0;
        if (!parseDateRange(value, &from, &to))
            return SearchQuery::tr(
                       "“%1” is not a date: write date:2025, date:2025-05, date:2025-05-12 or date:2025-01..2025-06.")
                .arg(value);
        if (from)
            query.dateFrom = std::max(query.dateFrom, from);
        if (to)
            query.dateTo = query.dateTo ? std::min(query.dateTo, to) : to;
        return {};
    }

    QChar at(int i) const { return m_text.at(i); }

    // Moves past blanks; false at the end of the text.
    bool skipSpaces()
    {
        while (m_pos < m_size && at(m_pos).isSpace())
            ++m_pos;
        return m_pos < m_size;
    }

    void readItem()
    {
        Item item;
        if (!readNegation(item))
            return;
        item.field = readFieldName();
        if (!readValue(item))
            return;
        readPrefixStars(item);
        if (readOperator(item))
            return;
        if (item.field && item.field->kind == Kind::Filter)
            readFilter(item);
        else
            addTerm(item);
    }

    // A leading "-" leaves out what follows; false when nothing follows it.
    bool readNegation(Item &item)
    {
        item.negated = at(m_pos) == QLatin1Char('-');
        if (!item.negated)
            return true;
        ++m_pos;
        if (m_pos == m_size || at(m_pos).isSpace()) {
            m_query.m_problems << SearchQuery::tr(
                "“-” needs a word right after it: -word leaves out the articles with it.");
            return false;
        }
        return true;
    }

    // A known field name and its colon, case aside; anything else (http:)
    // is left to be read as a word.
    const FieldSpec *readFieldName()
    {
        int end = m_pos;
        while (end < m_size && at(end).isLetter())
            ++end;
        if (end == m_pos || end == m_size || at(end) != QLatin1Char(':'))
            return nullptr;
        const QString name = m_text.mid(m_pos, end - m_pos).toLower();
        for (const FieldSpec &field : fieldTable()) {
            if (name == QLatin1String(field.name)) {
                m_pos = end + 1;
                return &field;
            }
        }
        return nullptr;
    }

    // A phrase or a word; false when an unclosed phrase was read as words.
    bool readValue(Item &item)
    {
        if (m_pos < m_size && at(m_pos) == QLatin1Char('"'))
            return readPhrase(item);
        int end = m_pos;
        while (end < m_size && !at(end).isSpace() && at(end) != QLatin1Char('"'))
            ++end;
        item.value = m_text.mid(m_pos, end - m_pos);
        m_pos = end;
        return true;
    }

    bool readPhrase(Item &item)
    {
        item.quoted = true;
        const int close = int(m_text.indexOf(QLatin1Char('"'), m_pos + 1));
        if (close >= 0) {
            item.value = m_text.mid(m_pos + 1, close - m_pos - 1);
            m_pos = close + 1;
            return true;
        }
        item.value = m_text.mid(m_pos + 1);
        m_pos = m_size;
        m_query.m_problems << (item.value.trimmed().isEmpty()
                                   ? SearchQuery::tr("The closing quote is missing.")
                                   : SearchQuery::tr(
                                       "The closing quote is missing: the words after it were searched one by one."));
        if (item.field || item.negated)
            return true;
        // Mid-phrase, the words alone find more than a phrase cut short.
        const QStringList words = item.value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &word : words) {
            if (hasToken(word))
                m_units.append({ Unit::Term, { word, {}, false, m_order++ }, {} });
        }
        return false;
    }

    // "word*", "phrase"*: a prefix search.
    void readPrefixStars(Item &item)
    {
        while (m_pos < m_size && at(m_pos) == QLatin1Char('*')) {
            item.prefix = true;
            ++m_pos;
        }
        if (item.quoted)
            return;
        while (item.value.endsWith(QLatin1Char('*'))) {
            item.prefix = true;
            item.value.chop(1);
        }
    }

    // OR and AND, as typed in capitals and on their own.
    bool readOperator(const Item &item)
    {
        if (item.field || item.quoted || item.negated || item.prefix
            || (item.value != QLatin1String("OR") && item.value != QLatin1String("AND")))
            return false;
        m_units.append({item.value == QLatin1String("OR") ? Unit::Or : Unit::And, {}, item.value});
        return true;
    }

    void readFilter(const Item &item)
    {
        QString problem;
        if (item.negated)
            problem = SearchQuery::tr("“-%1:” is not supported: only words and phrases can be left out.")
                          .arg(item.fieldName());
        else if (item.value.trimmed().isEmpty())
            problem = SearchQuery::tr("“%1:” needs a value after it.").arg(item.fieldName());
        else if (isRepeatedFilter(item))
            return;
        else if (m_query.m_filterValues.size() >= MaxFilters)
            problem = SearchQuery::tr("Only the first %1 filters (source:, entity:, date:) were applied.")
                          .arg(MaxFilters);
        else
            problem = item.field->read({m_query.m_filters, m_query.m_entities}, item.value);
        if (problem.isEmpty())
            m_query.m_filterValues.append({int(item.field - fieldTable().data()), item.value});
        else
            m_query.m_problems << problem;
    }

    // A filter typed again changes nothing.
    bool isRepeatedFilter(const Item &item) const
    {
        const QPair<int, QString> filter(int(item.field - fieldTable().data()), item.value);
        return m_query.m_filterValues.contains(filter);
    }

    // A word or a phrase, in the whole article or in one column.
    void addTerm(const Item &item)
    {
        if (!hasToken(item.value)) {
            const bool blank = item.value.trimmed().isEmpty();
            if (blank && item.prefix)
                m_query.m_problems << SearchQuery::tr(
                    "“*” needs letters before it: inter* finds international, interview…");
            else if (blank && item.field)
                m_query.m_problems << SearchQuery::tr("“%1:” needs a value after it.").arg(item.fieldName());
            else if (!blank)
                m_query.m_problems << SearchQuery::tr("“%1” has no letters or digits to search for.").arg(item.typed());
            return;
        }
        const SearchTerm term { item.value, item.fieldName(), item.prefix, m_order++ };
        if (item.negated)
            m_terms.addExcluded(term);
        else
            m_units.append({ Unit::Term, term, {} });
    }

    // An operator needs a word or phrase on each side; otherwise it is one.
    void resolveOperators()
    {
        for (int k = 0; k < m_units.size(); ++k) {
            Unit &unit = m_units[k];
            if (unit.kind == Unit::Term)
                continue;
            const bool joins = k > 0 && m_units.at(k - 1).kind == Unit::Term && k + 1 < m_units.size()
                && m_units.at(k + 1).kind == Unit::Term;
            if (!joins) {
                m_query.m_problems << SearchQuery::tr(
                                          "“%1” needs a word or a phrase on each side; it was searched as a word.")
                                          .arg(unit.typed);
                unit.kind = Unit::Term;
                unit.term = { unit.typed, {}, false, m_order++ };
            }
        }
    }

    // ANDed groups of ORed terms, and the terms left out.
    SearchTerms groupedTerms()
    {
        QVector<QVector<SearchTerm>> groups;
        bool joinNext = false;
        for (const Unit &unit : std::as_const(m_units)) {
            if (unit.kind == Unit::Or) {
                joinNext = true;
            } else if (unit.kind == Unit::Term) {
                if (joinNext)
                    groups.last() << unit.term;
                else
                    groups.append({ unit.term });
                joinNext = false;
            }
        }
        for (const QVector<SearchTerm> &group : std::as_const(groups))
            m_terms.addGroup(group);
        return std::move(m_terms);
    }

    const QString &m_text;
    const int m_size = 0;
    int m_pos = 0;
    SearchQuery m_query;
    QVector<Unit> m_units;
    SearchTerms m_terms; //!< the excluded terms as read; the groups once resolved
    int m_order = 0; //!< the typed place of the next term
};

SearchQuery SearchQuery::parse(const QString &text)
{
    return Parser(text).run();
}

void SearchQuery::expandPrefixes(const SearchTerms::WordsBeginning &wordsBeginning)
{
    m_terms.expandPrefixes(wordsBeginning);
}

void SearchQuery::applyTo(ArticleQuery &query) const
{
    QStringList entityNames; // left to the caller, who has the entity store
    for (const QPair<int, QString> &filter : m_filterValues)
        Parser::fieldTable().at(filter.first).read({ query, entityNames }, filter.second);
}

QVector<SearchQuery::Field> SearchQuery::fields()
{
    QVector<Field> fields;
    for (const Parser::FieldSpec &spec : Parser::fieldTable())
        fields.append({ QLatin1String(spec.name), QLatin1String(spec.example), tr(spec.meaning) });
    return fields;
}

} // namespace Veille
