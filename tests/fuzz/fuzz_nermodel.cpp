// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later

// A model file for the French tagger from someone else: the loader must
// refuse it cleanly or give a model the tagger can run.

#include "ner/nertagger.h"

#include <QBuffer>
#include <QtEndian>

#include <cstddef>
#include <cstdint>

using namespace Veille;

namespace {
// The input with its last 8 bytes replaced by the checksum of the others,
// so that mutations reach the checks after the checksum's: the sizes, the
// key order, the tagger.
QByteArray withChecksum(QByteArray bytes)
{
    if (bytes.size() < 8)
        return bytes;
    qToLittleEndian(NerModel::checksum(bytes, bytes.size() - 8), bytes.data() + bytes.size() - 8);
    return bytes;
}

void check(QByteArray bytes)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QString error;
    const std::optional<NerModel> model = NerModel::load(buffer, &error);
    if (!model) {
        // A refusal says why.
        if (error.isEmpty())
            __builtin_trap();
        return;
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
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), int(size));
    check(bytes);
    check(withChecksum(bytes));
    return 0;
}
