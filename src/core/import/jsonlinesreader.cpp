// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/jsonlinesreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Veille {

namespace {
constexpr qint64 HeaderScanBytes = 1024 * 1024;
constexpr qint64 ChunkBytes = 64 * 1024;

QString textOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (number == double(qint64(number)) && qAbs(number) < 1e15)
            return QString::number(qint64(number));
        return QString::number(number, 'g', 15);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        QStringList paragraphs;
        for (const QJsonValue &item : array) {
            if (!item.isString())
                return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
            paragraphs.append(item.toString());
        }
        return paragraphs.join(QStringLiteral("\n\n"));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}
} // namespace

JsonLinesReader::JsonLinesReader(std::unique_ptr<QIODevice> device)
    : TableReader(std::move(device))
{
}

void JsonLinesReader::addColumns(const QJsonObject &object)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (m_columns.size() >= MaxColumns)
            return;
        if (!m_columnIndex.contains(it.key())) {
            m_columnIndex.insert(it.key(), int(m_columns.size()));
            m_columns.append(it.key());
        }
    }
}

bool JsonLinesReader::readHeader()
{
    // The keys of the first objects, so that the mapping can be guessed
    // before reading; the rows themselves are read again by next().
    const QList<QByteArray> lines = m_device->peek(HeaderScanBytes).split('\n');
    for (const QByteArray &line : lines) {
        const QJsonDocument document = QJsonDocument::fromJson(decodeField(line).toUtf8());
        if (document.isObject())
            addColumns(document.object());
    }
    return true;
}

bool JsonLinesReader::next(TableRow &row)
{
    row = TableRow();
    for (;;) {
        // A line is read in chunks so that a huge one is measured, not kept.
        QByteArray line;
        bool tooLong = false;
        bool sawAnything = false;
        for (;;) {
            const QByteArray part = m_device->readLine(ChunkBytes);
            if (part.isEmpty())
                break;
            sawAnything = true;
            if (!tooLong && line.size() + part.size() <= MaxRecordBytes)
                line += part;
            else {
                tooLong = true;
                line.clear();
            }
            if (part.endsWith('\n'))
                break;
        }
        if (!sawAnything)
            return false;
        const qint64 lineNumber = m_line++;
        if (!tooLong && line.trimmed().isEmpty())
            continue;
        row.line = lineNumber;
        row.number = ++m_records;
        if (tooLong) {
            row.error = tr("line longer than %1").arg(QLocale().formattedDataSize(MaxRecordBytes));
            return true;
        }
        const QString text = decodeField(line);
        if (text.isNull()) {
            row.error = tr("binary content");
            return true;
        }
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            row.error = tr("invalid JSON at character %1: %2").arg(parseError.offset + 1).arg(parseError.errorString());
            return true;
        }
        if (!document.isObject()) {
            row.error = tr("not a JSON object");
            return true;
        }
        const QJsonObject object = document.object();
        addColumns(object);
        row.values.reserve(m_columns.size());
        while (row.values.size() < m_columns.size())
            row.values.append(QString());
        for (auto it = object.begin(); it != object.end(); ++it) {
            const int index = m_columnIndex.value(it.key(), -1);
            if (index >= 0)
                row.values[index] = textOf(it.value());
        }
        return true;
    }
}

} // namespace Veille
