// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "watchcommand.h"

#include "db/database.h"
#include "import/watchedfolderstore.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace Veille {

QString WatchCommand::description() const
{
    return tr("Watched folders, whose new or changed files Veille imports while it runs:\n"
              "  add FOLDER      watch FOLDER\n"
              "  remove FOLDER   stop watching FOLDER\n"
              "  list            the watched folders");
}

void WatchCommand::setUp(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("SUBCOMMAND"), tr("add, remove or list."),
                                 QStringLiteral("add|remove|list [FOLDER]"));
}

int WatchCommand::execute(const QCommandLineParser &parser, CommandContext &context)
{
    const QStringList args = parser.positionalArguments();
    const QString sub = args.value(0);
    const bool needsFolder = sub == QLatin1String("add") || sub == QLatin1String("remove");
    if (!needsFolder && sub != QLatin1String("list"))
        return usageError(context, tr("watch: give add FOLDER, remove FOLDER or list"));
    if (needsFolder != (args.size() == 2) || (!needsFolder && args.size() != 1))
        return usageError(context, tr("watch %1: give one folder").arg(sub));
    if (sub == QLatin1String("add") && !QFileInfo(args.at(1)).isDir())
        return usageError(context, tr("watch add: %1 is not a folder").arg(shownPath(args.at(1))));

    const std::unique_ptr<Database> database = openDatabase(context);
    if (!database)
        return ExitFailure;
    WatchedFolderStore store(database->connection());
    if (sub == QLatin1String("list")) {
        const QStringList folders = store.folders();
        for (const QString &folder : folders)
            context.out << shownPath(folder) << QLatin1Char('\n');
        return store.lastError().isEmpty() ? ExitOk : ExitFailure;
    }
    const bool done = sub == QLatin1String("add") ? store.add(args.at(1)) : store.remove(args.at(1));
    if (!store.lastError().isEmpty()) {
        context.err << store.lastError() << QLatin1Char('\n');
        return ExitFailure;
    }
    if (!done) {
        context.err << tr("watch remove: %1 is not watched").arg(shownPath(args.at(1))) << QLatin1Char('\n');
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace Veille
