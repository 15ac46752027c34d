// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

// The 64-bit hashes that name the tagger's features and words. They are
// part of the model file's format: changing them needs a new model version.
namespace Veille::Ner {

// SplitMix64's finaliser: every input bit reaches every output bit.
inline quint64 mix64(quint64 x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

// Two hashes as one; the order matters.
inline quint64 combine(quint64 a, quint64 b)
{
    return mix64(a ^ (b * 0x9e3779b97f4a7c15ULL + 0x632be59bd9b4e019ULL));
}

// The key of feature template \a feature with \a value; never 0, which the
// tables keep for "empty".
inline quint64 featureKey(quint32 feature, quint64 value)
{
    const quint64 key = combine(quint64(feature) + 0x51ed270b27acd2a5ULL, value);
    return key ? key : 1;
}

// FNV-1a over UTF-16 units, for short strings (words, affixes, shapes).
inline quint64 hashUnits(const char16_t *units, int size)
{
    quint64 h = 0xcbf29ce484222325ULL;
    for (int i = 0; i < size; ++i) {
        h ^= units[i];
        h *= 0x100000001b3ULL;
    }
    return h ? h : 1;
}

inline quint64 hashUnits(QStringView text)
{
    return hashUnits(reinterpret_cast<const char16_t *>(text.utf16()), int(text.size()));
}

} // namespace Veille::Ner
