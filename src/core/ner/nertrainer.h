// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/conllreader.h"
#include "ner/namelist.h"
#include "ner/nermodel.h"

#include <functional>
#include <memory>

namespace Veille {

/*! \brief Trains the French tagger's model: an averaged perceptron over
 * BILOU labels, decoded greedily as NerTagger does, on CoNLL documents.
 *
 * Deterministic: the same documents, name lists and options give the same
 * model bytes (the shuffling is seeded, and nothing depends on hash-table
 * order).
 */
class NerTrainer
{
public:
    struct Options {
        int epochs = 10;
        quint64 seed = 1;
        //! Features whose averaged weights all stay under this are dropped.
        float pruneBelow = 0.0f;
        //! Share of documents that see the names of other documents as
        //! hints, so the model learns what the user's gazetteer is worth.
        //! A quarter rather than a half: on the held-out slice the model then
        //! leans less on hints and finds more ORG names without them.
        double hintShare = 0.25;
    };
    //! After each epoch: its number (from 1) and the share of words right.
    using Progress = std::function<void(int epoch, double accuracy)>;

    explicit NerTrainer(const Ner::NameLists &lists);
    ~NerTrainer();

    void addDocuments(const QVector<Ner::ConllDocument> &documents);
    int sentenceCount() const;

    NerModel train(const Options &options, const Progress &progress = {});

private:
    struct Data;
    std::unique_ptr<Data> d;
};

} // namespace Veille
