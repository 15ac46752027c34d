// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include "articlejson.h"
#include "articles/articlestore.h"
#include "db/database.h"
#include "db/databaseopener.h"
#include "db/serveraddress.h"
#include "ner/lazytagger.h"
#include "terminalpassword.h"
#include "text/printable.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

namespace Veille {

namespace {
const QString rawOption = QStringLiteral("raw");
} // namespace

int Command::run(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    const QCommandLineOption help(QStringList { QStringLiteral("h"), QStringLiteral("help") },
                                  tr("Show help for this command."));
    parser.addOption(help);
    setUp(parser);
    QStringList args = arguments;
    args.first() = QStringLiteral("veille-cli [--db FILE | --server URL] ") + name();
    if (!parser.parse(args))
        return usageError(context, parser.errorText());
    if (parser.isSet(help)) {
        context.out << parser.helpText();
        return ExitOk;
    }
    return execute(parser, context);
}

int Command::usageError(CommandContext &context, const QString &message)
{
    context.err << message << QLatin1Char('\n');
    return ExitUsage;
}

NameDetection Command::nameDetection()
{
    // A broken model is no tagger: the gazetteer and the rules still work.
    return {LazyTagger().get()};
}

std::unique_ptr<Database> Command::openDatabase(CommandContext &context)
{
    return openDatabaseAt(context.databasePath, QStringLiteral("veille-cli"), context);
}

std::unique_ptr<Database> Command::openDatabaseAt(const QString &location, const QString &connectionName,
                                                  CommandContext &context)
{
    const auto askOnTerminal = [](const QString &server, bool again) -> std::optional<QString> {
        if (!canAskForPassword())
            return std::nullopt;
        return readPassword(again ? tr("Wrong password. Password for %1: ").arg(printable(server))
                                  : tr("Password for %1: ").arg(printable(server)));
    };
    std::unique_ptr<Database> database = DatabaseOpener::open(location, connectionName, askOnTerminal);
    if (database->isOpen())
        return database;
    if (database->passwordRequired() && !canAskForPassword()) {
        context.err << tr("the server %1 asks for a password: put it in ~/.pgpass (a line "
                          "host:port:database:user:password, readable by you only), or run veille-cli on a "
                          "terminal to type it")
                           .arg(printable(ServerAddress::parse(location).display()))
                    << QLatin1Char('\n');
        return nullptr;
    }
    context.err << tr("cannot open the database %1: %2").arg(shownLocation(location), database->errorString())
                << QLatin1Char('\n');
    return nullptr;
}

QString Command::shownLocation(const QString &location)
{
    if (ServerAddress::isServerLocation(location))
        return printable(ServerAddress::parse(location).display());
    return shownPath(location);
}

void Command::addRawCsvOption(QCommandLineParser &parser)
{
    parser.addOption({ rawOption,
                       tr("Write CSV cells exactly as they are; by default a cell starting with =, +, -, "
                          "@, a tab or a carriage return is prefixed with ' so that a spreadsheet does "
                          "not run it as a formula.") });
}

CsvCells Command::csvCells(const QCommandLineParser &parser)
{
    return parser.isSet(rawOption) ? CsvCells::Raw : CsvCells::Safe;
}

QString Command::shownPath(const QString &path)
{
    return printable(QDir::toNativeSeparators(path));
}

int Command::printArticles(const ArticleStore &store, const ArticleQuery &query, bool json, CommandContext &context,
                           bool copies)
{
    std::optional<ArticleCursor> cursor;
    bool first = true;
    if (json)
        context.out << '[';
    for (;;) {
        const ArticleStore::Page page = store.page(query, cursor, 1000);
        for (const ArticleSummary &summary : page.rows) {
            if (json) {
                QJsonObject object = summaryToJson(summary);
                object.insert(QStringLiteral("read"), summary.read);
                object.insert(QStringLiteral("starred"), summary.starred);
                object.insert(QStringLiteral("story"), summary.story);
                object.insert(QStringLiteral("copies"), summary.copies);
                context.out << (first ? "\n  " : ",\n  ")
                            << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
            } else {
                const QString date = summary.date.isNull() ? tr("undated") : summary.date.toIsoString();
                context.out << summary.id << '\t' << date << '\t' << printable(summary.source) << '\t'
                            << printable(summary.title);
                if (copies)
                    context.out << '\t' << (summary.copies ? tr("+%n copies", nullptr, summary.copies) : QString());
                context.out << '\n';
            }
            first = false;
        }
        if (page.rows.isEmpty())
            break;
        cursor = page.cursors.last();
    }
    if (json)
        context.out << (first ? "]\n" : "\n]\n");
    if (!store.lastError().isEmpty()) {
        context.err << store.lastError() << '\n';
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace Veille
