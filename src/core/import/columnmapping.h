// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articles/articleparser.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QStringList>

#include <array>
#include <optional>

namespace Veille {

struct TableRow;

/*! \brief Which column of a table gives each field of an article.
 *
 * A field may be unset (guess it from the header), set to a column, or set
 * to no column. guess() reads English and French header names; parse()
 * reads the CLI's "title=headline,body=text". A row needs a title or a body.
 */
class ColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(Veille::ColumnMapping)
public:
    enum class Field { Title, Body, Date, Source, Url };
    static constexpr int FieldCount = 5;
    static constexpr std::array<Field, FieldCount> Fields = {Field::Title, Field::Body, Field::Date, Field::Source,
                                                             Field::Url};

    /*! \brief "title", "body", "date", "source" or "url". */
    static QString fieldName(Field field);
    static std::optional<Field> fieldFromName(const QString &name);

    /*! \brief The mapping the header names suggest: headline/title/titre →
     * title, text/body/content/contenu/texte → body, date/published/pubdate →
     * date, source/agency/agence → source, url/link/lien → url (case,
     * accents, spaces and underscores aside). Each column serves one field. */
    static ColumnMapping guess(const QStringList &columns);
    /*! \brief Parses "title=headline,body=text"; "date=" maps date to no
     * column. Fields not named stay unset. Null with \a error on bad syntax,
     * an unknown field or a field named twice. */
    static std::optional<ColumnMapping> parse(const QString &spec, QString *error);

    bool isSet(Field field) const { return m_columns[index(field)].has_value(); }
    /*! \brief The column of \a field; empty for no column (or unset). */
    QString column(Field field) const { return m_columns[index(field)].value_or(QString()); }
    /*! \brief Maps \a field to \a column; an empty \a column means none. */
    void set(Field field, const QString &column) { m_columns[index(field)] = column; }
    bool isEmpty() const;

    /*! \brief This mapping where set, the guess for \a columns elsewhere. */
    ColumnMapping resolved(const QStringList &columns) const;
    /*! \brief Why this (resolved) mapping cannot read a table with \a columns:
     * a mapped column is missing, or neither title nor body is mapped. */
    QString problem(const QStringList &columns) const;
    /*! \brief "title=headline,body=text,date=,…" */
    QString toString() const;

    /*! \brief The cell of \a row that \a field maps to; null when none. */
    QString value(Field field, const TableRow &row, const QStringList &columns) const;
    /*! \brief The article in \a row, stored under \a path. Unparseable dates
     * leave it undated; a row with neither title nor body is an error. */
    ArticleParser::Result article(const TableRow &row, const QStringList &columns, const QString &path) const;

    bool operator==(const ColumnMapping &other) const { return m_columns == other.m_columns; }
    bool operator!=(const ColumnMapping &other) const { return !(*this == other); }

private:
    static constexpr int index(Field field) { return static_cast<int>(field); }

    std::array<std::optional<QString>, FieldCount> m_columns;
};

} // namespace Veille

Q_DECLARE_METATYPE(Veille::ColumnMapping)
