// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>

#include <memory>
#include <optional>

namespace Veille {

/*! \brief One record of a table: its values in the order of the columns,
 * or why it could not be read. */
struct TableRow {
    qint64 line = 0; //!< the line where the record starts, counting from 1
    qint64 number = 0; //!< the record's rank under the header, counting from 1
    QStringList values; //!< aligned with TableReader::columns(); missing values are null
    QString error; //!< why the record is malformed; empty when it was read
    bool ok() const { return error.isEmpty(); }
};

/*! \brief Reads a table of articles (CSV, TSV or JSON Lines) one record at a
 * time, so that memory stays bounded whatever the size of the file.
 *
 * A malformed record is returned with its line number and an error; reading
 * goes on with the next one. A file that cannot be read as a table at all
 * (missing, binary, empty, no header) fails in open().
 */
class TableReader
{
    Q_DECLARE_TR_FUNCTIONS(Veille::TableReader)
public:
    enum class Format { Csv, Tsv, JsonLines };

    //! A longer record is reported as malformed, not kept in memory.
    static constexpr qint64 MaxRecordBytes = 16 * 1024 * 1024;
    static constexpr int MaxColumns = 1000;

    virtual ~TableReader();

    /*! \brief A reader for \a path, or null with \a error saying why. */
    static std::unique_ptr<TableReader> open(const QString &path, Format format, QString *error);
    /*! \brief The table format a file name implies (.csv, .tsv, .tab, .jsonl,
     * .ndjson), or none. */
    static std::optional<Format> formatOfPath(const QString &path);
    /*! \brief "csv", "tsv" or "jsonl" (also "ndjson"), as the CLI takes them. */
    static std::optional<Format> formatFromName(const QString &name);

    /*! \brief The column names. JSON Lines add the keys they meet on the way. */
    QStringList columns() const { return m_columns; }
    /*! \brief Reads the next record into \a row; false at the end of the
     * file, or on a read error (see error()). */
    virtual bool next(TableRow &row) = 0;
    /*! \brief Why reading stopped before the end of the file; empty otherwise. */
    QString error() const { return m_error; }

protected:
    explicit TableReader(std::unique_ptr<QIODevice> device);
    //! Reads the header; false with m_error set when there is none.
    virtual bool readHeader() = 0;
    //! Decoded text of one field or line: UTF-8, else Windows-1252; normalised.
    static QString decodeField(const QByteArray &bytes);

    std::unique_ptr<QIODevice> m_device;
    QStringList m_columns;
    QString m_error;
    qint64 m_line = 1; //!< the line the device's position is on
    qint64 m_records = 0;
};

} // namespace Veille
