// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Five analysts on one team server: each is a process of its own, with its
// own PostgreSQL role, that searches and bookmarks passages for a while.
// Prints the p50 and p95 latency of each action and every error.
//
//   bench_team [--server URL] [--clients 5] [--seconds 60] [--articles 2000]
//
// Without --server it starts a PostgreSQL 15 of its own in a temporary
// folder (as the tests do). With --server, URL must name an empty
// database whose owner may create roles analyst1..N, or where they exist.

#include "corpusgenerator.h"

#include "articles/articlestore.h"
#include "db/database.h"
#include "import/importer.h"
#include "passages/passagestore.h"
#include "search/articlesearcher.h"
#include "support/pgtestserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace Veille;

namespace {
const QStringList Searches = {
    QStringLiteral("Intel"),         QStringLiteral("\"feuille de route\""), QStringLiteral("semi*"),
    QStringLiteral("entity:Qualcomm"), QStringLiteral("marché -Intel"),      QStringLiteral("Hanoï OR Saigon"),
    QStringLiteral("title:Intel"),   QStringLiteral("puces"),
};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QString asUser(const QString &url, const QString &user)
{
    QUrl address(url);
    address.setUserName(user);
    return address.toString();
}

// One analyst: searches, and bookmarks a passage in every third result,
// until the time is up. Prints "ACTION MILLISECONDS" or "error TEXT" lines.
int runClient(const QString &url, int seconds, quint32 seed)
{
    Database database(url, QStringLiteral("bench-team"));
    if (!database.open()) {
        out() << "error " << database.errorString().simplified() << Qt::endl;
        return 1;
    }
    QRandomGenerator random(seed);
    ArticleStore articles(database.connection());
    PassageStore passages(database.connection());
    QElapsedTimer clock;
    clock.start();
    for (int turn = 0; clock.elapsed() < seconds * 1000; ++turn) {
        QElapsedTimer timer;
        timer.start();
        const auto result = ArticleSearcher::run(database.connection(), ArticleQuery(),
                                                 Searches.at(int(random.bounded(Searches.size()))), 50);
        out() << "search " << timer.nsecsElapsed() / 1e6 << Qt::endl;
        if (!result.error.isEmpty())
            out() << "error search: " << result.error.simplified() << Qt::endl;
        if (turn % 3 != 0 || result.firstPage.rows.isEmpty())
            continue;
        const auto article = articles.article(result.firstPage.rows.first().id);
        if (!article || article->body.size() < 40)
            continue;
        timer.restart();
        const int start = int(random.bounded(int(article->body.size()) - 30));
        Passage passage;
        passage.articleId = article->id;
        passage.articlePath = article->path;
        passage.anchor = TextAnchor::fromRange(article->body, { start, start + 25 }, article->contentHash);
        passage.note = QStringLiteral("note %1").arg(turn);
        const bool added = passages.add(passage).has_value();
        out() << "passage " << timer.nsecsElapsed() / 1e6 << Qt::endl;
        if (!added)
            out() << "error passage: " << passages.lastError().simplified() << Qt::endl;
    }
    return 0;
}

struct Server
{
    std::unique_ptr<PgTestServer> own;
    QString url;
};

bool prepare(Server &server, const QString &given, int clients, int articleCount)
{
    if (given.isEmpty()) {
        if (!PgTestServer::unavailableReason().isEmpty()) {
            out() << PgTestServer::unavailableReason() << Qt::endl;
            return false;
        }
        server.own = std::make_unique<PgTestServer>();
        if (!server.own->start()) {
            out() << server.own->errorString() << Qt::endl;
            return false;
        }
        server.url = server.own->url(QStringLiteral("alice"), server.own->createDatabase(QStringLiteral("alice")));
        for (int i = 1; i <= clients; ++i)
            server.own->psql(QStringLiteral("postgres"), QStringLiteral("postgres"),
                             QStringLiteral("CREATE ROLE analyst%1 LOGIN").arg(i));
    } else {
        server.url = given;
    }
    QTemporaryDir folder;
    const CorpusGenerator generator(CorpusGenerator::gazetteerNames());
    generator.writeFiles(folder.path(), 0, articleCount);
    QElapsedTimer timer;
    timer.start();
    const ImportReport report = Importer(server.url).run({ folder.path() });
    out() << "imported " << report.imported.size() << " articles in " << timer.elapsed() << " ms" << Qt::endl;
    return report.imported.size() == articleCount;
}

double percentile(QVector<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<int>(int(values.size()) - 1, int(p * double(values.size()))));
}

int runTeam(const QString &given, int clients, int seconds, int articleCount)
{
    Server server;
    if (!prepare(server, given, clients, articleCount))
        return 1;
    QVector<QProcess *> processes;
    for (int i = 1; i <= clients; ++i) {
        auto *process = new QProcess(qApp);
        process->start(QCoreApplication::applicationFilePath(),
                       { QStringLiteral("--client"), asUser(server.url, QStringLiteral("analyst%1").arg(i)),
                         QStringLiteral("--seconds"), QString::number(seconds), QStringLiteral("--seed"),
                         QString::number(i) });
        processes << process;
    }
    QMap<QString, QVector<double>> latencies;
    QStringList errors;
    for (QProcess *process : processes) {
        process->waitForFinished((seconds + 60) * 1000);
        const QStringList lines = QString::fromUtf8(process->readAllStandardOutput()).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            const QString action = line.section(QLatin1Char(' '), 0, 0);
            if (action == QLatin1String("error"))
                errors << line;
            else if (!action.isEmpty())
                latencies[action] << line.section(QLatin1Char(' '), 1).toDouble();
        }
    }
    out() << "| action | count | p50 ms | p95 ms | max ms |\n|---|---|---|---|---|\n";
    for (auto it = latencies.cbegin(); it != latencies.cend(); ++it) {
        out() << "| " << it.key() << " | " << it.value().size() << " | " << percentile(it.value(), 0.5) << " | "
              << percentile(it.value(), 0.95) << " | " << percentile(it.value(), 1.0) << " |\n";
    }
    out() << clients << " clients, " << seconds << " s, errors: " << errors.size() << Qt::endl;
    for (const QString &error : errors.mid(0, 10))
        out() << "  " << error << Qt::endl;
    return errors.isEmpty() ? 0 : 1;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("A postgresql:// database."),
                                    QStringLiteral("URL"));
    const QCommandLineOption clients(QStringLiteral("clients"), QStringLiteral("Analysts."), QStringLiteral("N"),
                                     QStringLiteral("5"));
    const QCommandLineOption seconds(QStringLiteral("seconds"), QStringLiteral("How long."), QStringLiteral("S"),
                                     QStringLiteral("60"));
    const QCommandLineOption articles(QStringLiteral("articles"), QStringLiteral("Articles imported first."),
                                      QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption client(QStringLiteral("client"), QStringLiteral("Run one analyst (internal)."),
                                    QStringLiteral("URL"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed (internal)."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    parser.addOptions({ server, clients, seconds, articles, client, seed });
    parser.addHelpOption();
    parser.process(app);
    if (parser.isSet(client))
        return runClient(parser.value(client), parser.value(seconds).toInt(), parser.value(seed).toUInt());
    return runTeam(parser.value(server), parser.value(clients).toInt(), parser.value(seconds).toInt(),
                   parser.value(articles).toInt());
}
