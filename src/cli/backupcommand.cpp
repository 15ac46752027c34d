// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupcommand.h"

#include "db/database.h"
#include "db/userdatabackup.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>

namespace Veille {

QString BackupCommand::description() const
{
    return tr("Back up the user's data (passages, notes, labels, tags, gazetteer curation) now.");
}

void BackupCommand::setUp(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("Where to write the backup; by default today's file in the backups "
                                    "folder beside the database, of which the 7 newest are kept."),
                                 QStringLiteral("[FILE]"));
}

int BackupCommand::execute(const QCommandLineParser &parser, CommandContext &context)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() > 1)
        return usageError(context, tr("backup: unexpected argument %1").arg(args.at(1)));
    const auto database = openDatabase(context);
    if (!database)
        return ExitFailure;
    UserDataBackup backup(database->connection());
    // Unlike the application's daily backup, an explicit one replaces
    // today's file: the user asked for the data as it is now.
    QString file = args.value(0);
    if (file.isEmpty()) {
        const QString folder = UserDataBackup::folderFor(database->path());
        file = QDir(folder).filePath(UserDataBackup::fileNameFor(QDate::currentDate()));
        QFile::remove(file);
        file = backup.backUpIfDue(folder, QDate::currentDate());
    } else if (!backup.write(file)) {
        file.clear();
    }
    if (file.isEmpty()) {
        context.err << tr("backup failed: %1").arg(backup.lastError()) << '\n';
        return ExitFailure;
    }
    context.out << tr("backed up to %1").arg(shownPath(file)) << '\n';
    return ExitOk;
}

} // namespace Veille
