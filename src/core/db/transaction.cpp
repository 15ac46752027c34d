// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/transaction.h"

#include "db/sqlerror.h"

#include <QSqlError>

namespace Veille {

Transaction::Transaction(const QSqlDatabase &db, SqlError &error)
    : m_db(db)
    , m_error(error)
{
    m_open = begin(m_db, m_error);
}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::commit()
{
    // Never begun (that failure is recorded), or already ended: there is
    // nothing of ours to commit, and the connection may be in someone
    // else's transaction.
    if (!m_open)
        return false;
    m_open = false;
    return commit(m_db, m_error);
}

void Transaction::rollback()
{
    if (m_open)
        rollback(m_db);
    m_open = false;
}

bool Transaction::begin(QSqlDatabase &db, SqlError &error)
{
    if (db.transaction())
        return true;
    error.record(db.lastError());
    return false;
}

bool Transaction::commit(QSqlDatabase &db, SqlError &error)
{
    if (db.commit())
        return true;
    error.record(db.lastError());
    db.rollback();
    return false;
}

void Transaction::rollback(QSqlDatabase &db)
{
    db.rollback();
}

} // namespace Veille
