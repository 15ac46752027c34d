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
 * the signature. A text of fewer than ShingleWords words has none. The
 * signature also keeps how many shingles the text has, so that overlap()
 * can tell a text that holds another whole (a copy with a paragraph added)
 * from one that shares a part of it.
 */
class MinHash
{
public:
    static constexpr int HashCount = 64;
    //! LSH bands of RowsPerBand values (63 of the 64): two texts of Jaccard
    //! similarity s share a band with probability 1 - (1 - s^3)^21, which is
    //! 0.99998 for 0.8, 0.94 for 0.5 (a copy with a third of it removed,
    //! whose overlap() is still 1) and 0.003 for 0.05 (articles on the same
    //! topic). Fewer rows per band would find far more candidates.
    static constexpr int BandCount = 21;
    static constexpr int RowsPerBand = 3;
    static constexpr int ShingleWords = 4;

    /*! \brief The signature of \a text; null when it has too few words. */
    static MinHash ofText(QStringView text);
    /*! \brief A signature stored with toBytes(); null when \a bytes is not one. */
    static MinHash fromBytes(const QByteArray &bytes);
    QByteArray toBytes() const;

    bool isNull() const { return m_null; }
    /*! \brief The estimated Jaccard similarity, 0 to 1; 0 when either is null. */
    double similarity(const MinHash &other) const;
    /*! \brief The estimated share of the smaller text's shingles that the
     * larger one holds, 0 to 1: high for a copy cut short or with a
     * paragraph more. 0 when the smaller text is less than a quarter of the
     * larger (a line is not a version of a report) or either is null. */
    double overlap(const MinHash &other) const;
    int shingleCount() const { return int(m_shingles); }
    /*! \brief One key per band: texts that share a key are candidates. */
    QVector<qint64> bandKeys() const;

private:
    std::array<quint32, HashCount> m_values {};
    quint32 m_shingles = 0;
    bool m_null = true;
};

} // namespace Veille
