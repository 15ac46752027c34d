// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/database.h"

#include "db/postgresschema.h"
#include "db/serveraddress.h"
#include "db/sqldialect.h"
#include "db/transaction.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

namespace Veille {

namespace {
// Why \a path cannot hold a database, or an empty string. SQLite would
// open a folder, a FIFO or a device and leave a "-journal" beside it, so
// only a regular file, or one that can be created, is a database path.
QString pathProblem(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.isFile() ? QString() : Database::tr("not a regular file");
    const QFileInfo folder(info.absolutePath());
    if (folder.isDir() && !folder.isWritable())
        return Database::tr("the file does not exist and its folder is not writable");
    return {};
}
} // namespace

Database::Database(const QString &path, const QString &connectionName)
    : m_path(path)
    , m_connectionName(connectionName)
{
}

Database::~Database()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/veille.sqlite");
}

QString Database::uniqueConnectionName(const QString &prefix)
{
    static QAtomicInt counter;
    return prefix + QLatin1Char('-') + QString::number(counter.fetchAndAddRelaxed(1));
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isOpen() const
{
    return connection().isOpen();
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (query.exec(versionQuery(connection())) && query.next())
        return query.value(0).toInt();
    return -1;
}

bool Database::setCacheSize(int kibibytes)
{
    // The server keeps its own cache.
    if (isPostgres(connection()))
        return true;
    // A PRAGMA takes no bound parameters; the value is an integer.
    QSqlQuery query(connection());
    return m_error.exec(query, QStringLiteral("PRAGMA cache_size = -%1").arg(kibibytes));
}

QVariant Database::setting(const QString &key) const
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = :key"));
    query.bindValue(QStringLiteral(":key"), key);
    return m_error.exec(query) && query.next() ? query.value(0) : QVariant();
}

bool Database::setSetting(const QString &key, const QVariant &value)
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES(:key, :value)"
                                 " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    query.bindValue(QStringLiteral(":key"), key);
    query.bindValue(QStringLiteral(":value"), value);
    return m_error.exec(query);
}

bool Database::open()
{
    const bool server = ServerAddress::isServerLocation(m_path);
    if (!(server ? openServer() : openFile()))
        return false;
    QSqlDatabase db = connection();
    // A file written by a newer Veille is refused before anything, even the
    // journal mode, is changed in it.
    const int current = storedVersion(db);
    const bool newer = current > SchemaVersion;
    if (newer) {
        m_error.record(tr("the database was written by a newer Veille (schema %1; this version knows %2)")
                           .arg(current)
                           .arg(SchemaVersion));
    }
    if (current < 0 || newer || (!server && !configure(db))) {
        db.close();
        return false;
    }
    if (!migrate(db, current))
        return false;
    if (server) {
        // An analyst's first connection gives them their palette. Not a
        // failure when it cannot be written (a read-only replica): the
        // labels are then only those the analyst has.
        QSqlQuery palette(db);
        palette.exec(PostgresSchema::ownLabels());
    }
    return true;
}

bool Database::openFile()
{
    if (m_path != QLatin1String(":memory:")) {
        const QString problem = pathProblem(m_path);
        if (!problem.isEmpty()) {
            m_error.record(problem);
            return false;
        }
        const QFileInfo info(m_path);
        if (!QDir().mkpath(info.absolutePath())) {
            m_error.record(tr("cannot create the folder %1").arg(QDir::toNativeSeparators(info.absolutePath())));
            return false;
        }
    }
    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
        ? QSqlDatabase::database(m_connectionName, false)
        : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    return openConnection(db);
}

bool Database::openServer()
{
    const ServerAddress address = ServerAddress::parse(m_path);
    if (!address.isValid()) {
        m_error.record(address.errorString());
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        m_error.record(tr("Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql, or libqt5sql5-psql)"));
        return false;
    }
    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
        ? QSqlDatabase::database(m_connectionName, false)
        : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    address.configure(db);
    if (db.open()) {
        // libpq prints the server's notices on stderr ("text-search query
        // contains only stop words"): they say nothing the user needs.
        QSqlQuery quiet(db);
        return m_error.exec(quiet, QStringLiteral("SET client_min_messages = warning"));
    }
    // libpq's words: "fe_sendauth: no password supplied", "password
    // authentication failed for user ...".
    const QString reason = db.lastError().databaseText() + db.lastError().driverText();
    m_passwordRequired = reason.contains(QLatin1String("password"));
    m_error.record(tr("cannot connect to %1: %2").arg(address.display(), db.lastError().databaseText().trimmed()));
    return false;
}

bool Database::openConnection(QSqlDatabase &db)
{
    db.setDatabaseName(m_path);
    // Another writer, maybe another process, may hold the lock: statements
    // outside a Transaction wait for it as long as a Transaction's begin.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(Transaction::WaitMilliseconds));
    if (db.open())
        return true;
    m_error.record(db.lastError());
    return false;
}

int Database::storedVersion(QSqlDatabase &db)
{
    // Reading user_version also fails on a file that is not a database. The
    // statement ends with this function: an unfinished one would block the
    // migrations' commit.
    QSqlQuery version(db);
    if (isPostgres(db) && !m_error.exec(version, PostgresSchema::prepareVersion()))
        return -1;
    if (!m_error.exec(version, versionQuery(db)))
        return -1;
    if (!version.next())
        return m_error.fail(version, -1);
    return version.value(0).toInt();
}

bool Database::configure(QSqlDatabase &db)
{
    // A new file's switch to WAL takes the write lock inside a statement
    // that has read: SQLite cannot wait for it there, so this does, for
    // another process creating the same file.
    QSqlQuery query(db);
    if (!Transaction::execWaiting(query, QStringLiteral("PRAGMA journal_mode=WAL"))) {
        m_error.record(query.lastError());
        return false;
    }
    // NORMAL in WAL mode survives a killed process; only power loss can
    // take the last commits. Temporary b-trees stay in memory: a common
    // word's set of matches (a million ids, about 20 MB) spilt to files
    // made its timeline twice as slow (1.2 s against 0.6 s at a million).
    return m_error.exec(query, QStringLiteral("PRAGMA synchronous=NORMAL"))
        && m_error.exec(query, QStringLiteral("PRAGMA temp_store=MEMORY"))
        && m_error.exec(query, QStringLiteral("PRAGMA foreign_keys=ON"));
}

bool Database::migrate(QSqlDatabase &db, int from)
{
    using Migration = bool (Database::*)(QSqlDatabase &);
    static constexpr Migration migrations[] = { &Database::migrateTo1,  &Database::migrateTo2,  &Database::migrateTo3,
                                                &Database::migrateTo4,  &Database::migrateTo5,  &Database::migrateTo6,
                                                &Database::migrateTo7,  &Database::migrateTo8,  &Database::migrateTo9,
                                                &Database::migrateTo10, &Database::migrateTo11, &Database::migrateTo12,
                                                &Database::migrateTo13, &Database::migrateTo14 };
    for (int step = from; step < SchemaVersion; ++step) {
        Transaction transaction(db, m_error);
        if (!transaction.isOpen() || (isPostgres(db) && !execAll(db, { PostgresSchema::migrationLock() })))
            return false;
        // Another process that opened the file at the same time may have
        // taken this step while this one waited for the lock.
        const int current = storedVersion(db);
        if (current < 0) {
            transaction.rollback();
            db.close();
            return false;
        }
        if (current > step)
            continue;
        // Through a local: GCC 12's UBSan bounds check misreads an index
        // inside a pointer-to-member call (it reported step 3192 here).
        const Migration migration = migrations[step];
        if (!(this->*migration)(db) || !execAll(db, { versionUpdate(db, step + 1) })
            || !transaction.commit()) {
            transaction.rollback();
            db.close();
            return false;
        }
    }
    return true;
}

bool Database::migrateTo1(QSqlDatabase &db)
{
    // date_key is YYYYMMDD with 00 for unknown parts (0 when undated): it
    // sorts and carries the precision. title_key is the folded title, so the
    // list sorts "État" with "Etat" without a collation in SQLite.
    return execAll(db,
                   {
                       QStringLiteral("CREATE TABLE articles ("
                                      " id INTEGER PRIMARY KEY,"
                                      " path TEXT NOT NULL UNIQUE,"
                                      " content_hash TEXT NOT NULL,"
                                      " title TEXT NOT NULL,"
                                      " title_key TEXT NOT NULL,"
                                      " date_key INTEGER NOT NULL DEFAULT 0,"
                                      " source TEXT NOT NULL DEFAULT '',"
                                      " photo_credit TEXT NOT NULL DEFAULT '',"
                                      " body TEXT NOT NULL DEFAULT '',"
                                      " imported_at INTEGER NOT NULL,"
                                      " updated_at INTEGER NOT NULL)"),
                       QStringLiteral("CREATE INDEX articles_by_date ON articles(date_key, id)"),
                       QStringLiteral("CREATE INDEX articles_by_title ON articles(title_key, id)"),
                       QStringLiteral("CREATE INDEX articles_by_source ON articles(source, id)"),
                   })
        && execAll(db, fullTextIndex(db));
}

QStringList Database::fullTextIndex(const QSqlDatabase &db)
{
    if (isPostgres(db))
        return PostgresSchema::fullTextIndex();
    // External content: the text lives once, in articles. The store writes
    // the index itself in the same transaction (a trigger is 1.7x slower on
    // SQLite 3.40).
    return { QStringLiteral("CREATE VIRTUAL TABLE articles_fts USING fts5("
                            " title, body, content='articles', content_rowid='id',"
                            " tokenize='unicode61 remove_diacritics 2')") };
}

bool Database::migrateTo2(QSqlDatabase &db)
{
    // The gazetteer: types are data, so a user may add one. An entity's
    // canonical name is also its first alias, so matching reads one table.
    // Mention offsets are UTF-16 positions in articles.body; "role" is the
    // role phrase a rule linked to a person mention.
    return execAll(
        db,
        {
            QStringLiteral("CREATE TABLE entity_types (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)"),
            QStringLiteral("INSERT INTO entity_types(name) VALUES ('Company'), ('Organisation'), ('Person'), ('Role'),"
                           " ('Place')"),
            QStringLiteral("CREATE TABLE entities ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL,"
                           " type_id INTEGER NOT NULL REFERENCES entity_types(id))"),
            QStringLiteral("CREATE INDEX entities_by_type ON entities(type_id)"),
            QStringLiteral("CREATE TABLE aliases ("
                           " id INTEGER PRIMARY KEY,"
                           " entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,"
                           " text TEXT NOT NULL,"
                           " case_sensitive INTEGER NOT NULL DEFAULT 0,"
                           " fold_accents INTEGER NOT NULL DEFAULT 1,"
                           " UNIQUE(entity_id, text))"),
            QStringLiteral("CREATE INDEX aliases_by_text ON aliases(text COLLATE NOCASE)"),
            QStringLiteral("CREATE TABLE mentions ("
                           " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                           " start_pos INTEGER NOT NULL,"
                           " end_pos INTEGER NOT NULL,"
                           " entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,"
                           " alias_id INTEGER REFERENCES aliases(id) ON DELETE SET NULL,"
                           " role TEXT NOT NULL DEFAULT '',"
                           " PRIMARY KEY(article_id, start_pos)) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX mentions_by_entity ON mentions(entity_id, article_id)"),
            // Suggestions from the rules, waiting for the user's accept or reject.
            QStringLiteral("CREATE TABLE suggestions ("
                           " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                           " start_pos INTEGER NOT NULL,"
                           " end_pos INTEGER NOT NULL,"
                           " text TEXT NOT NULL,"
                           " type TEXT NOT NULL,"
                           " reason TEXT NOT NULL DEFAULT '',"
                           " variant_of INTEGER REFERENCES entities(id) ON DELETE CASCADE,"
                           " role TEXT NOT NULL DEFAULT '',"
                           " PRIMARY KEY(article_id, start_pos)) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX suggestions_by_text ON suggestions(text)"),
            // "Never highlight this" and rejected suggestions, by folded text.
            QStringLiteral("CREATE TABLE suppressions (text TEXT PRIMARY KEY) WITHOUT ROWID"),
            // "Not an entity here": one span in one article.
            QStringLiteral("CREATE TABLE mention_exclusions ("
                           " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                           " start_pos INTEGER NOT NULL,"
                           " end_pos INTEGER NOT NULL,"
                           " PRIMARY KEY(article_id, start_pos, end_pos)) WITHOUT ROWID"),
            // Small facts about the database itself, e.g. whether the default
            // gazetteer was loaded (a user who deletes every entity keeps none).
            QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value) WITHOUT ROWID"),
        });
}

bool Database::migrateTo3(QSqlDatabase &db)
{
    // Bookmarked passages, stored the way W3C Web Annotation does: the quote
    // with some context and its position in articles.body, with the body's
    // hash when they were last anchored. Positions are UTF-16 like mentions,
    // so a query can find the entities inside a passage; exports convert to
    // code points. search_key is the folded quote and note, for filtering.
    // A passage refers to its article without a cascade, so nothing but the
    // user deletes one; the path finds the article again in another database
    // (JSON-LD import).
    // Deleting only sets deleted_at (the trash); the journal holds each
    // change's before and after, so undo survives a restart.
    return execAll(
        db,
        {
            QStringLiteral("CREATE TABLE passage_labels ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL DEFAULT '',"
                           " color TEXT NOT NULL)"),
            QStringLiteral(
                "INSERT INTO passage_labels(id, color) VALUES (1, '#f6d44d'), (2, '#7fb2f0'), (3, '#8fd18a'),"
                " (4, '#f0a0c0')"),
            QStringLiteral("CREATE TABLE passages ("
                           " id INTEGER PRIMARY KEY,"
                           " article_id INTEGER NOT NULL REFERENCES articles(id),"
                           " article_path TEXT NOT NULL,"
                           " quote TEXT NOT NULL,"
                           " prefix TEXT NOT NULL DEFAULT '',"
                           " suffix TEXT NOT NULL DEFAULT '',"
                           " start_pos INTEGER NOT NULL,"
                           " end_pos INTEGER NOT NULL,"
                           " content_hash TEXT NOT NULL,"
                           " state INTEGER NOT NULL DEFAULT 0,"
                           " note TEXT NOT NULL DEFAULT '',"
                           " search_key TEXT NOT NULL DEFAULT '',"
                           " label_id INTEGER REFERENCES passage_labels(id) ON DELETE SET NULL,"
                           " created_at INTEGER NOT NULL,"
                           " updated_at INTEGER NOT NULL,"
                           " deleted_at INTEGER)"),
            QStringLiteral("CREATE INDEX passages_by_article ON passages(article_id, start_pos)"),
            QStringLiteral("CREATE TABLE passage_tags ("
                           " passage_id INTEGER NOT NULL REFERENCES passages(id) ON DELETE CASCADE,"
                           " tag TEXT NOT NULL,"
                           " PRIMARY KEY(passage_id, tag)) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX passage_tags_by_tag ON passage_tags(tag, passage_id)"),
            QStringLiteral("CREATE TABLE passage_journal ("
                           " seq INTEGER PRIMARY KEY,"
                           " passage_id INTEGER NOT NULL,"
                           " before TEXT,"
                           " after TEXT,"
                           " at INTEGER NOT NULL)"),
            // Folders the user asked Veille to watch for new and changed files.
            QStringLiteral("CREATE TABLE watched_folders (path TEXT PRIMARY KEY) WITHOUT ROWID"),
        })
        // The labels were inserted with their ids: the server's identity
        // sequence has to start after them.
        && (!isPostgres(db)
            || execAll(db, { QStringLiteral("SELECT setval(pg_get_serial_sequence('passage_labels', 'id'), 4)") }));
}

bool Database::migrateTo4(QSqlDatabase &db)
{
    // Read, starred and "updated since" per article, in a table of their
    // own rather than columns of articles: an import inserts nothing here
    // (no row means unread), so it stays as fast as before; marking never
    // rewrites an article row with its body; and backups and the doctor's
    // salvage treat it as user data, like mention_exclusions. The list's
    // page query looks up its page's rows by primary key, so it stays fast.
    return execAll(
        db,
        {
            QStringLiteral("CREATE TABLE article_states ("
                           " article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,"
                           " read INTEGER NOT NULL DEFAULT 0,"
                           " starred INTEGER NOT NULL DEFAULT 0,"
                           " changed_at INTEGER)"),
            QStringLiteral("CREATE INDEX article_states_starred ON article_states(article_id) WHERE starred"),
        });
}

bool Database::migrateTo5(QSqlDatabase &db)
{
    // The tagger's names. A detected entity is a row of entities with
    // status 0, found again by detect_key (its type and folded full name)
    // when another article names it; accepting it sets status 1 and clears
    // the key, and it joins the gazetteer. A mention says what found it
    // (0 the gazetteer, 2 the tagger) and how sure the tagger was.
    return execAll(db, {
        QStringLiteral("ALTER TABLE entities ADD COLUMN status INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("ALTER TABLE entities ADD COLUMN detect_key TEXT"),
        QStringLiteral("CREATE UNIQUE INDEX entities_by_detect_key ON entities(detect_key) WHERE detect_key IS NOT NULL"),
        QStringLiteral("ALTER TABLE mentions ADD COLUMN origin INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE mentions ADD COLUMN confidence REAL NOT NULL DEFAULT 1"),
    });
}

bool Database::migrateTo6(QSqlDatabase &db)
{
    // Feed subscriptions: user data, carried by backups and the doctor's
    // salvage like watched_folders. url is where the feed is fetched (a
    // permanent redirect changes it); origin is the url it was subscribed
    // with, which names its articles ("feed:ORIGIN#GUID"), so that a moved
    // feed does not import its items a second time. Times are milliseconds
    // since the epoch; interval is in seconds. IF NOT EXISTS: a file set
    // back to an older version by hand (or by a test) still migrates.
    return execAll(db, {
        QStringLiteral("CREATE TABLE IF NOT EXISTS feed_subscriptions ("
                       " id INTEGER PRIMARY KEY,"
                       " url TEXT NOT NULL UNIQUE,"
                       " origin TEXT NOT NULL,"
                       " title TEXT NOT NULL DEFAULT '',"
                       " etag TEXT NOT NULL DEFAULT '',"
                       " last_modified TEXT NOT NULL DEFAULT '',"
                       " last_fetch INTEGER,"
                       " status TEXT NOT NULL DEFAULT 'never',"
                       " error TEXT NOT NULL DEFAULT '',"
                       " interval INTEGER NOT NULL DEFAULT 3600,"
                       " next_fetch INTEGER NOT NULL DEFAULT 0)"),
    });
}

bool Database::migrateTo7(QSqlDatabase &db)
{
    // Derived from mentions, so that an entity's articles are found without
    // reading every mention row: article_entities holds one row per article
    // per entity, in the order of the list (the entity's newest first), and
    // entity_counts how many articles name each entity. Triggers keep both
    // in step with mentions and with the articles' dates, whatever writes
    // them (import, curation, reindexing, the doctor), so they cannot
    // drift. Neither is user data: backups and the salvage leave them out,
    // and indexing finds them again.
    const QString stillNamed = QStringLiteral(
        "NOT EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = %1.article_id AND m.entity_id = %1.entity_id)");
    const QString forget =
        QStringLiteral("DELETE FROM article_entities WHERE entity_id = %1.entity_id AND article_id = %1.article_id"
                       " AND date_key = (SELECT date_key FROM articles WHERE id = %1.article_id) AND ");
    const QString add = QStringLiteral(
        "INSERT INTO article_entities(entity_id, date_key, article_id) SELECT %1.entity_id, a.date_key, a.id"
        " FROM articles a WHERE a.id = %1.article_id AND NOT EXISTS (SELECT 1 FROM article_entities x"
        " WHERE x.entity_id = %1.entity_id AND x.date_key = a.date_key AND x.article_id = a.id)");
    const QString ofArticle =
        QStringLiteral(" WHERE entity_id IN (SELECT entity_id FROM mentions WHERE article_id = old.id)"
                       " AND date_key = old.date_key AND article_id = old.id");
    const QString dated =
        QStringLiteral("INSERT INTO entity_dates(entity_id, date_key, articles) VALUES(%1.entity_id, %1.date_key, 1)"
                       " ON CONFLICT(entity_id, date_key) DO UPDATE SET articles = entity_dates.articles + 1");
    const QString undated = QStringLiteral(
        "UPDATE entity_dates SET articles = articles - 1 WHERE entity_id = %1.entity_id AND date_key = %1.date_key;"
        " DELETE FROM entity_dates WHERE entity_id = %1.entity_id AND date_key = %1.date_key AND articles <= 0");
    const QString old = QStringLiteral("old");
    const QString added = QStringLiteral("new");
    const QString articleEntities = QStringLiteral("article_entities");
    const QString mentions = QStringLiteral("mentions");
    const QString articles = QStringLiteral("articles");
    const QStringList triggers =
        trigger(db, QStringLiteral("article_entities_counted"), QStringLiteral("AFTER INSERT"), articleEntities,
                QStringLiteral("INSERT INTO entity_counts(entity_id, articles) VALUES(new.entity_id, 1)"
                               " ON CONFLICT(entity_id) DO UPDATE SET articles = entity_counts.articles + 1; ")
                    + dated.arg(added))
        + trigger(db, QStringLiteral("article_entities_uncounted"), QStringLiteral("AFTER DELETE"), articleEntities,
                  QStringLiteral("UPDATE entity_counts SET articles = articles - 1 WHERE entity_id = old.entity_id;"
                                 " DELETE FROM entity_counts WHERE entity_id = old.entity_id AND articles <= 0; ")
                      + undated.arg(old))
        + trigger(db, QStringLiteral("article_entities_redated"), QStringLiteral("AFTER UPDATE OF date_key"),
                  articleEntities, undated.arg(old) + QStringLiteral("; ") + dated.arg(added))
        + trigger(db, QStringLiteral("mentions_added"), QStringLiteral("AFTER INSERT"), mentions, add.arg(added))
        + trigger(db, QStringLiteral("mentions_removed"), QStringLiteral("AFTER DELETE"), mentions,
                  forget.arg(old) + stillNamed.arg(old))
        + trigger(db, QStringLiteral("mentions_moved"), QStringLiteral("AFTER UPDATE OF entity_id, article_id"),
                  mentions, forget.arg(old) + stillNamed.arg(old) + QStringLiteral("; ") + add.arg(added))
        // An article's rows go before its mentions do: once the article is
        // gone, its date, part of the key, is gone with it.
        + trigger(db, QStringLiteral("articles_removed"), QStringLiteral("BEFORE DELETE"), articles,
                  QStringLiteral("DELETE FROM article_entities") + ofArticle)
        + trigger(db, QStringLiteral("articles_redated"), QStringLiteral("AFTER UPDATE OF date_key"), articles,
                  QStringLiteral("UPDATE article_entities SET date_key = new.date_key") + ofArticle);
    return execAll(
        db,
        {
            QStringLiteral("CREATE TABLE article_entities ("
                           " entity_id INTEGER NOT NULL,"
                           " date_key INTEGER NOT NULL,"
                           " article_id INTEGER NOT NULL,"
                           " PRIMARY KEY(entity_id, date_key, article_id)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE entity_counts (entity_id INTEGER PRIMARY KEY, articles INTEGER NOT NULL)"),
            // The same per date: an entity's timeline reads a row per date,
            // however many articles name it.
            QStringLiteral("CREATE TABLE entity_dates (entity_id INTEGER NOT NULL, date_key INTEGER NOT NULL,"
                           " articles INTEGER NOT NULL, PRIMARY KEY(entity_id, date_key)) WITHOUT ROWID"),
            QStringLiteral("INSERT INTO article_entities(entity_id, date_key, article_id)"
                           " SELECT DISTINCT m.entity_id, a.date_key, m.article_id FROM mentions m"
                           " JOIN articles a ON a.id = m.article_id"),
            QStringLiteral("INSERT INTO entity_counts(entity_id, articles)"
                           " SELECT entity_id, count(*) FROM article_entities GROUP BY entity_id"),
            QStringLiteral("INSERT INTO entity_dates(entity_id, date_key, articles)"
                           " SELECT entity_id, date_key, count(*) FROM article_entities GROUP BY entity_id, date_key"),
        })
        && execAll(db, triggers);
}

bool Database::migrateTo8(QSqlDatabase &db)
{
    // Watches: saved searches. A watch keeps what the list held when it
    // was saved: the search as typed (entity names resolve again at each
    // count, so a restored gazetteer still serves), the filter bar's values
    // as JSON, and the entity chip. The chip's entity may go: the watch
    // then lists without it, with its label kept for the user. IF NOT
    // EXISTS, as for feed_subscriptions.
    return execAll(db,
                   {
                       QStringLiteral("CREATE TABLE IF NOT EXISTS watches ("
                                      " id INTEGER PRIMARY KEY,"
                                      " name TEXT NOT NULL UNIQUE,"
                                      " folder TEXT NOT NULL DEFAULT '',"
                                      " position INTEGER NOT NULL DEFAULT 0,"
                                      " search TEXT NOT NULL DEFAULT '',"
                                      " filters TEXT NOT NULL DEFAULT '{}',"
                                      " entity_id INTEGER REFERENCES entities(id) ON DELETE SET NULL,"
                                      " entity_label TEXT NOT NULL DEFAULT '',"
                                      " created_at INTEGER NOT NULL)"),
                   });
}

bool Database::migrateTo9(QSqlDatabase &db)
{
    // Wire copies grouped into stories (StoryStore). A table of its own
    // rather than columns of articles: the article row with its body is not
    // rewritten when a story changes, and the rows are derived data that
    // the doctor finds again rather than salvages. story_id is the smallest
    // article id of the story; newest marks the story's newest article, the
    // head of its row when the list shows the newest copy. signature is the
    // MinHash, NULL for a text too short to have one. story_bands is the LSH
    // index: a key per band of the signature, looked up by key, so finding
    // an article's candidate copies never scans. A band row outlives a
    // deleted article harmlessly: lookups join article_stories.
    return execAll(db, {
        QStringLiteral("CREATE TABLE IF NOT EXISTS article_stories ("
                       " article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,"
                       " story_id INTEGER NOT NULL,"
                       " newest INTEGER NOT NULL DEFAULT 1,"
                       " signature BLOB)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS article_stories_by_story ON article_stories(story_id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS article_stories_newest ON article_stories(story_id) WHERE newest"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS story_bands ("
                       " band_key INTEGER NOT NULL,"
                       " article_id INTEGER NOT NULL,"
                       " PRIMARY KEY(band_key, article_id)) WITHOUT ROWID"),
    });
}

bool Database::migrateTo10(QSqlDatabase &db)
{
    // A team server's passages belong to an analyst, who may share one with
    // the team (read-only to the others). The file has the same columns, so
    // that the stores and the copy between the two (veille-cli migrate)
    // read one shape; its owner is '' (the file's user) and sharing means
    // nothing there.
    return addColumn(db, QStringLiteral("passages"), QStringLiteral("owner TEXT NOT NULL DEFAULT ''"))
        && addColumn(db, QStringLiteral("passages"), QStringLiteral("shared INTEGER NOT NULL DEFAULT 0"))
        && (!isPostgres(db) || execAll(db, PostgresSchema::teamAccess()));
}

bool Database::migrateTo11(QSqlDatabase &db)
{
    // Labels are each analyst's, like their passages: a team server gives
    // every analyst a palette of their own (ownLabels()). builtin says
    // which of the four built-in labels a row is (1 to 4), so that each
    // palette's unnamed labels mean "evidence", "question"... whatever
    // their ids; in a file they are ids 1 to 4. IF NOT EXISTS, and the
    // update only touches unset rows, as for migrateTo10.
    return addColumn(db, QStringLiteral("passage_labels"), QStringLiteral("owner TEXT NOT NULL DEFAULT ''"))
        && addColumn(db, QStringLiteral("passage_labels"), QStringLiteral("builtin INTEGER NOT NULL DEFAULT 0"))
        && execAll(
               db,
               { QStringLiteral("UPDATE passage_labels SET builtin = id WHERE id BETWEEN 1 AND 4 AND builtin = 0"),
                 QStringLiteral("CREATE INDEX IF NOT EXISTS passage_labels_by_owner ON passage_labels(owner, id)") })
        && (!isPostgres(db) || execAll(db, PostgresSchema::privateLabels()));
}

bool Database::migrateTo12(QSqlDatabase &db)
{
    // On a team server, the derived entity tables' triggers ran once per
    // mention row, most of an import's time there; they now run once per
    // statement. The file's row triggers cost little and stay. And a typed
    // prefix is no longer stemmed before it is matched.
    return !isPostgres(db)
        || execAll(db, PostgresSchema::setTriggers() + QStringList { PostgresSchema::searchQueryFunction() });
}

bool Database::migrateTo13(QSqlDatabase &db)
{
    // The Bookmarked filter reads the ids of the articles that hold a
    // passage from this index, as the Starred one reads
    // article_states_starred: a few rows, however large the corpus.
    return execAll(db,
                   { QStringLiteral("CREATE INDEX IF NOT EXISTS passages_live ON passages(article_id)"
                                    " WHERE deleted_at IS NULL") });
}

bool Database::migrateTo14(QSqlDatabase &db)
{
    // The grouped list over the whole corpus leaves out the copies, read
    // once into a set: from this index, only the copies' rows, not one
    // row per article (the grouped timeline of a million articles took
    // 150 ms to find that none was a copy).
    return execAll(db,
                   { QStringLiteral("CREATE INDEX IF NOT EXISTS article_stories_copies ON article_stories(article_id)"
                                    " WHERE story_id <> article_id") });
}

bool Database::addColumn(QSqlDatabase &db, const QString &table, const QString &definition)
{
    if (isPostgres(db))
        return execAll(db, { QStringLiteral("ALTER TABLE %1 ADD COLUMN IF NOT EXISTS %2").arg(table, definition) });
    // SQLite has no ADD COLUMN IF NOT EXISTS; a file set back to an older
    // version by hand (or by a test) may have the column already.
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM pragma_table_info(:table) WHERE name = :column"));
    query.bindValue(QStringLiteral(":table"), table);
    query.bindValue(QStringLiteral(":column"), definition.section(QLatin1Char(' '), 0, 0));
    if (!m_error.exec(query))
        return false;
    return query.next() || execAll(db, { QStringLiteral("ALTER TABLE %1 ADD COLUMN %2").arg(table, definition) });
}

bool Database::execAll(QSqlDatabase &db, const QStringList &statements)
{
    QSqlQuery query(db);
    const bool postgres = isPostgres(db);
    for (const QString &sql : statements) {
        if (!m_error.exec(query, postgres ? PostgresSchema::translate(sql) : sql))
            return false;
    }
    return true;
}

QString Database::versionQuery(const QSqlDatabase &db)
{
    return isPostgres(db) ? PostgresSchema::readVersion() : QStringLiteral("PRAGMA user_version");
}

QString Database::versionUpdate(const QSqlDatabase &db, int version)
{
    return isPostgres(db) ? PostgresSchema::writeVersion(version)
                          : QStringLiteral("PRAGMA user_version = %1").arg(version);
}

QStringList Database::trigger(const QSqlDatabase &db, const QString &name, const QString &event,
                              const QString &table, const QString &body)
{
    if (isPostgres(db))
        return PostgresSchema::trigger(name, event, table, body);
    return { QStringLiteral("CREATE TRIGGER %1 %2 ON %3 BEGIN %4; END").arg(name, event, table, body) };
}

} // namespace Veille
