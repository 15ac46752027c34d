// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlejson.h"

#include "articles/article.h"
#include "articles/storystore.h"
#include "text/codepoints.h"
#include "entities/entitystore.h"

namespace Veille {

QJsonObject summaryToJson(const ArticleSummary &summary)
{
    return {
        {QStringLiteral("id"), summary.id},
        {QStringLiteral("title"), summary.title},
        {QStringLiteral("date"), summary.date.isNull() ? QJsonValue() : QJsonValue(summary.date.toIsoString())},
        {QStringLiteral("source"), summary.source},
    };
}

QJsonObject articleToJson(const Article &article)
{
    QJsonObject json = summaryToJson({article.id, article.title, article.date, article.source});
    json.insert(QStringLiteral("photo_credit"), article.photoCredit);
    json.insert(QStringLiteral("body"), article.body);
    json.insert(QStringLiteral("path"), article.path);
    return json;
}

namespace {
// What found a mention, as show --json names it.
QString originName(MentionOrigin origin)
{
    switch (origin) {
    case MentionOrigin::Rule:
        return QStringLiteral("rule");
    case MentionOrigin::Model:
        return QStringLiteral("model");
    case MentionOrigin::Gazetteer:
        break;
    }
    return QStringLiteral("gazetteer");
}
} // namespace

QJsonArray mentionsToJson(const Article &article, const EntityStore &entities)
{
    QJsonArray array;
    QHash<qint64, EntityStore::Count> names;
    const QVector<Mention> mentions = entities.mentions(article.id);
    for (const Mention &mention : mentions) {
        auto name = names.find(mention.entityId);
        if (name == names.end())
            name = names.insert(mention.entityId, entities.count(mention.entityId).value_or(EntityStore::Count()));
        QJsonObject json{{QStringLiteral("start"), CodePoints::fromUtf16(article.body, mention.start)},
                         {QStringLiteral("end"), CodePoints::fromUtf16(article.body, mention.end)},
                         {QStringLiteral("text"), article.body.mid(mention.start, mention.end - mention.start)},
                         {QStringLiteral("entity_id"), mention.entityId},
                         {QStringLiteral("name"), name->name},
                         {QStringLiteral("type"), name->type}};
        if (!mention.role.isEmpty())
            json.insert(QStringLiteral("role"), mention.role);
        json.insert(QStringLiteral("origin"), originName(mention.origin));
        json.insert(QStringLiteral("confidence"), qRound(mention.confidence * 1000) / 1000.0);
        json.insert(QStringLiteral("status"), name->status == EntityStatus::Detected ? QStringLiteral("detected")
                                                                                        : QStringLiteral("confirmed"));
        array.append(json);
    }
    return array;
}

QJsonArray suggestionsToJson(const Article &article, const EntityStore &entities)
{
    QJsonArray array;
    const QVector<Suggestion> suggestions = entities.suggestions(article.id);
    for (const Suggestion &suggestion : suggestions) {
        QJsonObject json{{QStringLiteral("start"), CodePoints::fromUtf16(article.body, suggestion.start)},
                         {QStringLiteral("end"), CodePoints::fromUtf16(article.body, suggestion.end)},
                         {QStringLiteral("text"), suggestion.text},
                         {QStringLiteral("type"), suggestion.type},
                         {QStringLiteral("reason"), suggestion.reason}};
        if (suggestion.variantOf)
            json.insert(QStringLiteral("variant_of"), suggestion.variantOf);
        if (!suggestion.role.isEmpty())
            json.insert(QStringLiteral("role"), suggestion.role);
        array.append(json);
    }
    return array;
}

QJsonArray copiesToJson(const Article &article, const StoryStore &stories)
{
    QJsonArray array;
    const QVector<StoryStore::Copy> copies = stories.copiesOf(article.id);
    for (const StoryStore::Copy &copy : copies) {
        // Two decimals: a signature of 64 values estimates no finer.
        array.append(QJsonObject{{QStringLiteral("id"), copy.id},
                                 {QStringLiteral("title"), copy.title},
                                 {QStringLiteral("source"), copy.source},
                                 {QStringLiteral("similarity"), qRound(copy.similarity * 100) / 100.0}});
    }
    return array;
}

} // namespace Veille
