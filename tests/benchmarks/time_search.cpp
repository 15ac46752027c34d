// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
// time_search DB QUERY...: how long each search takes in process, as the
// window runs it (count, then the first page of 128 with snippets), sorted
// by relevance and by date; the median of 5 runs after a warm-up.
// --hostile adds the queries of issue 12 that once took seconds to minutes:
// a thousand repeats, a thousand prefixes, 100 KB of random words.
#include "models/articlelistmodel.h"
#include "search/articlesearcher.h"
#include "db/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPair>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace Veille;

namespace {
QString repeated(const QString &word, int times, const QString &separator)
{
    QStringList words;
    for (int i = 0; i < times; ++i)
        words << word;
    return words.join(separator);
}

// Lower-case words of 1 to 10 letters from a fixed seed, about \a size characters.
QString randomWords(int size)
{
    QRandomGenerator random(12);
    QString text;
    while (text.size() < size) {
        const int letters = random.bounded(1, 11);
        for (int k = 0; k < letters; ++k)
            text += QChar(QLatin1Char(char('a' + random.bounded(26))));
        text += QLatin1Char(' ');
    }
    return text;
}

// Each query with the label the table shows.
QVector<QPair<QString, QString>> hostileQueries()
{
    const QStringList common = QStringLiteral(
        "a de l la le marche du croissance intel annonce strategique entreprise pour au en gouvernement dans ministere"
        " d signe national declare premiere cooperation les une secteur vietnam corporation presente international"
        " selon apres occasion production usine cadre profit inaugure vers matiere malgre sur sein chez depuis grace"
        " avant faveur pendant projet qualcomm sans avec entre regional accord des delegation lance corp"
        " investissement partenariat numerique")
                                   .split(QLatin1Char(' '));
    QStringList prefixes;
    QStringList letters;
    QStringList words;
    for (int i = 0; i < 1040; ++i) {
        letters << QStringLiteral("%1*").arg(QChar(QLatin1Char(char('a' + i % 26))));
        prefixes << QStringLiteral("%1%2*").arg(QChar(QLatin1Char(char('a' + i % 26)))).arg(i / 26);
        words << QStringLiteral("w%1").arg(i);
    }
    return {
        {QStringLiteral("a OR a OR … a (1,000 terms)"), repeated(QStringLiteral("a"), 1000, QStringLiteral(" OR "))},
        {QStringLiteral("the ×300"), repeated(QStringLiteral("the"), 300, QStringLiteral(" "))},
        {QStringLiteral("a0* b0* … (1,040 prefixes)"), prefixes.join(QLatin1Char(' '))},
        {QStringLiteral("a* OR b* OR … z* OR a* … (1,040 one-letter prefixes)"), letters.join(QStringLiteral(" OR "))},
        // The worst left once bounded: 64 of the commonest words of gencorpus's French, ORed.
        {QStringLiteral("64 common words ORed"), common.join(QStringLiteral(" OR "))},
        {QStringLiteral("w0 OR w1 OR … (1,040 words)"), words.join(QStringLiteral(" OR "))},
        {QStringLiteral("\"w0 w1 … w1039\" (a phrase)"), QLatin1Char('"') + words.join(QLatin1Char(' ')) + QLatin1Char('"')},
        {QStringLiteral("100 KB of random words"), randomWords(100 * 1024)},
    };
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
#if QT_VERSION < QT_VERSION_CHECK(6, 0, 0)
    out.setCodec("UTF-8");
#endif
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.size() < 2) {
        std::fputs("usage: time_search DB [--hostile] QUERY...\n", stderr);
        return 2;
    }
    QVector<QPair<QString, QString>> queries;
    for (const QString &text : args.mid(1)) {
        if (text == QLatin1String("--hostile"))
            queries += hostileQueries();
        else
            queries.append({text, text});
    }
    Database database(args.first(), QStringLiteral("time-search"));
    if (!database.open()) {
        std::fprintf(stderr, "%s\n", qPrintable(database.errorString()));
        return 1;
    }
    out << "query\tmatches\trelevance ms\tdate ms\tnote\n";
    for (const auto &labelled : std::as_const(queries)) {
        const QString &text = labelled.second;
        QString note;
        int count = 0;
        double ms[2] = {0, 0};
        for (const auto key : {ArticleQuery::SortKey::Relevance, ArticleQuery::SortKey::Date}) {
            ArticleQuery base;
            base.sortKey = key;
            QVector<double> runs;
            for (int run = 0; run < 6; ++run) {
                QElapsedTimer timer;
                timer.start();
                const auto result = ArticleSearcher::run(database.connection(), base, text, ArticleListModel::PageSize);
                if (run > 0)
                    runs.append(double(timer.nsecsElapsed()) / 1e6);
                count = result.count;
                if (result.sortedByDateInstead)
                    note = QStringLiteral("relevance fell back to date");
                if (!result.problems.isEmpty())
                    note = result.problems.join(QLatin1Char(' '));
                if (result.stopped)
                    note = result.error;
            }
            std::sort(runs.begin(), runs.end());
            ms[key == ArticleQuery::SortKey::Date] = runs.at(runs.size() / 2);
        }
        out << labelled.first << '\t' << count << '\t' << QString::number(ms[0], 'f', 1) << '\t' << QString::number(ms[1], 'f', 1)
            << '\t' << note << '\n';
    }
    return 0;
}
