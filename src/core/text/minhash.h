// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringView>
#include <QVector>

#include <array>

namespace Veille {

/*! \brief A MinHash signature of a text: what finds the copies of a wire
 * story printed with another title, a paragraph more or other quotes.
 *
 * The text is folded (case and accents aside), split into words, and its
 * runs of ShingleWords words are hashed; each of HashCount hash functions
 * keeps its smallest value. The share of equal values estimates the
 * Jaccard similarity of two texts' shingle sets. Apostrophes, line ends and
 * the encoding of the file do not change the words, so they do not change
 * the signature. A text of fewer than ShingleWords words has none.
 */
class MinHash
{
public:
    static constexpr int HashCount = 64;
    //! LSH bands of RowsPerBand values: two texts of similarity 0.8 share
    //! a band with probability 1 - (1 - 0.8^4)^16 > 0.9998, texts of 0.3
    //! with 0.12.
    static constexpr int BandCount = 16;
    static constexpr int RowsPerBand = HashCount / BandCount;
    static constexpr int ShingleWords = 4;

    /*! \brief The signature of \a text; null when it has too few words. */
    static MinHash ofText(QStringView text);
    /*! \brief A signature stored with toBytes(); null when \a bytes is not one. */
    static MinHash fromBytes(const QByteArray &bytes);
    QByteArray toBytes() const;

    bool isNull() const { return m_null; }
    /*! \brief The estimated Jaccard similarity, 0 to 1; 0 when either is null. */
    double similarity(const MinHash &other) const;
    /*! \brief One key per band: texts that share a key are candidates. */
    QVector<qint64> bandKeys() const;

private:
    std::array<quint32, HashCount> m_values{};
    bool m_null = true;
};

} // namespace Veille
