// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

namespace Veille {

struct Article;
struct ArticleSummary;

/*! \brief {id, title, date, source}: date is ISO at its precision or null. */
QJsonObject summaryToJson(const ArticleSummary &summary);
/*! \brief The summary plus photo_credit, body and path. */
QJsonObject articleToJson(const Article &article);

} // namespace Veille
