// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/gettextcatalog.h"

#include <QFile>

namespace Veille {

namespace {
constexpr quint32 Magic = 0x950412de;
constexpr int HeaderSize = 28;
// iso-codes' largest catalogue is under 1 MB; anything far beyond is not a
// catalogue we want to hold in memory.
constexpr qint64 MaxFileSize = 64 * 1024 * 1024;

class Reader
{
public:
    explicit Reader(const QByteArray &bytes)
        : m_bytes(bytes)
    {
    }

    void setBigEndian(bool bigEndian) { m_bigEndian = bigEndian; }

    // Offsets are 64-bit so that offset + length can never wrap.
    std::optional<quint32> word(qint64 offset) const
    {
        if (offset < 0 || offset + 4 > m_bytes.size())
            return std::nullopt;
        const auto *p = reinterpret_cast<const uchar *>(m_bytes.constData() + offset);
        if (m_bigEndian)
            return quint32(p[0]) << 24 | quint32(p[1]) << 16 | quint32(p[2]) << 8 | quint32(p[3]);
        return quint32(p[3]) << 24 | quint32(p[2]) << 16 | quint32(p[1]) << 8 | quint32(p[0]);
    }

    // The string described by the (length, offset) pair at \a entry.
    std::optional<QByteArray> string(qint64 entry) const
    {
        const std::optional<quint32> length = word(entry);
        const std::optional<quint32> offset = word(entry + 4);
        if (!length || !offset || qint64(*offset) + qint64(*length) > m_bytes.size())
            return std::nullopt;
        return m_bytes.mid(int(*offset), int(*length));
    }

private:
    const QByteArray &m_bytes;
    bool m_bigEndian = false;
};

// A plural entry holds its forms separated by NUL; the first is the singular.
QString firstForm(const QByteArray &bytes)
{
    const int nul = bytes.indexOf('\0');
    return QString::fromUtf8(nul < 0 ? bytes : bytes.left(nul));
}
} // namespace

std::optional<GettextCatalog> GettextCatalog::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxFileSize)
        return std::nullopt;
    return fromData(file.readAll());
}

std::optional<GettextCatalog> GettextCatalog::fromData(const QByteArray &bytes)
{
    if (bytes.size() < HeaderSize)
        return std::nullopt;
    Reader reader(bytes);
    if (reader.word(0) != Magic) {
        reader.setBigEndian(true);
        if (reader.word(0) != Magic)
            return std::nullopt;
    }
    // Major revisions 0 and 1 share this layout; a later one may not.
    const std::optional<quint32> revision = reader.word(4);
    const std::optional<quint32> count = reader.word(8);
    const std::optional<quint32> originals = reader.word(12);
    const std::optional<quint32> translations = reader.word(16);
    if (!revision || !count || !originals || !translations || (*revision >> 16) > 1)
        return std::nullopt;
    const qint64 tableSize = qint64(*count) * 8;
    if (qint64(*originals) + tableSize > bytes.size() || qint64(*translations) + tableSize > bytes.size())
        return std::nullopt;

    GettextCatalog catalog;
    catalog.m_translations.reserve(int(*count));
    for (qint64 i = 0; i < qint64(*count); ++i) {
        const std::optional<QByteArray> original = reader.string(*originals + i * 8);
        const std::optional<QByteArray> translation = reader.string(*translations + i * 8);
        if (!original || !translation)
            return std::nullopt;
        // The empty msgid carries the catalogue's header, not a translation;
        // "\x04" separates a context, which translate() does not take.
        if (original->isEmpty() || original->contains('\x04'))
            continue;
        const QString text = firstForm(*translation);
        if (text.isEmpty())
            continue;
        const QString key = firstForm(*original);
        if (!catalog.m_translations.contains(key))
            catalog.m_translations.insert(key, text);
    }
    return catalog;
}

QString GettextCatalog::translate(const QString &msgid) const
{
    return m_translations.value(msgid, msgid);
}

} // namespace Veille
