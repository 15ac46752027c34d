// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/databasecheck.h"
#include "db/databasesalvage.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace Veille {

class Database;

/*! \brief What a recovery saved, and what it could not. */
struct RecoveryReport {
    QVector<DatabaseSalvage::TableReport> tables; //!< the rows read from the damaged file
    QString userDataBackup; //!< a backup of the user's work as salvaged, written before anything else
    QStringList reimported; //!< files and folders imported again
    int articlesBack = 0; //!< articles those imports added
    int passagesSetAside = 0; //!< passages kept only in userDataBackup: their article is lost
    QStringList missingArticles; //!< the files of those articles, which could not be read
    int mentionsFound = 0; //!< articles indexed again
    DatabaseCheck::Result check; //!< of the recovered file
};

/*! \brief Makes a sound database from a damaged one, never touching it.
 *
 * The user's work comes back first: the readable rows are copied, the
 * user's tables before the articles, and a backup of the user's work is
 * written as soon as they are. Articles that passages refer to but whose
 * rows were lost are imported again from their files. What still cannot
 * be attached stays in the backup, to restore once its article is back.
 * Then the search index and the mentions are made again, and the result
 * is checked.
 */
class DatabaseRecovery
{
    Q_DECLARE_TR_FUNCTIONS(Veille::DatabaseRecovery)
public:
    /*! \brief Recovers \a damagedPath into \a recoveredPath, which must
     * not exist yet. */
    DatabaseRecovery(const QString &damagedPath, const QString &recoveredPath);

    /*! \brief The backup written beside \a recoveredPath. */
    static QString userDataBackupFor(const QString &recoveredPath);
    /*! \brief The file an article's path was imported from: the path
     * itself, or the table file before its "#row" part. Empty when none
     * exists any more. */
    static QString sourceFileOf(const QString &articlePath);

    /*! \brief Also imports again the folders (and tables) the readable
     * articles came from, to bring back the articles whose rows were lost
     * with the damage: their paths went with them. New files in those
     * folders come in too. */
    void setReimportFolders(bool reimport) { m_reimportFolders = reimport; }

    std::optional<RecoveryReport> run();
    QString errorString() const { return m_error; }

private:
    bool recoverRows(RecoveryReport &report);
    bool saveRows(Database &target, DatabaseSalvage &salvage, RecoveryReport &report);
    bool reimportLost(DatabaseSalvage &salvage, RecoveryReport &report);
    QStringList sourcesOf(const QStringList &articlePaths) const;
    bool rebuild(DatabaseSalvage &salvage, RecoveryReport &report);

    QString m_damagedPath;
    QString m_recoveredPath;
    QString m_error;
    bool m_reimportFolders = false;
};

} // namespace Veille
