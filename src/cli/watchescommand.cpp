// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "watchescommand.h"

#include "articles/articlestore.h"
#include "db/database.h"
#include "text/printable.h"
#include "watches/watchcounter.h"
#include "watches/watchquery.h"
#include "watches/watchstore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Veille {

namespace {
const QString jsonOption = QStringLiteral("json");
const QString unreadOption = QStringLiteral("unread");
const QString folderOption = QStringLiteral("folder");

// How many positional arguments each subcommand takes, its name first.
int argumentsOf(const QString &sub)
{
    if (sub == QLatin1String("add"))
        return 3;
    if (sub == QLatin1String("show") || sub == QLatin1String("remove"))
        return 2;
    return sub == QLatin1String("list") ? 1 : -1;
}
} // namespace

QString WatchesCommand::description() const
{
    return tr("Watches, saved searches with their unread counts:\n"
              "  add NAME QUERY  save QUERY (the search syntax, entity: included) as NAME\n"
              "  list            the watches and their unread articles\n"
              "  show NAME       the articles the watch lists, newest first\n"
              "  remove NAME     delete the watch");
}

void WatchesCommand::setUp(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("SUBCOMMAND"), tr("add, list, show or remove."),
                                 QStringLiteral("add NAME QUERY|list|show NAME|remove NAME"));
    parser.addOption({ jsonOption, tr("list and show: print JSON.") });
    parser.addOption({ unreadOption, tr("show: only the articles not read yet.") });
    parser.addOption({ folderOption, tr("add: put the watch in FOLDER."), QStringLiteral("FOLDER") });
}

int WatchesCommand::execute(const QCommandLineParser &parser, CommandContext &context)
{
    const QStringList args = parser.positionalArguments();
    const QString sub = args.value(0);
    const int expected = argumentsOf(sub);
    if (expected < 0)
        return usageError(context, tr("watches: give add NAME QUERY, list, show NAME or remove NAME"));
    if (args.size() != expected)
        return usageError(context,
                          expected == 3 ? tr("watches add: give a NAME and a QUERY")
                              : expected == 2
                              ? tr("watches %1: give one NAME").arg(sub)
                              : tr("watches list: unexpected argument %1").arg(printable(args.value(1))));
    const std::unique_ptr<Database> database = openDatabase(context);
    if (!database)
        return ExitFailure;
    if (sub == QLatin1String("add"))
        return add(parser, *database, context);
    if (sub == QLatin1String("list"))
        return list(parser, *database, context);
    if (sub == QLatin1String("show"))
        return show(parser, *database, context);
    return remove(args.at(1), *database, context);
}

int WatchesCommand::add(const QCommandLineParser &parser, const Database &database, CommandContext &context)
{
    Watch watch;
    watch.name = parser.positionalArguments().at(1);
    watch.search = parser.positionalArguments().at(2);
    watch.folder = parser.value(folderOption);
    // What the search did not understand is said, as the search field
    // says it; the watch is saved all the same (an entity may come later).
    QStringList problems;
    watchQuery(database.connection(), watch, &problems);
    for (const QString &problem : std::as_const(problems))
        context.err << tr("watches add: %1").arg(printable(problem)) << '\n';
    WatchStore store(database.connection());
    const qint64 id = store.add(watch);
    if (!id) {
        context.err << tr("watches add: %1").arg(printable(store.lastError())) << '\n';
        return ExitFailure;
    }
    context.out << id << '\n';
    return ExitOk;
}

int WatchesCommand::list(const QCommandLineParser &parser, const Database &database, CommandContext &context)
{
    const WatchStore store(database.connection());
    const QVector<Watch> watches = store.watches();
    const WatchCounter::Counts counts = WatchCounter::count(database.connection(), watches);
    if (!store.lastError().isEmpty() || !counts.error.isEmpty()) {
        context.err << (store.lastError().isEmpty() ? counts.error : store.lastError()) << '\n';
        return ExitFailure;
    }
    QJsonArray array;
    for (const Watch &watch : watches) {
        const int unread = counts.unread.value(watch.id);
        if (!parser.isSet(jsonOption)) {
            context.out << unread << '\t' << printable(watch.folder) << '\t' << printable(watch.name) << '\t'
                        << printable(watch.search) << '\n';
            continue;
        }
        QJsonObject object;
        object.insert(QStringLiteral("id"), watch.id);
        object.insert(QStringLiteral("name"), watch.name);
        object.insert(QStringLiteral("folder"), watch.folder);
        object.insert(QStringLiteral("query"), watch.search);
        object.insert(QStringLiteral("entity"), watch.entityLabel);
        object.insert(QStringLiteral("unread"), unread);
        array.append(object);
    }
    if (parser.isSet(jsonOption))
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    return ExitOk;
}

int WatchesCommand::show(const QCommandLineParser &parser, const Database &database, CommandContext &context)
{
    const QString name = parser.positionalArguments().at(1);
    const WatchStore store(database.connection());
    const std::optional<Watch> watch = store.watchNamed(name);
    if (!watch) {
        context.err << tr("no watch is named “%1”").arg(printable(name)) << '\n';
        return ExitFailure;
    }
    ArticleQuery query = watchQuery(database.connection(), *watch);
    query.unreadOnly = query.unreadOnly || parser.isSet(unreadOption);
    return printArticles(ArticleStore(database.connection()), query, parser.isSet(jsonOption), context);
}

int WatchesCommand::remove(const QString &name, const Database &database, CommandContext &context)
{
    WatchStore store(database.connection());
    const std::optional<Watch> watch = store.watchNamed(name);
    if (!watch || !store.remove(watch->id)) {
        context.err << (store.lastError().isEmpty() ? tr("no watch is named “%1”").arg(printable(name))
                                                    : store.lastError())
                    << '\n';
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace Veille
