// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/nerfeatures.h"
#include "ner/nerlabel.h"
#include "ner/nermodel.h"

namespace Veille::Ner {

// Labels a sentence left to right into \a labels: plain words after no name
// are O unscored; \a choose(i, history) labels the others.
// \a traits are the sentence's own (the view points at them): each word's
// memory of earlier names is filled in as the decoding reaches it, and
// \a memory learns the names found. The tagger and the trainer both decode
// with it, so training sees the decoder's own mistakes.
template<typename Choose>
void decodeGreedy(const SentenceView &sentence, TokenTraits *traits, const NerModel &model, NameMemory *memory,
                  int *labels, Choose &&choose)
{
    History history;
    for (int i = 0; i < sentence.size; ++i) {
        TokenTraits &t = traits[i];
        const Position p = positionOf(history.previous);
        int label = Outside;
        if (p == Position::Begin || p == Position::Inside || !isPlainWord(t, model)) {
            const bool capitalised = t.caps != Caps::Lower && t.caps != Caps::Digit && t.caps != Caps::Other;
            if (memory && capitalised)
                t.earlier = memory->value(t.word);
            label = choose(i, history);
            if (memory && capitalised && label != Outside)
                memory->insert(t.word, quint8(1 + int(typeOf(label))));
        }
        labels[i] = label;
        const Position now = positionOf(label);
        if (now == Position::Begin)
            history.nameStart = i;
        else if (now != Position::Inside)
            history.nameStart = -1;
        history.beforePrevious = history.previous;
        history.previous = label;
    }
}

} // namespace Veille::Ner
