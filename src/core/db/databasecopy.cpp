// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/databasecopy.h"

#include "db/sqldialect.h"
#include "db/tablecolumns.h"
#include "db/transaction.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <algorithm>

namespace Veille {

namespace {

// Articles are read and written this many at a time: one transaction each
// on the target, and a progress report after each.
constexpr int ArticleBatch = 500;

QString placeholders(int count)
{
    return QStringLiteral("?,").repeated(count).chopped(1);
}

QStringList removed(QStringList columns, const QStringList &left)
{
    for (const QString &column : left)
        columns.removeAll(column);
    return columns;
}

QVariantList valuesOf(const QSqlQuery &row, const QStringList &columns)
{
    QVariantList values;
    for (const QString &column : columns)
        values << row.value(column);
    return values;
}

} // namespace

DatabaseCopy::DatabaseCopy(const QSqlDatabase &source, const QSqlDatabase &target)
    : m_source(source)
    , m_target(target)
{
}

QString DatabaseCopy::dialectStatement(const QSqlDatabase &db, Statement statement)
{
    const bool server = isPostgres(db);
    switch (statement) {
    case Statement::OwnRows:
        // On a server the user sees the team's shared passages (and their
        // labels) too; only their own are theirs to copy. A file's rows are
        // all its user's.
        return server ? QStringLiteral("owner = current_user") : QStringLiteral("1 = 1");
    case Statement::RebuildSearchIndex:
        // The server's search column is generated from the row; SQLite's
        // external-content index is written by the store, or rebuilt.
        return server ? QString() : QStringLiteral("INSERT INTO articles_fts(articles_fts) VALUES('rebuild')");
    }
    return {};
}

bool DatabaseCopy::copy()
{
    m_report = {};
    m_error.clear();
    m_types.clear();
    m_entities.clear();
    m_labels.clear();
    // The gazetteer first: it is small, and the user's work.
    return copyEntityTypes() && copyEntities() && copyAliases() && copySuppressions() && copyArticles() && copyLabels()
        && copyPassages() && copyStates() && copyWatches() && copyFeeds();
}

QStringList DatabaseCopy::sharedColumns(const QString &table, const QStringList &left)
{
    // The server also has its generated search column and its owners.
    return removed(Veille::sharedColumns(m_source, m_target, table, m_error),
                   left + QStringList { QStringLiteral("search"), QStringLiteral("owner") });
}

qint64 DatabaseCopy::lookUp(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!m_error.exec(query))
        return -1;
    return query.next() ? query.value(0).toLongLong() : 0;
}

int DatabaseCopy::write(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_target);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return m_error.exec(query) ? query.numRowsAffected() : -1;
}

QString DatabaseCopy::insertStatement(const QString &table, const QStringList &columns, const QString &tail) const
{
    return QStringLiteral("INSERT INTO %1(%2) VALUES(%3) %4")
        .arg(table, columns.join(QLatin1Char(',')), placeholders(columns.size()), tail);
}

bool DatabaseCopy::copyArticles()
{
    QSqlQuery count(m_source);
    if (!m_error.exec(count, QStringLiteral("SELECT count(*) FROM articles")) || !count.next())
        return false;
    m_report.articlesTotal = count.value(0).toInt();
    const QStringList columns = sharedColumns(QStringLiteral("articles"), { QStringLiteral("id") });
    if (columns.isEmpty())
        return false;
    qint64 after = 0;
    int read = 0;
    for (;;) {
        const int before = read;
        if (!copyArticleBatch(columns, after, read))
            return false;
        if (read == before)
            break;
        if (m_progress)
            m_progress(read, m_report.articlesTotal);
    }
    return m_report.articles == 0 || rebuildSearchIndex();
}

bool DatabaseCopy::copyArticleBatch(const QStringList &columns, qint64 &after, int &read)
{
    QStringList updates;
    for (const QString &column : columns)
        updates << QStringLiteral("%1 = excluded.%1").arg(column);
    // An article already there keeps its id (passages and mentions point at
    // it); a changed text replaces the old one.
    const QString insert = insertStatement(
        QStringLiteral("articles"), columns,
        QStringLiteral("ON CONFLICT(path) DO UPDATE SET %1 WHERE articles.content_hash <> excluded.content_hash")
            .arg(updates.join(QLatin1Char(','))));
    QSqlQuery rows(m_source);
    rows.setForwardOnly(true);
    rows.prepare(QStringLiteral("SELECT id, %1 FROM articles WHERE id > ? ORDER BY id LIMIT %2")
                     .arg(columns.join(QLatin1Char(',')))
                     .arg(ArticleBatch));
    rows.addBindValue(after);
    Transaction transaction(m_target, m_error);
    if (!transaction.isOpen() || !m_error.exec(rows))
        return false;
    while (rows.next()) {
        after = rows.value(0).toLongLong();
        ++read;
        const int changed = write(insert, valuesOf(rows, columns));
        if (changed < 0)
            return false;
        m_report.articles += changed > 0 ? 1 : 0;
    }
    return transaction.commit();
}

bool DatabaseCopy::rebuildSearchIndex()
{
    const QString sql = dialectStatement(m_target, Statement::RebuildSearchIndex);
    QSqlQuery query(m_target);
    return sql.isEmpty() || m_error.exec(query, sql);
}

bool DatabaseCopy::copyEntityTypes()
{
    QSqlQuery rows(m_source);
    if (!m_error.exec(rows, QStringLiteral("SELECT id, name FROM entity_types")))
        return false;
    while (rows.next()) {
        const QString name = rows.value(1).toString();
        qint64 id = lookUp(m_target, QStringLiteral("SELECT id FROM entity_types WHERE name = ?"), { name });
        if (id == 0) {
            id = lookUp(m_target, QStringLiteral("INSERT INTO entity_types(name) VALUES(?) RETURNING id"), { name });
            ++m_report.entityTypes;
        }
        if (id < 0)
            return false;
        m_types.insert(rows.value(0).toLongLong(), id);
    }
    return true;
}

bool DatabaseCopy::copyEntities()
{
    const QStringList columns =
        sharedColumns(QStringLiteral("entities"), { QStringLiteral("id"), QStringLiteral("type_id") });
    QSqlQuery rows(m_source);
    rows.setForwardOnly(true);
    Transaction transaction(m_target, m_error);
    if (!transaction.isOpen()
        || !m_error.exec(rows,
                         QStringLiteral("SELECT id, type_id, %1 FROM entities").arg(columns.join(QLatin1Char(',')))))
        return false;
    const QString insert =
        insertStatement(QStringLiteral("entities"), columns + QStringList { QStringLiteral("type_id") },
                        QStringLiteral("RETURNING id"));
    while (rows.next()) {
        const qint64 typeId = m_types.value(rows.value(1).toLongLong());
        qint64 id = targetEntity(rows.value(QStringLiteral("name")).toString(), typeId,
                                 rows.value(QStringLiteral("detect_key")));
        if (id == 0) {
            id = lookUp(m_target, insert, valuesOf(rows, columns) << typeId);
            ++m_report.entities;
        }
        if (id <= 0)
            return false;
        m_entities.insert(rows.value(0).toLongLong(), id);
    }
    return transaction.commit();
}

qint64 DatabaseCopy::targetEntity(const QString &name, qint64 typeId, const QVariant &detectKey)
{
    // The tagger's entities are known by their key (unique); the user's by
    // name within a type, as the gazetteer shows them.
    if (!detectKey.isNull())
        return lookUp(m_target, QStringLiteral("SELECT id FROM entities WHERE detect_key = ?"), { detectKey });
    return lookUp(m_target,
                  QStringLiteral("SELECT id FROM entities WHERE name = ? AND type_id = ? AND detect_key IS NULL"),
                  { name, typeId });
}

bool DatabaseCopy::copyAliases()
{
    return copyEntityRows(QStringLiteral("aliases"), QStringLiteral("entity_id, text"), m_report.aliases);
}

bool DatabaseCopy::copyEntityRows(const QString &table, const QString &identity, int &added)
{
    const QStringList columns = sharedColumns(table, { QStringLiteral("id"), QStringLiteral("entity_id") });
    QSqlQuery rows(m_source);
    rows.setForwardOnly(true);
    Transaction transaction(m_target, m_error);
    if (!transaction.isOpen()
        || !m_error.exec(rows,
                         QStringLiteral("SELECT entity_id, %1 FROM %2").arg(columns.join(QLatin1Char(',')), table)))
        return false;
    const QString insert = insertStatement(table, QStringList { QStringLiteral("entity_id") } + columns,
                                           QStringLiteral("ON CONFLICT(%1) DO NOTHING").arg(identity));
    while (rows.next()) {
        const qint64 entity = m_entities.value(rows.value(0).toLongLong());
        const int written =
            write(insert, QVariantList { entity > 0 ? QVariant(entity) : QVariant() } + valuesOf(rows, columns));
        if (written < 0)
            return false;
        added += written;
    }
    return transaction.commit();
}

bool DatabaseCopy::copySuppressions()
{
    QSqlQuery rows(m_source);
    rows.setForwardOnly(true);
    Transaction transaction(m_target, m_error);
    if (!transaction.isOpen() || !m_error.exec(rows, QStringLiteral("SELECT text FROM suppressions")))
        return false;
    while (rows.next()) {
        const int added = write(QStringLiteral("INSERT INTO suppressions(text) VALUES(?) ON CONFLICT(text) DO NOTHING"),
                                { rows.value(0) });
        if (added < 0)
            return false;
        m_report.suppressions += added;
    }
    return transaction.commit();
}

bool DatabaseCopy::copyPassages()
{
    const QStringList columns = sharedColumns(
        QStringLiteral("passages"), { QStringLiteral("id"), QStringLiteral("article_id"), QStringLiteral("label_id") });
    QSqlQuery rows(m_source);
    // Not forward-only: on a server that would stream the rows, and the
    // tags are read on the same connection while they are walked.
    Transaction transaction(m_target, m_error);
    if (!transaction.isOpen()
        || !m_error.exec(rows,
                         QStringLiteral("SELECT id, label_id, %1 FROM passages WHERE %2")
                             .arg(columns.join(QLatin1Char(',')), dialectStatement(m_source, Statement::OwnRows))))
        return false;
    while (rows.next()) {
        const qint64 passage = copyPassage(rows, columns);
        if (passage < 0)
            return false;
        if (passage > 0 && !copyTags(rows.value(0).toLongLong(), passage))
            return false;
    }
    return transaction.commit();
}

qint64 DatabaseCopy::copyPassage(const QSqlQuery &row, const QStringList &columns)
{
    const QVariant path = row.value(QStringLiteral("article_path"));
    const qint64 article = lookUp(m_target, QStringLiteral("SELECT id FROM articles WHERE path = ?"), { path });
    if (article <= 0) {
        m_report.unattachedPassages += article == 0 ? 1 : 0;
        return article;
    }
    const QVariantList identity { path, row.value(QStringLiteral("start_pos")), row.value(QStringLiteral("end_pos")),
                                  row.value(QStringLiteral("created_at")) };
    const qint64 existing = lookUp(m_target,
                                   QStringLiteral("SELECT id FROM passages WHERE article_path = ? AND start_pos = ?"
                                                  " AND end_pos = ? AND created_at = ? AND %1")
                                       .arg(dialectStatement(m_target, Statement::OwnRows)),
                                   identity);
    if (existing != 0)
        return existing; // its tags may still be new
    // A label the copy did not map (another analyst's) is dropped.
    const qint64 mapped = m_labels.value(row.value(1).toLongLong());
    const QVariant label = mapped > 0 ? QVariant(mapped) : QVariant();
    const QString insert = insertStatement(
        QStringLiteral("passages"), QStringList { QStringLiteral("article_id"), QStringLiteral("label_id") } + columns,
        QStringLiteral("RETURNING id"));
    const qint64 id = lookUp(m_target, insert, QVariantList { article, label } + valuesOf(row, columns));
    m_report.passages += id > 0 ? 1 : 0;
    return id;
}

bool DatabaseCopy::copyLabels()
{
    QSqlQuery rows(m_source);
    Transaction transaction(m_target, m_error);
    if (!transaction.isOpen()
        || !m_error.exec(rows,
                         QStringLiteral("SELECT id, name, color, builtin FROM passage_labels WHERE %1")
                             .arg(dialectStatement(m_source, Statement::OwnRows))))
        return false;
    while (rows.next()) {
        const qint64 label = targetLabel(rows);
        if (label <= 0)
            return false;
        m_labels.insert(rows.value(0).toLongLong(), label);
    }
    return transaction.commit();
}

qint64 DatabaseCopy::targetLabel(const QSqlQuery &row)
{
    // Ids differ between databases, and between analysts on a server: a
    // built-in label is the target user's of the same kind; another, theirs
    // with the same name and colour, else a new one.
    const QString own = dialectStatement(m_target, Statement::OwnRows);
    const QVariant name = row.value(1);
    const QVariant color = row.value(2);
    const qint64 builtIn = row.value(3).toLongLong();
    qint64 id = builtIn > 0
        ? lookUp(m_target, QStringLiteral("SELECT id FROM passage_labels WHERE builtin = ? AND %1").arg(own),
                 { builtIn })
        : lookUp(m_target,
                 QStringLiteral("SELECT id FROM passage_labels WHERE name = ? AND color = ? AND builtin = 0 AND %1")
                     .arg(own),
                 { name, color });
    if (id == 0) {
        id = lookUp(m_target,
                    QStringLiteral("INSERT INTO passage_labels(name, color, builtin) VALUES(?, ?, ?) RETURNING id"),
                    { name, color, builtIn });
        m_report.labels += id > 0 ? 1 : 0;
        return id;
    }
    // A name the user gave comes where the target's label has none, as a
    // restore of a backup does.
    if (id > 0 && !name.toString().isEmpty()) {
        const int renamed =
            write(QStringLiteral("UPDATE passage_labels SET name = ? WHERE id = ? AND name = ''"), { name, id });
        if (renamed < 0)
            return -1;
        m_report.labels += renamed;
    }
    return id;
}

bool DatabaseCopy::copyTags(qint64 sourcePassage, qint64 targetPassage)
{
    QSqlQuery tags(m_source);
    tags.prepare(QStringLiteral("SELECT tag FROM passage_tags WHERE passage_id = ?"));
    tags.addBindValue(sourcePassage);
    if (!m_error.exec(tags))
        return false;
    while (tags.next()) {
        const int added =
            write(QStringLiteral(
                      "INSERT INTO passage_tags(passage_id, tag) VALUES(?, ?) ON CONFLICT(passage_id, tag) DO NOTHING"),
                  { targetPassage, tags.value(0) });
        if (added < 0)
            return false;
        m_report.tags += added;
    }
    return true;
}

bool DatabaseCopy::copyStates()
{
    // On a server each analyst reads and sees only their own marks (row-level
    // security), and a new row is theirs by default.
    QSqlQuery rows(m_source);
    rows.setForwardOnly(true);
    Transaction transaction(m_target, m_error);
    if (!transaction.isOpen()
        || !m_error.exec(rows,
                         QStringLiteral("SELECT a.path, s.read, s.starred, s.changed_at FROM article_states s"
                                        " JOIN articles a ON a.id = s.article_id")))
        return false;
    while (rows.next()) {
        const qint64 article =
            lookUp(m_target, QStringLiteral("SELECT id FROM articles WHERE path = ?"), { rows.value(0) });
        if (article < 0 || (article > 0 && !copyState(article, rows)))
            return false;
    }
    return transaction.commit();
}

bool DatabaseCopy::copyState(qint64 article, const QSqlQuery &row)
{
    // A mark is added, never taken away: an article read on either side is
    // read, and a star on either side stays.
    const int read = row.value(1).toInt() != 0 ? 1 : 0;
    const int starred = row.value(2).toInt() != 0 ? 1 : 0;
    const qint64 known =
        lookUp(m_target, QStringLiteral("SELECT 1 FROM article_states WHERE article_id = ?"), { article });
    if (known < 0)
        return false;
    const int changed = known == 0
        ? write(QStringLiteral("INSERT INTO article_states(article_id, read, starred, changed_at) VALUES(?, ?, ?, ?)"),
                { article, read, starred, row.value(3) })
        : write(QStringLiteral("UPDATE article_states SET read = CASE WHEN ? <> 0 THEN 1 ELSE read END,"
                               " starred = CASE WHEN ? <> 0 THEN 1 ELSE starred END"
                               " WHERE article_id = ? AND ((? <> 0 AND read = 0) OR (? <> 0 AND starred = 0))"),
                { read, starred, article, read, starred });
    m_report.states += std::max(changed, 0);
    return changed >= 0;
}

bool DatabaseCopy::copyWatches()
{
    // A watch the target already has under the name is the team's, and
    // stays as it is; a chip's entity is the target's of the same name.
    return copyEntityRows(QStringLiteral("watches"), QStringLiteral("name"), m_report.watches);
}

bool DatabaseCopy::copyFeeds()
{
    // The subscription, not its fetch state: the target fetches it anew
    // (no ETag from the source makes it skip items it has never stored).
    QSqlQuery rows(m_source);
    rows.setForwardOnly(true);
    Transaction transaction(m_target, m_error);
    if (!transaction.isOpen()
        || !m_error.exec(rows, QStringLiteral("SELECT url, origin, title, interval FROM feed_subscriptions")))
        return false;
    while (rows.next()) {
        const int added = write(QStringLiteral("INSERT INTO feed_subscriptions(url, origin, title, interval)"
                                               " VALUES(?, ?, ?, ?) ON CONFLICT(url) DO NOTHING"),
                                valuesOf(rows,
                                         { QStringLiteral("url"), QStringLiteral("origin"), QStringLiteral("title"),
                                           QStringLiteral("interval") }));
        if (added < 0)
            return false;
        m_report.feeds += added;
    }
    return transaction.commit();
}

} // namespace Veille
