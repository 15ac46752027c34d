// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/nerlabel.h"

namespace Veille::Ner {

namespace {
const char *const Codes[TypeCount] = { "PER", "ORG", "LOC", "MISC" };
}

QString typeCode(NameType type)
{
    return QString::fromLatin1(Codes[int(type)]);
}

bool typeFromCode(QStringView code, NameType *type)
{
    for (int t = 0; t < TypeCount; ++t) {
        if (code == QLatin1String(Codes[t])) {
            *type = NameType(t);
            return true;
        }
    }
    return false;
}

} // namespace Veille::Ner
