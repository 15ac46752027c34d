// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articles/articlequery.h"
#include "entities/entitystore.h"
#include "watches/watch.h"

#include <QSqlDatabase>
#include <QStringList>

namespace Veille {

/*! \brief The articles \a watch lists, as the article list would list them
 * with its search, filters and chip: entity names are looked up on \a db,
 * or with \a find when given (one gazetteer read for many watches). Adds
 * what was not understood to \a problems when given. */
ArticleQuery watchQuery(const QSqlDatabase &db, const Watch &watch, QStringList *problems = nullptr,
                        const EntityStore::Finder &find = {});

} // namespace Veille
