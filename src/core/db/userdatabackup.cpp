// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/userdatabackup.h"

#include "db/sqldialect.h"
#include "db/transaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>

namespace Veille {

namespace {

const QString filePrefix = QStringLiteral("veille-userdata-");
const QString fileSuffix = QStringLiteral(".sqlite");
// Bumped when the tables of a backup change; a restore refuses others.
const int backupFormat = 1;

// The user's work, table by table, as the backup stores it. Passages and
// exclusions carry their article's path and content hash: article ids mean
// nothing in another database. Mentions and suggestions are left out, since
// re-indexing finds them again; so are the entities the tagger detected
// and nobody confirmed, and the undo journal, whose ids would not match.
const char *const backupTables[][2] = {
    { "entity_types", "SELECT id, name FROM main.entity_types" },
    { "entities", "SELECT id, name, type_id FROM main.entities WHERE status = 1" },
    { "aliases",
      "SELECT al.id, al.entity_id, al.text, al.case_sensitive, al.fold_accents FROM main.aliases al"
      " JOIN main.entities e ON e.id = al.entity_id WHERE e.status = 1" },
    { "suppressions", "SELECT text FROM main.suppressions" },
    { "mention_exclusions",
      "SELECT a.path AS article_path, a.content_hash AS article_hash, x.start_pos, x.end_pos"
      " FROM main.mention_exclusions x JOIN main.articles a ON a.id = x.article_id" },
    { "article_states",
      "SELECT a.path AS article_path, a.content_hash AS article_hash, s.read, s.starred, s.changed_at"
      " FROM main.article_states s JOIN main.articles a ON a.id = s.article_id" },
    { "passage_labels", "SELECT id, name, color FROM main.passage_labels" },
    { "passages",
      "SELECT p.id, p.article_path, p.quote, p.prefix, p.suffix, p.start_pos, p.end_pos, p.content_hash,"
      " p.state, p.note, p.search_key, p.label_id, p.created_at, p.updated_at, p.deleted_at,"
      " a.title AS article_title, a.content_hash AS article_hash"
      " FROM main.passages p LEFT JOIN main.articles a ON a.id = p.article_id" },
    { "passage_tags", "SELECT passage_id, tag FROM main.passage_tags" },
    { "watched_folders", "SELECT path FROM main.watched_folders" },
    { "feed_subscriptions", "SELECT url, origin, title, interval FROM main.feed_subscriptions" },
    // A watch's entity chip by the entity's name and type, as entities
    // are matched on restore.
    { "watches",
      "SELECT w.name, w.folder, w.position, w.search, w.filters, w.entity_label, w.created_at,"
      " e.name AS entity_name, t.name AS entity_type FROM main.watches w"
      " LEFT JOIN main.entities e ON e.id = w.entity_id LEFT JOIN main.entity_types t ON t.id = e.type_id" },
    // Whether the default gazetteer was loaded: restored with the entities,
    // so that the first import after a restore does not load it again.
    { "settings", "SELECT key, value FROM main.settings" },
};

// An entity is the same in two databases when its name and its type's
// name are: ids differ from one database to the next.
const QString sameEntity = QStringLiteral(" JOIN bk.entity_types bt ON bt.id = e.type_id"
                                          " JOIN main.entity_types mt ON mt.name = bt.name");

// A passage is the same when its article (by path), its creation time and
// its quote are: its position may have moved with a re-anchoring.
const QString samePassage = QStringLiteral(" JOIN main.articles a ON a.path = p.article_path"
                                           " LEFT JOIN main.passages q ON q.article_id = a.id"
                                           " AND q.created_at = p.created_at AND q.quote = p.quote");

} // namespace

UserDataBackup::UserDataBackup(const QSqlDatabase &db)
    : m_db(db)
{
}

QString UserDataBackup::folderFor(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QString UserDataBackup::fileNameFor(const QDate &day)
{
    return filePrefix + day.toString(Qt::ISODate) + fileSuffix;
}

QStringList UserDataBackup::backupsIn(const QString &folder)
{
    // ISO dates sort as text, so the newest name is the last.
    const QStringList names = QDir(folder).entryList({ filePrefix + QLatin1Char('*') + fileSuffix }, QDir::Files,
                                                     QDir::Name | QDir::Reversed);
    QStringList paths;
    for (const QString &name : names)
        paths << QDir(folder).filePath(name);
    return paths;
}

bool UserDataBackup::write(const QString &file)
{
    m_error.clear();
    if (refusedOnServer(tr("a team server's data is backed up by its administrator (pg_dump), not by Veille")))
        return false;
    // Written beside its final name and renamed when complete: a crash
    // never leaves half a backup where a restore would look.
    const QString partial = file + QStringLiteral(".part");
    QFile::remove(partial);
    if (!attach(partial))
        return false;
    const bool copied = copyTables();
    detach();
    QFile::remove(file);
    if (!copied || !QFile::rename(partial, file)) {
        if (copied)
            m_error.record(tr("cannot write the backup %1").arg(file));
        QFile::remove(partial);
        return false;
    }
    return true;
}

QString UserDataBackup::backUpIfDue(const QString &folder, const QDate &today)
{
    m_error.clear();
    // A team server is backed up on the server; nothing is due here.
    if (isPostgres(m_db))
        return {};
    const QString file = QDir(folder).filePath(fileNameFor(today));
    // A database with none of the user's work (new, or emptied by mistake)
    // is not backed up: a week of such starts would otherwise rotate the
    // last good backups away.
    if (QFileInfo::exists(file) || !hasUserWork())
        return {};
    if (!QDir().mkpath(folder)) {
        m_error.record(tr("cannot create the backup folder %1").arg(folder));
        return {};
    }
    if (!write(file))
        return {};
    prune(folder);
    return file;
}

bool UserDataBackup::hasUserWork()
{
    QSqlQuery query(m_db);
    return query.exec(QStringLiteral("SELECT EXISTS(SELECT 1 FROM passages) OR EXISTS(SELECT 1 FROM suppressions)"
                                     " OR EXISTS(SELECT 1 FROM mention_exclusions)"
                                     " OR EXISTS(SELECT 1 FROM article_states)"
                                     " OR EXISTS(SELECT 1 FROM feed_subscriptions)"
                                     " OR EXISTS(SELECT 1 FROM watches)"
                                     " OR EXISTS(SELECT 1 FROM passage_labels WHERE name <> '')"))
        && query.next() && query.value(0).toBool();
}

void UserDataBackup::prune(const QString &folder)
{
    const QStringList backups = backupsIn(folder);
    for (int i = Kept; i < backups.size(); ++i)
        QFile::remove(backups.at(i));
}

bool UserDataBackup::copyTables()
{
    // One read transaction over every table: the backup is one moment of
    // the database, and a deferred BEGIN writes only the attached file, so
    // an import going on meanwhile is not held up.
    if (!run(QStringLiteral("BEGIN")))
        return false;
    bool ok = run(QStringLiteral("CREATE TABLE bk.backup_info (key TEXT PRIMARY KEY, value)"))
        && run(QStringLiteral("INSERT INTO bk.backup_info VALUES ('format', %1), ('created_at', %2)")
                   .arg(backupFormat)
                   .arg(QDateTime::currentMSecsSinceEpoch()));
    for (const auto &table : backupTables) {
        if (!ok)
            break;
        ok = run(QStringLiteral("CREATE TABLE bk.%1 AS %2").arg(QLatin1String(table[0]), QLatin1String(table[1])));
    }
    if (ok)
        return Transaction::commit(m_db, m_error);
    Transaction::rollback(m_db);
    return false;
}

std::optional<RestoreReport> UserDataBackup::restore(const QString &file)
{
    m_error.clear();
    // A backup is an SQLite file that the restore attaches to the database:
    // the server cannot attach it.
    if (refusedOnServer(tr("a backup cannot be restored into a team server; restore it into a local database")))
        return std::nullopt;
    if (!QFileInfo(file).isFile()) {
        m_error.record(tr("%1 is not a file").arg(file));
        return std::nullopt;
    }
    if (!attach(file))
        return std::nullopt;
    RestoreReport report;
    bool ok = isBackup();
    if (ok) {
        Transaction transaction(m_db, m_error);
        ok = transaction.isOpen() && restoreGazetteer(report) && restorePassages(report) && restoreStates(report)
            && restoreFeeds(report)
            && restoreWatches(report)
            && run(QStringLiteral("INSERT OR IGNORE INTO main.watched_folders(path)"
                                  " SELECT path FROM bk.watched_folders"),
                   &report.watchedFolders)
            && run(QStringLiteral("INSERT OR IGNORE INTO main.settings(key, value) SELECT key, value FROM bk.settings"))
            && countUnattached(report) && transaction.commit();
    }
    detach();
    if (!ok)
        return std::nullopt;
    return report;
}

QString UserDataBackup::describe(const RestoreReport &report)
{
    return tr("%1 passages, %2 tags, %3 labels, %4 entities, %5 aliases, %6 entity types, %7 suppressions, "
              "%8 exclusions, %9 watched folders, %10 watches, %11 feeds, %12 read states")
        .arg(report.passages)
        .arg(report.tags)
        .arg(report.labels)
        .arg(report.entities)
        .arg(report.aliases)
        .arg(report.entityTypes)
        .arg(report.suppressions)
        .arg(report.exclusions)
        .arg(report.watchedFolders)
        .arg(report.watches)
        .arg(report.feeds)
        .arg(report.states);
}

bool UserDataBackup::refusedOnServer(const QString &why)
{
    if (!isPostgres(m_db))
        return false;
    m_error.record(why);
    return true;
}

bool UserDataBackup::isBackup()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT value FROM bk.backup_info WHERE key = 'format'")) || !query.next()
        || query.value(0).toInt() != backupFormat) {
        m_error.record(tr("this file is not a backup of Veille's user data"));
        return false;
    }
    return true;
}

bool UserDataBackup::restoreGazetteer(RestoreReport &report)
{
    return run(QStringLiteral("INSERT INTO main.entity_types(name) SELECT name FROM bk.entity_types"
                              " WHERE name NOT IN (SELECT name FROM main.entity_types)"),
               &report.entityTypes)
        && run(QStringLiteral("INSERT INTO main.entities(name, type_id) SELECT DISTINCT e.name, mt.id"
                              " FROM bk.entities e")
                   + sameEntity
                   + QStringLiteral(" LEFT JOIN main.entities m ON m.name = e.name AND m.type_id = mt.id"
                                    " WHERE m.id IS NULL"),
               &report.entities)
        && run(QStringLiteral("INSERT OR IGNORE INTO main.aliases(entity_id, text, case_sensitive, fold_accents)"
                              " SELECT m.id, al.text, al.case_sensitive, al.fold_accents"
                              " FROM bk.aliases al JOIN bk.entities e ON e.id = al.entity_id")
                   + sameEntity + QStringLiteral(" JOIN main.entities m ON m.name = e.name AND m.type_id = mt.id"),
               &report.aliases)
        && run(QStringLiteral("INSERT OR IGNORE INTO main.suppressions(text) SELECT text FROM bk.suppressions"),
               &report.suppressions)
        // Exclusions are spans: only where the article's text is the same.
        && run(QStringLiteral("INSERT OR IGNORE INTO main.mention_exclusions(article_id, start_pos, end_pos)"
                              " SELECT a.id, x.start_pos, x.end_pos FROM bk.mention_exclusions x"
                              " JOIN main.articles a ON a.path = x.article_path"
                              " AND a.content_hash = x.article_hash"),
               &report.exclusions);
}

bool UserDataBackup::restorePassages(RestoreReport &report)
{
    // A label the user named comes back where this database has it unnamed.
    int renamed = 0;
    const bool ok = run(QStringLiteral("INSERT INTO main.passage_labels(id, name, color) SELECT id, name, color"
                                       " FROM bk.passage_labels WHERE id NOT IN (SELECT id FROM main.passage_labels)"),
                        &report.labels)
        && run(QStringLiteral("UPDATE main.passage_labels SET"
                              " name = (SELECT b.name FROM bk.passage_labels b WHERE b.id = passage_labels.id),"
                              " color = (SELECT b.color FROM bk.passage_labels b WHERE b.id = passage_labels.id)"
                              " WHERE name = '' AND id IN (SELECT id FROM bk.passage_labels WHERE name != '')"),
               &renamed)
        && run(QStringLiteral("INSERT INTO main.passages(article_id, article_path, quote, prefix, suffix, start_pos,"
                              " end_pos, content_hash, state, note, search_key, label_id, created_at, updated_at,"
                              " deleted_at) SELECT a.id, p.article_path, p.quote, p.prefix, p.suffix, p.start_pos,"
                              " p.end_pos, p.content_hash, p.state, p.note, p.search_key, p.label_id, p.created_at,"
                              " p.updated_at, p.deleted_at FROM bk.passages p")
                   + samePassage + QStringLiteral(" WHERE q.id IS NULL ORDER BY p.id"),
               &report.passages)
        && run(QStringLiteral("INSERT OR IGNORE INTO main.passage_tags(passage_id, tag) SELECT q.id, t.tag"
                              " FROM bk.passage_tags t JOIN bk.passages p ON p.id = t.passage_id")
                   + samePassage + QStringLiteral(" WHERE q.id IS NOT NULL"),
               &report.tags);
    report.labels += renamed;
    return ok;
}

bool UserDataBackup::restoreStates(RestoreReport &report)
{
    // Backups written before read states existed have no such table. A
    // state comes back only where the article's text is the same: an
    // article updated since is unread again, as a re-import makes it.
    return restoreIfPresent(QStringLiteral("article_states"),
                            QStringLiteral("INSERT OR IGNORE INTO main.article_states(article_id, read, starred,"
                                           " changed_at) SELECT a.id, s.read, s.starred, s.changed_at"
                                           " FROM bk.article_states s JOIN main.articles a"
                                           " ON a.path = s.article_path AND a.content_hash = s.article_hash"),
                            &report.states);
}

bool UserDataBackup::restoreFeeds(RestoreReport &report)
{
    // Backups written before feeds existed have no such table. Without
    // its ETag and date, the first fetch after a restore reads each feed
    // whole: this database may not have its articles yet.
    return restoreIfPresent(QStringLiteral("feed_subscriptions"),
                            QStringLiteral("INSERT OR IGNORE INTO main.feed_subscriptions(url, origin, title, interval)"
                                           " SELECT url, origin, title, interval FROM bk.feed_subscriptions"),
                            &report.feeds);
}

bool UserDataBackup::restoreIfPresent(const QString &table, const QString &sql, int *added)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM bk.sqlite_master WHERE name = :name"));
    query.bindValue(QStringLiteral(":name"), table);
    if (!m_error.exec(query))
        return false;
    if (!query.next())
        return true;
    query.finish();
    return run(sql, added);
}

bool UserDataBackup::restoreWatches(RestoreReport &report)
{
    // Backups written before watches existed have none. A watch comes back
    // unless one has its name; its chip finds its entity by name and type.
    return restoreIfPresent(
        QStringLiteral("watches"),
        QStringLiteral("INSERT INTO main.watches(name, folder, position, search, filters, entity_id, entity_label,"
                       " created_at) SELECT w.name, w.folder, w.position, w.search, w.filters,"
                       " (SELECT m.id FROM main.entities m JOIN main.entity_types mt ON mt.id = m.type_id"
                       " WHERE m.name = w.entity_name AND mt.name = w.entity_type ORDER BY m.id LIMIT 1),"
                       " w.entity_label, w.created_at FROM bk.watches w"
                       " WHERE w.name NOT IN (SELECT name FROM main.watches) ORDER BY w.folder, w.position"),
        &report.watches);
}

bool UserDataBackup::countUnattached(RestoreReport &report)
{
    QSqlQuery query(m_db);
    const QString missing = QStringLiteral(" NOT IN (SELECT path FROM main.articles)");
    if (!m_error.exec(query,
                      QStringLiteral("SELECT article_path, COUNT(*) FROM bk.passages WHERE article_path") + missing
                          + QStringLiteral(" GROUP BY article_path ORDER BY article_path")))
        return false;
    while (query.next()) {
        report.missingArticles << query.value(0).toString();
        report.unattachedPassages += query.value(1).toInt();
    }
    if (!m_error.exec(query,
                      QStringLiteral("SELECT COUNT(*) FROM bk.mention_exclusions x WHERE NOT EXISTS"
                                     " (SELECT 1 FROM main.articles a WHERE a.path = x.article_path"
                                     " AND a.content_hash = x.article_hash)"))
        || !query.next())
        return false;
    report.unattachedExclusions = query.value(0).toInt();
    return true;
}

bool UserDataBackup::attach(const QString &file)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("ATTACH DATABASE ? AS bk"));
    query.addBindValue(file);
    return m_error.exec(query);
}

void UserDataBackup::detach()
{
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("DETACH DATABASE bk"));
}

bool UserDataBackup::run(const QString &sql, int *added)
{
    QSqlQuery query(m_db);
    if (!m_error.exec(query, sql))
        return false;
    if (added)
        *added = query.numRowsAffected();
    return true;
}

} // namespace Veille
