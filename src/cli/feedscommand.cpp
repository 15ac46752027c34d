// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedscommand.h"

#include "db/database.h"
#include "feeds/feedfetcher.h"
#include "feeds/feedparser.h"
#include "feeds/feedstore.h"
#include "feeds/opml.h"
#include "importcommand.h"
#include "text/printable.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Veille {

namespace {

QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject toJson(const FeedSubscription &s)
{
    return QJsonObject { { QStringLiteral("url"), s.url },
                         { QStringLiteral("title"), s.title },
                         { QStringLiteral("status"), FeedStore::statusName(s.status) },
                         { QStringLiteral("error"), s.error },
                         { QStringLiteral("lastFetch"), timeValue(s.lastFetch) },
                         { QStringLiteral("nextFetch"), timeValue(s.nextFetch) },
                         { QStringLiteral("interval"), s.interval } };
}

} // namespace

QString FeedsCommand::description() const
{
    return tr("RSS and Atom feeds, whose items Veille imports as articles:\n"
              "  add URL              subscribe to the feed at URL\n"
              "  remove URL           unsubscribe (its articles stay)\n"
              "  list [--json]        the feeds, their last fetch, status and error\n"
              "  refresh [URL...]     fetch now (every feed, or those named) and import their items\n"
              "  import-opml FILE     subscribe to the feeds of an OPML file\n"
              "  export-opml [--out FILE]  write the feeds as OPML (to standard output by default)");
}

void FeedsCommand::setUp(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("subcommand"), tr("What to do, see above."),
                                 QStringLiteral("SUBCOMMAND [ARGS...]"));
    parser.addOption({ QStringLiteral("json"), tr("list: write JSON.") });
    parser.addOption({ QStringLiteral("out"), tr("export-opml: write to FILE."), QStringLiteral("FILE") });
}

int FeedsCommand::execute(const QCommandLineParser &parser, CommandContext &context)
{
    QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return usageError(context, tr("feeds: give a subcommand; see veille-cli feeds --help"));
    const QString sub = args.takeFirst();
    const bool oneArgument =
        sub == QLatin1String("add") || sub == QLatin1String("remove") || sub == QLatin1String("import-opml");
    const bool noArgument = sub == QLatin1String("list") || sub == QLatin1String("export-opml");
    if (!oneArgument && !noArgument && sub != QLatin1String("refresh"))
        return usageError(context, tr("feeds: unknown subcommand “%1”").arg(printable(sub)));
    if ((oneArgument && args.size() != 1) || (noArgument && !args.isEmpty()))
        return usageError(context, tr("feeds %1: wrong number of arguments; see veille-cli feeds --help").arg(sub));
    const std::unique_ptr<Database> database = openDatabase(context);
    if (!database)
        return ExitFailure;
    if (sub == QLatin1String("list"))
        return list(parser.isSet(QStringLiteral("json")), *database, context);
    if (sub == QLatin1String("refresh"))
        return refresh(args, *database, context);
    if (sub == QLatin1String("import-opml"))
        return importOpml(args.first(), *database, context);
    if (sub == QLatin1String("export-opml"))
        return exportOpml(parser.value(QStringLiteral("out")), *database, context);
    return addOrRemove(sub, args.first(), *database, context);
}

int FeedsCommand::addOrRemove(const QString &subcommand, const QString &url, Database &database,
                              CommandContext &context)
{
    QString error;
    const QString normalised = FeedStore::normalised(url, &error);
    if (normalised.isEmpty())
        return usageError(context, tr("feeds %1: %2").arg(subcommand, printable(error)));
    FeedStore store(database.connection());
    const bool adding = subcommand == QLatin1String("add");
    const bool done = adding ? store.add(normalised) : store.remove(normalised);
    if (!store.lastError().isEmpty()) {
        context.err << store.lastError() << QLatin1Char('\n');
        return ExitFailure;
    }
    if (adding) {
        context.out << (done ? tr("subscribed to %1") : tr("already subscribed to %1")).arg(printable(normalised))
                    << QLatin1Char('\n');
        return ExitOk;
    }
    if (!done)
        context.err << tr("feeds remove: not subscribed to %1").arg(printable(normalised)) << QLatin1Char('\n');
    return done ? ExitOk : ExitFailure;
}

int FeedsCommand::list(bool json, Database &database, CommandContext &context)
{
    FeedStore store(database.connection());
    const QVector<FeedSubscription> feeds = store.subscriptions();
    if (!store.lastError().isEmpty()) {
        context.err << store.lastError() << QLatin1Char('\n');
        return ExitFailure;
    }
    if (json) {
        QJsonArray array;
        for (const FeedSubscription &feed : feeds)
            array.append(toJson(feed));
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    for (const FeedSubscription &feed : feeds) {
        const QString fetched =
            feed.lastFetch.isValid() ? feed.lastFetch.toLocalTime().toString(Qt::ISODate) : tr("never fetched");
        context.out << printable(feed.url) << QLatin1Char('\t') << printable(feed.title) << QLatin1Char('\t')
                    << FeedStore::statusName(feed.status) << QLatin1Char('\t') << fetched;
        if (!feed.error.isEmpty())
            context.out << QLatin1Char('\t') << printable(feed.error);
        context.out << QLatin1Char('\n');
    }
    return ExitOk;
}

int FeedsCommand::refresh(const QStringList &urls, Database &database, CommandContext &context)
{
    FeedStore store(database.connection());
    QStringList chosen;
    for (const QString &url : urls) {
        QString error;
        const QString normalised = FeedStore::normalised(url, &error);
        if (normalised.isEmpty() || !store.find(normalised))
            return usageError(context, tr("feeds refresh: not subscribed to %1").arg(printable(url)));
        chosen.append(normalised);
    }
    FeedFetcher fetcher(context.databasePath);
    fetcher.setNameDetection([] { return nameDetection(); });
    ImportReport total;
    int failed = 0;
    QObject::connect(&fetcher, &FeedFetcher::feedRefreshed, [&](const FeedRefresh &done) {
        const ImportReport &report = done.report;
        total.imported += report.imported;
        total.updated += report.updated;
        total.unchanged += report.unchanged;
        failed += int(report.failures.size());
        for (const ImportReport::Failure &failure : report.failures)
            context.err << tr("failed: %1: %2").arg(printable(failure.path), printable(failure.reason))
                        << QLatin1Char('\n');
        if (done.subscription.status == FeedSubscription::Status::Failed) {
            ++failed;
            context.err << tr("failed: %1: %2").arg(printable(done.url), printable(done.subscription.error))
                        << QLatin1Char('\n');
        }
    });
    QEventLoop loop;
    QObject::connect(&fetcher, &FeedFetcher::finished, &loop, &QEventLoop::quit);
    if (!fetcher.refresh(chosen)) {
        context.err << fetcher.lastError() << QLatin1Char('\n');
        return ExitFailure;
    }
    if (fetcher.isBusy())
        loop.exec();
    ImportCommand::printSummary(context.out, total, failed);
    return failed == 0 ? ExitOk : ExitFailure;
}

int FeedsCommand::importOpml(const QString &file, Database &database, CommandContext &context)
{
    QString error;
    const QVector<Opml::Outline> outlines = Opml::readFile(file, &error);
    if (!error.isEmpty()) {
        context.err << tr("feeds import-opml: %1").arg(printable(error)) << QLatin1Char('\n');
        return ExitFailure;
    }
    FeedStore store(database.connection());
    const Opml::Subscribed done = Opml::subscribeAll(outlines, store);
    if (!store.lastError().isEmpty()) {
        context.err << store.lastError() << QLatin1Char('\n');
        return ExitFailure;
    }
    for (const QString &problem : done.refused)
        context.err << tr("refused: %1").arg(printable(problem)) << QLatin1Char('\n');
    context.out << tr("%n subscribed", nullptr, done.added) << QStringLiteral(", ")
                << tr("%n already subscribed", nullptr, done.known) << QStringLiteral(", ")
                << tr("%n refused", nullptr, int(done.refused.size())) << QLatin1Char('\n');
    return done.refused.isEmpty() ? ExitOk : ExitFailure;
}

int FeedsCommand::exportOpml(const QString &file, Database &database, CommandContext &context)
{
    FeedStore store(database.connection());
    const QByteArray opml = Opml::write(store.subscriptions());
    if (!store.lastError().isEmpty()) {
        context.err << store.lastError() << QLatin1Char('\n');
        return ExitFailure;
    }
    if (file.isEmpty()) {
        context.out << QString::fromUtf8(opml);
        return ExitOk;
    }
    QSaveFile output(file);
    if (!output.open(QIODevice::WriteOnly) || output.write(opml) != opml.size() || !output.commit()) {
        context.err << tr("feeds export-opml: cannot write %1: %2").arg(shownPath(file), output.errorString())
                    << QLatin1Char('\n');
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace Veille
