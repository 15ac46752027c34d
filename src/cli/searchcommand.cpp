// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchcommand.h"

#include "articlejson.h"
#include "search/articlesearcher.h"
#include "text/codepoints.h"
#include "db/database.h"
#include "search/searchquery.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace Veille {

namespace {
const QString jsonOption = QStringLiteral("json");
const QString limitOption = QStringLiteral("limit");
const QString sortOption = QStringLiteral("sort");

// The snippet with its matched words in [brackets], for a terminal.
QString bracketed(const SearchHit &hit)
{
    QString text = hit.snippet;
    for (auto mark = hit.marks.crbegin(); mark != hit.marks.crend(); ++mark) {
        text.insert(mark->end, QLatin1Char(']'));
        text.insert(mark->start, QLatin1Char('['));
    }
    return text;
}
} // namespace

QString SearchCommand::description() const
{
    QStringList fields;
    const QVector<SearchQuery::Field> all = SearchQuery::fields();
    for (const SearchQuery::Field &field : all)
        fields << field.name + QLatin1Char(':');
    return tr("Search the articles: words, \"phrases\", prefix*, OR, -word, %1.").arg(fields.join(QStringLiteral(", ")));
}

void SearchCommand::setUp(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("query"),
                                 tr("What to search; several arguments are joined with spaces. Put -- before a "
                                    "query that starts with -."),
                                 QStringLiteral("QUERY..."));
    parser.addOption({jsonOption, tr("Print a JSON array of {id, title, date, source, snippet, score}.")});
    parser.addOption({limitOption, tr("Print at most N articles (default 20)."), QStringLiteral("N"),
                      QStringLiteral("20")});
    parser.addOption({sortOption,
                      tr("relevance (the default; by date beyond %1 matches) or date.").arg(ArticleStore::RelevanceLimit),
                      QStringLiteral("relevance|date"), QStringLiteral("relevance")});
}

int SearchCommand::execute(const QCommandLineParser &parser, CommandContext &context)
{
    const QString text = parser.positionalArguments().join(QLatin1Char(' '));
    if (text.trimmed().isEmpty())
        return usageError(context, tr("search: give a query, e.g. veille-cli search '\"semi-conducteurs\" Hanoï'"));
    bool ok = false;
    const int limit = parser.value(limitOption).toInt(&ok);
    if (!ok || limit < 1)
        return usageError(context, tr("search: --limit needs a positive number, not “%1”").arg(parser.value(limitOption)));
    const QString sort = parser.value(sortOption);
    if (sort != QLatin1String("relevance") && sort != QLatin1String("date"))
        return usageError(context, tr("search: --sort is relevance or date, not “%1”").arg(sort));
    // A script must not mistake a guess for what it asked: the syntax is exact here.
    const QStringList syntax = SearchQuery::parse(text).problems();
    if (!syntax.isEmpty())
        return usageError(context, tr("search: syntax error: %1").arg(syntax.join(QLatin1Char(' '))));

    const auto database = openDatabase(context);
    if (!database)
        return ExitFailure;
    ArticleQuery base;
    base.sortKey = sort == QLatin1String("date") ? ArticleQuery::SortKey::Date : ArticleQuery::SortKey::Relevance;
    const ArticleSearcher::Result result = ArticleSearcher::run(database->connection(), base, text, limit);
    if (!result.error.isEmpty()) {
        context.err << result.error << '\n';
        return ExitFailure;
    }
    for (const QString &problem : result.problems)
        context.err << problem << '\n';
    if (result.sortedByDateInstead)
        context.err << tr("%1 matches: sorted by date, newest first, rather than by relevance").arg(result.count)
                    << '\n';

    const ArticleStore::Page &page = result.firstPage;
    if (parser.isSet(jsonOption)) {
        context.out << '[';
        for (int i = 0; i < page.rows.size(); ++i) {
            QJsonObject json = summaryToJson(page.rows.at(i));
            const SearchHit hit = page.hits.value(i);
            json.insert(QStringLiteral("snippet"), hit.snippet);
            json.insert(QStringLiteral("score"),
                        page.hits.isEmpty() || !hit.scored ? QJsonValue() : QJsonValue(hit.score));
            QJsonArray marks;
            for (const auto &mark : hit.marks)
                marks.append(QJsonArray{CodePoints::fromUtf16(hit.snippet, mark.start), CodePoints::fromUtf16(hit.snippet, mark.end)});
            json.insert(QStringLiteral("marks"), marks);
            context.out << (i ? ",\n  " : "\n  ")
                        << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
        }
        context.out << (page.rows.isEmpty() ? "]\n" : "\n]\n");
    } else {
        for (int i = 0; i < page.rows.size(); ++i) {
            const ArticleSummary &summary = page.rows.at(i);
            const QString date = summary.date.isNull() ? tr("undated") : summary.date.toIsoString();
            context.out << summary.id << '\t' << date << '\t' << summary.source << '\t' << summary.title << '\n';
            if (i < page.hits.size() && !page.hits.at(i).snippet.isEmpty())
                context.out << '\t' << bracketed(page.hits.at(i)) << '\n';
        }
        context.err << tr("%1 of %2 matching articles").arg(page.rows.size()).arg(result.count) << '\n';
    }
    return result.problems.isEmpty() ? ExitOk : ExitFailure;
}

} // namespace Veille
