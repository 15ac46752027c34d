// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/databasesalvage.h"

#include "db/database.h"
#include "db/tablecolumns.h"
#include "db/transaction.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <limits>

namespace Veille {

namespace {

// The user's work comes first: should the salvage stop half-way (a full
// disk), what is already copied is what cannot be found again. Tables not
// named here follow the articles, in name order.
const char *const userTablesFirst[] = {
    "entity_types",   "entities",           "aliases",        "suppressions",    "settings",
    "passage_labels", "passages",           "passage_tags",   "watched_folders", "feed_subscriptions",
    "watches",        "articles",           "mention_exclusions", "article_states",
};

// Found again from the articles (indexing, and the stories of wire copies,
// whose ids name articles that may be lost), or only meaningful with the
// rows they were written beside (the undo journal of the damaged file).
// article_entities and entity_counts follow the mentions, through their
// triggers, as the indexer writes them again; stories are filed again.
const char *const foundAgain[] = { "mentions",     "suggestions",     "passage_journal", "article_entities",
                                   "entity_counts", "entity_dates",   "article_stories", "story_bands" };

bool isFoundAgain(const QString &table)
{
    for (const char *name : foundAgain) {
        if (table == QLatin1String(name))
            return true;
    }
    return table.startsWith(QLatin1String("articles_fts")) || table.startsWith(QLatin1String("sqlite_"));
}

QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

// A refused row (a value the damage turned into something a constraint
// rejects) is lost on its own; any other failure to write stops the salvage.
bool isRowRefused(const QSqlError &error)
{
    constexpr int Constraint = 19, Mismatch = 20;
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == Constraint || code == Mismatch;
}

// A passage or exclusion whose article row is missing.
const QString passageOrphans = QStringLiteral("NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = passages.article_id)");

} // namespace

DatabaseSalvage::DatabaseSalvage(const QString &damagedPath, const QSqlDatabase &target)
    : m_damagedPath(damagedPath)
    , m_target(target)
{
}

bool DatabaseSalvage::copyRows()
{
    m_tables.clear();
    m_error.clear();
    const QString name = Database::uniqueConnectionName(QStringLiteral("veille-salvage"));
    bool ok = false;
    {
        QSqlDatabase source = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        source.setDatabaseName(m_damagedPath);
        source.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QSqlQuery probe(source);
        if (!QFileInfo(m_damagedPath).isFile() || !source.open()
            || !probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
            m_error.record(
                tr("nothing can be read from %1: %2")
                    .arg(m_damagedPath,
                         SqlError::describe(probe.lastError().isValid() ? probe.lastError() : source.lastError())));
        } else {
            // Rows come table by table, a passage before its article: the
            // references are checked once everything is in (removeDangling).
            QSqlQuery pragma(m_target);
            ok = m_error.exec(pragma, QStringLiteral("PRAGMA foreign_keys = OFF"));
            for (const QString &table : tablesToCopy()) {
                if (!ok || !(ok = copyTable(source, table)))
                    break;
            }
            ok = m_error.exec(pragma, QStringLiteral("PRAGMA foreign_keys = ON")) && ok;
        }
        probe.finish();
        source.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QStringList DatabaseSalvage::tablesToCopy()
{
    QStringList known;
    for (const char *table : userTablesFirst)
        known << QLatin1String(table);
    QStringList tables;
    QSqlQuery query(m_target);
    if (!m_error.exec(query, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")))
        return {};
    while (query.next()) {
        const QString table = query.value(0).toString();
        if (!known.contains(table) && !isFoundAgain(table))
            tables << table;
    }
    return known + tables;
}

bool DatabaseSalvage::copyTable(const QSqlDatabase &source, const QString &table)
{
    TableReport report;
    report.table = table;
    // A table whose columns cannot be read (a damaged schema) is left, and
    // the report says it held nothing.
    SqlError unreadable;
    const QStringList columns = sharedColumns(source, m_target, table, unreadable);
    if (columns.isEmpty()) {
        m_tables.append(report);
        return true;
    }
    // Tables WITHOUT ROWID have no rowid to skip a damaged page by.
    QSqlQuery rowidProbe(source);
    const bool byRowid = rowidProbe.exec(QStringLiteral("SELECT rowid FROM %1 LIMIT 0").arg(quoted(table)));
    rowidProbe.finish();
    Transaction transaction(m_target, m_error);
    if (!transaction.isOpen() || !copyFrom(source, table, columns, byRowid, report) || !transaction.commit())
        return false;
    m_tables.append(report);
    return true;
}

bool DatabaseSalvage::copyFrom(const QSqlDatabase &source, const QString &table, const QStringList &columns,
                               bool byRowid, TableReport &report)
{
    QStringList names;
    for (const QString &column : columns)
        names << quoted(column);
    QSqlQuery insert(m_target);
    const QString placeholders = QStringLiteral("?,").repeated(columns.size()).chopped(1);
    if (!insert.prepare(QStringLiteral("INSERT OR REPLACE INTO %1(%2) VALUES(%3)")
                            .arg(quoted(table), names.join(QLatin1Char(',')), placeholders)))
        return m_error.exec(insert); // records why
    const QString select = byRowid ? QStringLiteral("SELECT rowid, %1 FROM %2 WHERE rowid > ? ORDER BY rowid")
                                   : QStringLiteral("SELECT 0, %1 FROM %2");
    qint64 after = std::numeric_limits<qint64>::min();
    for (;;) {
        QSqlQuery read(source);
        read.setForwardOnly(true);
        bool readOk = read.prepare(select.arg(names.join(QLatin1Char(',')), quoted(table)));
        if (byRowid)
            read.addBindValue(after);
        readOk = readOk && read.exec();
        while (readOk && read.next()) {
            after = read.value(0).toLongLong();
            for (int i = 0; i < columns.size(); ++i)
                insert.bindValue(i, read.value(i + 1));
            if (!insert.exec() && !isRowRefused(insert.lastError()))
                return m_error.exec(insert);
            ++report.rows;
        }
        if (readOk && read.lastError().type() == QSqlError::NoError)
            return true;
        ++report.damagedReads;
        if (!byRowid || !skipDamage(source, table, after))
            return true;
    }
}

bool DatabaseSalvage::skipDamage(const QSqlDatabase &source, const QString &table, qint64 &after)
{
    // The row after the last one read could not be: give it up, and look
    // for the next row that can be reached, ever further away, so that a
    // damaged stretch of any length costs a few dozen seeks.
    QSqlQuery probe(source);
    probe.setForwardOnly(true);
    const QString sql =
        QStringLiteral("SELECT rowid FROM %1 WHERE rowid >= ? ORDER BY rowid LIMIT 1").arg(quoted(table));
    for (qint64 step = 2; step > 0 && after <= std::numeric_limits<qint64>::max() - step; step *= 2) {
        if (!probe.prepare(sql))
            return false;
        probe.addBindValue(after + step);
        if (!probe.exec())
            continue;
        if (probe.next()) {
            after = probe.value(0).toLongLong() - 1;
            return true;
        }
        if (probe.lastError().type() == QSqlError::NoError)
            return false; // nothing after the damage
    }
    return false;
}

QStringList DatabaseSalvage::lostArticlePaths() const
{
    return strings(QStringLiteral("SELECT DISTINCT article_path FROM passages WHERE ") + passageOrphans);
}

QStringList DatabaseSalvage::articlePaths() const
{
    return strings(QStringLiteral("SELECT path FROM articles"));
}

QStringList DatabaseSalvage::strings(const QString &sql) const
{
    QSqlQuery query(m_target);
    query.setForwardOnly(true);
    QStringList values;
    if (!query.exec(sql))
        return values;
    while (query.next())
        values << query.value(0).toString();
    return values;
}

bool DatabaseSalvage::relinkPassages()
{
    QSqlQuery query(m_target);
    return m_error.exec(
        query,
        QStringLiteral("UPDATE passages SET article_id = (SELECT a.id FROM articles a"
                       " WHERE a.path = passages.article_path) WHERE ")
            + passageOrphans
            + QStringLiteral(" AND EXISTS (SELECT 1 FROM articles a WHERE a.path = passages.article_path)"));
}

int DatabaseSalvage::removeDangling()
{
    // In the order the references go: a passage removed takes its tags,
    // an entity removed takes its aliases.
    const QString after[] = {
        QStringLiteral("UPDATE passages SET label_id = NULL WHERE label_id IS NOT NULL"
                       " AND NOT EXISTS (SELECT 1 FROM passage_labels l WHERE l.id = passages.label_id)"),
        QStringLiteral("DELETE FROM passage_tags WHERE NOT EXISTS"
                       " (SELECT 1 FROM passages p WHERE p.id = passage_tags.passage_id)"),
        QStringLiteral("DELETE FROM mention_exclusions WHERE NOT EXISTS"
                       " (SELECT 1 FROM articles a WHERE a.id = mention_exclusions.article_id)"),
        QStringLiteral("DELETE FROM article_states WHERE NOT EXISTS"
                       " (SELECT 1 FROM articles a WHERE a.id = article_states.article_id)"),
        // A watch whose chip's entity is lost keeps its search and filters.
        QStringLiteral("UPDATE watches SET entity_id = NULL WHERE entity_id IS NOT NULL"
                       " AND NOT EXISTS (SELECT 1 FROM entities e WHERE e.id = watches.entity_id)"),
        QStringLiteral("DELETE FROM entities WHERE NOT EXISTS"
                       " (SELECT 1 FROM entity_types t WHERE t.id = entities.type_id)"),
        QStringLiteral(
            "DELETE FROM aliases WHERE NOT EXISTS (SELECT 1 FROM entities e WHERE e.id = aliases.entity_id)"),
    };
    Transaction transaction(m_target, m_error);
    QSqlQuery query(m_target);
    if (!transaction.isOpen() || !m_error.exec(query, QStringLiteral("DELETE FROM passages WHERE ") + passageOrphans))
        return -1;
    const int removed = query.numRowsAffected();
    for (const QString &sql : after) {
        if (!m_error.exec(query, sql))
            return -1;
    }
    return transaction.commit() ? removed : -1;
}

bool DatabaseSalvage::rebuildSearchIndex()
{
    QSqlQuery query(m_target);
    return m_error.exec(query, QStringLiteral("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')"));
}

} // namespace Veille
