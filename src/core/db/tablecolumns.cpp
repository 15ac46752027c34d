// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/tablecolumns.h"

#include "db/sqldialect.h"
#include "db/sqlerror.h"

#include <QSqlQuery>
#include <QVariant>

namespace Veille {

QStringList tableColumns(const QSqlDatabase &db, const QString &table, SqlError &error)
{
    QSqlQuery query(db);
    query.prepare(isPostgres(db) ? QStringLiteral("SELECT column_name FROM information_schema.columns"
                                                  " WHERE table_schema = current_schema() AND table_name = ?"
                                                  " ORDER BY ordinal_position")
                                 : QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"));
    query.addBindValue(table);
    QStringList columns;
    if (!error.exec(query))
        return columns;
    while (query.next())
        columns << query.value(0).toString();
    return columns;
}

QStringList sharedColumns(const QSqlDatabase &source, const QSqlDatabase &target, const QString &table, SqlError &error)
{
    const QStringList sourceColumns = tableColumns(source, table, error);
    QStringList shared;
    for (const QString &column : tableColumns(target, table, error)) {
        if (sourceColumns.contains(column))
            shared << column;
    }
    return shared;
}

} // namespace Veille
