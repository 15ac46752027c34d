// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/nertrainer.h"

#include "ner/averagedperceptron.h"
#include "ner/beamsearch.h"
#include "ner/nerfeatures.h"
#include "ner/nertagger.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <random>
#include <set>

namespace Veille {

using namespace Ner;

namespace {
struct TrainingSentence {
    int document = 0;
    QStringList words;
    QVector<int> gold;
    QVector<quint8> hints;
    QVector<QStringView> views;
    QVector<TokenTraits> traits;

    SentenceView view() const { return { views.constData(), traits.constData(), int(views.size()) }; }
};

// A name of the gold: its words [first, last] and its type.
struct GoldName {
    int first = 0;
    int last = 0;
    NameType type = NameType::Person;
};

QVector<GoldName> goldNames(const QVector<int> &labels)
{
    QVector<GoldName> names;
    for (int i = 0; i < labels.size(); ++i) {
        const Position p = positionOf(labels.at(i));
        if (p == Position::Begin || p == Position::Unit)
            names.append({ i, i, typeOf(labels.at(i)) });
        else if (p == Position::Inside || p == Position::Last)
            names.last().last = i;
    }
    return names;
}

QString surfaceOf(const TrainingSentence &sentence, const GoldName &name)
{
    return sentence.words.mid(name.first, name.last - name.first + 1).join(QLatin1Char(' ')).toCaseFolded();
}

// std::shuffle's order is the library's; this one is the same everywhere.
void shuffle(QVector<int> &order, std::mt19937_64 &random)
{
    for (int i = int(order.size()) - 1; i > 0; --i)
        std::swap(order[i], order[int(random() % quint64(i + 1))]);
}
} // namespace

struct NerTrainer::Data {
    NameLists lists;
    QVector<TrainingSentence> sentences;
    int documents = 0;
    QVector<QVector<int>> sentencesOf; // document → its sentences, in order
    NerModel base; // the name lists and start words, without weights

    NerModel listModel() const;
    void assignHints(double share, std::mt19937_64 &random);
    void computeTraits(const NerModel &model);
    double epoch(AveragedPerceptron &perceptron, const QVector<int> &order) const;
    int learn(AveragedPerceptron &perceptron, const TrainingSentence &sentence, const SentenceView &view,
              int *labels) const;
    NerModel::Parts quantised(const AveragedPerceptron &perceptron, float pruneBelow) const;
    float typicalMargin(const NerModel &model) const;
};

NerTrainer::NerTrainer(const NameLists &lists)
    : d(new Data)
{
    d->lists = lists;
}

NerTrainer::~NerTrainer() = default;

void NerTrainer::addDocuments(const QVector<ConllDocument> &documents)
{
    for (const ConllDocument &document : documents) {
        d->sentencesOf.append(QVector<int>());
        QVector<int> &sentencesOf = d->sentencesOf.last();
        for (const ConllSentence &s : document.sentences) {
            TrainingSentence sentence;
            sentence.document = d->documents;
            sentence.words = s.words;
            sentence.gold = bilouLabels(s.tags);
            d->sentences.append(sentence);
            sentencesOf.append(int(d->sentences.size()) - 1);
        }
        ++d->documents;
    }
}

int NerTrainer::sentenceCount() const
{
    return int(d->sentences.size());
}

// The name lists, and the lower-case words that start a gold name, as a
// model without weights: what traitsOf() reads.
NerModel NerTrainer::Data::listModel() const
{
    std::map<quint64, quint8> names;
    for (auto it = lists.cbegin(); it != lists.cend(); ++it)
        names[nameKey(it.key())] |= it.value();
    NerModel::Parts parts;
    for (const auto &entry : names) {
        parts.nameKeys.append(entry.first);
        parts.nameFlags.append(entry.second);
    }
    std::set<quint64> starters;
    const NerModel noLists;
    for (const TrainingSentence &sentence : sentences) {
        for (const GoldName &name : goldNames(sentence.gold)) {
            const TokenTraits traits = traitsOf(sentence.words.at(name.first), name.first == 0, noLists);
            if (traits.caps == Caps::Lower || traits.caps == Caps::Digit || traits.caps == Caps::Other)
                starters.insert(traits.word);
        }
    }
    parts.starterKeys = QVector<quint64>(starters.cbegin(), starters.cend());
    return NerModel(parts);
}

// Hints as a user's gazetteer would give them: in a share of the documents,
// the gold names that some other document also names.
void NerTrainer::Data::assignHints(double share, std::mt19937_64 &random)
{
    QHash<QString, QSet<int>> documentsOf;
    for (const TrainingSentence &sentence : sentences) {
        for (const GoldName &name : goldNames(sentence.gold))
            documentsOf[surfaceOf(sentence, name)].insert(sentence.document);
    }
    QVector<bool> hinted(documents);
    for (int doc = 0; doc < documents; ++doc)
        hinted[doc] = double(random() % 1000000) < share * 1000000;
    for (TrainingSentence &sentence : sentences) {
        sentence.hints.fill(0, sentence.words.size());
        if (!hinted.at(sentence.document))
            continue;
        for (const GoldName &name : goldNames(sentence.gold)) {
            const QSet<int> &named = documentsOf.value(surfaceOf(sentence, name));
            if (named.size() < 2)
                continue;
            for (int i = name.first; i <= name.last; ++i)
                sentence.hints[i] = quint8(sentence.gold.at(i));
        }
    }
}

void NerTrainer::Data::computeTraits(const NerModel &model)
{
    for (TrainingSentence &sentence : sentences) {
        sentence.views.resize(sentence.words.size());
        sentence.traits.resize(sentence.words.size());
        for (int i = 0; i < sentence.words.size(); ++i) {
            sentence.views[i] = sentence.words.at(i);
            sentence.traits[i] = traitsOf(sentence.words.at(i), i == 0, model);
            sentence.traits[i].hint = sentence.hints.at(i);
        }
    }
}

namespace {
// Moves the weights by \a delta towards the \a labels of words [0, \a end)
// of \a sentence, at each word the labels before it take part in scoring.
void learnPath(AveragedPerceptron &perceptron, const SentenceView &sentence, const NerModel &model, const int *labels,
               int end, float delta)
{
    History history;
    for (int i = 0; i < end; ++i) {
        if (isScored(history, sentence.traits[i], model)) {
            quint64 keys[MaxFeatures];
            const int count = featuresOf(sentence, i, history, keys);
            perceptron.adjust(keys, count, labels[i], delta);
        }
        history = advance(history, i, labels[i]);
    }
}
} // namespace

// Decodes one sentence with the beam and learns from it (Collins and Roark
// 2004): as soon as the gold labels fall out of the beam, towards the gold
// prefix and away from the best one; else, if the best sequence is not the
// gold one, from the whole sentence. Returns how many words were decoded
// into \a labels.
int NerTrainer::Data::learn(AveragedPerceptron &perceptron, const TrainingSentence &sentence, const SentenceView &view,
                            int *labels) const
{
    BeamSearch<float> beam(view, base);
    const auto score = [&](int i, const History &history, float *scores) {
        quint64 keys[MaxFeatures];
        perceptron.score(keys, featuresOf(view, i, history, keys), scores);
    };
    int end = 0;
    bool lost = false;
    while (end < view.size && !lost) {
        beam.step(end, score, sentence.gold.constData());
        perceptron.tick();
        ++end;
        lost = !beam.holdsGold();
    }
    beam.best(labels, nullptr, 0.0f);
    if (lost || !beam.bestIsGold()) {
        learnPath(perceptron, view, base, sentence.gold.constData(), end, 1.0f);
        learnPath(perceptron, view, base, labels, end, -1.0f);
    }
    return end;
}

// One pass over the documents in \a order, their sentences in theirs; the
// share of words labelled right.
double NerTrainer::Data::epoch(AveragedPerceptron &perceptron, const QVector<int> &order) const
{
    qint64 right = 0;
    qint64 total = 0;
    QVector<TokenTraits> traits;
    QVector<int> labels;
    for (const int document : order) {
        NameMemory memory;
        for (const int s : sentencesOf.at(document)) {
            const TrainingSentence &sentence = sentences.at(s);
            traits = sentence.traits;
            labels.resize(traits.size());
            recallNames(traits.data(), int(traits.size()), &memory);
            const SentenceView view { sentence.views.constData(), traits.constData(), int(traits.size()) };
            const int decoded = learn(perceptron, sentence, view, labels.data());
            rememberNames(traits.constData(), labels.constData(), decoded, &memory);
            for (int i = 0; i < decoded; ++i)
                right += labels.at(i) == sentence.gold.at(i) ? 1 : 0;
            total += labels.size();
        }
    }
    return total ? double(right) / double(total) : 0.0;
}

// The averaged weights as 16-bit integers, without the features whose
// weights all stay under \a pruneBelow.
NerModel::Parts NerTrainer::Data::quantised(const AveragedPerceptron &perceptron, float pruneBelow) const
{
    const auto rows = perceptron.averaged();
    float largest = 0;
    for (const auto &row : rows) {
        for (const float w : row.second)
            largest = std::max(largest, std::abs(w));
    }
    NerModel::Parts parts = base.parts();
    parts.weightScale = largest > 0 ? 32767.0f / largest : 1.0f;
    for (const auto &row : rows) {
        qint16 q[LabelCount];
        bool kept = false;
        for (int l = 0; l < LabelCount; ++l) {
            const float w = row.second[size_t(l)];
            q[l] = std::abs(w) < pruneBelow ? 0 : qint16(std::lround(w * parts.weightScale));
            kept = kept || q[l] != 0;
        }
        if (!kept)
            continue;
        parts.featureKeys.append(row.first);
        for (const qint16 w : q)
            parts.weights.append(w);
    }
    return parts;
}

// The mean score margin of the words the model scores, over the training
// sentences: the unit of DetectedName::confidence.
float NerTrainer::Data::typicalMargin(const NerModel &model) const
{
    const NerTagger tagger(model);
    double sum = 0;
    qint64 count = 0;
    for (const TrainingSentence &sentence : sentences) {
        QVector<float> margins;
        tagger.labelSentence(sentence.views, {}, &margins);
        for (const float m : margins) {
            if (m < 1e8f) {
                sum += m;
                ++count;
            }
        }
    }
    return count && sum > 0 ? float(sum / double(count)) : 1.0f;
}

NerModel NerTrainer::train(const Options &options, const Progress &progress)
{
    std::mt19937_64 random(options.seed);
    d->base = d->listModel();
    d->assignHints(options.hintShare, random);
    d->computeTraits(d->base);
    QVector<int> order(d->documents);
    for (int s = 0; s < order.size(); ++s)
        order[s] = s;
    AveragedPerceptron perceptron;
    for (int e = 1; e <= options.epochs; ++e) {
        shuffle(order, random);
        const double accuracy = d->epoch(perceptron, order);
        if (progress)
            progress(e, accuracy);
    }
    NerModel::Parts parts = d->quantised(perceptron, options.pruneBelow);
    parts.marginScale = d->typicalMargin(NerModel(parts));
    return NerModel(parts);
}

} // namespace Veille
