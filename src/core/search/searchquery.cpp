// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/searchquery.h"

#include <QDate>
#include <QRegularExpression>
#include <QVector>

#include <algorithm>
#include <utility>

namespace Veille {

namespace {
// One word, phrase or operator of the typed text, before OR is resolved.
struct Unit {
    enum Kind { Term, Or, And };
    Kind kind = Term;
    QString fts; //!< the quoted FTS5 term, for Term
    QString typed; //!< the operator as typed, for Or and And
};

// A quoted FTS5 string: inside it the tokenizer splits the text the way it
// split the articles ("l’IA" is the phrase "l ia", "États-Unis" is "etats
// unis"), and nothing is an operator.
QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

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
    return m_match.isEmpty() && m_exclude.isEmpty() && m_sources.isEmpty() && m_entities.isEmpty() && !m_dateFrom
        && !m_dateTo;
}

SearchQuery SearchQuery::parse(const QString &text)
{
    SearchQuery query;
    QVector<Unit> units;
    QStringList excluded;
    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        if (text.at(i).isSpace()) {
            ++i;
            continue;
        }
        const bool negated = text.at(i) == QLatin1Char('-');
        if (negated) {
            ++i;
            if (i == n || text.at(i).isSpace()) {
                query.m_problems << tr("“-” needs a word right after it: -word leaves out the articles with it.");
                continue;
            }
        }

        QString field;
        int j = i;
        while (j < n && text.at(j).isLetter())
            ++j;
        if (j > i && j < n && text.at(j) == QLatin1Char(':')) {
            const QString name = text.mid(i, j - i).toLower();
            static const QStringList fields{QStringLiteral("title"), QStringLiteral("source"), QStringLiteral("entity"),
                                            QStringLiteral("date")};
            if (fields.contains(name)) {
                field = name;
                i = j + 1;
            }
        }

        QString value;
        bool isQuoted = false;
        bool prefix = false;
        if (i < n && text.at(i) == QLatin1Char('"')) {
            isQuoted = true;
            const int close = int(text.indexOf(QLatin1Char('"'), i + 1));
            if (close < 0) {
                value = text.mid(i + 1);
                i = n;
                query.m_problems << (value.trimmed().isEmpty()
                                         ? tr("The closing quote is missing.")
                                         : tr("The closing quote is missing: the words after it were searched one "
                                              "by one."));
                // Mid-phrase, the words alone find more than a phrase cut short.
                if (field.isEmpty() && !negated) {
                    const QStringList words = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
                    for (const QString &word : words) {
                        if (hasToken(word))
                            units.append({Unit::Term, quoted(word), {}});
                    }
                    continue;
                }
            } else {
                value = text.mid(i + 1, close - i - 1);
                i = close + 1;
            }
        } else {
            j = i;
            while (j < n && !text.at(j).isSpace() && text.at(j) != QLatin1Char('"'))
                ++j;
            value = text.mid(i, j - i);
            i = j;
        }
        while (i < n && text.at(i) == QLatin1Char('*')) {
            prefix = true;
            ++i;
        }
        if (!isQuoted) {
            while (value.endsWith(QLatin1Char('*'))) {
                prefix = true;
                value.chop(1);
            }
        }
        const QString typed = (negated ? QStringLiteral("-") : QString())
            + (field.isEmpty() ? QString() : field + QLatin1Char(':')) + value;

        if (field.isEmpty() && !isQuoted && !negated && !prefix
            && (value == QLatin1String("OR") || value == QLatin1String("AND"))) {
            units.append({value == QLatin1String("OR") ? Unit::Or : Unit::And, {}, value});
            continue;
        }
        if (field == QLatin1String("date") || field == QLatin1String("source") || field == QLatin1String("entity")) {
            if (negated) {
                query.m_problems << tr("“-%1:” is not supported: only words and phrases can be left out.").arg(field);
                continue;
            }
            if (value.trimmed().isEmpty()) {
                query.m_problems << tr("“%1:” needs a value after it.").arg(field);
                continue;
            }
        }
        if (field == QLatin1String("date")) {
            int from = 0;
            int to = 0;
            if (!parseDateRange(value, &from, &to)) {
                query.m_problems << tr("“%1” is not a date: write date:2025, date:2025-05, date:2025-05-12 or "
                                       "date:2025-01..2025-06.")
                                        .arg(value);
                continue;
            }
            if (from)
                query.m_dateFrom = std::max(query.m_dateFrom, from);
            if (to)
                query.m_dateTo = query.m_dateTo ? std::min(query.m_dateTo, to) : to;
            continue;
        }
        if (field == QLatin1String("source")) {
            query.m_sources << value.trimmed();
            continue;
        }
        if (field == QLatin1String("entity")) {
            query.m_entities << value.simplified();
            continue;
        }

        // A word or a phrase, in the whole article or only in its title.
        if (!hasToken(value)) {
            if (value.trimmed().isEmpty() && prefix)
                query.m_problems << tr("“*” needs letters before it: inter* finds international, interview…");
            else if (value.trimmed().isEmpty() && !field.isEmpty())
                query.m_problems << tr("“%1:” needs a value after it.").arg(field);
            else if (!value.trimmed().isEmpty())
                query.m_problems << tr("“%1” has no letters or digits to search for.").arg(typed);
            continue;
        }
        QString term = quoted(value);
        if (prefix)
            term += QStringLiteral(" *");
        if (!field.isEmpty())
            term = field + QStringLiteral(" : ") + term;
        if (negated)
            excluded << term;
        else
            units.append({Unit::Term, term, {}});
    }

    // An operator needs a word or phrase on each side; otherwise it is one.
    for (int k = 0; k < units.size(); ++k) {
        Unit &unit = units[k];
        if (unit.kind == Unit::Term)
            continue;
        const bool joins = k > 0 && units.at(k - 1).kind == Unit::Term && k + 1 < units.size()
            && units.at(k + 1).kind == Unit::Term;
        if (!joins) {
            query.m_problems << tr("“%1” needs a word or a phrase on each side; it was searched as a word.").arg(unit.typed);
            unit.kind = Unit::Term;
            unit.fts = quoted(unit.typed);
        }
    }

    QVector<QStringList> groups; // ANDed groups of ORed terms
    bool joinNext = false;
    for (const Unit &unit : std::as_const(units)) {
        if (unit.kind == Unit::Or) {
            joinNext = true;
        } else if (unit.kind == Unit::Term) {
            if (joinNext)
                groups.last() << unit.fts;
            else
                groups.append({unit.fts});
            joinNext = false;
        }
    }
    QStringList conjuncts;
    for (const QStringList &group : std::as_const(groups))
        conjuncts << (group.size() == 1 ? group.first() : QLatin1Char('(') + group.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
    query.m_match = conjuncts.join(QStringLiteral(" AND "));
    query.m_exclude = excluded.join(QStringLiteral(" OR "));
    return query;
}

} // namespace Veille
