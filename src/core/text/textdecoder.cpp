// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/textdecoder.h"

#include <array>

namespace Veille {

namespace {
// Windows-1252 differs from Latin-1 only in 0x80..0x9F; 0 marks the five
// undefined bytes, which we map to U+FFFD.
constexpr std::array<char16_t, 32> cp1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

QString fromWindows1252(const QByteArray &bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        if (b >= 0x80 && b < 0xA0)
            *out++ = QChar(cp1252High[b - 0x80] ? cp1252High[b - 0x80] : char16_t(0xFFFD));
        else
            *out++ = QChar(char16_t(b));
    }
    return text;
}

QString fromUtf16(const QByteArray &bytes, bool bigEndian)
{
    QString text;
    text.reserve(bytes.size() / 2);
    for (int i = 2; i + 1 < bytes.size(); i += 2) {
        const auto hi = static_cast<unsigned char>(bytes[bigEndian ? i : i + 1]);
        const auto lo = static_cast<unsigned char>(bytes[bigEndian ? i + 1 : i]);
        text.append(QChar(char16_t(hi << 8 | lo)));
    }
    return text;
}

bool looksBinary(const QByteArray &bytes)
{
    int controls = 0;
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        if (b == 0)
            return true;
        if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f')
            ++controls;
    }
    return controls > bytes.size() / 100 + 8;
}

// LF line ends; other control characters (form feeds, stray escapes) would
// only confuse layout and search, so they become spaces. Accents are
// composed (NFC): "e" + U+0301 and "é" are then the same text for matching,
// search and hashing.
QString normalised(const QString &decoded)
{
    const QString text = decoded.normalized(QString::NormalizationForm_C);
    QString out;
    out.reserve(text.size());
    const int n = text.size();
    for (int i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\r')) {
            out.append(QLatin1Char('\n'));
            if (i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
        } else if (c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\t')) {
            out.append(QLatin1Char(' '));
        } else if (c.unicode() == 0xFEFF) {
            continue; // a BOM or zero-width no-break space in the middle of text
        } else {
            out.append(c);
        }
    }
    return out;
}
} // namespace

bool TextDecoder::isValidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const auto *end = p + bytes.size();
    while (p < end) {
        const unsigned char c = *p;
        int extra = 0;
        char32_t cp = 0;
        if (c < 0x80) {
            ++p;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (end - p <= extra)
            return false;
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            cp = cp << 6 | (p[i] & 0x3F);
        }
        // Overlong forms, surrogates and values past U+10FFFF are invalid.
        static constexpr char32_t minimum[] = {0, 0x80, 0x800, 0x10000};
        if (cp < minimum[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        p += extra + 1;
    }
    return true;
}

TextDecoder::Result TextDecoder::decode(const QByteArray &bytes)
{
    Result result;
    const bool utf16le = bytes.startsWith("\xFF\xFE");
    const bool utf16be = bytes.startsWith("\xFE\xFF");
    if (utf16le || utf16be) {
        result.encoding = Encoding::Utf16;
        result.text = normalised(fromUtf16(bytes, utf16be));
        return result;
    }
    if (looksBinary(bytes)) {
        result.binary = true;
        return result;
    }
    if (isValidUtf8(bytes)) {
        const bool bom = bytes.startsWith("\xEF\xBB\xBF");
        result.text = normalised(QString::fromUtf8(bom ? bytes.mid(3) : bytes));
    } else {
        result.encoding = Encoding::Windows1252;
        result.text = normalised(fromWindows1252(bytes));
    }
    return result;
}

} // namespace Veille
