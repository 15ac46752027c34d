// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migratecommand.h"

#include "db/database.h"
#include "db/serveraddress.h"
#include "entities/mentionindexer.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace Veille {

namespace {
const QString fromOption = QStringLiteral("from");
const QString toOption = QStringLiteral("to");
} // namespace

QString MigrateCommand::description() const
{
    return tr("Copy the articles, the gazetteer and your passages from one database to another, e.g. a local "
              "file to the team server or back; what the destination has already is not copied again.");
}

void MigrateCommand::setUp(QCommandLineParser &parser) const
{
    parser.addOption(
        { fromOption, tr("Copy from SOURCE: a database file or a postgresql:// address."), QStringLiteral("SOURCE") });
    parser.addOption({ toOption,
                       tr("Copy into DESTINATION: a database file (made when missing) or a postgresql:// address."),
                       QStringLiteral("DESTINATION") });
}

int MigrateCommand::execute(const QCommandLineParser &parser, CommandContext &context)
{
    if (!parser.isSet(fromOption) || !parser.isSet(toOption) || !parser.positionalArguments().isEmpty())
        return usageError(context, tr("migrate: give --from SOURCE and --to DESTINATION"));
    const QString from = parser.value(fromOption);
    const QString to = parser.value(toOption);
    if (from == to || (QFileInfo(from).exists() && QFileInfo(from) == QFileInfo(to)))
        return usageError(context, tr("migrate: the source and the destination are the same database"));
    // A source file must exist: opening a missing one would make it.
    if (!QFileInfo(from).isFile() && !ServerAddress::isServerLocation(from)) {
        context.err << tr("no database %1").arg(shownPath(from)) << '\n';
        return ExitFailure;
    }
    const auto source = openDatabaseAt(from, QStringLiteral("veille-cli-from"), context);
    const auto target = source ? openDatabaseAt(to, QStringLiteral("veille-cli-to"), context) : nullptr;
    if (!target)
        return ExitFailure;
    DatabaseCopy copy(source->connection(), target->connection());
    copy.setProgress([&context](int copied, int total) {
        context.err << tr("articles: %1 / %2").arg(copied).arg(total) << '\n';
        context.err.flush();
    });
    const bool copied = copy.copy();
    printReport(copy.report(), context);
    if (!copied) {
        context.err << tr("the copy stopped: %1").arg(copy.lastError()) << '\n';
        return ExitFailure;
    }
    return copy.report().mentionsChanged() ? findMentions(target->path(), context) : ExitOk;
}

int MigrateCommand::findMentions(const QString &location, CommandContext &context)
{
    // Mentions are found again rather than copied: their ids would have to
    // be mapped one by one, and the destination's gazetteer may know more.
    context.err << tr("finding the names in the destination's articles…") << '\n';
    MentionIndexer indexer(location);
    indexer.setNameDetection(nameDetection());
    if (indexer.run() < 0) {
        context.err << tr("copied, but finding the names in the articles failed: %1").arg(indexer.errorString())
                    << '\n';
        return ExitFailure;
    }
    return ExitOk;
}

void MigrateCommand::printReport(const DatabaseCopy::Report &report, CommandContext &context)
{
    context.out << tr("copied: %1 of %2 articles, %3 entity types, %4 entities, %5 aliases, %6 suppressions, "
                      "%7 passages, %8 tags, %9 labels, %10 read or starred marks, %11 watches, %12 feeds")
                       .arg(report.articles)
                       .arg(report.articlesTotal)
                       .arg(report.entityTypes)
                       .arg(report.entities)
                       .arg(report.aliases)
                       .arg(report.suppressions)
                       .arg(report.passages)
                       .arg(report.tags)
                       .arg(report.labels)
                       .arg(report.states)
                       .arg(report.watches)
                       .arg(report.feeds)
                << '\n';
    if (report.unattachedPassages > 0)
        context.out << tr("not copied: %1 passages whose article is not in the source").arg(report.unattachedPassages)
                    << '\n';
}

} // namespace Veille
