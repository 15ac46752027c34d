// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/delimitedreader.h"

#include <QLocale>

namespace Veille {

namespace {
constexpr qint64 ChunkBytes = 64 * 1024;
// So many broken records in a row mean the file is not this kind of table;
// going on would only rescan it line after line.
constexpr int MaxMalformedInARow = 100;
} // namespace

DelimitedReader::DelimitedReader(std::unique_ptr<QIODevice> device, char delimiter)
    : TableReader(std::move(device))
    , m_delimiter(delimiter)
{
    m_bufferStart = m_device->pos();
}

int DelimitedReader::get()
{
    if (m_pos >= m_buffer.size()) {
        m_bufferStart += m_buffer.size();
        m_buffer = m_device->read(ChunkBytes);
        m_pos = 0;
        if (m_buffer.isEmpty())
            return -1;
    }
    return static_cast<unsigned char>(m_buffer.at(m_pos++));
}

int DelimitedReader::peek()
{
    const int c = get();
    if (c >= 0)
        --m_pos;
    return c;
}

void DelimitedReader::skipLineFrom(qint64 start, qint64 line)
{
    if (start >= m_bufferStart && start <= m_bufferStart + m_buffer.size()) {
        m_pos = int(start - m_bufferStart);
    } else {
        m_device->seek(start);
        m_bufferStart = start;
        m_buffer.clear();
        m_pos = 0;
    }
    for (int c = get(); c >= 0; c = get()) {
        if (c == '\n')
            break;
        if (c == '\r') {
            if (peek() == '\n')
                get();
            break;
        }
    }
    m_line = line + 1;
}

DelimitedReader::Status DelimitedReader::readRecord(QVector<QByteArray> &fields, QString *problem)
{
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };
    fields.clear();
    QByteArray field;
    qint64 size = 0;
    State state = State::FieldStart;
    qint64 openedOn = m_line;
    int c = get();
    if (c < 0)
        return Status::End;
    const auto endField = [&] {
        size += field.size();
        fields.append(field);
        field.clear();
        state = State::FieldStart;
    };
    // Ends the record at a line break (or the end of the file) just read.
    const auto endRecord = [&](int byte) {
        endField();
        if (byte == '\r' && peek() == '\n')
            get();
        if (byte >= 0)
            ++m_line;
        return Status::Record;
    };
    for (;; c = get()) {
        if (size + field.size() > MaxRecordBytes) {
            *problem = tr("record longer than %1").arg(QLocale().formattedDataSize(MaxRecordBytes));
            return Status::Malformed;
        }
        if (fields.size() > MaxColumns) {
            *problem = tr("more than %1 fields").arg(MaxColumns);
            return Status::Malformed;
        }
        switch (state) {
        case State::FieldStart:
        case State::Unquoted:
            if (c == '"' && state == State::FieldStart) {
                state = State::Quoted;
                openedOn = m_line;
            } else if (c == m_delimiter) {
                endField();
            } else if (c == '\n' || c == '\r' || c < 0) {
                return endRecord(c);
            } else {
                field.append(char(c));
                state = State::Unquoted;
            }
            break;
        case State::Quoted:
            if (c == '"') {
                state = State::QuoteInQuoted;
            } else if (c < 0) {
                *problem = tr("unterminated quote: the quoted field opened on line %1 never closes").arg(openedOn);
                return Status::Malformed;
            } else {
                field.append(char(c));
                if (c == '\r' && peek() == '\n')
                    field.append(char(get()));
                if (c == '\n' || c == '\r')
                    ++m_line;
            }
            break;
        case State::QuoteInQuoted:
            if (c == '"') {
                field.append('"');
                state = State::Quoted;
            } else if (c == m_delimiter) {
                endField();
            } else if (c == '\n' || c == '\r' || c < 0) {
                return endRecord(c);
            } else {
                *problem = tr("text after the closing quote on line %1 (a quote inside a quoted field must be doubled)")
                               .arg(m_line);
                return Status::Malformed;
            }
            break;
        }
    }
}

bool DelimitedReader::readHeader()
{
    QVector<QByteArray> fields;
    QString problem;
    const qint64 start = m_line;
    Status status = readRecord(fields, &problem);
    // Blank lines before the header are skipped.
    while (status == Status::Record && fields.size() == 1 && fields.first().trimmed().isEmpty())
        status = readRecord(fields, &problem);
    if (status == Status::End) {
        m_error = tr("empty file");
        return false;
    }
    if (status == Status::Malformed) {
        m_error = tr("the header row (line %1) cannot be read: %2").arg(start).arg(problem);
        return false;
    }
    for (int i = 0; i < fields.size(); ++i) {
        QString name = decodeField(fields.at(i)).simplified();
        if (name.isEmpty())
            name = tr("column %1").arg(i + 1);
        m_columns.append(name);
    }
    return true;
}

bool DelimitedReader::next(TableRow &row)
{
    row = TableRow();
    if (m_stopped)
        return false;
    QVector<QByteArray> fields;
    for (;;) {
        const qint64 start = position();
        const qint64 line = m_line;
        QString problem;
        const Status status = readRecord(fields, &problem);
        if (status == Status::End)
            return false;
        if (status == Status::Record && fields.size() == 1 && fields.first().isEmpty() && m_columns.size() > 1)
            continue; // a blank line
        row.line = line;
        row.number = ++m_records;
        if (status == Status::Malformed) {
            row.error = problem;
            skipLineFrom(start, line);
            if (++m_malformedInARow >= MaxMalformedInARow) {
                m_error = tr("stopped after %1 malformed records in a row; is this really a %2 file?")
                              .arg(MaxMalformedInARow)
                              .arg(m_delimiter == '\t' ? QStringLiteral("TSV") : QStringLiteral("CSV"));
                m_stopped = true;
            }
            return true;
        }
        m_malformedInARow = 0;
        while (fields.size() > m_columns.size() && fields.last().isEmpty())
            fields.removeLast();
        if (fields.size() > m_columns.size()) {
            row.error = tr("%1 fields where the header has %2").arg(fields.size()).arg(m_columns.size());
            return true;
        }
        row.values.reserve(m_columns.size());
        for (const QByteArray &bytes : fields) {
            const QString value = decodeField(bytes);
            if (value.isNull() && !bytes.isEmpty()) {
                row.error = tr("binary content in a field");
                row.values.clear();
                return true;
            }
            row.values.append(value);
        }
        while (row.values.size() < m_columns.size())
            row.values.append(QString());
        return true;
    }
}

} // namespace Veille
