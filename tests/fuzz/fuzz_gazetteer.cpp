// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later

// A gazetteer file from someone else, read as CSV (entities import) and as
// TSV (the default gazetteer's format).

#include "entities/gazetteerfile.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

using namespace Veille;

namespace {
void check(const GazetteerFile::Result &result)
{
    // Merging a file with itself must not grow it.
    if (GazetteerFile::merge(result.entities, result.entities).size() > result.entities.size())
        __builtin_trap();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), int(size));
    QBuffer csv(&bytes);
    csv.open(QIODevice::ReadOnly);
    check(GazetteerFile::readCsv(csv));
    QBuffer tsv(&bytes);
    tsv.open(QIODevice::ReadOnly);
    check(GazetteerFile::readTsv(tsv));
    return 0;
}
