// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/detectedname.h"
#include "ner/nerfeatures.h"
#include "ner/nermodel.h"

#include <QStringView>
#include <QVector>

namespace Veille {

/*! \brief Finds persons, organisations, places and other names (events,
 * products) in French text with a statistical model: an averaged
 * perceptron over BILOU labels, decoded left to right with a beam of two
 * label sequences (Ner::BeamSearch), trained with the same beam.
 *
 * A beam rather than Viterbi: each word's features may then use the labels
 * already chosen for the two words before it (and that label with the
 * word), which a first-order Viterbi cannot without multiplying its states,
 * and tagging stays one pass. Words that cannot start a name (lower case,
 * never seen starting one in training, after no name) are labelled O
 * without scoring, which is most of a text.
 *
 * French only: the model was trained on French news. Immutable once built,
 * so one tagger may serve several threads.
 */
class NerTagger
{
public:
    NerTagger() = default;
    explicit NerTagger(NerModel model);

    bool isEmpty() const { return m_model.isEmpty(); }
    const NerModel &model() const { return m_model; }

    /*! \brief The names in \a text, in order, with their ranges in it.
     * \a hints (the user's gazetteer's matches, in any order) are features
     * of the words they cover: the model may still overrule them. */
    QVector<DetectedName> tag(QStringView text, const QVector<NameHint> &hints = {}) const;

    /*! \brief The BILOU labels (Ner::labelOf) of one sentence already cut
     * into \a words, e.g. a CoNLL sentence; \a hints gives each word's hint
     * label (0 none) or is empty. \a margins, when given, gets each word's
     * score margin (in weight units; plain words get a large one). */
    QVector<int> labelSentence(const QVector<QStringView> &words, const QVector<quint8> &hints = {},
                               QVector<float> *margins = nullptr) const;

private:
    void decode(const Ner::SentenceView &sentence, Ner::TokenTraits *traits, Ner::NameMemory *memory, int *labels,
                float *margins) const;

    NerModel m_model;
};

} // namespace Veille
