// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <map>

namespace Veille {

class SqlError;

/*! \brief Rows for one table, written a few dozen to a statement.
 *
 * On a team server every statement is a round trip to the server: an
 * article's 30 mentions written one statement each cost 30 of them, most
 * of an import's time. Rows collected here are written as
 * "INSERT … VALUES (…), (…), …", up to rowsPerStatement() to a statement.
 * The statements stay prepared from one flush() to the next, one per
 * number of rows, so a store that keeps its MultiRowInsert prepares each
 * shape once.
 * \code
 * MultiRowInsert insert(m_db, QStringLiteral("INSERT INTO t(a, b)"), 2);
 * insert.addRow({ 1, QStringLiteral("x") });
 * return insert.flush(m_error);
 * \endcode
 */
class MultiRowInsert
{
public:
    /*! \brief Inserts of \a columns values a row, after \a head: the
     * INSERT INTO clause with its column names. */
    MultiRowInsert(const QSqlDatabase &db, const QString &head, int columns);

    /*! \brief Adds a row; it holds one value per column. */
    void addRow(const QVariantList &values);
    /*! \brief Writes the rows added since the last flush, and forgets
     * them; false, with \a error recorded, when a statement failed. */
    bool flush(SqlError &error);

    int rowsPerStatement() const { return m_rowsPerStatement; }
    int pendingRows() const { return int(m_values.size()) / m_columns; }

private:
    QSqlQuery &statement(int rows);

    QSqlDatabase m_db;
    QString m_head;
    int m_columns = 1;
    int m_rowsPerStatement = 1;
    QVariantList m_values;
    std::map<int, QSqlQuery> m_statements;
};

} // namespace Veille
