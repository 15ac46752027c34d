// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace Veille {

class SqlError;

/*! \brief The columns of \a table in \a db, in their order: none when
 * \a db cannot say (\a error then says why). SQLite and PostgreSQL list
 * them differently; this is the one place that knows how. */
QStringList tableColumns(const QSqlDatabase &db, const QString &table, SqlError &error);

/*! \brief The columns \a table has in both \a source and \a target, in
 * the target's order. A database from an older or newer Veille may lack a
 * column: only what both have is copied, and the target's defaults fill
 * the rest. */
QStringList sharedColumns(const QSqlDatabase &source, const QSqlDatabase &target, const QString &table,
                          SqlError &error);

} // namespace Veille
