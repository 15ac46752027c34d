// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupcommand.h"
#include "bookmarkscommand.h"
#include "db/database.h"
#include "db/serveraddress.h"
#include "digestcommand.h"
#include "doctorcommand.h"
#include "entitiescommand.h"
#include "feedscommand.h"
#include "importcommand.h"
#include "listcommand.h"
#include "markcommand.h"
#include "migratecommand.h"
#include "restorecommand.h"
#include "searchcommand.h"
#include "showcommand.h"
#include "util/translations.h"
#include "watchcommand.h"
#include "watchescommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>
#include <memory>
#include <vector>

using namespace Veille;

namespace {

// The database the commands work on: --db FILE, --server URL or the
// default file; empty after saying what is wrong.
QString chosenLocation(const QCommandLineParser &parser, const QCommandLineOption &dbOption,
                       const QCommandLineOption &serverOption, QTextStream &err)
{
    if (parser.isSet(dbOption) && parser.isSet(serverOption)) {
        err << QCoreApplication::translate("main", "give either --db or --server, not both") << '\n';
        return {};
    }
    if (!parser.isSet(serverOption))
        return parser.isSet(dbOption) ? parser.value(dbOption) : Database::defaultPath();
    const ServerAddress server = ServerAddress::parse(parser.value(serverOption));
    if (!server.isValid()) {
        err << server.errorString() << '\n';
        return {};
    }
    return parser.value(serverOption);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("veille"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VEILLE_VERSION));
    installTranslations(app);
    // Each command says what failed in words of its own; the SQL behind it
    // is for whoever asks: QT_LOGGING_RULES="veille.core.warning=true".
    QLoggingCategory::setFilterRules(QStringLiteral("veille.core.warning=false"));

    QTextStream out(stdout);
    QTextStream err(stderr);
#if QT_VERSION < QT_VERSION_CHECK(6, 0, 0)
    out.setCodec("UTF-8");
    err.setCodec("UTF-8");
#endif

    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<EntitiesCommand>());
    commands.push_back(std::make_unique<ListCommand>());
    commands.push_back(std::make_unique<MarkCommand>());
    commands.push_back(std::make_unique<ShowCommand>());
    commands.push_back(std::make_unique<SearchCommand>());
    commands.push_back(std::make_unique<BookmarksCommand>());
    commands.push_back(std::make_unique<WatchCommand>());
    commands.push_back(std::make_unique<FeedsCommand>());
    commands.push_back(std::make_unique<WatchesCommand>());
    commands.push_back(std::make_unique<DigestCommand>());
    commands.push_back(std::make_unique<BackupCommand>());
    commands.push_back(std::make_unique<RestoreCommand>());
    commands.push_back(std::make_unique<DoctorCommand>());
    commands.push_back(std::make_unique<MigrateCommand>());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Veille's command-line tool."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QCoreApplication::translate("main", "Use the database FILE instead of the default."),
        QStringLiteral("FILE"));
    parser.addOption(dbOption);
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QCoreApplication::translate("main",
                                    "Use the team's PostgreSQL server at URL (postgresql://user@host:port/database); "
                                    "the password comes from ~/.pgpass or is asked for."),
        QStringLiteral("URL"));
    parser.addOption(serverOption);
    parser.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("main", "One of:"),
                                 QStringLiteral("COMMAND [ARGS...]"));
    for (const auto &command : commands)
        parser.addPositionalArgument(command->name(), command->description(), QString());

    if (!parser.parse(QCoreApplication::arguments())) {
        err << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(versionOption)) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return ExitOk;
    }
    const QStringList args = parser.positionalArguments();
    if (parser.isSet(helpOption) || args.isEmpty()) {
        (args.isEmpty() && !parser.isSet(helpOption) ? err : out) << parser.helpText();
        return parser.isSet(helpOption) ? ExitOk : ExitUsage;
    }
    const QString location = chosenLocation(parser, dbOption, serverOption, err);
    if (location.isEmpty())
        return ExitUsage;
    CommandContext context { location, out, err };
    for (const auto &command : commands) {
        if (command->name() == args.first())
            return command->run(args, context);
    }
    err << QCoreApplication::translate("main", "unknown command “%1”; see veille-cli --help").arg(args.first()) << '\n';
    return ExitUsage;
}
