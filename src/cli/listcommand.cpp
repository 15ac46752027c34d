// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "listcommand.h"

#include "articlejson.h"
#include "articles/articlestore.h"
#include "db/database.h"
#include "entities/entitystore.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace Veille {

namespace {
const QString jsonOption = QStringLiteral("json");
const QString entityOption = QStringLiteral("entity");
const QString unreadOption = QStringLiteral("unread");
const QString starredOption = QStringLiteral("starred");
const QString storiesOption = QStringLiteral("stories");
}

QString ListCommand::description() const
{
    return tr("List the articles, newest first: id, date, source and title.");
}

void ListCommand::setUp(QCommandLineParser &parser) const
{
    parser.addOption({ jsonOption, tr("Print a JSON array of {id, title, date, source, read, starred, story, copies}: "
                                      "story is the id of the article's story of wire copies, copies how many "
                                      "other articles it holds.") });
    parser.addOption({ storiesOption, tr("One row per story of wire copies, its first article's, with the number "
                                         "of other copies as a fifth column.") });
    parser.addOption({ unreadOption, tr("Only the articles not read yet.") });
    parser.addOption({ starredOption, tr("Only the starred articles.") });
    parser.addOption({entityOption, tr("Only the articles that mention this entity (a name, an alias or an id)."),
                      QStringLiteral("NAME_OR_ID")});
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

    ArticleQuery query;
    query.unreadOnly = parser.isSet(unreadOption);
    query.starredOnly = parser.isSet(starredOption);
    const bool stories = parser.isSet(storiesOption);
    if (stories)
        query.storyHead = ArticleQuery::StoryHead::Original;
    if (parser.isSet(entityOption)) {
        const EntityStore entities(database->connection());
        const QVector<Entity> found = entities.find(parser.value(entityOption));
        if (found.size() != 1) {
            context.err << (found.isEmpty() ? tr("no entity is named “%1”").arg(parser.value(entityOption))
                                            : tr("“%1” names %2 entities; give an id (see entities list)")
                                                  .arg(parser.value(entityOption))
                                                  .arg(found.size()))
                        << '\n';
            return ExitFailure;
        }
        query.entityId = found.first().id;
    }
    // Page through by keyset: a million articles never sit in memory.
    std::optional<ArticleCursor> cursor;
    bool first = true;
    if (json)
        context.out << '[';
    for (;;) {
        const ArticleStore::Page page = store.page(query, cursor, 1000);
        for (const ArticleSummary &summary : page.rows) {
            if (json) {
                QJsonObject object = summaryToJson(summary);
                object.insert(QStringLiteral("read"), summary.read);
                object.insert(QStringLiteral("starred"), summary.starred);
                object.insert(QStringLiteral("story"), summary.story);
                object.insert(QStringLiteral("copies"), summary.copies);
                context.out << (first ? "\n  " : ",\n  ")
                            << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
            } else {
                const QString date = summary.date.isNull() ? tr("undated") : summary.date.toIsoString();
                context.out << summary.id << '\t' << date << '\t' << summary.source << '\t' << summary.title;
                if (stories)
                    context.out << '\t' << (summary.copies ? tr("+%n copies", nullptr, summary.copies) : QString());
                context.out << '\n';
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
