// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "doctorcommand.h"

#include "db/userdatabackup.h"
#include "text/printable.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

#include <limits>

namespace Veille {

namespace {
const QString outputOption = QStringLiteral("output");
const QString recoverOption = QStringLiteral("recover");
const QString foldersOption = QStringLiteral("reimport-folders");
} // namespace

QString DoctorCommand::description() const
{
    return tr("Check the database file for damage; when there is some, write a recovered copy beside it, the "
              "user's work first, and say what was saved. The file itself is only read.");
}

void DoctorCommand::setUp(QCommandLineParser &parser) const
{
    parser.addOption({ outputOption,
                       tr("Where to write the recovered copy; by default NAME-recovered.sqlite beside the "
                          "database. It must not exist yet."),
                       tr("FILE") });
    parser.addOption({ recoverOption, tr("Write the recovered copy even when no damage is found.") });
    parser.addOption({ foldersOption,
                       tr("Also import again the folders the readable articles came from, to bring back "
                          "articles lost with the damage (new files there come in too).") });
}

int DoctorCommand::execute(const QCommandLineParser &parser, CommandContext &context)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(context, tr("doctor: unexpected argument %1").arg(parser.positionalArguments().first()));
    const QString path = context.databasePath;
    if (!QFileInfo(path).isFile()) {
        context.err << tr("%1 is not a database file").arg(shownPath(path)) << '\n';
        return ExitFailure;
    }
    // No time limit: the user asked for the whole check.
    const DatabaseCheck::Result check = DatabaseCheck(path, std::numeric_limits<int>::max()).run();
    printCheck(check, path, context);
    const bool sound = check.outcome == DatabaseCheck::Outcome::Sound;
    if (sound && !parser.isSet(recoverOption))
        return ExitOk;
    const QString recovered = parser.isSet(outputOption) ? parser.value(outputOption) : recoveredPathFor(path);
    DatabaseRecovery recovery(path, recovered);
    recovery.setReimportFolders(parser.isSet(foldersOption));
    const std::optional<RecoveryReport> report = recovery.run();
    if (!report) {
        context.err << tr("recovery failed: %1").arg(recovery.errorString()) << '\n';
        printLatestBackup(path, context);
        return ExitFailure;
    }
    printReport(*report, recovered, context);
    return sound ? ExitOk : ExitFailure;
}

QString DoctorCommand::recoveredPathFor(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral("-recovered.sqlite"));
}

void DoctorCommand::printCheck(const DatabaseCheck::Result &result, const QString &path, CommandContext &context)
{
    switch (result.outcome) {
    case DatabaseCheck::Outcome::Sound:
        context.out << tr("%1: no damage found").arg(shownPath(path)) << '\n';
        return;
    case DatabaseCheck::Outcome::Damaged:
        context.out << tr("%1 is damaged:").arg(shownPath(path)) << '\n';
        for (const QString &problem : result.problems)
            context.out << "  " << printable(problem) << '\n';
        return;
    case DatabaseCheck::Outcome::Unfinished:
    case DatabaseCheck::Outcome::Failed:
        context.out << tr("%1 cannot be checked: %2").arg(shownPath(path), printable(result.error)) << '\n';
        return;
    }
}

void DoctorCommand::printReport(const RecoveryReport &report, const QString &recovered, CommandContext &context)
{
    context.out << tr("recovered copy written to %1").arg(shownPath(recovered)) << '\n';
    context.out << tr("rows read, table by table (the user's work first):") << '\n';
    for (const DatabaseSalvage::TableReport &table : report.tables) {
        context.out << "  " << table.table << ": " << table.rows;
        if (table.damagedReads > 0)
            context.out << ' ' << tr("(%n damaged read(s): the rows there are lost)", nullptr, table.damagedReads);
        context.out << '\n';
    }
    context.out << tr("the user's work as read is also in %1").arg(shownPath(report.userDataBackup)) << '\n';
    if (!report.reimported.isEmpty())
        context.out << tr("imported again: %n file(s) or folder(s), which brought back %1 article(s)", nullptr,
                          int(report.reimported.size()))
                           .arg(report.articlesBack)
                    << '\n';
    printSetAside(report, recovered, context);
    context.out << tr("names found again in %n article(s)", nullptr, report.mentionsFound) << '\n';
    if (report.check.outcome == DatabaseCheck::Outcome::Sound)
        context.out << tr("the recovered copy has no damage; open it with: veille --db %1").arg(shownPath(recovered))
                    << '\n';
    else
        context.out << tr("the recovered copy is not sound either: %1").arg(printable(report.check.summary())) << '\n';
}

void DoctorCommand::printSetAside(const RecoveryReport &report, const QString &recovered, CommandContext &context)
{
    if (report.passagesSetAside == 0)
        return;
    // Never dropped in silence: they are in the backup, and a restore
    // after importing their articles brings them back.
    context.out << tr("%n passage(s) whose article is lost are kept only in the user data backup; import these "
                      "files again, then run: veille-cli --db %1 restore %2",
                      nullptr, report.passagesSetAside)
                       .arg(shownPath(recovered), shownPath(report.userDataBackup))
                << '\n';
    for (const QString &path : report.missingArticles)
        context.out << "  " << shownPath(path) << '\n';
}

void DoctorCommand::printLatestBackup(const QString &databasePath, CommandContext &context)
{
    const QStringList backups = UserDataBackup::backupsIn(UserDataBackup::folderFor(databasePath));
    if (backups.isEmpty())
        return;
    context.out << tr("the newest automatic backup of the user's work is %1; restore it into a new database with: "
                      "veille-cli --db NEW restore %1")
                       .arg(shownPath(backups.constFirst()))
                << '\n';
}

} // namespace Veille
