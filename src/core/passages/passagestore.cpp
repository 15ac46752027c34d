// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "passages/passagestore.h"

#include "articles/articlestore.h"
#include "db/sqldialect.h"
#include "db/sqltext.h"
#include "db/transaction.h"
#include "text/textfold.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <iterator>
#include <limits>

namespace Veille {

namespace {
const QChar Separator(0x1f); // joins tags and entity names in one column

QString searchKey(const Passage &passage)
{
    return comparisonKey(passage.anchor.exact + QLatin1Char(' ') + passage.note);
}

// The snapshot is the stored passage, enough to write it back as it was.
QByteArray toSnapshot(const Passage &p)
{
    QJsonObject object {
        { QStringLiteral("article_id"), p.articleId },
        { QStringLiteral("article_path"), p.articlePath },
        { QStringLiteral("quote"), p.anchor.exact },
        { QStringLiteral("prefix"), p.anchor.prefix },
        { QStringLiteral("suffix"), p.anchor.suffix },
        { QStringLiteral("start"), p.anchor.start },
        { QStringLiteral("end"), p.anchor.end },
        { QStringLiteral("content_hash"), p.anchor.contentHash },
        { QStringLiteral("state"), int(p.state) },
        { QStringLiteral("note"), p.note },
        { QStringLiteral("label_id"), p.labelId },
        { QStringLiteral("tags"), QJsonArray::fromStringList(p.tags) },
        { QStringLiteral("created"), p.created.toMSecsSinceEpoch() },
        { QStringLiteral("deleted"), p.deleted },
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<Passage> fromSnapshot(qint64 id, const QByteArray &snapshot)
{
    const QJsonObject o = QJsonDocument::fromJson(snapshot).object();
    if (o.isEmpty())
        return std::nullopt;
    Passage p;
    p.id = id;
    p.articleId = o.value(QStringLiteral("article_id")).toVariant().toLongLong();
    p.articlePath = o.value(QStringLiteral("article_path")).toString();
    p.anchor.exact = o.value(QStringLiteral("quote")).toString();
    p.anchor.prefix = o.value(QStringLiteral("prefix")).toString();
    p.anchor.suffix = o.value(QStringLiteral("suffix")).toString();
    p.anchor.start = o.value(QStringLiteral("start")).toInt();
    p.anchor.end = o.value(QStringLiteral("end")).toInt();
    p.anchor.contentHash = o.value(QStringLiteral("content_hash")).toString();
    p.state = Passage::State(o.value(QStringLiteral("state")).toInt());
    p.note = o.value(QStringLiteral("note")).toString();
    p.labelId = o.value(QStringLiteral("label_id")).toInt();
    const QJsonArray tags = o.value(QStringLiteral("tags")).toArray();
    for (const QJsonValue &tag : tags)
        p.tags.append(tag.toString());
    p.created = QDateTime::fromMSecsSinceEpoch(o.value(QStringLiteral("created")).toVariant().toLongLong());
    p.deleted = o.value(QStringLiteral("deleted")).toBool();
    return p;
}

QStringList cleanTags(const QStringList &tags)
{
    QStringList clean;
    for (const QString &tag : tags) {
        const QString simple = tag.simplified();
        if (!simple.isEmpty() && !clean.contains(simple))
            clean.append(simple);
    }
    return clean;
}

// The statements' only differences between the file and the server: how
// tags and entity names are joined into one column (SQLite 3.40 has no
// ORDER BY inside an aggregate, so it joins an ordered subquery), and
// whose a passage is (row-level security on the server shows the
// reader's own and the shared ones; a file holds only its user's).
struct PassageDialect {
    const char *joined; //!< %1 joined by Separator, in the order of %2
    const char *own; //!< 1 when the passage p is the reader's, else 0
    const char *ownLabel; //!< true when the label l is the reader's
};

PassageDialect passageDialect(const QSqlDatabase &db)
{
    if (isPostgres(db))
        return { "string_agg(%1, chr(31) ORDER BY %2)", "CASE WHEN p.owner = current_user THEN 1 ELSE 0 END",
                 "l.owner = current_user" };
    return { "group_concat(%1, char(31))", "1", "1 = 1" };
}

// \a column joined in the order of \a order. SQLite's group_concat()
// names no order: it keeps its subquery's, so its text has no %2, which
// QString::arg() would warn about.
QString joinedColumn(const PassageDialect &dialect, const QString &column, const QString &order)
{
    return QString::fromLatin1(dialect.joined).replace(QLatin1String("%1"), column).replace(QLatin1String("%2"), order);
}

// Every read shares these columns, in this order (see readPassage).
QString selectColumns(const QSqlDatabase &db)
{
    const PassageDialect dialect = passageDialect(db);
    return QStringLiteral("SELECT p.id, p.article_id, p.article_path, p.quote, p.prefix, p.suffix,"
                          " p.start_pos, p.end_pos, p.content_hash, p.state, p.note, p.label_id,"
                          " p.created_at, p.updated_at, p.deleted_at,"
                          " (SELECT %1 FROM"
                          "   (SELECT tag FROM passage_tags t WHERE t.passage_id = p.id ORDER BY tag) AS sorted_tags),"
                          " a.title, a.date_key, a.source,"
                          " CASE WHEN p.state = 2 THEN NULL ELSE"
                          "  (SELECT %2 FROM"
                          "   (SELECT e.name AS name, MIN(m.start_pos) AS first_pos FROM mentions m"
                          "    JOIN entities e ON e.id = m.entity_id"
                          "    WHERE m.article_id = p.article_id AND m.start_pos >= p.start_pos"
                          "     AND m.end_pos <= p.end_pos GROUP BY e.id, e.name ORDER BY first_pos) AS inside) END,"
                          " p.owner, p.shared, %3"
                          " FROM passages p LEFT JOIN articles a ON a.id = p.article_id")
        .arg(joinedColumn(dialect, QStringLiteral("tag"), QStringLiteral("tag")),
             joinedColumn(dialect, QStringLiteral("name"), QStringLiteral("first_pos")), QLatin1String(dialect.own));
}

Passage readPassage(const QSqlQuery &query)
{
    Passage p;
    p.id = query.value(0).toLongLong();
    p.articleId = query.value(1).toLongLong();
    p.articlePath = query.value(2).toString();
    p.anchor.exact = query.value(3).toString();
    p.anchor.prefix = query.value(4).toString();
    p.anchor.suffix = query.value(5).toString();
    p.anchor.start = query.value(6).toInt();
    p.anchor.end = query.value(7).toInt();
    p.anchor.contentHash = query.value(8).toString();
    p.state = Passage::State(qBound(0, query.value(9).toInt(), 2));
    p.note = query.value(10).toString();
    p.labelId = query.value(11).toInt();
    p.created = QDateTime::fromMSecsSinceEpoch(query.value(12).toLongLong());
    p.updated = QDateTime::fromMSecsSinceEpoch(query.value(13).toLongLong());
    p.deleted = !query.value(14).isNull();
    p.tags = query.value(15).toString().split(Separator, Qt::SkipEmptyParts);
    p.articleTitle = query.value(16).toString();
    p.articleDate = PartialDate::fromSortKey(query.value(17).toInt());
    p.articleSource = query.value(18).toString();
    p.entities = query.value(19).toString().split(Separator, Qt::SkipEmptyParts);
    p.owner = query.value(20).toString();
    p.shared = query.value(21).toInt() != 0;
    p.own = query.value(22).toInt() != 0;
    return p;
}

// The WHERE clause of a query, with its values in bind order.
QString whereClause(const QSqlDatabase &db, const PassageQuery &q, QVariantList *values)
{
    // Another analyst's trash is theirs, even of passages they had shared.
    QStringList conditions {
        q.trash ? QStringLiteral("p.deleted_at IS NOT NULL AND %1 <> 0").arg(QLatin1String(passageDialect(db).own))
                : QStringLiteral("p.deleted_at IS NULL")
    };
    if (!q.text.trimmed().isEmpty()) {
        conditions.append(QStringLiteral("p.search_key LIKE ? ESCAPE '\\'"));
        values->append(SqlText::likeContaining(comparisonKey(q.text.simplified())));
    }
    if (q.labelId > 0) {
        conditions.append(QStringLiteral("p.label_id = ?"));
        values->append(q.labelId);
    }
    if (!q.tag.trimmed().isEmpty()) {
        conditions.append(QStringLiteral("EXISTS (SELECT 1 FROM passage_tags t WHERE t.passage_id = p.id"
                                         " AND lower(t.tag) = lower(?))"));
        values->append(q.tag.simplified());
    }
    if (q.articleId != 0) {
        conditions.append(QStringLiteral("p.article_id = ?"));
        values->append(q.articleId);
    }
    if (q.entityId != 0) {
        conditions.append(QStringLiteral("p.state != 2 AND EXISTS (SELECT 1 FROM mentions m"
                                         " WHERE m.article_id = p.article_id AND m.entity_id = ?"
                                         " AND m.start_pos >= p.start_pos AND m.end_pos <= p.end_pos)"));
        values->append(q.entityId);
    }
    if (q.state) {
        conditions.append(QStringLiteral("p.state = ?"));
        values->append(int(*q.state));
    }
    return QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}
} // namespace

QString passageStateName(Passage::State state)
{
    switch (state) {
    case Passage::State::Anchored:
        return QStringLiteral("anchored");
    case Passage::State::Moved:
        return QStringLiteral("moved");
    case Passage::State::Orphaned:
        return QStringLiteral("orphaned");
    }
    return {};
}

std::optional<Passage::State> passageStateFromName(const QString &name)
{
    for (auto state : { Passage::State::Anchored, Passage::State::Moved, Passage::State::Orphaned }) {
        if (passageStateName(state) == name)
            return state;
    }
    return std::nullopt;
}

PassageStore::PassageStore(const QSqlDatabase &db)
    : m_db(db)
{
}

PassageQuery PassageStore::articleQuery(qint64 articleId)
{
    PassageQuery query;
    query.articleId = articleId;
    return query;
}

bool PassageStore::write(const Passage &p, bool insert, qint64 *id)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery query(m_db);
    if (insert) {
        // The id is written only when known (redo after the trash was
        // emptied): the server's identity column refuses NULL, and gives
        // no lastInsertId(), hence RETURNING. The owner is the column's
        // default: the analyst on the server, '' in a file.
        const bool known = p.id > 0;
        query.prepare(
            QStringLiteral("INSERT INTO passages(%1article_id, article_path, quote, prefix, suffix, start_pos, end_pos,"
                           " content_hash, state, note, search_key, label_id, created_at, updated_at, deleted_at)"
                           " VALUES (%2:article_id, :article_path, :quote, :prefix, :suffix, :start, :end, :hash,"
                           " :state, :note, :key, :label, :created, :now, :deleted) RETURNING id")
                .arg(known ? QStringLiteral("id, ") : QString(), known ? QStringLiteral(":id, ") : QString()));
        if (known)
            query.bindValue(QStringLiteral(":id"), p.id);
        query.bindValue(QStringLiteral(":created"), p.created.isValid() ? p.created.toMSecsSinceEpoch() : now);
    } else {
        query.prepare(QStringLiteral(
            "UPDATE passages SET article_id = :article_id, article_path = :article_path, quote = :quote,"
            " prefix = :prefix, suffix = :suffix, start_pos = :start, end_pos = :end, content_hash = :hash,"
            " state = :state, note = :note, search_key = :key, label_id = :label, updated_at = :now,"
            " deleted_at = :deleted WHERE id = :id"));
        query.bindValue(QStringLiteral(":id"), p.id);
    }
    query.bindValue(QStringLiteral(":article_id"), p.articleId);
    query.bindValue(QStringLiteral(":article_path"), SqlText::notNull(p.articlePath));
    query.bindValue(QStringLiteral(":quote"), SqlText::notNull(p.anchor.exact));
    query.bindValue(QStringLiteral(":prefix"), SqlText::notNull(p.anchor.prefix));
    query.bindValue(QStringLiteral(":suffix"), SqlText::notNull(p.anchor.suffix));
    query.bindValue(QStringLiteral(":start"), p.anchor.start);
    query.bindValue(QStringLiteral(":end"), p.anchor.end);
    query.bindValue(QStringLiteral(":hash"), SqlText::notNull(p.anchor.contentHash));
    query.bindValue(QStringLiteral(":state"), int(p.state));
    query.bindValue(QStringLiteral(":note"), SqlText::notNull(p.note));
    query.bindValue(QStringLiteral(":key"), searchKey(p));
    query.bindValue(QStringLiteral(":label"), p.labelId > 0 ? QVariant(p.labelId) : QVariant());
    query.bindValue(QStringLiteral(":now"), now);
    query.bindValue(QStringLiteral(":deleted"), p.deleted ? QVariant(now) : QVariant());
    if (!exec(query))
        return false;
    if (insert) {
        if (!query.next())
            return m_error.fail(query, false);
        *id = query.value(0).toLongLong();
        query.finish();
    } else if (!changedOne(query, p.id)) {
        return false;
    } else {
        *id = p.id;
    }
    return writeTags(*id, p.tags);
}

bool PassageStore::changedOne(const QSqlQuery &query, qint64 id)
{
    // On the server, row-level security hides another analyst's rows from
    // an UPDATE or DELETE without an error: nothing changed is a refusal.
    if (query.numRowsAffected() == 1)
        return true;
    m_error.record(tr("passage %1 was not changed: it does not exist, or it is another analyst's").arg(id));
    return false;
}

bool PassageStore::writeTags(qint64 id, const QStringList &tags)
{
    QSqlQuery clear(m_db);
    clear.prepare(QStringLiteral("DELETE FROM passage_tags WHERE passage_id = ?"));
    clear.addBindValue(id);
    if (!exec(clear))
        return false;
    QSqlQuery tag(m_db);
    tag.prepare(QStringLiteral("INSERT INTO passage_tags(passage_id, tag) VALUES (?, ?)"));
    const QStringList clean = cleanTags(tags);
    for (const QString &name : clean) {
        tag.bindValue(0, id);
        tag.bindValue(1, name);
        if (!exec(tag))
            return false;
    }
    return true;
}

QByteArray PassageStore::snapshot(qint64 id) const
{
    const std::optional<Passage> stored = passage(id);
    return stored ? toSnapshot(*stored) : QByteArray();
}

std::optional<Passage> PassageStore::ownPassage(qint64 id) const
{
    std::optional<Passage> stored = passage(id);
    if (!stored) {
        m_error.record(tr("passage %1 does not exist").arg(id));
        return std::nullopt;
    }
    if (!stored->own) {
        m_error.record(tr("passage %1 is %2’s, shared with the team: only %2 can change it")
                           .arg(QString::number(id), stored->owner));
        return std::nullopt;
    }
    return stored;
}

std::optional<PassageStore::Change> PassageStore::journal(qint64 id, const QByteArray &before)
{
    Change change;
    change.passageId = id;
    change.before = before;
    change.after = snapshot(id);
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO passage_journal(passage_id, before, after, at) VALUES (?, ?, ?, ?) RETURNING seq"));
    query.addBindValue(id);
    query.addBindValue(before.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(before)));
    query.addBindValue(change.after.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(change.after)));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!exec(query))
        return std::nullopt;
    if (!query.next())
        return m_error.fail(query, std::optional<Change>());
    change.seq = query.value(0).toLongLong();
    query.finish();
    // Undo reaches back this far; older entries would only grow the file.
    // Counted in entries, not numbers: on the server the numbers are the
    // whole team's, and each analyst sees only their own entries.
    QSqlQuery prune(m_db);
    prune.prepare(QStringLiteral("DELETE FROM passage_journal WHERE seq <"
                                 " (SELECT seq FROM passage_journal ORDER BY seq DESC LIMIT 1 OFFSET ?)"));
    prune.addBindValue(JournalLength - 1);
    if (!exec(prune))
        return std::nullopt;
    return change;
}

std::optional<PassageStore::Change> PassageStore::commitChange(Transaction &transaction, qint64 id,
                                                               const QByteArray &before, bool ok)
{
    std::optional<Change> change = ok ? journal(id, before) : std::nullopt;
    if (!change || !transaction.commit())
        return std::nullopt; // rolled back
    return change;
}

std::optional<PassageStore::Change> PassageStore::add(Passage &passage)
{
    if (passage.anchor.exact.isEmpty()) {
        m_error.record(tr("a passage needs some text"));
        return std::nullopt;
    }
    Transaction transaction(m_db, m_error);
    if (!transaction.isOpen())
        return std::nullopt;
    qint64 id = 0;
    const bool ok = write(passage, true, &id);
    std::optional<Change> change = commitChange(transaction, id, {}, ok);
    if (change)
        passage.id = id;
    return change;
}

std::optional<PassageStore::Change> PassageStore::update(const Passage &passage)
{
    Transaction transaction(m_db, m_error);
    if (!transaction.isOpen())
        return std::nullopt;
    const std::optional<Passage> stored = ownPassage(passage.id);
    const QByteArray before = stored ? toSnapshot(*stored) : QByteArray();
    qint64 id = 0;
    return commitChange(transaction, passage.id, before, stored && write(passage, false, &id));
}

std::optional<PassageStore::Change> PassageStore::moveToTrash(qint64 id)
{
    std::optional<Passage> stored = ownPassage(id);
    if (!stored)
        return std::nullopt;
    stored->deleted = true;
    return update(*stored);
}

std::optional<PassageStore::Change> PassageStore::restoreSnapshot(qint64 id, const QByteArray &snapshotData)
{
    std::optional<Passage> restored = fromSnapshot(id, snapshotData);
    if (!restored) {
        // "Did not exist": undoing a creation puts the passage in the trash,
        // from where the user may still take it back.
        return moveToTrash(id);
    }
    Transaction transaction(m_db, m_error);
    if (!transaction.isOpen())
        return std::nullopt;
    const std::optional<Passage> stored = passage(id);
    if (stored && !ownPassage(id))
        return std::nullopt;
    const QByteArray before = stored ? toSnapshot(*stored) : QByteArray();
    qint64 written = 0;
    // After the trash was emptied the row is gone: write it again, same id.
    return commitChange(transaction, id, before, write(*restored, !stored, &written));
}

bool PassageStore::setShared(qint64 id, bool shared)
{
    if (!ownPassage(id))
        return false;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE passages SET shared = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(shared ? 1 : 0);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(id);
    return exec(query) && changedOne(query, id);
}

bool PassageStore::canShare() const
{
    return isPostgres(m_db);
}

int PassageStore::emptyTrash()
{
    Transaction transaction(m_db, m_error);
    if (!transaction.isOpen())
        return -1;
    QSqlQuery journalRows(m_db);
    journalRows.prepare(QStringLiteral(
        "DELETE FROM passage_journal WHERE passage_id IN (SELECT id FROM passages WHERE deleted_at IS NOT NULL)"));
    QSqlQuery rows(m_db);
    rows.prepare(QStringLiteral("DELETE FROM passages WHERE deleted_at IS NOT NULL"));
    if (!exec(journalRows) || !exec(rows))
        return -1;
    const int removed = rows.numRowsAffected();
    return transaction.commit() ? removed : -1;
}

QVector<PassageStore::Change> PassageStore::recentChanges(int limit) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT seq, passage_id, before, after FROM passage_journal ORDER BY seq DESC LIMIT ?"));
    query.addBindValue(limit);
    QVector<Change> changes;
    if (!exec(query))
        return changes;
    while (query.next()) {
        changes.prepend({ query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString().toUtf8(),
                          query.value(3).toString().toUtf8() });
    }
    return changes;
}

std::optional<Passage> PassageStore::passage(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(selectColumns(m_db) + QStringLiteral(" WHERE p.id = ?"));
    query.addBindValue(id);
    if (!exec(query) || !query.next())
        return std::nullopt;
    return readPassage(query);
}

QVector<Passage> PassageStore::passages(const PassageQuery &q, Order order, int offset, int limit) const
{
    QVariantList values;
    QString sql = selectColumns(m_db) + whereClause(m_db, q, &values);
    sql += order == Order::Newest ? QStringLiteral(" ORDER BY p.id DESC")
                                  : QStringLiteral(" ORDER BY a.date_key DESC, p.article_id, p.start_pos, p.id");
    // The server has no LIMIT -1: "all" is the largest limit both accept.
    sql += QStringLiteral(" LIMIT ? OFFSET ?");
    values << (limit < 0 ? std::numeric_limits<qint64>::max() : qint64(limit)) << offset;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    QVector<Passage> result;
    if (!exec(query))
        return result;
    while (query.next())
        result.append(readPassage(query));
    return result;
}

int PassageStore::count(const PassageQuery &q) const
{
    QVariantList values;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM passages p") + whereClause(m_db, q, &values));
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!exec(query) || !query.next())
        return 0;
    return query.value(0).toInt();
}

QStringList PassageStore::tags() const
{
    QSqlQuery query(m_db);
    // GROUP BY rather than DISTINCT: the server orders a DISTINCT only by
    // what it selects.
    query.prepare(QStringLiteral("SELECT t.tag FROM passage_tags t JOIN passages p ON p.id = t.passage_id"
                                 " WHERE p.deleted_at IS NULL GROUP BY t.tag ORDER BY lower(t.tag), t.tag"));
    QStringList names;
    if (exec(query)) {
        while (query.next())
            names.append(query.value(0).toString());
    }
    return names;
}

QVector<PassageLabel> PassageStore::labels() const
{
    return readLabels(QLatin1String(passageDialect(m_db).ownLabel));
}

QVector<PassageLabel> PassageStore::labelsSeen() const
{
    // Row-level security shows the server's reader no other label.
    return readLabels(QStringLiteral("1 = 1"));
}

QVector<PassageLabel> PassageStore::readLabels(const QString &condition) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT l.id, l.name, l.color, l.builtin FROM passage_labels l WHERE %1 ORDER BY l.id")
                      .arg(condition));
    QVector<PassageLabel> labels;
    if (exec(query)) {
        while (query.next()) {
            labels.append({ query.value(0).toInt(), query.value(1).toString(), query.value(2).toString(),
                            query.value(3).toInt() });
        }
    }
    return labels;
}

bool PassageStore::renameLabel(int id, const QString &name)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE passage_labels SET name = ? WHERE id = ?"));
    query.addBindValue(SqlText::notNull(name.simplified()));
    query.addBindValue(id);
    if (!exec(query))
        return false;
    // On a team server another analyst's label is not there to rename.
    if (query.numRowsAffected() > 0)
        return true;
    m_error.record(tr("label %1 is not one of yours").arg(id));
    return false;
}

QUuid PassageStore::databaseUuid() const
{
    static const QString key = QStringLiteral("database_uuid");
    // DO NOTHING: two processes exporting at once agree on the first one stored.
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?) ON CONFLICT(key) DO NOTHING"));
    insert.addBindValue(key);
    insert.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    exec(insert); // fails on a read-only database, which may hold one already
    QSqlQuery select(m_db);
    select.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    select.addBindValue(key);
    const QUuid stored = exec(select) && select.next() ? QUuid(select.value(0).toString()) : QUuid();
    if (!stored.isNull())
        return stored;
    // A read-only database still gets the same identity at each export.
    return QUuid::createUuidV5(QUuid(), m_db.databaseName());
}

namespace {
// The built-in labels' meanings, builtin 1 to 4; the user may rename them.
const char *const BuiltInLabels[] = { QT_TRANSLATE_NOOP("Veille::PassageStore", "evidence"),
                                      QT_TRANSLATE_NOOP("Veille::PassageStore", "question"),
                                      QT_TRANSLATE_NOOP("Veille::PassageStore", "follow up"),
                                      QT_TRANSLATE_NOOP("Veille::PassageStore", "important") };
} // namespace

QString PassageStore::labelName(const PassageLabel &label)
{
    if (!label.name.isEmpty())
        return label.name;
    if (label.builtIn >= 1 && label.builtIn <= int(std::size(BuiltInLabels)))
        return tr(BuiltInLabels[label.builtIn - 1]);
    return tr("label %1").arg(label.id);
}

QHash<int, QString> PassageStore::labelNames() const
{
    QHash<int, QString> names;
    const QVector<PassageLabel> all = labelsSeen();
    for (const PassageLabel &label : all)
        names.insert(label.id, labelName(label));
    return names;
}

int PassageStore::labelIdFor(const QString &text) const
{
    const QVector<PassageLabel> all = labels();
    for (const PassageLabel &label : all) {
        const bool builtIn = label.builtIn >= 1 && label.builtIn <= int(std::size(BuiltInLabels));
        // A built-in label's number is its place in the palette: 1 to 4
        // for every analyst, whatever its id on a team server.
        if (QString::number(label.id) == text || labelName(label).compare(text, Qt::CaseInsensitive) == 0
            || (builtIn && QString::number(label.builtIn) == text)
            || (builtIn && text.compare(QLatin1String(BuiltInLabels[label.builtIn - 1]), Qt::CaseInsensitive) == 0))
            return label.id;
    }
    return 0;
}

int PassageStore::reanchor(const Article &article)
{
    // Only the reader's own: the server lets no one else change them. The
    // others' passages follow the new text at their owners' next import.
    QSqlQuery select(m_db);
    select.prepare(QStringLiteral("SELECT p.id, p.quote, p.prefix, p.suffix, p.start_pos, p.end_pos, p.content_hash,"
                                  " p.note FROM passages p WHERE p.article_id = ? AND p.content_hash != ? AND %1 <> 0")
                       .arg(QLatin1String(passageDialect(m_db).own)));
    select.addBindValue(article.id);
    select.addBindValue(article.contentHash);
    if (!exec(select))
        return -1;
    QSqlQuery update(m_db);
    update.prepare(QStringLiteral("UPDATE passages SET quote = ?, start_pos = ?, end_pos = ?, prefix = ?,"
                                  " suffix = ?, content_hash = ?, search_key = ?, state = ? WHERE id = ?"));
    int count = 0;
    while (select.next()) {
        TextAnchor anchor;
        anchor.exact = select.value(1).toString();
        anchor.prefix = select.value(2).toString();
        anchor.suffix = select.value(3).toString();
        anchor.start = select.value(4).toInt();
        anchor.end = select.value(5).toInt();
        anchor.contentHash = select.value(6).toString();
        const Passage::State state = anchor.reanchorTo(article.body, article.contentHash);
        Passage keyed;
        keyed.anchor = anchor;
        keyed.note = select.value(7).toString();
        const QVariantList values {
            SqlText::notNull(anchor.exact),  anchor.start,       anchor.end,       SqlText::notNull(anchor.prefix),
            SqlText::notNull(anchor.suffix), anchor.contentHash, searchKey(keyed), int(state),
            select.value(0).toLongLong()
        };
        for (int i = 0; i < values.size(); ++i)
            update.bindValue(i, values.at(i));
        if (!exec(update))
            return -1;
        count += update.numRowsAffected();
    }
    return count;
}

int PassageStore::reanchorStale(qint64 articleId)
{
    QSqlQuery stale(m_db);
    stale.prepare(QStringLiteral("SELECT 1 FROM passages p JOIN articles a ON a.id = p.article_id"
                                 " WHERE p.article_id = ? AND p.content_hash <> a.content_hash AND %1 <> 0 LIMIT 1")
                      .arg(QLatin1String(passageDialect(m_db).own)));
    stale.addBindValue(articleId);
    if (!exec(stale))
        return -1;
    if (!stale.next())
        return 0; // always so in a file, where the import re-anchors them
    const std::optional<Article> article = ArticleStore(m_db).article(articleId);
    if (!article) {
        m_error.record(tr("article %1 does not exist").arg(articleId));
        return -1;
    }
    Transaction transaction(m_db, m_error);
    if (!transaction.isOpen())
        return -1;
    const int count = reanchor(*article);
    return count >= 0 && transaction.commit() ? count : -1;
}

std::optional<PassageStore::Change> PassageStore::reattach(qint64 id, const Article &article, const TextRange &range)
{
    std::optional<Passage> stored = ownPassage(id);
    if (!stored)
        return std::nullopt;
    const TextAnchor anchor = TextAnchor::fromRange(article.body, range, article.contentHash);
    if (anchor.exact.trimmed().isEmpty()) {
        m_error.record(tr("select the text the passage should point at"));
        return std::nullopt;
    }
    stored->articleId = article.id;
    stored->articlePath = article.path;
    stored->anchor = anchor;
    stored->state = Passage::State::Anchored;
    return update(*stored);
}

} // namespace Veille
