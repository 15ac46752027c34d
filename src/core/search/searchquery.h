// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articles/articlequery.h"
#include "search/searchterms.h"

#include <QCoreApplication>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Veille {

/*! \brief What a user typed in the search field, parsed.
 *
 * The syntax: words (all of them must appear), "a phrase", prefix*, OR
 * between two words or phrases, -exclusion, title:word, source:AFP,
 * entity:"a name or alias", date:2025-05 and date:2025-01..2025-06.
 *
 * Every word and phrase is quoted into the FTS5 expression, so no input
 * can make an FTS5 syntax error; what cannot be understood is reported in
 * problems() and, where it makes sense, searched as literal words.
 */
class SearchQuery
{
    Q_DECLARE_TR_FUNCTIONS(Veille::SearchQuery)
public:
    static SearchQuery parse(const QString &text);

    /*! \brief A field typed before a value (title:, source:…), for help and completion. */
    struct Field {
        QString name; //!< as typed, without the colon
        QString example; //!< e.g. "source:VNA"
        QString meaning; //!< translated, for help: "the agency contains VNA"
    };
    /*! \brief Every field parse() understands, in the order help lists them. */
    static QVector<Field> fields();

    /*! \brief A date or a range as date_key bounds (YYYYMMDD, 00 for
     * unknown parts): "2025" gives [20250000, 20259999]. Either bound may
     * be 0 for an open range ("2025-01.." or "..2025"). False when \a text
     * is not a date. */
    static bool parseDateRange(const QString &text, int *from, int *to);

    /*! \brief The FTS5 expression the articles must match; empty for none. */
    QString match() const { return m_terms.match(); }
    /*! \brief An FTS5 expression the articles must not match; empty for none. */
    QString exclude() const { return m_terms.exclude(); }
    /*! \brief Searches each one-word prefix as the words it begins, when
     * \a wordsBeginning lists them: the same articles, found faster (see
     * SearchTerms::expandPrefixes()). */
    void expandPrefixes(const SearchTerms::WordsBeginning &wordsBeginning);
    /*! \brief source: values; an article's agency must contain each one. */
    QStringList sources() const { return m_filters.sourcesContaining; }
    /*! \brief entity: values, names or aliases; an article must mention each
     * one. Left to the caller: their ids need the entity store. */
    QStringList entities() const { return m_entities; }
    int dateFrom() const { return m_filters.dateFrom; } //!< 0: no lower bound
    int dateTo() const { return m_filters.dateTo; } //!< 0: no upper bound
    /*! \brief Narrows \a query by the filters typed (source:, date:…), as
     * each field does; entities() and the match are not applied. */
    void applyTo(ArticleQuery &query) const;
    /*! \brief Messages for the user about what was not understood, and
     * what was searched instead. Empty when all is well. */
    QStringList problems() const { return m_problems; }
    /*! \brief Whether the query filters nothing at all. */
    bool isEmpty() const;

private:
    class Parser;

    SearchTerms m_terms;
    ArticleQuery m_filters; //!< the filters typed, applied to an empty query
    QStringList m_entities;
    QVector<QPair<int, QString>> m_filterValues; //!< each filter typed: its field (a row of the table) and value
    QStringList m_problems;
};

} // namespace Veille
