// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlError;

namespace Veille {

class SqlError
{
    Q_DECLARE_TR_FUNCTIONS(Veille::SqlError)
public:
    /*! \brief Explains an SQLite failure to a user: a locked database, a
     * full disk or a read-only file get plain words, not SQLite's own. */
    static QString describe(const QSqlError &error);
};

} // namespace Veille
