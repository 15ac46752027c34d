// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/feedarticle.h"

#include <QCryptographicHash>

namespace Veille {

ArticleParser::Result feedArticle(const FeedItem &item, const QString &feedTitle, const QString &feedKey)
{
    QString id = item.guid;
    if (id.isEmpty())
        id = item.link;
    if (id.isEmpty())
        id = item.title;
    const QString path = QStringLiteral("feed:") + feedKey + QLatin1Char('#') + id;
    QString body = item.text;
    if (!item.link.isEmpty())
        body += QStringLiteral("\n\n") + item.link;
    ArticleParser::Result result = ArticleParser::parseFields(item.title, body, path);
    Article &article = result.article;
    article.date = item.date;
    article.source = feedTitle.simplified();
    // Everything the list and the reading pane show: a change to any of it
    // is an update.
    const QString shown = article.title + QLatin1Char('\n') + article.date.toIsoString() + QLatin1Char('\n')
        + article.source + QLatin1Char('\n') + article.photoCredit + QLatin1Char('\n') + article.body;
    article.contentHash =
        QString::fromLatin1(QCryptographicHash::hash(shown.toUtf8(), QCryptographicHash::Sha256).toHex());
    return result;
}

} // namespace Veille
