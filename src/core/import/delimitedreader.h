// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/tablereader.h"

#include <QVector>

namespace Veille {

/*! \brief Reads CSV or TSV with a header row, quoted as RFC 4180 says.
 *
 * A field that starts with a double quote may hold delimiters, line breaks
 * and doubled quotes. A record that cannot be read (an unterminated quote,
 * text after a closing quote, more fields than the header) is reported, and
 * reading resumes on the line after the one it started on. Fewer fields than
 * the header are padded; extra empty fields are dropped.
 */
class DelimitedReader final : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(Veille::DelimitedReader)
public:
    DelimitedReader(std::unique_ptr<QIODevice> device, char delimiter);

    bool next(TableRow &row) override;

protected:
    bool readHeader() override;

private:
    enum class Status { Record, End, Malformed };

    Status readRecord(QVector<QByteArray> &fields, QString *problem);
    int get();
    int peek();
    qint64 position() const { return m_bufferStart + m_pos; }
    //! Goes back to \a start and past the end of the line there.
    void skipLineFrom(qint64 start, qint64 line);

    char m_delimiter = ',';
    QByteArray m_buffer;
    int m_pos = 0;
    qint64 m_bufferStart = 0;
    int m_malformedInARow = 0;
    bool m_stopped = false;
};

} // namespace Veille
