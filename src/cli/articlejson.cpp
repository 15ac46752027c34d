// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlejson.h"

#include "article.h"

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

} // namespace Veille
