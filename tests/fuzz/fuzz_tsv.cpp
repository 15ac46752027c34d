// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later

// A Tsv table file, read record by record as an import reads it.

#include "tablefuzz.h"

using namespace Veille;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::startApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::readTable(data, size, TableReader::Format::Tsv, QStringLiteral("table.tsv"));
    return 0;
}
