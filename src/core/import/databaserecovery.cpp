// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/databaserecovery.h"

#include "articles/storystore.h"
#include "db/database.h"
#include "db/userdatabackup.h"
#include "entities/mentionindexer.h"
#include "import/importer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <limits>

namespace Veille {

DatabaseRecovery::DatabaseRecovery(const QString &damagedPath, const QString &recoveredPath)
    : m_damagedPath(damagedPath)
    , m_recoveredPath(recoveredPath)
{
}

QString DatabaseRecovery::userDataBackupFor(const QString &recoveredPath)
{
    const QFileInfo info(recoveredPath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral("-userdata.sqlite"));
}

QString DatabaseRecovery::sourceFileOf(const QString &articlePath)
{
    if (QFileInfo(articlePath).isFile())
        return articlePath;
    // A table row's path is the table's, "#", and the row's url or rank;
    // the file's own name may hold a "#" too.
    for (int hash = articlePath.indexOf(QLatin1Char('#')); hash > 0;
         hash = articlePath.indexOf(QLatin1Char('#'), hash + 1)) {
        if (QFileInfo(articlePath.left(hash)).isFile())
            return articlePath.left(hash);
    }
    return {};
}

std::optional<RecoveryReport> DatabaseRecovery::run()
{
    m_error.clear();
    if (QFileInfo::exists(m_recoveredPath) || QFileInfo::exists(userDataBackupFor(m_recoveredPath))) {
        m_error = tr("%1 or its user data backup already exists; name a new file").arg(m_recoveredPath);
        return std::nullopt;
    }
    RecoveryReport report;
    if (!recoverRows(report)) {
        // A half-made copy would only be mistaken for a recovered one; the
        // user data backup, if written, stays.
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(m_recoveredPath + suffix);
        return std::nullopt;
    }
    MentionIndexer indexer(m_recoveredPath);
    report.mentionsFound = indexer.run();
    if (report.mentionsFound < 0) {
        m_error =
            tr("the rows were saved, but finding the names in the articles failed: %1").arg(indexer.errorString());
        return std::nullopt;
    }
    report.check = DatabaseCheck(m_recoveredPath, std::numeric_limits<int>::max()).run();
    return report;
}

bool DatabaseRecovery::recoverRows(RecoveryReport &report)
{
    Database target(m_recoveredPath, Database::uniqueConnectionName(QStringLiteral("veille-recovered")));
    if (!target.open()) {
        m_error = tr("cannot create %1: %2").arg(m_recoveredPath, target.errorString());
        return false;
    }
    DatabaseSalvage salvage(m_damagedPath, target.connection());
    if (!saveRows(target, salvage, report) || !reimportLost(salvage, report) || !rebuild(salvage, report))
        return false;
    // Stories are derived: the salvage left them behind, and they are
    // filed again from the articles as saved.
    StoryStore stories(target.connection());
    if (stories.assignMissing() < 0) {
        m_error = tr("the rows were saved, but grouping the wire copies failed: %1").arg(stories.lastError());
        return false;
    }
    return true;
}

bool DatabaseRecovery::saveRows(Database &target, DatabaseSalvage &salvage, RecoveryReport &report)
{
    if (!salvage.copyRows()) {
        m_error = salvage.lastError();
        return false;
    }
    report.tables = salvage.tables();
    // The user's work, as read, in a file of its own before any further
    // step: whatever happens next, it is saved.
    const QString backup = userDataBackupFor(m_recoveredPath);
    UserDataBackup writer(target.connection());
    if (!writer.write(backup)) {
        m_error = tr("cannot write the user data backup: %1").arg(writer.lastError());
        return false;
    }
    report.userDataBackup = backup;
    return true;
}

bool DatabaseRecovery::reimportLost(DatabaseSalvage &salvage, RecoveryReport &report)
{
    QStringList sources = sourcesOf(salvage.lostArticlePaths());
    if (m_reimportFolders)
        sources += sourcesOf(salvage.articlePaths());
    sources.removeDuplicates();
    if (sources.isEmpty())
        return true;
    Importer importer(m_recoveredPath);
    const ImportReport imported = importer.run(sources);
    if (!imported.error.isEmpty()) {
        m_error = tr("importing the lost articles again failed: %1").arg(imported.error);
        return false;
    }
    report.reimported = sources;
    report.articlesBack = int(imported.imported.size());
    if (!salvage.relinkPassages()) {
        m_error = salvage.lastError();
        return false;
    }
    return true;
}

QStringList DatabaseRecovery::sourcesOf(const QStringList &articlePaths) const
{
    // With m_reimportFolders, the folder of each article file (a table is
    // imported whole, as it was).
    QSet<QString> sources;
    for (const QString &path : articlePaths) {
        const QString file = sourceFileOf(path);
        if (file.isEmpty())
            continue;
        sources.insert(m_reimportFolders && file == path ? QFileInfo(file).absolutePath() : file);
    }
    QStringList sorted(sources.cbegin(), sources.cend());
    sorted.sort();
    return sorted;
}

bool DatabaseRecovery::rebuild(DatabaseSalvage &salvage, RecoveryReport &report)
{
    report.missingArticles = salvage.lostArticlePaths();
    report.passagesSetAside = salvage.removeDangling();
    if (report.passagesSetAside < 0 || !salvage.rebuildSearchIndex()) {
        m_error = salvage.lastError();
        return false;
    }
    return true;
}

} // namespace Veille
