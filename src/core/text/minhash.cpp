// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/minhash.h"

#include "text/textfold.h"

#include <QtEndian>

#include <algorithm>
#include <limits>

namespace Veille {

namespace {
// SplitMix64's finaliser: spreads the bits of a word's or a shingle's hash
// before the multiply-shift functions read their high bits.
quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// The HashCount functions (a * x + b) >> 32, a odd: fixed seeds, since
// signatures are stored and compared across runs.
struct HashFunctions {
    std::array<quint64, MinHash::HashCount> a {};
    std::array<quint64, MinHash::HashCount> b {};
    HashFunctions()
    {
        quint64 seed = 0x5665696c6c65ULL; // "Veille"
        for (int k = 0; k < MinHash::HashCount; ++k) {
            a[k] = mix(seed++) | 1;
            b[k] = mix(seed++);
        }
    }
};

const HashFunctions &functions()
{
    static const HashFunctions instance;
    return instance;
}

// FNV-1a over the folded units of each word, in order.
QVector<quint64> wordHashes(QStringView text)
{
    const QString folded = foldText(text);
    QVector<quint64> words;
    quint64 hash = 0;
    bool inWord = false;
    for (const QChar c : folded) {
        if (isWordChar(c)) {
            if (!inWord)
                hash = 0xcbf29ce484222325ULL;
            inWord = true;
            hash = (hash ^ c.unicode()) * 0x100000001b3ULL;
        } else if (inWord) {
            words.append(hash);
            inWord = false;
        }
    }
    if (inWord)
        words.append(hash);
    return words;
}
} // namespace

MinHash MinHash::ofText(QStringView text)
{
    const QVector<quint64> words = wordHashes(text);
    MinHash signature;
    if (words.size() < ShingleWords)
        return signature;
    signature.m_values.fill(std::numeric_limits<quint32>::max());
    const HashFunctions &f = functions();
    for (int first = 0; first + ShingleWords <= words.size(); ++first) {
        quint64 shingle = 0;
        for (int k = 0; k < ShingleWords; ++k)
            shingle = mix(shingle ^ words.at(first + k));
        for (int k = 0; k < HashCount; ++k)
            signature.m_values[k] = std::min(signature.m_values[k], quint32((f.a[k] * shingle + f.b[k]) >> 32));
    }
    // Repeated shingles count once in the sets MinHash compares; a text
    // rarely repeats four words, so the count of runs is close enough.
    signature.m_shingles = quint32(words.size() - ShingleWords + 1);
    signature.m_null = false;
    return signature;
}

// The values, then the shingle count, little-endian.
constexpr int StoredValues = MinHash::HashCount + 1;

MinHash MinHash::fromBytes(const QByteArray &bytes)
{
    MinHash signature;
    if (bytes.size() != int(StoredValues * sizeof(quint32)))
        return signature;
    for (int k = 0; k < HashCount; ++k)
        signature.m_values[k] = qFromLittleEndian<quint32>(bytes.constData() + k * sizeof(quint32));
    signature.m_shingles = qFromLittleEndian<quint32>(bytes.constData() + HashCount * sizeof(quint32));
    signature.m_null = false;
    return signature;
}

QByteArray MinHash::toBytes() const
{
    if (m_null)
        return {};
    QByteArray bytes(int(StoredValues * sizeof(quint32)), Qt::Uninitialized);
    for (int k = 0; k < HashCount; ++k)
        qToLittleEndian<quint32>(m_values[k], bytes.data() + k * sizeof(quint32));
    qToLittleEndian<quint32>(m_shingles, bytes.data() + HashCount * sizeof(quint32));
    return bytes;
}

double MinHash::similarity(const MinHash &other) const
{
    if (m_null || other.m_null)
        return 0.0;
    int equal = 0;
    for (int k = 0; k < HashCount; ++k)
        equal += m_values[k] == other.m_values[k] ? 1 : 0;
    return double(equal) / HashCount;
}

double MinHash::overlap(const MinHash &other) const
{
    const double smaller = std::min(m_shingles, other.m_shingles);
    const double larger = std::max(m_shingles, other.m_shingles);
    if (m_null || other.m_null || smaller * 4 < larger)
        return 0.0;
    // |A ∩ B| = J (|A| + |B|) / (1 + J), of the smaller set.
    const double jaccard = similarity(other);
    return std::min(1.0, jaccard * (smaller + larger) / ((1 + jaccard) * smaller));
}

QVector<qint64> MinHash::bandKeys() const
{
    QVector<qint64> keys;
    if (m_null)
        return keys;
    keys.reserve(BandCount);
    for (int band = 0; band < BandCount; ++band) {
        quint64 key = mix(quint64(band) + 1);
        for (int row = 0; row < RowsPerBand; ++row)
            key = mix(key ^ m_values[band * RowsPerBand + row]);
        keys.append(qint64(key));
    }
    return keys;
}

} // namespace Veille
