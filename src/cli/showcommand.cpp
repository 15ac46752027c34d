// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "showcommand.h"

#include "articlejson.h"
#include "articles/articlestore.h"
#include "articles/storystore.h"
#include "db/database.h"
#include "entities/entitystore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

namespace Veille {

namespace {
const QString jsonOption = QStringLiteral("json");
}

QString ShowCommand::description() const
{
    return tr("Show one article: its title, date, source, photo credit and text.");
}

void ShowCommand::setUp(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The article's id, as printed by list."));
    parser.addOption({jsonOption, tr("Print a JSON object with photo_credit, body, path, mentions, suggestions and copies (the other "
                                    "versions of a wire story: id, title, source, similarity) as well.")});
}

int ShowCommand::execute(const QCommandLineParser &parser, CommandContext &context)
{
    const QStringList args = parser.positionalArguments();
    bool isNumber = false;
    const qint64 id = args.size() == 1 ? args.first().toLongLong(&isNumber) : 0;
    if (!isNumber)
        return usageError(context, tr("show: give one article id, a number"));
    const auto database = openDatabase(context);
    if (!database)
        return ExitFailure;
    const ArticleStore store(database->connection());
    const std::optional<Article> article = store.article(id);
    if (!article) {
        context.err << (store.lastError().isEmpty() ? tr("no article with id %1").arg(id) : store.lastError())
                    << '\n';
        return ExitFailure;
    }
    if (parser.isSet(jsonOption)) {
        const EntityStore entities(database->connection());
        QJsonObject json = articleToJson(*article);
        json.insert(QStringLiteral("mentions"), mentionsToJson(*article, entities));
        json.insert(QStringLiteral("suggestions"), suggestionsToJson(*article, entities));
        json.insert(QStringLiteral("copies"), copiesToJson(*article, StoryStore(database->connection())));
        context.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    context.out << article->title << '\n'
                << (article->date.isNull() ? tr("undated") : article->date.toIsoString());
    if (!article->source.isEmpty())
        context.out << QStringLiteral(" · ") << article->source;
    context.out << '\n';
    if (!article->photoCredit.isEmpty())
        context.out << tr("Photo: %1").arg(article->photoCredit) << '\n';
    context.out << '\n' << article->body << '\n';
    return ExitOk;
}

} // namespace Veille
