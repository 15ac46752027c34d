// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/nertagger.h"

#include "ner/beamsearch.h"
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

namespace {
// The rows of \a keys added to \a scores.
void addRows(const NerModel &model, const quint64 *keys, int count, qint32 *scores)
{
    for (int f = 0; f < count; ++f) {
        const qint16 *row = model.row(keys[f]);
        if (!row)
            continue;
        for (int l = 0; l < LabelCount; ++l)
            scores[l] += row[l];
    }
}

// A word's scores under a history: the features of the word alone are
// summed once, however many histories the beam scores it under.
class WordScores
{
public:
    WordScores(const NerModel &model, const SentenceView &sentence)
        : m_model(model)
        , m_sentence(sentence)
    {
    }

    void operator()(int i, const History &history, qint64 *scores)
    {
        quint64 keys[MaxFeatures];
        if (i != m_word) {
            std::fill(m_own, m_own + LabelCount, 0);
            addRows(m_model, keys, wordFeaturesOf(m_sentence, i, keys), m_own);
            m_word = i;
        }
        qint32 sums[LabelCount];
        std::copy(m_own, m_own + LabelCount, sums);
        addRows(m_model, keys, historyFeaturesOf(m_sentence, i, history, keys), sums);
        std::copy(sums, sums + LabelCount, scores);
    }

private:
    const NerModel &m_model;
    SentenceView m_sentence;
    int m_word = -1;
    qint32 m_own[LabelCount] = {};
};
} // namespace

void NerTagger::decode(const SentenceView &sentence, TokenTraits *traits, NameMemory *memory, int *labels,
                       float *margins) const
{
    recallNames(traits, sentence.size, memory);
    BeamSearch<qint64> beam(sentence, m_model);
    WordScores score(m_model, sentence);
    for (int i = 0; i < sentence.size; ++i)
        beam.step(i, score);
    std::vector<qint64> gaps(size_t(sentence.size));
    constexpr qint64 Plain = std::numeric_limits<qint64>::max();
    beam.best(labels, gaps.data(), Plain);
    for (int i = 0; i < sentence.size; ++i) {
        const qint64 gap = gaps[size_t(i)];
        margins[i] = gap == Plain ? PlainMargin : float(gap) / m_model.weightScale();
    }
    rememberNames(traits, labels, sentence.size, memory);
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
