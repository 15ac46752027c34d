// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
// time_search DB QUERY...: how long each search takes in process, as the
// window runs it (count, then the first page of 128 with snippets), sorted
// by relevance and by date; the median of 5 runs after a warm-up.
#include "models/articlelistmodel.h"
#include "search/articlesearcher.h"
#include "db/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace Veille;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
#if QT_VERSION < QT_VERSION_CHECK(6, 0, 0)
    out.setCodec("UTF-8");
#endif
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.size() < 2) {
        std::fputs("usage: time_search DB QUERY...\n", stderr);
        return 2;
    }
    Database database(args.first(), QStringLiteral("time-search"));
    if (!database.open()) {
        std::fprintf(stderr, "%s\n", qPrintable(database.errorString()));
        return 1;
    }
    out << "query\tmatches\trelevance ms\tdate ms\tnote\n";
    for (const QString &text : args.mid(1)) {
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
            }
            std::sort(runs.begin(), runs.end());
            ms[key == ArticleQuery::SortKey::Date] = runs.at(runs.size() / 2);
        }
        out << text << '\t' << count << '\t' << QString::number(ms[0], 'f', 1) << '\t' << QString::number(ms[1], 'f', 1)
            << '\t' << note << '\n';
    }
    return 0;
}
