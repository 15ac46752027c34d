// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/multirowinsert.h"

#include "db/sqlerror.h"

#include <QStringList>

#include <algorithm>

namespace Veille {

namespace {
// SQLite's historical limit on the parameters of one statement; newer
// builds allow more, but nothing is gained past a few dozen rows.
constexpr int MaxParameters = 999;
constexpr int MaxRows = 64;
} // namespace

MultiRowInsert::MultiRowInsert(const QSqlDatabase &db, const QString &head, int columns)
    : m_db(db)
    , m_head(head)
    , m_columns(std::max(columns, 1))
    , m_rowsPerStatement(std::clamp(MaxParameters / m_columns, 1, MaxRows))
{
}

void MultiRowInsert::addRow(const QVariantList &values)
{
    Q_ASSERT(values.size() == m_columns);
    m_values += values;
}

bool MultiRowInsert::flush(SqlError &error)
{
    const QVariantList values = m_values;
    m_values.clear();
    const int total = int(values.size()) / m_columns;
    for (int first = 0; first < total; first += m_rowsPerStatement) {
        const int rows = std::min(m_rowsPerStatement, total - first);
        QSqlQuery &query = statement(rows);
        for (int k = 0; k < rows * m_columns; ++k)
            query.bindValue(k, values.at(first * m_columns + k));
        if (!error.exec(query))
            return false;
    }
    return true;
}

QSqlQuery &MultiRowInsert::statement(int rows)
{
    const auto found = m_statements.find(rows);
    if (found != m_statements.end())
        return found->second;
    QStringList placeholders;
    for (int k = 0; k < m_columns; ++k)
        placeholders << QStringLiteral("?");
    const QString row = QLatin1Char('(') + placeholders.join(QStringLiteral(", ")) + QLatin1Char(')');
    QStringList values;
    for (int k = 0; k < rows; ++k)
        values << row;
    QSqlQuery &query = m_statements.emplace(rows, QSqlQuery(m_db)).first->second;
    query.prepare(m_head + QStringLiteral(" VALUES ") + values.join(QStringLiteral(", ")));
    return query;
}

} // namespace Veille
