// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/nermodel.h"

#include <QFile>
#include <QtEndian>

#include <cmath>
#include <cstring>

namespace Veille {

namespace {
constexpr char Magic[8] = { 'V', 'E', 'I', 'L', 'L', 'N', 'E', 'R' };
constexpr qint64 HeaderSize = 40;
constexpr qint64 ChecksumSize = 8;
constexpr qint64 MaxFileSize = qint64(64) << 20;

struct Header {
    quint32 version = 0;
    quint32 labels = 0;
    quint32 features = 0;
    quint32 names = 0;
    quint32 starters = 0;
    float weightScale = 0;
    float marginScale = 0;

    qint64 expectedSize() const
    {
        return HeaderSize + qint64(features) * (8 + 2 * qint64(labels)) + qint64(names) * 9 + qint64(starters) * 8
            + ChecksumSize;
    }
};

float floatAt(const char *p)
{
    const quint32 bits = qFromLittleEndian<quint32>(p);
    float value;
    std::memcpy(&value, &bits, sizeof value);
    return value;
}

void appendFloat(QByteArray &out, float value)
{
    quint32 bits;
    std::memcpy(&bits, &value, sizeof bits);
    char buffer[4];
    qToLittleEndian(bits, buffer);
    out.append(buffer, 4);
}

template<typename T> void appendArray(QByteArray &out, const QVector<T> &values)
{
    if (values.isEmpty())
        return; // an empty QVector's data() is null, which memcpy may not get
    const qsizetype at = out.size();
    out.resize(at + values.size() * qsizetype(sizeof(T)));
    qToLittleEndian<T>(values.constData(), values.size(), out.data() + at);
}

template<typename T> QVector<T> readArray(const char *&p, quint32 count)
{
    QVector<T> values(static_cast<int>(count));
    if (count == 0)
        return values; // an empty QVector's data() is null, which memcpy may not get
    qFromLittleEndian<T>(p, count, values.data());
    p += qsizetype(count) * qsizetype(sizeof(T));
    return values;
}

bool ascending(const QVector<quint64> &keys)
{
    for (int i = 0; i < keys.size(); ++i) {
        if (keys.at(i) == 0 || (i > 0 && keys.at(i - 1) >= keys.at(i)))
            return false;
    }
    return true;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// The header of \a bytes, once its magic, version and sizes are right.
bool readHeader(const QByteArray &bytes, Header *header, QString *error)
{
    if (bytes.size() < HeaderSize + ChecksumSize || std::memcmp(bytes.constData(), Magic, sizeof Magic) != 0)
        return fail(error, NerModel::tr("This is not a model of Veille's name tagger."));
    const char *p = bytes.constData() + 8;
    header->version = qFromLittleEndian<quint32>(p);
    header->labels = qFromLittleEndian<quint32>(p + 4);
    header->features = qFromLittleEndian<quint32>(p + 8);
    header->names = qFromLittleEndian<quint32>(p + 12);
    header->starters = qFromLittleEndian<quint32>(p + 16);
    header->weightScale = floatAt(p + 20);
    header->marginScale = floatAt(p + 24);
    if (header->version != NerModel::Version)
        return fail(error,
                    NerModel::tr("The model has version %1; this Veille reads version %2.")
                        .arg(header->version)
                        .arg(NerModel::Version));
    if (header->labels != quint32(Ner::LabelCount))
        return fail(error,
                    NerModel::tr("The model has %1 labels instead of %2.").arg(header->labels).arg(Ner::LabelCount));
    if (header->expectedSize() != bytes.size())
        return fail(error,
                    NerModel::tr("The model file is truncated or too long: %1 bytes instead of %2.")
                        .arg(bytes.size())
                        .arg(header->expectedSize()));
    const qint64 body = bytes.size() - ChecksumSize;
    if (NerModel::checksum(bytes, body) != qFromLittleEndian<quint64>(bytes.constData() + body))
        return fail(error, NerModel::tr("The model file is damaged: its checksum does not match."));
    // The reserved word must be 0, so that every accepted file is the one
    // toData() writes for its model.
    if (!std::isfinite(header->weightScale) || header->weightScale <= 0 || !std::isfinite(header->marginScale)
        || header->marginScale <= 0 || qFromLittleEndian<quint32>(p + 28) != 0)
        return fail(error, NerModel::tr("The model file is damaged: its header has impossible values."));
    return true;
}
} // namespace

NerModel::NerModel(Parts parts)
    : m_parts(std::move(parts))
{
    QVector<quint32> rows(m_parts.featureKeys.size());
    for (int i = 0; i < rows.size(); ++i)
        rows[i] = quint32(i);
    m_features = Ner::HashIndex(m_parts.featureKeys.constData(), rows.constData(), int(rows.size()));
    QVector<quint32> flags(m_parts.nameFlags.size());
    for (int i = 0; i < flags.size(); ++i)
        flags[i] = m_parts.nameFlags.at(i);
    m_names = Ner::HashIndex(m_parts.nameKeys.constData(), flags.constData(), int(flags.size()));
    const QVector<quint32> zeros(m_parts.starterKeys.size(), 0);
    m_starters = Ner::HashIndex(m_parts.starterKeys.constData(), zeros.constData(), int(zeros.size()));
}

std::optional<NerModel> NerModel::fromData(const QByteArray &bytes, QString *error)
{
    Header header;
    if (!readHeader(bytes, &header, error))
        return std::nullopt;
    const char *p = bytes.constData() + HeaderSize;
    Parts parts;
    parts.featureKeys = readArray<quint64>(p, header.features);
    parts.weights = readArray<qint16>(p, header.features * header.labels);
    parts.nameKeys = readArray<quint64>(p, header.names);
    parts.nameFlags = readArray<quint8>(p, header.names);
    parts.starterKeys = readArray<quint64>(p, header.starters);
    parts.weightScale = header.weightScale;
    parts.marginScale = header.marginScale;
    if (!ascending(parts.featureKeys) || !ascending(parts.nameKeys) || !ascending(parts.starterKeys)) {
        fail(error, tr("The model file is damaged: its keys are out of order."));
        return std::nullopt;
    }
    NerModel model(std::move(parts));
    model.m_identity = qFromLittleEndian<quint64>(bytes.constData() + bytes.size() - ChecksumSize);
    return model;
}

std::optional<NerModel> NerModel::load(QIODevice &device, QString *error)
{
    // In chunks: read(MaxFileSize + 1) would allocate 64 MiB for any file.
    QByteArray bytes;
    while (bytes.size() <= MaxFileSize) {
        const QByteArray chunk = device.read(qint64(1) << 20);
        if (chunk.isEmpty())
            break;
        bytes += chunk;
    }
    if (bytes.size() > MaxFileSize) {
        fail(error, tr("The model file is larger than %1 MiB.").arg(MaxFileSize >> 20));
        return std::nullopt;
    }
    return fromData(bytes, error);
}

std::optional<NerModel> NerModel::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, tr("Cannot read the model %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    return load(file, error);
}

quint64 NerModel::checksum(const QByteArray &bytes, qsizetype length)
{
    quint64 h = 0xcbf29ce484222325ULL;
    for (qsizetype i = 0; i < length && i < bytes.size(); ++i) {
        h ^= quint8(bytes.at(i));
        h *= 0x100000001b3ULL;
    }
    return h;
}

QByteArray NerModel::toData() const
{
    QByteArray out(Magic, sizeof Magic);
    const quint32 header[] = { Version, quint32(Ner::LabelCount), quint32(m_parts.featureKeys.size()),
                               quint32(m_parts.nameKeys.size()), quint32(m_parts.starterKeys.size()) };
    appendArray(out, QVector<quint32>(std::begin(header), std::end(header)));
    appendFloat(out, m_parts.weightScale);
    appendFloat(out, m_parts.marginScale);
    appendArray(out, QVector<quint32> { 0 });
    appendArray(out, m_parts.featureKeys);
    appendArray(out, m_parts.weights);
    appendArray(out, m_parts.nameKeys);
    appendArray(out, m_parts.nameFlags);
    appendArray(out, m_parts.starterKeys);
    appendArray(out, QVector<quint64> { checksum(out, out.size()) });
    return out;
}

} // namespace Veille
