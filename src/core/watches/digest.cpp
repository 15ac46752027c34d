// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "watches/digest.h"

#include "articles/articlestore.h"
#include "entities/entitystore.h"
#include "watches/watchquery.h"

namespace Veille {

namespace {

constexpr int SnippetLength = 280;
constexpr int EntitiesShown = 8;

// The body's start, cut at a word, when no search gave a snippet.
QString bodyStart(const QString &body)
{
    QString text = body.simplified();
    if (text.size() <= SnippetLength)
        return text;
    int cut = text.lastIndexOf(QLatin1Char(' '), SnippetLength);
    if (cut < SnippetLength / 2)
        cut = SnippetLength;
    return text.left(cut) + QStringLiteral("…");
}

Digest::Item readItem(const ArticleStore &articles, const EntityStore &entities, const ArticleStore::Page &page,
                      int row)
{
    Digest::Item item;
    item.article = page.rows.at(row);
    if (row < page.hits.size() && !page.hits.at(row).snippet.isEmpty()) {
        item.snippet = page.hits.at(row).snippet.simplified();
    } else {
        const std::optional<Article> article = articles.article(item.article.id);
        item.snippet = article ? bodyStart(article->body) : QString();
    }
    const QVector<EntityStore::Count> named = entities.countsInArticle(item.article.id);
    for (int k = 0; k < named.size() && k < EntitiesShown; ++k)
        item.entities << named.at(k).name;
    return item;
}

} // namespace

Digest Digest::collect(const QSqlDatabase &db, const QVector<Watch> &watches, const Selection &selection)
{
    Digest digest;
    const ArticleStore articles(db);
    const EntityStore entities(db);
    const EntityStore::Finder find = entities.finder();
    for (const Watch &watch : watches) {
        Section section;
        section.watch = watch;
        ArticleQuery query = watchQuery(db, watch, nullptr, find);
        query.importedSince = selection.importedSince;
        query.unreadOnly = query.unreadOnly || selection.unreadOnly;
        query.sortKey = ArticleQuery::SortKey::Date;
        query.order = Qt::DescendingOrder;
        section.total = articles.count(query);
        const ArticleStore::Page page = articles.page(query, std::nullopt, selection.perWatch);
        for (int row = 0; row < page.rows.size(); ++row)
            section.items.append(readItem(articles, entities, page, row));
        digest.sections.append(section);
        if (!articles.lastError().isEmpty()) {
            digest.error = articles.lastError();
            break;
        }
    }
    return digest;
}

} // namespace Veille
