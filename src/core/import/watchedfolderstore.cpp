// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/watchedfolderstore.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>

namespace Veille {

WatchedFolderStore::WatchedFolderStore(const QSqlDatabase &db)
    : m_db(db)
{
}

QString WatchedFolderStore::normalised(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

QStringList WatchedFolderStore::folders() const
{
    QSqlQuery query(m_db);
    QStringList folders;
    if (!m_error.exec(query, QStringLiteral("SELECT path FROM watched_folders ORDER BY path")))
        return folders;
    while (query.next())
        folders.append(query.value(0).toString());
    return folders;
}

bool WatchedFolderStore::add(const QString &path)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO watched_folders(path) VALUES(:path) ON CONFLICT(path) DO NOTHING"));
    query.bindValue(QStringLiteral(":path"), normalised(path));
    return m_error.exec(query);
}

bool WatchedFolderStore::remove(const QString &path)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM watched_folders WHERE path = :path"));
    query.bindValue(QStringLiteral(":path"), normalised(path));
    if (!m_error.exec(query))
        return false;
    m_error.clear();
    return query.numRowsAffected() > 0;
}

} // namespace Veille
