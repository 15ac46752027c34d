// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The French tagger's speed on one core: the time to load the shipped model,
// then MB of UTF-8 article text tagged per second, over the sample corpus
// repeated and over WiNER-fr's text when ../shared/corpus is there.
#include "ner/conllreader.h"
#include "ner/nertagger.h"
#include "ner/nertokenizer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <ctime>

using namespace Veille;

namespace {
struct Corpus {
    QString name;
    QStringList articles;
    qint64 utf8Bytes = 0;
};

// The sample articles, repeated until they make \a bytes.
Corpus sampleCorpus(qint64 bytes)
{
    Corpus corpus { QStringLiteral("sample corpus, repeated"), {}, 0 };
    const QDir dir(QStringLiteral(VEILLE_SOURCE_DIR "/resources/sample-corpus"));
    QStringList texts;
    for (const QFileInfo &info : dir.entryInfoList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name)) {
        QFile file(info.filePath());
        if (file.open(QIODevice::ReadOnly))
            texts.append(QString::fromUtf8(file.readAll()));
    }
    for (int i = 0; !texts.isEmpty() && corpus.utf8Bytes < bytes; ++i) {
        corpus.articles.append(texts.at(i % texts.size()));
        corpus.utf8Bytes += corpus.articles.last().toUtf8().size();
    }
    return corpus;
}

// WiNER-fr's documents as text: words joined by spaces, a line per sentence.
Corpus winerCorpus(qint64 bytes)
{
    Corpus corpus { QStringLiteral("WiNER-fr train.conll"), {}, 0 };
    const QVector<Ner::ConllDocument> documents =
        Ner::readConllFile(QStringLiteral(VEILLE_SOURCE_DIR "/../shared/corpus/winer-fr/train.conll"));
    for (const Ner::ConllDocument &document : documents) {
        QStringList lines;
        for (const Ner::ConllSentence &sentence : document.sentences)
            lines.append(sentence.words.join(QLatin1Char(' ')));
        corpus.articles.append(lines.join(QLatin1Char('\n')));
        corpus.utf8Bytes += corpus.articles.last().toUtf8().size();
        if (corpus.utf8Bytes >= bytes)
            break;
    }
    return corpus;
}

// Tags \a corpus \a runs times; prints the best run. False when it found
// no name at all, which would mean a broken model.
bool measure(QTextStream &out, const NerTagger &tagger, const Corpus &corpus, int runs)
{
    if (corpus.articles.isEmpty()) {
        out << corpus.name << ": not here, skipped" << Qt::endl;
        return true;
    }
    double best = 0;
    double bestCpu = 0;
    qint64 names = 0;
    for (int run = 0; run < runs; ++run) {
        names = 0;
        QElapsedTimer timer;
        const std::clock_t cpuStart = std::clock();
        timer.start();
        for (const QString &article : corpus.articles)
            names += tagger.tag(article).size();
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        if (run == 0 || seconds < best) {
            best = seconds;
            bestCpu = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
        }
    }
    const double megabytes = double(corpus.utf8Bytes) / 1e6;
    out << corpus.name << '\t' << QString::number(megabytes, 'f', 1) << '\t' << QString::number(best, 'f', 3) << '\t'
        << QString::number(megabytes / best, 'f', 1) << '\t' << names << '\t' << QString::number(bestCpu, 'f', 3)
        << Qt::endl;
    return names > 0;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Speed of Veille's French name tagger."));
    parser.addHelpOption();
    const QCommandLineOption quick(QStringLiteral("quick"), QStringLiteral("1 MB, one run (a smoke test)."));
    const QCommandLineOption megabytes(QStringLiteral("mb"), QStringLiteral("MB of text per corpus (default 20)."),
                                       QStringLiteral("MB"), QStringLiteral("20"));
    parser.addOptions({ quick, megabytes });
    parser.process(app);
    const bool isQuick = parser.isSet(quick);
    const qint64 bytes = (isQuick ? 1 : parser.value(megabytes).toLongLong()) * 1000 * 1000;
    const int runs = isQuick ? 1 : 3;

    QTextStream out(stdout);
    out << "Qt " << qVersion() << ", build type " << QStringLiteral(VEILLE_BUILD_TYPE) << Qt::endl;
    QElapsedTimer timer;
    timer.start();
    QString error;
    const std::optional<NerModel> model = NerModel::load(NerModel::shippedPath(), &error);
    if (!model) {
        out << "cannot load the model: " << error << Qt::endl;
        return 1;
    }
    out << "model: " << QFileInfo(NerModel::shippedPath()).size() << " bytes, " << model->featureCount()
        << " features, loaded in " << timer.elapsed() << " ms" << Qt::endl;
    const NerTagger tagger(*model);
    out << "text\tMB\tseconds\tMB/s\tnames\tcpu s" << Qt::endl;
    bool ok = measure(out, tagger, sampleCorpus(bytes), runs);
    ok = measure(out, tagger, winerCorpus(bytes), runs) && ok;
    return ok ? 0 : 1;
}
