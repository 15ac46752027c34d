// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/sqlerror.h"
#include "watches/watch.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVector>

#include <optional>

namespace Veille {

/*! \brief Reads and writes watches (saved searches), their folders and order.
 *
 * Names are unique. Watches are user data: backups, restores and the
 * doctor's salvage carry the watches table. Writes report failure
 * through lastError(), in words for the user.
 */
class WatchStore
{
    Q_DECLARE_TR_FUNCTIONS(Veille::WatchStore)
public:
    explicit WatchStore(const QSqlDatabase &db);

    /*! \brief Every watch, by folder (none first), then position, then name. */
    QVector<Watch> watches() const;
    std::optional<Watch> watch(qint64 id) const;
    std::optional<Watch> watchNamed(const QString &name) const;
    /*! \brief The folders that hold watches, in the order watches() lists them. */
    QStringList folders() const;

    /*! \brief Adds \a watch at the end of its folder; returns its id, 0 on
     * failure (an empty or taken name). */
    qint64 add(const Watch &watch);
    /*! \brief Writes \a watch's search, filters, chip, name and folder over
     * the stored watch with its id; a new folder puts it at the end. */
    bool update(const Watch &watch);
    bool remove(qint64 id);
    /*! \brief Swaps watch \a id with its neighbour in its folder: \a delta
     * -1 for up, +1 for down. False when there is none that way. */
    bool move(qint64 id, int delta);

    QString lastError() const { return m_error.text(); }

private:
    bool checkName(const QString &name, qint64 id);
    int nextPosition(const QString &folder) const;
    bool setPosition(qint64 id, int position);

    QSqlDatabase m_db;
    mutable SqlError m_error;
};

} // namespace Veille
