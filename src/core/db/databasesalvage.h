// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/sqlerror.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Veille {

/*! \brief Copies every row that can still be read from a damaged database
 * into a new one, then lets the caller fill the gaps.
 *
 * The rows are read through SQL, table by table, the user's own tables
 * first. A read that meets damage skips forward to the next row it can
 * reach by rowid, so one bad page costs the rows on it and not the rest of
 * the table. What can be found again is not copied: the search index is
 * rebuilt, and mentions and suggestions are found again by indexing; the
 * undo journal is left behind with the damage.
 *
 * It works on table names only, so it lives in db/ beside the migrations.
 */
class DatabaseSalvage
{
    Q_DECLARE_TR_FUNCTIONS(Veille::DatabaseSalvage)
public:
    /*! \brief What was read of one table. */
    struct TableReport {
        QString table;
        int rows = 0; //!< rows copied
        int damagedReads = 0; //!< reads that met damage; rows after each were skipped or lost
    };

    /*! \brief Salvages \a damagedPath, which is only read, into the sound
     * Veille database open on \a target (new, or made by a previous salvage). */
    DatabaseSalvage(const QString &damagedPath, const QSqlDatabase &target);

    /*! \brief Copies the readable rows of every table both databases have;
     * false when the damaged file cannot be read at all (lastError()). */
    bool copyRows();
    QVector<TableReport> tables() const { return m_tables; }

    /*! \brief The files of the articles that passages and exclusions refer
     * to but whose rows were lost: importing them brings them back. */
    QStringList lostArticlePaths() const;
    /*! \brief The paths of the articles salvaged. */
    QStringList articlePaths() const;
    /*! \brief Points passages whose article row was lost at the article
     * with the same path, once it is imported again. */
    bool relinkPassages();
    /*! \brief Removes the rows that refer to a lost row: passages whose
     * article is lost (a backup written before keeps them, and restoring it
     * after importing the article brings them back), their tags,
     * exclusions, and aliases and entities whose entity or type is lost.
     * Returns how many passages; -1 on failure. */
    int removeDangling();
    /*! \brief Rebuilds the full-text index from the salvaged articles. */
    bool rebuildSearchIndex();

    QString lastError() const { return m_error.text(); }

private:
    QStringList tablesToCopy();
    bool copyTable(const QSqlDatabase &source, const QString &table);
    bool copyFrom(const QSqlDatabase &source, const QString &table, const QStringList &columns, bool byRowid,
                  TableReport &report);
    QStringList strings(const QString &sql) const;
    bool skipDamage(const QSqlDatabase &source, const QString &table, qint64 &after);

    QString m_damagedPath;
    QSqlDatabase m_target;
    QVector<TableReport> m_tables;
    SqlError m_error;
};

} // namespace Veille
