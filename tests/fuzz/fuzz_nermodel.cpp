// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later

// A model file for the French tagger from someone else: the loader must
// refuse it cleanly or give a model the tagger can run.

#include "ner/nertagger.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

using namespace Veille;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), int(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QString error;
    const std::optional<NerModel> model = NerModel::load(buffer, &error);
    if (!model) {
        // A refusal says why.
        if (error.isEmpty())
            __builtin_trap();
        return 0;
    }
    // What it reads, it writes back the same.
    if (model->toData() != bytes)
        __builtin_trap();
    static const QString text = QString::fromUtf16(u"Le ministre Claire Morvan a reçu à Lyon le PDG de Valtek, "
                                                    u"l'OTAN et d’Intel.\nLundi, M. Durand est arrivé à Belrive.");
    for (const DetectedName &name : NerTagger(*model).tag(text)) {
        if (!name.range.isValid() || name.range.end > text.size())
            __builtin_trap();
    }
    return 0;
}
