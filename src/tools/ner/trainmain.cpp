// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later

// veille-train-ner: trains the French tagger's model on CoNLL files and
// writes the model file (resources/ner/fr-ner.model ships). With
// --holdout N, every N-th document of the training files is kept out of
// training and scored at the end: the slice to make choices on, so that
// dev stays unseen.
#include "debiannamelists.h"
#include "nerevaluation.h"

#include "ner/nertagger.h"
#include "ner/nertrainer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

using namespace Veille;
using namespace Veille::Ner;

namespace {
void print(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

struct Settings {
    QStringList inputs;
    QString output;
    int holdout = 0;
    bool lists = true;
    NerTrainer::Options options;
};

bool parse(const QCoreApplication &app, Settings *settings)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Trains the French name tagger on CoNLL files."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("train.conll"), QStringLiteral("CoNLL files to train on"));
    const QCommandLineOption output(QStringLiteral("output"), QStringLiteral("The model file to write."),
                                    QStringLiteral("file"));
    const QCommandLineOption holdout(QStringLiteral("holdout"),
                                     QStringLiteral("Keep every N-th document out of training and score it."),
                                     QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption epochs(QStringLiteral("epochs"), QStringLiteral("Passes over the data."),
                                    QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("The shuffling's seed."), QStringLiteral("n"),
                                  QStringLiteral("1"));
    const QCommandLineOption prune(QStringLiteral("prune"), QStringLiteral("Drop features with weights all under w."),
                                   QStringLiteral("w"), QStringLiteral("0.05"));
    const QCommandLineOption hints(QStringLiteral("hints"), QStringLiteral("Share of documents trained with hints."),
                                   QStringLiteral("share"), QStringLiteral("0.25"));
    const QCommandLineOption noLists(QStringLiteral("no-lists"), QStringLiteral("Leave the Debian name lists out."));
    parser.addOptions({ output, holdout, epochs, seed, prune, hints, noLists });
    parser.process(app);
    settings->inputs = parser.positionalArguments();
    settings->output = parser.value(output);
    settings->holdout = parser.value(holdout).toInt();
    settings->lists = !parser.isSet(noLists);
    settings->options.epochs = parser.value(epochs).toInt();
    settings->options.seed = parser.value(seed).toULongLong();
    settings->options.pruneBelow = parser.value(prune).toFloat();
    settings->options.hintShare = parser.value(hints).toDouble();
    return !settings->inputs.isEmpty() && !settings->output.isEmpty();
}

bool write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

void scoreHeldOut(const NerModel &model, const QVector<ConllDocument> &heldOut)
{
    const NerTagger tagger(model);
    NerScores scores;
    for (const EvalDocument &document : documentsFromConll(heldOut))
        scores.add(document.gold, tagger.tag(document.text));
    print(QStringLiteral("held-out slice: %1 documents").arg(heldOut.size()));
    print(NerScores::header());
    for (const QString &line : scores.table(QStringLiteral("tagger")))
        print(line);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Settings settings;
    if (!parse(app, &settings)) {
        print(QStringLiteral("usage: veille-train-ner --output FILE [--holdout N] [options] TRAIN.conll..."));
        return 2;
    }
    QVector<ConllDocument> documents;
    for (const QString &path : settings.inputs) {
        QString error;
        documents += readConllFile(path, &error);
        if (!error.isEmpty()) {
            print(QStringLiteral("%1: %2").arg(path, error));
            return 1;
        }
    }
    QStringList report;
    const NameLists lists = settings.lists ? readDebianNameLists({}, &report) : NameLists();
    for (const QString &line : report)
        print(line);
    NerTrainer trainer(lists);
    trainer.addDocuments(settings.holdout > 0 ? slice(documents, settings.holdout, false) : documents);
    print(QStringLiteral("training on %1 sentences, %2 names in the lists")
              .arg(trainer.sentenceCount())
              .arg(lists.size()));
    QElapsedTimer timer;
    timer.start();
    const NerModel model = trainer.train(settings.options, [](int epoch, double accuracy) {
        print(QStringLiteral("epoch %1: %2 % of words right").arg(epoch).arg(100 * accuracy, 0, 'f', 2));
    });
    const QByteArray bytes = model.toData();
    if (!write(settings.output, bytes)) {
        print(QStringLiteral("cannot write %1").arg(settings.output));
        return 1;
    }
    print(QStringLiteral("%1: %2 features, %3 bytes, trained in %4 s")
              .arg(settings.output)
              .arg(model.featureCount())
              .arg(bytes.size())
              .arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    if (settings.holdout > 0)
        scoreHeldOut(model, slice(documents, settings.holdout, true));
    return 0;
}
