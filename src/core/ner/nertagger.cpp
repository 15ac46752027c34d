// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/nertagger.h"

#include "ner/greedydecoder.h"
#include "ner/labelchoice.h"
#include "ner/nertokenizer.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace Veille {

using namespace Ner;

namespace {
constexpr float PlainMargin = 1e9f;

// The hint label of each token: BILOU over the tokens a hint covers exactly
// or partly.
QVector<quint8> hintLabels(const QVector<Token> &tokens, const QVector<NameHint> &hints)
{
    QVector<quint8> labels(tokens.size(), 0);
    if (hints.isEmpty())
        return labels;
    for (const NameHint &hint : hints) {
        // Tokens are in order: the first that ends after the hint starts.
        const auto firstToken =
            std::lower_bound(tokens.cbegin(), tokens.cend(), hint.range.start,
                             [](const Token &token, int start) { return token.range.end <= start; });
        const int first = int(firstToken - tokens.cbegin());
        int last = first - 1;
        while (last + 1 < tokens.size() && tokens.at(last + 1).range.start < hint.range.end)
            ++last;
        for (int t = first; t >= 0 && t <= last; ++t) {
            const Position p = first == last ? Position::Unit
                : t == first                 ? Position::Begin
                : t == last                  ? Position::Last
                                             : Position::Inside;
            labels[t] = quint8(labelOf(p, hint.type));
        }
    }
    return labels;
}

float confidenceOf(float margin, float scale)
{
    return margin >= PlainMargin ? 1.0f : 1.0f / (1.0f + std::exp(-margin / scale));
}

// The names that the labels of tokens [from, to) spell.
void appendNames(const QVector<Token> &tokens, int from, const QVector<int> &labels, const QVector<float> &margins,
                 float scale, QVector<DetectedName> &names)
{
    int start = -1;
    float smallest = PlainMargin;
    for (int k = 0; k < labels.size(); ++k) {
        const Position p = positionOf(labels.at(k));
        if (p == Position::Outside)
            continue;
        if (p == Position::Begin || p == Position::Unit) {
            start = k;
            smallest = margins.at(k);
        }
        smallest = std::min(smallest, margins.at(k));
        if ((p == Position::Last || p == Position::Unit) && start >= 0) {
            names.append({ { tokens.at(from + start).range.start, tokens.at(from + k).range.end },
                           typeOf(labels.at(k)),
                           confidenceOf(smallest, scale) });
            start = -1;
        }
    }
}
} // namespace

NerTagger::NerTagger(NerModel model)
    : m_model(std::move(model))
{
}

int NerTagger::bestLabel(const SentenceView &sentence, int i, const History &history, float *margin) const
{
    quint64 keys[MaxFeatures];
    const int count = featuresOf(sentence, i, history, keys);
    qint32 scores[LabelCount] = {};
    for (int f = 0; f < count; ++f) {
        const qint16 *row = m_model.row(keys[f]);
        if (!row)
            continue;
        for (int l = 0; l < LabelCount; ++l)
            scores[l] += row[l];
    }
    qint32 gap = 0;
    const int best = bestAllowed(scores, history.previous, i + 1 == sentence.size, &gap);
    *margin = gap == std::numeric_limits<qint32>::max() ? PlainMargin : float(gap) / m_model.weightScale();
    return best;
}

void NerTagger::decode(const SentenceView &sentence, TokenTraits *traits, NameMemory *memory, int *labels,
                       float *margins) const
{
    std::fill(margins, margins + sentence.size, PlainMargin);
    decodeGreedy(sentence, traits, m_model, memory, labels,
                 [&](int i, const History &history) { return bestLabel(sentence, i, history, &margins[i]); });
}

QVector<int> NerTagger::labelSentence(const QVector<QStringView> &words, const QVector<quint8> &hints,
                                      QVector<float> *margins) const
{
    QVector<TokenTraits> traits(words.size());
    for (int i = 0; i < words.size(); ++i) {
        traits[i] = traitsOf(words.at(i), i == 0, m_model);
        traits[i].hint = hints.isEmpty() ? 0 : hints.at(i);
    }
    QVector<int> labels(words.size(), Outside);
    QVector<float> ownMargins(words.size(), 0.0f);
    decode({ words.constData(), traits.constData(), int(words.size()) }, traits.data(), nullptr, labels.data(),
           ownMargins.data());
    if (margins)
        *margins = ownMargins;
    return labels;
}

QVector<DetectedName> NerTagger::tag(QStringView text, const QVector<NameHint> &hints) const
{
    QVector<DetectedName> names;
    if (m_model.isEmpty())
        return names;
    const QVector<Token> tokens = tokenize(text);
    const QVector<quint8> hinted = hintLabels(tokens, hints);
    QVector<QStringView> words(tokens.size());
    QVector<TokenTraits> traits(tokens.size());
    for (int t = 0; t < tokens.size(); ++t) {
        words[t] = text.mid(tokens.at(t).range.start, tokens.at(t).range.length());
        traits[t] = traitsOf(words.at(t), tokens.at(t).sentenceStart, m_model);
        traits[t].hint = hinted.at(t);
    }
    QVector<int> labels;
    QVector<float> margins;
    NameMemory memory;
    for (int from = 0; from < tokens.size();) {
        int to = from + 1;
        while (to < tokens.size() && !tokens.at(to).sentenceStart)
            ++to;
        labels.resize(to - from);
        margins.resize(to - from);
        decode({ words.constData() + from, traits.constData() + from, to - from }, traits.data() + from, &memory,
               labels.data(), margins.data());
        appendNames(tokens, from, labels, margins, m_model.marginScale(), names);
        from = to;
    }
    return names;
}

} // namespace Veille
