// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/hashindex.h"
#include "ner/nerlabel.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <optional>

class QIODevice;

namespace Veille {

/*! \brief The French tagger's model: feature weights, the name lists
 * compiled into it, and the words that may start a name in lower case.
 *
 * The file is input data and is checked before use: magic, version, label
 * count, the sizes against the file's length, a checksum over everything,
 * keys sorted and distinct. A bad, truncated or foreign file gives an error
 * that says what is wrong, never a partial model.
 *
 * Format (little-endian): "VEILLNER", u32 version, u32 label count, u32
 * feature, name and starter counts, f32 weight scale, f32 margin scale,
 * u32 0; the feature keys (u64, ascending), their weights (i16, one row of
 * label-count per feature), the name-list keys (u64, ascending) and flags
 * (u8), the starter keys (u64, ascending); a u64 FNV-1a checksum of all that
 * comes before it.
 */
class NerModel
{
    Q_DECLARE_TR_FUNCTIONS(Veille::NerModel)
public:
    static constexpr quint32 Version = 1;

    /*! \brief What a model is made of, as the trainer writes it. */
    struct Parts {
        QVector<quint64> featureKeys; //!< ascending, distinct, not 0
        QVector<qint16> weights; //!< featureKeys.size() × Ner::LabelCount
        float weightScale = 1.0f; //!< a weight is stored / weightScale
        float marginScale = 1.0f; //!< a typical score margin, for confidences
        QVector<quint64> nameKeys; //!< ascending, distinct, not 0
        QVector<quint8> nameFlags; //!< Ner::NameList bits of each name key
        QVector<quint64> starterKeys; //!< lower-case words seen starting a name
    };

    NerModel() = default;
    explicit NerModel(Parts parts);

    /*! \brief The model in \a bytes; nullopt and \a error when they are not a
     * valid model file. */
    static std::optional<NerModel> fromData(const QByteArray &bytes, QString *error = nullptr);
    /*! \brief The model read from \a device (at most 64 MiB). */
    static std::optional<NerModel> load(QIODevice &device, QString *error = nullptr);
    /*! \brief The model in the file (or resource) at \a path. */
    static std::optional<NerModel> load(const QString &path, QString *error = nullptr);
    /*! \brief The resource path of the shipped model, in veille_ner_resources. */
    static QString shippedPath() { return QStringLiteral(":/ner/fr-ner.model"); }

    /*! \brief The checksum a model file ends with: FNV-1a 64 of its first
     * \a length bytes (all but the last 8). */
    static quint64 checksum(const QByteArray &bytes, qsizetype length);

    /*! \brief The file's bytes; fromData() of them gives this model again. */
    QByteArray toData() const;

    bool isEmpty() const { return m_parts.featureKeys.isEmpty(); }
    /*! \brief Tells models apart: the checksum its file ends with (0 for a
     * model that was not read from a file). */
    quint64 identity() const { return m_identity; }
    int featureCount() const { return int(m_parts.featureKeys.size()); }
    const Parts &parts() const { return m_parts; }

    //! The weights of feature \a key, Ner::LabelCount of them, or nullptr.
    const qint16 *row(quint64 key) const
    {
        const quint32 r = m_features.value(key);
        return r == Ner::HashIndex::Missing ? nullptr : m_parts.weights.constData() + r * Ner::LabelCount;
    }
    //! The Ner::NameList bits of the word with folded key \a key.
    quint8 nameFlags(quint64 key) const
    {
        const quint32 flags = m_names.value(key);
        return flags == Ner::HashIndex::Missing ? 0 : quint8(flags);
    }
    //! Whether the lower-case word with key \a key was seen starting a name.
    bool startsNames(quint64 key) const { return m_starters.contains(key); }
    float weightScale() const { return m_parts.weightScale; }
    float marginScale() const { return m_parts.marginScale; }

private:
    Parts m_parts;
    quint64 m_identity = 0;
    Ner::HashIndex m_features;
    Ner::HashIndex m_names;
    Ner::HashIndex m_starters;
};

} // namespace Veille
