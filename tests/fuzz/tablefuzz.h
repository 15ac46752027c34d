// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads fuzz input as a table file of one format, to the end: the readers
// take a path (they sniff the file first), so the input is written to a
// file in the scratch folder.

#include "fuzzsupport.h"
#include "import/tablereader.h"

#include <QFile>

namespace Veille::Fuzz {

inline void readTable(const uint8_t *data, size_t size, TableReader::Format format, const QString &name)
{
    const QString path = scratchDir().filePath(name);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytesOf(data, size)) != qint64(size)) {
            std::fprintf(stderr, "fuzz: cannot write %s\n", qPrintable(path));
            std::abort();
        }
    }
    QString error;
    const std::unique_ptr<TableReader> reader = TableReader::open(path, format, &error);
    if (!reader) {
        if (error.isEmpty())
            __builtin_trap(); // refused without a reason
        return;
    }
    TableRow row;
    while (reader->next(row)) {
        // Every value lines up with a column.
        if (row.values.size() > reader->columns().size())
            __builtin_trap();
    }
}

} // namespace Veille::Fuzz
