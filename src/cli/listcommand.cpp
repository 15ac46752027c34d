// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "listcommand.h"

#include "articlejson.h"
#include "articlestore.h"
#include "database.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace Veille {

namespace {
const QString jsonOption = QStringLiteral("json");
}

QString ListCommand::description() const
{
    return tr("List the articles, newest first: id, date, source and title.");
}

void ListCommand::setUp(QCommandLineParser &parser) const
{
    parser.addOption({jsonOption, tr("Print a JSON array of {id, title, date, source}.")});
}

int ListCommand::execute(const QCommandLineParser &parser, CommandContext &context)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(context, tr("list: unexpected argument %1").arg(parser.positionalArguments().first()));
    const auto database = openDatabase(context);
    if (!database)
        return ExitFailure;
    const ArticleStore store(database->connection());
    const bool json = parser.isSet(jsonOption);

    // Page through by keyset: a million articles never sit in memory.
    const ArticleQuery query;
    std::optional<ArticleCursor> cursor;
    bool first = true;
    if (json)
        context.out << '[';
    for (;;) {
        const ArticleStore::Page page = store.page(query, cursor, 1000);
        for (const ArticleSummary &summary : page.rows) {
            if (json) {
                context.out << (first ? "\n  " : ",\n  ")
                            << QString::fromUtf8(QJsonDocument(summaryToJson(summary)).toJson(QJsonDocument::Compact));
            } else {
                const QString date = summary.date.isNull() ? tr("undated") : summary.date.toIsoString();
                context.out << summary.id << '\t' << date << '\t' << summary.source << '\t' << summary.title << '\n';
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
