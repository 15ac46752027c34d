// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include "db/database.h"

#include <QCommandLineParser>
#include <QDir>

namespace Veille {

int Command::run(const QStringList &arguments, CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show help for this command."));
    parser.addOption(help);
    setUp(parser);
    QStringList args = arguments;
    args.first() = QStringLiteral("veille-cli [--db FILE] ") + name();
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

std::unique_ptr<Database> Command::openDatabase(CommandContext &context)
{
    auto database = std::make_unique<Database>(context.databasePath, QStringLiteral("veille-cli"));
    if (database->open())
        return database;
    context.err << tr("cannot open the database %1: %2")
                       .arg(QDir::toNativeSeparators(context.databasePath), database->errorString())
                << QLatin1Char('\n');
    return nullptr;
}

} // namespace Veille
