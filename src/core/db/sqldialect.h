// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

namespace Veille {

/*! \brief The SQL a connection speaks: the embedded SQLite file, or a
 * team's PostgreSQL server. Stores write one set of statements and keep
 * the few that differ in one place each, chosen by this. */
enum class SqlDialect {
    SQLite,
    PostgreSQL,
};

inline SqlDialect sqlDialect(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL") ? SqlDialect::PostgreSQL : SqlDialect::SQLite;
}

inline bool isPostgres(const QSqlDatabase &db)
{
    return sqlDialect(db) == SqlDialect::PostgreSQL;
}

} // namespace Veille
