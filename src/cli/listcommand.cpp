// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "listcommand.h"

#include "articles/articlestore.h"
#include "db/database.h"
#include "entities/entitystore.h"

#include <QCommandLineParser>

namespace Veille {

namespace {
const QString jsonOption = QStringLiteral("json");
const QString entityOption = QStringLiteral("entity");
const QString unreadOption = QStringLiteral("unread");
const QString starredOption = QStringLiteral("starred");
const QString storiesOption = QStringLiteral("stories");
} // namespace

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
    parser.addOption({ entityOption, tr("Only the articles that mention this entity (a name, an alias or an id)."),
                       QStringLiteral("NAME_OR_ID") });
}

int ListCommand::execute(const QCommandLineParser &parser, CommandContext &context)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(context, tr("list: unexpected argument %1").arg(parser.positionalArguments().first()));
    const auto database = openDatabase(context);
    if (!database)
        return ExitFailure;
    const ArticleStore store(database->connection());

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
    return printArticles(store, query, parser.isSet(jsonOption), context, stories);
}

} // namespace Veille
