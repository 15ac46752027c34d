// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcommand.h"

#include "importer.h"

#include <QCommandLineParser>
#include <QDir>

namespace Veille {

QString ImportCommand::description() const
{
    return tr("Import article files, or folders of them (recursively), into the database.");
}

void ImportCommand::setUp(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("PATH"), tr("Files or folders to import."),
                                 QStringLiteral("PATH..."));
}

int ImportCommand::execute(const QCommandLineParser &parser, CommandContext &context)
{
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        return usageError(context, tr("import: give at least one file or folder"));

    Importer importer(context.databasePath);
    const ImportReport report = importer.run(paths);
    for (const ImportReport::Failure &failure : report.failures)
        context.err << tr("failed: %1: %2").arg(QDir::toNativeSeparators(failure.path), failure.reason)
                    << QLatin1Char('\n');
    context.out << tr("%n imported", nullptr, int(report.imported.size())) << QStringLiteral(", ")
                << tr("%n updated", nullptr, int(report.updated.size())) << QStringLiteral(", ")
                << tr("%n unchanged", nullptr, int(report.unchanged.size())) << QStringLiteral(", ")
                << tr("%n failed", nullptr, int(report.failures.size())) << QLatin1Char('\n');
    if (!report.error.isEmpty()) {
        context.err << tr("import stopped: %1").arg(report.error) << QLatin1Char('\n');
        return ExitFailure;
    }
    return report.failures.isEmpty() ? ExitOk : ExitFailure;
}

} // namespace Veille
