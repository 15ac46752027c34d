// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/gazetteerfile.h"

#include "text/csvfield.h"
#include "text/textdecoder.h"
#include "text/textfold.h"

#include <QHash>
#include <QIODevice>

#include <utility>

namespace Veille {

namespace {
// A gazetteer of a million entities is a few tens of megabytes; past this the
// device is not a gazetteer, and reading it all would only exhaust memory.
constexpr qint64 MaxFileSize = 256 * 1024 * 1024;

// One record of the file, split into fields, or why it could not be.
struct Row {
    int line = 0;
    QStringList fields;
    QString error;
};

QString lineError(int line, const QString &what)
{
    return GazetteerFile::tr("line %1: %2").arg(QString::number(line), what);
}

bool isBlank(const QString &line)
{
    return line.trimmed().isEmpty();
}

bool isComment(const QString &line)
{
    return line.trimmed().startsWith(QLatin1Char('#'));
}

// Spreadsheets export a TSV field that holds a quote or a tab as "…", with
// inner quotes doubled; plain fields pass through.
QString unquotedTsvField(const QString &field)
{
    const QString trimmed = field.trimmed();
    if (trimmed.size() < 2 || !trimmed.startsWith(QLatin1Char('"')) || !trimmed.endsWith(QLatin1Char('"')))
        return field;
    QString inner = trimmed.mid(1, trimmed.size() - 2);
    return inner.replace(QLatin1String("\"\""), QLatin1String("\""));
}

QVector<Row> tsvRows(const QString &text)
{
    QVector<Row> rows;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (isBlank(lines.at(i)) || isComment(lines.at(i)))
            continue;
        Row row;
        row.line = i + 1;
        const QStringList fields = lines.at(i).split(QLatin1Char('\t'));
        for (const QString &field : fields)
            row.fields.append(unquotedTsvField(field));
        rows.append(row);
    }
    return rows;
}

// RFC 4180: fields separated by commas; a quoted field may hold commas,
// line breaks and doubled quotes. A broken record is skipped to the end of
// its line, so the next record still parses.
QVector<Row> csvRows(const QString &text)
{
    QVector<Row> rows;
    const int size = int(text.size());
    int pos = 0;
    int line = 1;

    const auto skipToEndOfLine = [&]() {
        while (pos < size && text.at(pos) != QLatin1Char('\n'))
            ++pos;
    };

    while (pos < size) {
        // Blank and comment lines between records.
        const int lineEnd = int(text.indexOf(QLatin1Char('\n'), pos));
        const QString rawLine = text.mid(pos, (lineEnd < 0 ? size : lineEnd) - pos);
        if (isBlank(rawLine) || isComment(rawLine)) {
            pos = lineEnd < 0 ? size : lineEnd + 1;
            ++line;
            continue;
        }

        Row row;
        row.line = line;
        QString field;
        bool recordDone = false;
        while (!recordDone) {
            if (pos < size && text.at(pos) == QLatin1Char('"')) {
                ++pos;
                bool closed = false;
                while (pos < size) {
                    const QChar c = text.at(pos++);
                    if (c == QLatin1Char('"')) {
                        if (pos < size && text.at(pos) == QLatin1Char('"')) {
                            field.append(c);
                            ++pos;
                            continue;
                        }
                        closed = true;
                        break;
                    }
                    if (c == QLatin1Char('\n'))
                        ++line;
                    field.append(c);
                }
                if (!closed) {
                    row.error = GazetteerFile::tr("a quoted field is never closed");
                    break;
                }
                if (pos < size && text.at(pos) != QLatin1Char(',') && text.at(pos) != QLatin1Char('\n')) {
                    row.error = GazetteerFile::tr("text after the closing quote of a field");
                    skipToEndOfLine();
                    break;
                }
            } else {
                while (pos < size && text.at(pos) != QLatin1Char(',') && text.at(pos) != QLatin1Char('\n')) {
                    if (text.at(pos) == QLatin1Char('"') && row.error.isEmpty())
                        row.error = GazetteerFile::tr("a quote inside a field that is not quoted");
                    field.append(text.at(pos++));
                }
            }
            // Veille's own export defuses formulas ("'=Meta"): read back, the
            // name is the exact alias it was.
            row.fields.append(csvFieldUnprefixed(field));
            field.clear();
            if (pos >= size || text.at(pos) == QLatin1Char('\n'))
                recordDone = true;
            ++pos; // past the comma or the line end
        }
        if (pos <= size && !recordDone)
            ++pos; // past the line end of a broken record
        ++line;
        rows.append(row);
    }
    return rows;
}

// Type names are data, but the five the default gazetteer uses are spelt
// one way, whatever case a hand-written file gives them.
QString normalisedType(const QString &type)
{
    static const QStringList known = {QStringLiteral("Company"), QStringLiteral("Organisation"),
                                      QStringLiteral("Person"), QStringLiteral("Role"), QStringLiteral("Place")};
    for (const QString &name : known) {
        if (type.compare(name, Qt::CaseInsensitive) == 0)
            return name;
    }
    return type;
}

void appendAlias(Entity &entity, const Alias &alias)
{
    for (const Alias &existing : std::as_const(entity.aliases)) {
        if (existing.text == alias.text)
            return;
    }
    entity.aliases.append(alias);
}

GazetteerFile::Result entitiesFrom(const QVector<Row> &rows)
{
    GazetteerFile::Result result;
    if (rows.isEmpty())
        return result;

    const Row &header = rows.first();
    int typeColumn = -1;
    int nameColumn = -1;
    int aliasesColumn = -1;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString column = header.fields.at(i).trimmed().toLower();
        if (column == QLatin1String("type"))
            typeColumn = i;
        else if (column == QLatin1String("name"))
            nameColumn = i;
        else if (column == QLatin1String("aliases"))
            aliasesColumn = i;
    }
    if (!header.error.isEmpty() || typeColumn < 0 || nameColumn < 0) {
        // Without the header no column can be trusted, so nothing is loaded.
        result.errors.append(lineError(header.line, GazetteerFile::tr("the first line must be the header, with "
                                                                       "the columns “type”, “name” and “aliases”")));
        return result;
    }

    for (int r = 1; r < rows.size(); ++r) {
        const Row &row = rows.at(r);
        if (!row.error.isEmpty()) {
            result.errors.append(lineError(row.line, row.error));
            continue;
        }
        bool extra = false;
        for (int i = int(header.fields.size()); i < row.fields.size(); ++i)
            extra = extra || !row.fields.at(i).trimmed().isEmpty();
        if (extra) {
            result.errors.append(lineError(row.line, GazetteerFile::tr("more columns than the header has")));
            continue;
        }
        const auto field = [&row](int column) {
            return column >= 0 && column < row.fields.size() ? row.fields.at(column).trimmed() : QString();
        };

        Entity entity;
        entity.type = normalisedType(field(typeColumn));
        const Alias name = GazetteerFile::parseAlias(field(nameColumn));
        entity.name = name.text;
        if (entity.type.isEmpty() || entity.name.isEmpty()) {
            result.errors.append(lineError(row.line, entity.type.isEmpty() ? GazetteerFile::tr("the type is empty")
                                                                           : GazetteerFile::tr("the name is empty")));
            continue;
        }
        entity.aliases.append(name);
        const QStringList aliases = field(aliasesColumn).split(QLatin1Char('|'));
        for (const QString &written : aliases) {
            // "a||b" and a trailing "|" are slips of the pen, not aliases.
            if (written.trimmed().isEmpty())
                continue;
            const Alias alias = GazetteerFile::parseAlias(written);
            if (alias.text.isEmpty())
                result.errors.append(lineError(row.line, GazetteerFile::tr("the alias “%1” is empty").arg(written)));
            else
                appendAlias(entity, alias);
        }
        result.entities.append(entity);
    }
    return result;
}

GazetteerFile::Result read(QIODevice &device, QVector<Row> (*split)(const QString &))
{
    // In chunks: QIODevice::read(n) allocates n bytes up front, 256 MiB for
    // a file of a few lines.
    QByteArray bytes;
    for (QByteArray chunk; bytes.size() <= MaxFileSize && !(chunk = device.read(1024 * 1024)).isEmpty();)
        bytes += chunk;
    if (bytes.size() > MaxFileSize) {
        GazetteerFile::Result result;
        result.errors.append(GazetteerFile::tr("the file is too large for a gazetteer"));
        return result;
    }
    const TextDecoder::Result decoded = TextDecoder::decode(bytes);
    if (decoded.binary) {
        GazetteerFile::Result result;
        result.errors.append(GazetteerFile::tr("not a text file (binary content)"));
        return result;
    }
    return entitiesFrom(split(decoded.text));
}

// Names that differ only in case, accents or apostrophe are one entity's,
// folded the way the matcher folds them.
QString mergeKey(const Entity &entity)
{
    return entity.type + QLatin1Char('\n') + GazetteerFile::foldedName(entity.name);
}

bool isAcronym(const QString &text)
{
    if (text.size() < 2 || text.size() > 6)
        return false;
    for (const QChar c : text) {
        if (!c.isLetter() || !c.isUpper())
            return false;
    }
    return true;
}
} // namespace

GazetteerFile::Result GazetteerFile::readTsv(QIODevice &device)
{
    return read(device, tsvRows);
}

GazetteerFile::Result GazetteerFile::readCsv(QIODevice &device)
{
    return read(device, csvRows);
}

Alias GazetteerFile::parseAlias(const QString &written)
{
    Alias alias;
    const QString trimmed = written.trimmed();
    if (trimmed.startsWith(QLatin1Char('='))) {
        alias.text = trimmed.mid(1).trimmed();
        alias.caseSensitive = true;
        alias.foldAccents = false;
    } else {
        alias.text = trimmed;
        alias.caseSensitive = isAcronym(trimmed);
    }
    return alias;
}

QString GazetteerFile::foldedName(const QString &name)
{
    return foldText(name.simplified()).replace(QChar(0x2019), QLatin1Char('\''));
}

QVector<Entity> GazetteerFile::merge(const QVector<Entity> &a, const QVector<Entity> &b)
{
    QVector<Entity> merged;
    merged.reserve(a.size() + b.size());
    QHash<QString, int> index;
    for (const QVector<Entity> *list : {&a, &b}) {
        for (const Entity &entity : *list) {
            const QString key = mergeKey(entity);
            const auto found = index.constFind(key);
            if (found == index.constEnd()) {
                index.insert(key, int(merged.size()));
                merged.append(entity);
                continue;
            }
            Entity &target = merged[*found];
            for (const Alias &alias : entity.aliases)
                appendAlias(target, alias);
        }
    }
    return merged;
}

} // namespace Veille
