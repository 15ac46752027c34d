// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/columnmapping.h"

#include "text/celldate.h"
#include "import/tablereader.h"
#include "text/textfold.h"

#include <QCryptographicHash>

namespace Veille {

namespace {
// "Pub Date", "pub_date" and "PubDate" are one name; so are "Titre" and "titre".
QString headerKey(const QString &name)
{
    QString key;
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            key.append(foldAccentsAndCase(c));
    }
    return key;
}

QStringList synonyms(ColumnMapping::Field field)
{
    switch (field) {
    case ColumnMapping::Field::Title:
        return {QStringLiteral("headline"), QStringLiteral("title"), QStringLiteral("titre"),
                QStringLiteral("heading"), QStringLiteral("articletitle"), QStringLiteral("subject"),
                QStringLiteral("intitule")};
    case ColumnMapping::Field::Body:
        return {QStringLiteral("text"),        QStringLiteral("body"),       QStringLiteral("content"),
                QStringLiteral("contenu"),     QStringLiteral("texte"),      QStringLiteral("article"),
                QStringLiteral("articletext"), QStringLiteral("articlebody"), QStringLiteral("fulltext"),
                QStringLiteral("story"),       QStringLiteral("corps")};
    case ColumnMapping::Field::Date:
        return {QStringLiteral("date"),          QStringLiteral("published"),       QStringLiteral("pubdate"),
                QStringLiteral("publishdate"),   QStringLiteral("publicationdate"), QStringLiteral("publishedat"),
                QStringLiteral("datepublication"), QStringLiteral("datedepublication"), QStringLiteral("datetime"),
                QStringLiteral("parution"),      QStringLiteral("dateparution")};
    case ColumnMapping::Field::Source:
        return {QStringLiteral("source"), QStringLiteral("agency"),    QStringLiteral("agence"),
                QStringLiteral("publisher"), QStringLiteral("sourcename"), QStringLiteral("media"),
                QStringLiteral("outlet"), QStringLiteral("newspaper"), QStringLiteral("journal")};
    case ColumnMapping::Field::Url:
        return {QStringLiteral("url"),  QStringLiteral("link"),    QStringLiteral("lien"),
                QStringLiteral("href"), QStringLiteral("uri"),     QStringLiteral("permalink"),
                QStringLiteral("sourceurl"), QStringLiteral("articleurl")};
    }
    return {};
}

QString hashOf(const QStringList &cells)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &cell : cells) {
        hash.addData(cell.toUtf8());
        hash.addData(QByteArrayLiteral("\x1f"));
    }
    return QString::fromLatin1(hash.result().toHex());
}
} // namespace

QString ColumnMapping::fieldName(Field field)
{
    switch (field) {
    case Field::Title:
        return QStringLiteral("title");
    case Field::Body:
        return QStringLiteral("body");
    case Field::Date:
        return QStringLiteral("date");
    case Field::Source:
        return QStringLiteral("source");
    case Field::Url:
        return QStringLiteral("url");
    }
    return {};
}

std::optional<ColumnMapping::Field> ColumnMapping::fieldFromName(const QString &name)
{
    for (const Field field : Fields) {
        if (fieldName(field) == name.trimmed().toLower())
            return field;
    }
    return std::nullopt;
}

ColumnMapping ColumnMapping::guess(const QStringList &columns)
{
    ColumnMapping mapping;
    QStringList keys;
    for (const QString &column : columns)
        keys.append(headerKey(column));
    QVector<bool> taken(columns.size(), false);
    for (const Field field : Fields) {
        mapping.set(field, QString());
        // The earlier synonym wins: "headline" over "title" when both exist.
        const QStringList names = synonyms(field);
        for (const QString &name : names) {
            const int at = int(keys.indexOf(name));
            if (at >= 0 && !taken[at]) {
                taken[at] = true;
                mapping.set(field, columns.at(at));
                break;
            }
        }
    }
    return mapping;
}

std::optional<ColumnMapping> ColumnMapping::parse(const QString &spec, QString *error)
{
    ColumnMapping mapping;
    const QStringList pairs = spec.split(QLatin1Char(','));
    for (const QString &pair : pairs) {
        if (pair.trimmed().isEmpty())
            continue;
        const int equals = int(pair.indexOf(QLatin1Char('=')));
        if (equals < 0) {
            *error = tr("“%1” is not FIELD=COLUMN").arg(pair.trimmed());
            return std::nullopt;
        }
        const std::optional<Field> field = fieldFromName(pair.left(equals));
        if (!field) {
            *error = tr("unknown field “%1”; the fields are title, body, date, source and url")
                         .arg(pair.left(equals).trimmed());
            return std::nullopt;
        }
        if (mapping.isSet(*field)) {
            *error = tr("the field “%1” is mapped twice").arg(fieldName(*field));
            return std::nullopt;
        }
        mapping.set(*field, pair.mid(equals + 1).trimmed());
    }
    if (mapping.isEmpty()) {
        *error = tr("the mapping is empty; write it as title=COLUMN,body=COLUMN,…");
        return std::nullopt;
    }
    return mapping;
}

bool ColumnMapping::isEmpty() const
{
    for (const Field field : Fields) {
        if (isSet(field))
            return false;
    }
    return true;
}

ColumnMapping ColumnMapping::resolved(const QStringList &columns) const
{
    ColumnMapping mapping = guess(columns);
    for (const Field field : Fields) {
        if (isSet(field))
            mapping.set(field, column(field));
    }
    // A column the user chose is not also kept where the guess put it.
    for (const Field field : Fields) {
        for (const Field other : Fields) {
            if (other != field && isSet(other) && !isSet(field) && !column(other).isEmpty()
                && mapping.column(field) == column(other))
                mapping.set(field, QString());
        }
    }
    return mapping;
}

QString ColumnMapping::problem(const QStringList &columns) const
{
    for (const Field field : Fields) {
        const QString name = column(field);
        if (!name.isEmpty() && !columns.contains(name))
            return tr("no column “%1” for the %2; the columns are: %3")
                .arg(name, fieldName(field), columns.join(QStringLiteral(", ")));
    }
    if (column(Field::Title).isEmpty() && column(Field::Body).isEmpty())
        return tr("no column for the title or the body (the columns are: %1); map one with title=COLUMN or body=COLUMN")
            .arg(columns.join(QStringLiteral(", ")));
    return {};
}

QString ColumnMapping::toString() const
{
    QStringList pairs;
    for (const Field field : Fields) {
        if (isSet(field))
            pairs.append(fieldName(field) + QLatin1Char('=') + column(field));
    }
    return pairs.join(QLatin1Char(','));
}

QString ColumnMapping::value(Field field, const TableRow &row, const QStringList &columns) const
{
    const QString name = column(field);
    if (name.isEmpty())
        return {};
    const int at = int(columns.indexOf(name));
    return at >= 0 && at < row.values.size() ? row.values.at(at) : QString();
}

ArticleParser::Result ColumnMapping::article(const TableRow &row, const QStringList &columns,
                                             const QString &path) const
{
    QStringList cells;
    for (const Field field : Fields)
        cells.append(value(field, row, columns));
    ArticleParser::Result result =
        ArticleParser::parseFields(cells.at(index(Field::Title)), cells.at(index(Field::Body)), path);
    if (!result.ok())
        return result;
    Article &article = result.article;
    article.date = CellDate::parse(cells.at(index(Field::Date)));
    article.source = cells.at(index(Field::Source)).simplified().left(200);
    article.contentHash = hashOf(cells);
    return result;
}

} // namespace Veille
