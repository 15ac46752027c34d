// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/sqlerror.h"

#include <QSqlDatabase>
#include <QStringList>

namespace Veille {

/*! \brief The folders whose new or changed files are imported while Veille
 * runs (the watched_folders table). Paths are stored absolute and clean.
 *
 * Works on an injected connection; failures are told by lastError().
 */
class WatchedFolderStore
{
public:
    explicit WatchedFolderStore(const QSqlDatabase &db);

    /*! \brief The watched folders, sorted. */
    QStringList folders() const;
    /*! \brief Watches \a path; adding it twice changes nothing. */
    bool add(const QString &path);
    /*! \brief Stops watching \a path; false (with no error) when it was not watched. */
    bool remove(const QString &path);

    /*! \brief The form a folder is stored in: absolute, clean, no trailing slash. */
    static QString normalised(const QString &path);

    QString lastError() const { return m_error.text(); }

private:
    QSqlDatabase m_db;
    mutable SqlError m_error;
};

} // namespace Veille
