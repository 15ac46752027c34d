// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "restorecommand.h"

#include "db/database.h"
#include "db/userdatabackup.h"
#include "entities/mentionindexer.h"

#include <QCommandLineParser>

namespace Veille {

QString RestoreCommand::description() const
{
    return tr("Bring back the user's data from a backup file; what the database already has is left as it is.");
}

void RestoreCommand::setUp(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("A backup file (see the backup command)."));
}

int RestoreCommand::execute(const QCommandLineParser &parser, CommandContext &context)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return usageError(context, tr("restore: give one backup file"));
    const auto database = openDatabase(context);
    if (!database)
        return ExitFailure;
    UserDataBackup backup(database->connection());
    const std::optional<RestoreReport> report = backup.restore(args.first());
    if (!report) {
        context.err << tr("cannot restore %1: %2").arg(shownPath(args.first()), backup.lastError()) << '\n';
        return ExitFailure;
    }
    printReport(*report, context);
    if (!report->gazetteerChanged())
        return ExitOk;
    // Restored names and exclusions may be anywhere: every article is read again.
    MentionIndexer indexer(database->path());
    indexer.setNameDetection(nameDetection());
    if (indexer.run() < 0) {
        context.err
            << tr("the names were restored, but finding them in the articles failed: %1").arg(indexer.errorString())
            << '\n';
        return ExitFailure;
    }
    return ExitOk;
}

void RestoreCommand::printReport(const RestoreReport &report, CommandContext &context)
{
    context.out << tr("restored: %1").arg(UserDataBackup::describe(report)) << '\n';
    if (report.unattachedPassages == 0 && report.unattachedExclusions == 0)
        return;
    // Never dropped in silence: they stay in the backup, and a restore after
    // importing their articles brings them back.
    context.out << tr("not restored: %1 passages and %2 exclusions whose article is not in this database (or has "
                      "changed); import it, then restore again:")
                       .arg(report.unattachedPassages)
                       .arg(report.unattachedExclusions)
                << '\n';
    for (const QString &path : report.missingArticles)
        context.out << "  " << shownPath(path) << '\n';
}

} // namespace Veille
