// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcommand.h"

#include "import/columnmapping.h"
#include "import/importer.h"
#include "text/printable.h"

#include <QCommandLineParser>

namespace Veille {

namespace {
// The whole file up to a few hundred thousand articles; beyond, the check
// stops there and the import goes on (a write that meets damage still
// stops it).
constexpr int DamageCheckMilliseconds = 3000;
} // namespace

QString ImportCommand::description() const
{
    return tr("Import article files, or folders of them (recursively), into the database.");
}

void ImportCommand::setUp(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("PATH"), tr("Files or folders to import."),
                                 QStringLiteral("PATH..."));
    parser.addOption({QStringLiteral("format"),
                      tr("Read every file as a table in FORMAT: csv, tsv or jsonl (by default, the extension "
                         "decides: .csv, .tsv, .jsonl)."),
                      QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("map"),
                      tr("Which column gives each field of a table, e.g. title=headline,body=text; the fields are "
                         "title, body, date, source and url. Fields not named are guessed from the header; "
                         "\"date=\" means no column."),
                      QStringLiteral("FIELD=COLUMN,...")});
    parser.addOption({ QStringLiteral("bulk"),
                       tr("Write in batches of up to 4 seconds instead of a quarter of a second: faster for a large "
                          "import, but a window open on the same database waits up to 4 seconds to save anything.") });
}

void ImportCommand::printSummary(QTextStream &out, const ImportReport &report, int failed)
{
    out << tr("%n imported", nullptr, int(report.imported.size())) << QStringLiteral(", ")
        << tr("%n updated", nullptr, int(report.updated.size())) << QStringLiteral(", ")
        << tr("%n unchanged", nullptr, int(report.unchanged.size())) << QStringLiteral(", ")
        << tr("%n failed", nullptr, failed) << QLatin1Char('\n');
}

int ImportCommand::execute(const QCommandLineParser &parser, CommandContext &context)
{
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        return usageError(context, tr("import: give at least one file or folder"));

    Importer importer(context.databasePath);
    importer.setDamageCheck(DamageCheckMilliseconds);
    importer.setNameDetection(nameDetection());
    if (parser.isSet(QStringLiteral("bulk")))
        importer.setBatches(Importer::Batches::Bulk);
    if (parser.isSet(QStringLiteral("format"))) {
        const QString name = parser.value(QStringLiteral("format"));
        const std::optional<TableReader::Format> format = TableReader::formatFromName(name);
        if (!format)
            return usageError(context, tr("import: unknown format “%1”; use csv, tsv or jsonl").arg(name));
        importer.setTableFormat(format);
    }
    if (parser.isSet(QStringLiteral("map"))) {
        QString error;
        const std::optional<ColumnMapping> mapping = ColumnMapping::parse(parser.value(QStringLiteral("map")), &error);
        if (!mapping)
            return usageError(context, tr("import: bad --map: %1").arg(error));
        importer.setColumnMapping(*mapping);
    }
    // Said once: with two imports at once, each waits before many batches.
    bool told = false;
    QObject::connect(&importer, &Importer::waitingForWriter, [&context, &told] {
        if (!told)
            context.err << tr("waiting for another import…") << Qt::endl;
        told = true;
    });
    const ImportReport report = importer.run(paths);
    for (const ImportReport::Failure &failure : report.failures)
        context.err << tr("failed: %1: %2").arg(shownPath(failure.path), printable(failure.reason))
                    << QLatin1Char('\n');
    printSummary(context.out, report, int(report.failures.size()));
    if (!report.error.isEmpty()) {
        context.err << tr("import stopped: %1").arg(report.error) << QLatin1Char('\n');
        return ExitFailure;
    }
    return report.failures.isEmpty() ? ExitOk : ExitFailure;
}

} // namespace Veille
