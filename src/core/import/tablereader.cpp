// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/tablereader.h"

#include "import/delimitedreader.h"
#include "import/jsonlinesreader.h"
#include "text/textdecoder.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace Veille {

namespace {
constexpr qint64 SniffBytes = 64 * 1024;
// UTF-16 is converted in memory, so only up to the size of an article file.
constexpr qint64 MaxUtf16Bytes = 32 * 1024 * 1024;
} // namespace

TableReader::TableReader(std::unique_ptr<QIODevice> device)
    : m_device(std::move(device))
{
}

TableReader::~TableReader() = default;

std::optional<TableReader::Format> TableReader::formatOfPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    if (suffix == QLatin1String("tsv") || suffix == QLatin1String("tab"))
        return Format::Tsv;
    if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson"))
        return Format::JsonLines;
    return std::nullopt;
}

std::optional<TableReader::Format> TableReader::formatFromName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("csv"))
        return Format::Csv;
    if (lower == QLatin1String("tsv"))
        return Format::Tsv;
    if (lower == QLatin1String("jsonl") || lower == QLatin1String("ndjson"))
        return Format::JsonLines;
    return std::nullopt;
}

QString TableReader::decodeField(const QByteArray &bytes)
{
    const TextDecoder::Result decoded = TextDecoder::decode(bytes);
    return decoded.binary ? QString() : decoded.text;
}

std::unique_ptr<TableReader> TableReader::open(const QString &path, Format format, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = tr("no such file");
        return nullptr;
    }
    // A FIFO or a device would never end.
    if (!info.isFile()) {
        *error = tr("not a regular file");
        return nullptr;
    }
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        *error = tr("cannot be read: %1").arg(file->errorString());
        return nullptr;
    }
    const QByteArray head = file->peek(SniffBytes);
    if (head.trimmed().isEmpty() && file->size() <= SniffBytes) {
        *error = tr("empty file");
        return nullptr;
    }
    std::unique_ptr<QIODevice> device = std::move(file);
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        // Delimiters are found byte by byte, which UTF-16 defeats: convert it.
        if (info.size() > MaxUtf16Bytes) {
            *error = tr("UTF-16 tables over %1 are not supported; save the file as UTF-8")
                         .arg(QLocale().formattedDataSize(MaxUtf16Bytes));
            return nullptr;
        }
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(TextDecoder::decode(device->readAll()).text.toUtf8());
        buffer->open(QIODevice::ReadOnly);
        device = std::move(buffer);
    } else if (TextDecoder::decode(head).binary) {
        *error = tr("not a text file (binary content)");
        return nullptr;
    } else if (head.startsWith("\xEF\xBB\xBF")) {
        device->read(3);
    }

    std::unique_ptr<TableReader> reader;
    switch (format) {
    case Format::Csv:
        reader = std::make_unique<DelimitedReader>(std::move(device), ',');
        break;
    case Format::Tsv:
        reader = std::make_unique<DelimitedReader>(std::move(device), '\t');
        break;
    case Format::JsonLines:
        reader = std::make_unique<JsonLinesReader>(std::move(device));
        break;
    }
    if (!reader->readHeader()) {
        *error = reader->error();
        return nullptr;
    }
    return reader;
}

} // namespace Veille
