// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/sqlerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace Veille {

/*! \brief What a restore brought back: the rows it added, table by table,
 * and the passages and exclusions it could not attach to an article. */
struct RestoreReport {
    int entityTypes = 0;
    int entities = 0;
    int aliases = 0;
    int suppressions = 0;
    int exclusions = 0;
    int labels = 0;
    int passages = 0;
    int tags = 0;
    int watchedFolders = 0;
    int states = 0; //!< articles whose read state or star came back
    int feeds = 0; //!< feed subscriptions
    int watches = 0; //!< saved searches
    /*! \brief Passages whose article is not in this database: they stay in
     * the backup file, and a restore after importing the article adds them. */
    int unattachedPassages = 0;
    int unattachedExclusions = 0;
    /*! \brief The articles those passages belong to, by path. */
    QStringList missingArticles;

    /*! \brief Whether the gazetteer changed, so that mentions must be found again. */
    bool gazetteerChanged() const { return entities + aliases + suppressions + exclusions > 0; }
    int added() const
    {
        return entityTypes + entities + aliases + suppressions + exclusions + labels + passages + tags + watchedFolders
            + states + feeds + watches;
    }
};

/*! \brief Copies the user's own work (passages, notes, labels, tags and
 * gazetteer curation) to a small SQLite file, and brings it back.
 *
 * Articles are left out: they can be imported again. Passages and
 * exclusions keep their article's path and content hash, so that a restore
 * attaches them to the same article in another database. A restore only
 * adds what is missing, so restoring twice adds nothing the second time.
 * It works on table names only, so it lives in db/ beside the migrations
 * that create them.
 *
 * On a team server (PostgreSQL) it writes and restores nothing: the
 * server's administrator backs the team's data up, and write() and
 * restore() say so.
 */
class UserDataBackup
{
    Q_DECLARE_TR_FUNCTIONS(Veille::UserDataBackup)
public:
    /*! \brief How many daily backups are kept. */
    static constexpr int Kept = 7;

    explicit UserDataBackup(const QSqlDatabase &db);

    /*! \brief The folder of the automatic backups of the database at
     * \a databasePath: "backups" beside it. */
    static QString folderFor(const QString &databasePath);
    /*! \brief The automatic backup's file name for \a day. */
    static QString fileNameFor(const QDate &day);
    /*! \brief The automatic backups in \a folder, newest first. */
    static QStringList backupsIn(const QString &folder);

    /*! \brief Writes a backup to \a file, replacing it; the file appears
     * only once complete. */
    bool write(const QString &file);
    /*! \brief Writes \a today's backup in \a folder unless one exists, then
     * keeps the Kept newest. Returns the file written, empty when none was
     * due or on failure (lastError() says which). */
    QString backUpIfDue(const QString &folder, const QDate &today);
    /*! \brief Adds to this database what \a file holds and it lacks. */
    std::optional<RestoreReport> restore(const QString &file);

    QString lastError() const { return m_error.text(); }
    /*! \brief What \a report added, table by table, in words:
     * "2 passages, 1 tags, …". */
    static QString describe(const RestoreReport &report);

private:
    bool attach(const QString &file);
    void detach();
    bool copyTables();
    bool isBackup();
    /*! Records \a why and returns true on a team server. */
    bool refusedOnServer(const QString &why);
    bool restoreGazetteer(RestoreReport &report);
    bool restorePassages(RestoreReport &report);
    bool restoreStates(RestoreReport &report);
    bool restoreFeeds(RestoreReport &report);
    bool restoreWatches(RestoreReport &report);
    /*! Runs \a sql when the backup has \a table: older backups lack some. */
    bool restoreIfPresent(const QString &table, const QString &sql, int *added);
    bool countUnattached(RestoreReport &report);
    bool run(const QString &sql, int *added = nullptr);
    bool hasUserWork();
    static void prune(const QString &folder);

    QSqlDatabase m_db;
    SqlError m_error;
};

} // namespace Veille
