// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Scans generated French-like articles with gazetteers of growing size and
// prints the throughput, in MB of UTF-8 text per second; then times the
// entity rules with 10,000 names.
#include "entities/entitymatcher.h"
#include "entities/entityrules.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QStringList>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <ctime>

using Veille::EntityMatcher;
using Veille::EntityRules;

namespace {
QStringList words(const char16_t *text)
{
    return QString::fromUtf16(text).split(QLatin1Char(' '));
}

QString capitalised(const QString &word)
{
    return word.left(1).toUpper() + word.mid(1);
}

template<typename List>
const auto &pick(QRandomGenerator &random, const List &list)
{
    return list.at(random.bounded(int(list.size())));
}

// Syllables of made-up names, French and Vietnamese in flavour, so names
// share prefixes the way real gazetteers do.
QString syntheticName(QRandomGenerator &random)
{
    static const QStringList syllables = words(
        u"ba bo ca cha da de di dor el fa fi ga gan ha hoa hu ka kor la lan le li lo ma man mi min mo na nam "
        u"ne ni no pa pe phan pi po ra ri ro sa se si son ta tan te ti to tra tri va van vi vo xu za zen ngu "
        u"quoc thi an en on ar or us ix ul ber ster ton ville berg mond court l\u00ea ph\u00fa tr\u1ea7n "
        u"nguy\u1ec5n h\u00f2a \u0111\u1ee9c th\u1eafng \u00e9lo r\u00e9 b\u00e9");
    const int wordCount = std::min(1 + random.bounded(3) + random.bounded(2), 4);
    QStringList name;
    for (int w = 0; w < wordCount; ++w) {
        QString word;
        // A one-word name of one syllable would be "La" or "Son": French
        // words, which no sensible gazetteer holds.
        const int syllableCount = (wordCount == 1 ? 2 : 1) + random.bounded(2);
        for (int s = 0; s < syllableCount; ++s)
            word += pick(random, syllables);
        name.append(capitalised(word));
    }
    return name.join(QLatin1Char(' '));
}

QString acronym(QRandomGenerator &random)
{
    QString text;
    const int length = 2 + random.bounded(3);
    for (int i = 0; i < length; ++i)
        text += QChar(u'A' + random.bounded(26));
    return text;
}

QVector<EntityMatcher::Pattern> realNames()
{
    QVector<EntityMatcher::Pattern> patterns;
    const auto add = [&](const QString &text, bool caseSensitive) {
        EntityMatcher::Pattern pattern;
        pattern.text = text;
        pattern.caseSensitive = caseSensitive;
        patterns.append(pattern);
    };
    add(QStringLiteral("Intel"), false);
    add(QStringLiteral("Intel Products Vietnam"), false);
    add(QStringLiteral("Qualcomm"), false);
    add(QStringLiteral("Samsung"), false);
    add(QStringLiteral("Viettel"), false);
    add(QStringLiteral("Pham Minh Chinh"), false);
    add(QStringLiteral("H\u00f4 Chi Minh-Ville"), false);
    add(QStringLiteral("Hanoi"), false);
    add(QStringLiteral("NIC"), true);
    add(QStringLiteral("IA"), true);
    return patterns;
}

// The first entries are the real names, so every gazetteer size has them.
QVector<EntityMatcher::Pattern> gazetteer(int size)
{
    QRandomGenerator random(42);
    QVector<EntityMatcher::Pattern> patterns = realNames();
    while (patterns.size() < size) {
        EntityMatcher::Pattern pattern;
        if (random.bounded(20) == 0) {
            pattern.text = acronym(random);
            pattern.caseSensitive = true;
        } else {
            pattern.text = syntheticName(random);
            pattern.foldAccents = random.bounded(20) != 0;
        }
        patterns.append(pattern);
    }
    patterns.resize(size);
    return patterns;
}

struct Corpus {
    QStringList articles;
    qint64 utf8Bytes = 0;
};

// Sentences of common French words, elisions with both apostrophes,
// guillemets and numbers with no-break spaces, and names from the largest
// gazetteer sprinkled in: about one token in twenty-five.
Corpus frenchCorpus(qint64 targetBytes, const QVector<EntityMatcher::Pattern> &names)
{
    static const QStringList vocabulary = words(
        u"le la les de des du un une et en \u00e0 dans pour sur avec par au aux est sont a ont \u00e9t\u00e9 "
        u"\u00eatre plus moins tr\u00e8s aussi mais ou donc ce cette ces qui que dont il elle ils elles nous "
        u"vous leur leurs son sa ses entreprise march\u00e9 gouvernement ministre vice-ministre pr\u00e9sident "
        u"\u00e9conomie d\u00e9veloppement croissance semaine ann\u00e9e mois projet accord coop\u00e9ration "
        u"investissement technologie secteur pays r\u00e9gion province ville soci\u00e9t\u00e9 groupe production "
        u"exportation importation hausse baisse selon apr\u00e8s avant depuis pendant entre contre vers chez "
        u"sans sous nouveau nouvelle premier premi\u00e8re dernier grand grande important importante "
        u"international national \u00e9conomique num\u00e9rique industriel \u00e9lectronique semi-conducteurs "
        u"cha\u00eene approvisionnement usine travailleurs emplois milliards millions dollars dongs euros hier "
        u"aujourd\u2019hui demain \u00e9galement notamment ainsi toutefois cependant d\u00e9j\u00e0 encore "
        u"toujours jamais peut doit fait dit annonc\u00e9 sign\u00e9 pr\u00e9sent\u00e9 renforc\u00e9 "
        u"\u00e9lev\u00e9 c\u00e9l\u00e9br\u00e9 c\u00f4t\u00e9 d\u00e9but fin Sud-Est nickel intelligence");
    static const QStringList elisions = words(u"l\u2019 d\u2019 qu\u2019 l' d' n\u2019 s\u2019");

    QRandomGenerator random(7);
    Corpus corpus;
    QString article;
    while (corpus.utf8Bytes < targetBytes) {
        const int tokens = 8 + random.bounded(18);
        for (int t = 0; t < tokens; ++t) {
            QString token;
            const int dice = random.bounded(1000);
            if (dice < 30)
                token = pick(random, names).text;
            else if (dice < 40)
                token = names.at(random.bounded(10)).text; // the real names, often
            else if (dice < 45)
                token = QString::number(random.bounded(1, 99)) + QChar(0x00A0) + QStringLiteral("000");
            else
                token = pick(random, vocabulary);
            if (random.bounded(10) == 0)
                token.prepend(pick(random, elisions));
            else if (random.bounded(100) == 0)
                token = QStringLiteral("\u00ab\u00a0") + token + QStringLiteral("\u00a0\u00bb");
            article += t == 0 ? capitalised(token) : token;
            if (t + 1 < tokens)
                article += random.bounded(12) == 0 ? QStringLiteral(", ") : QStringLiteral(" ");
        }
        article += random.bounded(6) == 0 ? QStringLiteral(".\n\n") : QStringLiteral(". ");
        if (article.size() > 3000) {
            corpus.utf8Bytes += article.toUtf8().size();
            corpus.articles.append(article);
            article.clear();
        }
    }
    return corpus;
}

QString cpuModel()
{
    QFile file(QStringLiteral("/proc/cpuinfo"));
    if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
        }
    }
    return QStringLiteral("unknown");
}

// The rules' typo index with 10,000 names one letter apart and 200
// sentences, each with a typo of "Qualcomm": the build and the scan of the
// best run, in milliseconds. False if the rules missed a typo.
bool timeRules(QTextStream &out, int runCount)
{
    QVector<Veille::Entity> names;
    const auto add = [&names](qint64 id, const QString &name) {
        Veille::Entity entity;
        entity.id = id;
        entity.name = name;
        entity.type = QStringLiteral("Company");
        Veille::Alias alias;
        alias.id = id * 10;
        alias.text = name;
        entity.aliases.append(alias);
        names.append(entity);
    };
    for (int i = 0; i < 10000; ++i)
        add(i + 1, QStringLiteral("Entreprise%1x").arg(i, 5, 36, QLatin1Char('0')));
    add(20000, QStringLiteral("Qualcomm"));
    QString text;
    for (int i = 0; i < 200; ++i)
        text += QStringLiteral("Le soutien de Qualcom pour la consolidation de l\u2019\u00e9conomie de march\u00e9. ");

    QElapsedTimer timer;
    timer.start();
    const EntityRules rules(names);
    const double buildMs = double(timer.nsecsElapsed()) / 1e6;
    double bestMs = 0;
    int suggestions = 0;
    for (int run = 0; run < runCount; ++run) {
        timer.restart();
        suggestions = int(rules.apply(text, {}).suggestions.size());
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (run == 0 || ms < bestMs)
            bestMs = ms;
    }
    out << "rules: " << names.size() << " names, index built in " << QString::number(buildMs, 'f', 1) << " ms; "
        << text.size() << " characters scanned in " << QString::number(bestMs, 'f', 1) << " ms; total "
        << QString::number(buildMs + bestMs, 'f', 1) << " ms; " << suggestions << " suggestions" << Qt::endl;
    return suggestions == 200;
}

// Other work on the machine slows the wall clock; say how busy it was.
QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readAll().split(' ').mid(0, 3).join(' '));
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Throughput of Veille's entity matcher, and the time of its rules."));
    parser.addHelpOption();
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   QStringLiteral("1 MB, gazetteers of 100 and 1,000 names, one run (a smoke test)."));
    const QCommandLineOption megabytes(QStringLiteral("mb"), QStringLiteral("MB of text to scan (default 50)."),
                                       QStringLiteral("MB"), QStringLiteral("50"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Runs per size, best kept (default 3)."),
                                  QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption sizesOption(QStringLiteral("sizes"),
                                         QStringLiteral("Gazetteer sizes, comma-separated (default 100,1000,10000)."),
                                         QStringLiteral("LIST"));
    parser.addOptions({quick, megabytes, runs, sizesOption});
    parser.process(app);

    const bool isQuick = parser.isSet(quick);
    const qint64 targetBytes = (isQuick ? 1 : parser.value(megabytes).toLongLong()) * 1000 * 1000;
    const int runCount = isQuick ? 1 : std::max(1, parser.value(runs).toInt());
    QVector<int> sizes = isQuick ? QVector<int>{100, 1000} : QVector<int>{100, 1000, 10000};
    if (parser.isSet(sizesOption)) {
        sizes.clear();
        for (const QString &size : parser.value(sizesOption).split(QLatin1Char(',')))
            sizes.append(std::max(size.toInt(), 10));
        std::sort(sizes.begin(), sizes.end());
    }

    QTextStream out(stdout);
#ifdef NDEBUG
    const QString assertions = QStringLiteral("off");
#else
    const QString assertions = QStringLiteral("on");
#endif
    out << "Qt " << qVersion() << ", build type " << QStringLiteral(VEILLE_BUILD_TYPE) << " (assertions "
        << assertions << "), compiler " << QStringLiteral(__VERSION__) << Qt::endl;
    out << "CPU " << cpuModel() << ", " << QThread::idealThreadCount() << " threads, load average "
        << loadAverage() << Qt::endl;

    QElapsedTimer timer;
    timer.start();
    const QVector<EntityMatcher::Pattern> allNames = gazetteer(sizes.last());
    const Corpus corpus = frenchCorpus(targetBytes, allNames);
    const double megabytesScanned = double(corpus.utf8Bytes) / 1e6;
    out << "text: " << corpus.articles.size() << " articles, " << QString::number(megabytesScanned, 'f', 1)
        << " MB UTF-8, generated in " << QString::number(timer.elapsed() / 1000.0, 'f', 1) << " s; best of "
        << runCount << " runs" << Qt::endl;
    // seconds and MB/s: the best wall-clock run; cpu s: the processor time
    // of that same run, which other processes on the machine inflate less.
    out << "names\tMB\tseconds\tMB/s\tmatches\tcpu s\tbuild ms" << Qt::endl;

    int exitCode = 0;
    for (const int size : sizes) {
        timer.restart();
        const EntityMatcher matcher(allNames.mid(0, size));
        const qint64 buildMs = timer.elapsed();
        double best = 0;
        double bestCpu = 0;
        qint64 matches = 0;
        for (int run = 0; run < runCount; ++run) {
            matches = 0;
            const std::clock_t cpuStart = std::clock();
            timer.restart();
            for (const QString &article : corpus.articles)
                matches += matcher.find(article).size();
            const double seconds = double(timer.nsecsElapsed()) / 1e9;
            const double cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
            if (run == 0 || seconds < best) {
                best = seconds;
                bestCpu = cpuSeconds;
            }
        }
        out << size << '\t' << QString::number(megabytesScanned, 'f', 1) << '\t' << QString::number(best, 'f', 3)
            << '\t' << QString::number(megabytesScanned / best, 'f', 0) << '\t' << matches << '\t'
            << QString::number(bestCpu, 'f', 3) << '\t' << buildMs << Qt::endl;
        if (matches == 0)
            exitCode = 1; // the real names are in every gazetteer and every article set
    }
    if (!timeRules(out, runCount))
        exitCode = 1;
    return exitCode;
}
