// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Writes N synthetic wire-format articles into a folder, for trying Veille
// at scale by hand: gencorpus --count 100000 /tmp/corpus
#include "corpusgenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using Veille::CorpusGenerator;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes synthetic French-like articles in Veille's wire format, 1,000 per folder."));
    parser.addHelpOption();
    const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("Number of articles (default 1000)."),
                                   QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption first(QStringLiteral("first"), QStringLiteral("Index of the first article (default 0)."),
                                   QStringLiteral("I"), QStringLiteral("0"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed (default 1)."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    parser.addOptions({count, first, seed});
    parser.addPositionalArgument(QStringLiteral("folder"), QStringLiteral("Where to write the articles."));
    parser.process(app);

    QTextStream err(stderr);
    bool countOk = false;
    bool firstOk = false;
    bool seedOk = false;
    const qint64 n = parser.value(count).toLongLong(&countOk);
    const qint64 start = parser.value(first).toLongLong(&firstOk);
    const quint32 seedValue = parser.value(seed).toUInt(&seedOk);
    if (parser.positionalArguments().size() != 1 || !countOk || n < 0 || !firstOk || start < 0 || !seedOk) {
        err << parser.helpText();
        return 2;
    }

    const QStringList names = CorpusGenerator::gazetteerNames();
    if (names.isEmpty()) {
        err << "the default gazetteer could not be read" << Qt::endl;
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    const QString error = CorpusGenerator(names, seedValue).writeFiles(parser.positionalArguments().first(), start, n);
    if (!error.isEmpty()) {
        err << error << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << n << " articles written in " << QString::number(timer.elapsed() / 1000.0, 'f', 1) << " s"
                        << Qt::endl;
    return 0;
}
