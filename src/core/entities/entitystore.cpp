// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/entitystore.h"

#include "db/sqldialect.h"
#include "db/sqltext.h"
#include "db/transaction.h"
#include "text/textfold.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Veille {

namespace {
constexpr int GazetteerLockKey = 0x67617a65; // "gaze"

// Suppressions and lookups compare names the way readers do: "Hanoi" is
// "Hanoï", "INTEL" is "Intel". comparisonKey folds exactly that.
QString folded(const QString &text)
{
    return comparisonKey(text.simplified());
}

// A detected entity's key: its folded name. "Vladimir Poutine" and
// "Vladimir POUTINE" are one person, and a name the tagger read as a
// company here and as a place there is one entity, of the type it was
// first detected with (the manager can change it). Keys written before
// "rules 3" (NameDetection::signature()) began with the type; the re-index
// that signature asks for moves their mentions to entities under the new
// key, and the old ones, left with no mention, are removed.
QString detectKey(const QString &name)
{
    return comparisonKey(name);
}

} // namespace

EntityStore::EntityStore(const QSqlDatabase &db)
    : m_db(db)
    , m_mentionInsert(db,
                      QStringLiteral("INSERT INTO mentions(article_id, start_pos, end_pos, entity_id, alias_id, role,"
                                     " origin, confidence)"),
                      8)
{
}

bool EntityStore::beginTransaction()
{
    return Transaction::begin(m_db, m_error);
}

bool EntityStore::commitTransaction()
{
    return Transaction::commit(m_db, m_error);
}

void EntityStore::rollbackTransaction()
{
    Transaction::rollback(m_db);
}

bool EntityStore::lockGazetteer()
{
    if (!isPostgres(m_db))
        return true;
    // An arbitrary key, the same in every client; released at commit.
    QSqlQuery query(m_db);
    return m_error.exec(query, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(GazetteerLockKey));
}

QStringList EntityStore::types() const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT name FROM entity_types ORDER BY id"));
    QStringList names;
    if (exec(query)) {
        while (query.next())
            names.append(query.value(0).toString());
    }
    return names;
}

qint64 EntityStore::typeId(const QString &name, bool create)
{
    // Types compare as SQLite's NOCASE does on both: lower() on each side.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM entity_types WHERE lower(name) = lower(:name) ORDER BY id"));
    query.bindValue(QStringLiteral(":name"), name.trimmed());
    if (!exec(query))
        return 0;
    if (query.next())
        return query.value(0).toLongLong();
    if (!create || name.trimmed().isEmpty())
        return 0;
    // Another analyst may add the same type meanwhile: the name is the key.
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO entity_types(name) VALUES(:name) ON CONFLICT(name) DO NOTHING"));
    insert.bindValue(QStringLiteral(":name"), name.trimmed());
    return exec(insert) ? typeId(name, false) : 0;
}

bool EntityStore::addType(const QString &name)
{
    return typeId(name, true) != 0;
}

QVector<Alias> EntityStore::aliasesOf(qint64 entityId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, text, case_sensitive, fold_accents FROM aliases"
                                 " WHERE entity_id = :id ORDER BY id"));
    query.bindValue(QStringLiteral(":id"), entityId);
    QVector<Alias> aliases;
    if (exec(query)) {
        while (query.next())
            aliases.append({ query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toBool(),
                             query.value(3).toBool() });
    }
    return aliases;
}

QVector<Entity> EntityStore::entities(const QString &type, EntityStatus status) const
{
    // One pass over aliases joined to their entity: a 10,000-name
    // gazetteer loads in one query, not one per entity.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT e.id, e.name, t.name, a.id, a.text, a.case_sensitive, a.fold_accents"
                                 " FROM entities e JOIN entity_types t ON t.id = e.type_id"
                                 " LEFT JOIN aliases a ON a.entity_id = e.id WHERE e.status = :status")
                  + (type.isEmpty() ? QString() : QStringLiteral(" AND lower(t.name) = lower(:type)"))
                  + QStringLiteral(" ORDER BY t.id, e.name, e.id, a.id"));
    query.bindValue(QStringLiteral(":status"), int(status));
    if (!type.isEmpty())
        query.bindValue(QStringLiteral(":type"), type);
    QVector<Entity> entities;
    if (!exec(query))
        return entities;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (entities.isEmpty() || entities.last().id != id)
            entities.append({id, query.value(1).toString(), query.value(2).toString(), {}, status});
        if (!query.value(3).isNull())
            entities.last().aliases.append({ query.value(3).toLongLong(), query.value(4).toString(),
                                             query.value(5).toBool(), query.value(6).toBool() });
    }
    return entities;
}

std::optional<Entity> EntityStore::entity(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT e.name, t.name, e.status FROM entities e"
                                 " JOIN entity_types t ON t.id = e.type_id WHERE e.id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!exec(query) || !query.next())
        return std::nullopt;
    return Entity{id, query.value(0).toString(), query.value(1).toString(), aliasesOf(id),
                  EntityStatus(query.value(2).toInt())};
}

QVector<Entity> EntityStore::find(const QString &text) const
{
    bool isId = false;
    const qint64 id = text.toLongLong(&isId);
    if (isId) {
        if (const auto found = entity(id))
            return { *found };
    }
    const QString key = folded(text);
    QVector<Entity> found;
    const QVector<Entity> all = entities();
    for (const Entity &entity : all) {
        const bool named = folded(entity.name) == key
            || std::any_of(entity.aliases.cbegin(), entity.aliases.cend(),
                           [&key](const Alias &alias) { return folded(alias.text) == key; });
        if (named)
            found.append(entity);
    }
    return found;
}

EntityStore::Finder EntityStore::finder() const
{
    QHash<QString, QVector<qint64>> byName;
    QSet<qint64> ids;
    const QVector<Entity> all = entities();
    for (const Entity &entity : all) {
        ids.insert(entity.id);
        // A name that is also an alias counts once, as in find().
        QSet<QString> keys { folded(entity.name) };
        for (const Alias &alias : entity.aliases)
            keys.insert(folded(alias.text));
        for (const QString &key : std::as_const(keys))
            byName[key].append(entity.id);
    }
    return [byName, ids](const QString &text) {
        bool isId = false;
        const qint64 id = text.toLongLong(&isId);
        if (isId && ids.contains(id))
            return QVector<qint64> { id };
        return byName.value(folded(text));
    };
}

qint64 EntityStore::addEntity(const Entity &entity)
{
    const QString name = entity.name.simplified();
    if (name.isEmpty()) {
        m_error.record(tr("an entity needs a name"));
        return 0;
    }
    const qint64 type = typeId(entity.type.isEmpty() ? QStringLiteral("Organisation") : entity.type, true);
    if (!type)
        return 0;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO entities(name, type_id) VALUES(:name, :type) RETURNING id"));
    query.bindValue(QStringLiteral(":name"), name);
    query.bindValue(QStringLiteral(":type"), type);
    if (!exec(query) || !query.next())
        return 0;
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    QVector<Alias> aliases = entity.aliases;
    const bool nameIsAlias = std::any_of(aliases.cbegin(), aliases.cend(),
                                         [&name](const Alias &alias) { return alias.text.simplified() == name; });
    if (!nameIsAlias)
        aliases.prepend({ 0, name, false, true });
    for (const Alias &alias : qAsConst(aliases)) {
        if (!alias.text.simplified().isEmpty() && !addAlias(id, alias))
            return 0;
    }
    return id;
}

qint64 EntityStore::addAlias(qint64 entityId, const Alias &alias)
{
    QSqlQuery query(m_db);
    // An alias the entity already has is not an error: importing the
    // same watch list twice changes nothing, and two analysts adding it at
    // once both get the one row. Flags are bound as integers: the server
    // has no boolean columns.
    query.prepare(QStringLiteral("INSERT INTO aliases(entity_id, text, case_sensitive, fold_accents)"
                                 " VALUES(:entity, :text, :case, :fold)"
                                 " ON CONFLICT(entity_id, text) DO UPDATE SET case_sensitive = excluded.case_sensitive,"
                                 " fold_accents = excluded.fold_accents RETURNING id"));
    query.bindValue(QStringLiteral(":entity"), entityId);
    query.bindValue(QStringLiteral(":text"), alias.text.simplified());
    query.bindValue(QStringLiteral(":case"), int(alias.caseSensitive));
    query.bindValue(QStringLiteral(":fold"), int(alias.foldAccents));
    return exec(query) && query.next() ? query.value(0).toLongLong() : 0;
}

bool EntityStore::removeAlias(qint64 aliasId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM aliases WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), aliasId);
    return exec(query);
}

bool EntityStore::renameEntity(qint64 id, const QString &name)
{
    if (name.simplified().isEmpty()) {
        m_error.record(tr("an entity needs a name"));
        return false;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE entities SET name = :name WHERE id = :id"));
    query.bindValue(QStringLiteral(":name"), name.simplified());
    query.bindValue(QStringLiteral(":id"), id);
    return exec(query) && addAlias(id, { 0, name.simplified(), false, true }) != 0;
}

bool EntityStore::setEntityType(qint64 id, const QString &type)
{
    const qint64 type_id = typeId(type, true);
    if (!type_id)
        return false;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE entities SET type_id = :type WHERE id = :id"));
    query.bindValue(QStringLiteral(":type"), type_id);
    query.bindValue(QStringLiteral(":id"), id);
    return exec(query);
}

bool EntityStore::mergeEntities(qint64 keep, qint64 gone)
{
    if (keep == gone || !entity(keep) || !entity(gone)) {
        m_error.record(tr("merge needs two different entities that exist"));
        return false;
    }
    // All or nothing, and again if another analyst's change got in the way.
    return Transaction::run(m_db, m_error, [this, keep, gone] {
        const QVector<Alias> aliases = aliasesOf(gone);
        for (const Alias &alias : aliases) {
            if (!addAlias(keep, alias))
                return false;
        }
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("UPDATE mentions SET entity_id = :keep, alias_id = NULL WHERE entity_id = :gone"));
        query.bindValue(QStringLiteral(":keep"), keep);
        query.bindValue(QStringLiteral(":gone"), gone);
        return exec(query) && removeEntity(gone);
    });
}

bool EntityStore::removeEntity(qint64 id)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM entities WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    return exec(query);
}

bool EntityStore::suppress(const QString &text)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO suppressions(text) VALUES(:text) ON CONFLICT(text) DO NOTHING"));
    query.bindValue(QStringLiteral(":text"), folded(text));
    return exec(query);
}

bool EntityStore::unsuppress(const QString &text)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM suppressions WHERE text = :text"));
    query.bindValue(QStringLiteral(":text"), folded(text));
    return exec(query);
}

QStringList EntityStore::suppressions() const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT text FROM suppressions ORDER BY text"));
    QStringList texts;
    if (exec(query)) {
        while (query.next())
            texts.append(query.value(0).toString());
    }
    return texts;
}

bool EntityStore::excludeSpan(qint64 articleId, const TextRange &range)
{
    return execOnSpan(QStringLiteral("INSERT INTO mention_exclusions(article_id, start_pos, end_pos)"
                                     " VALUES(:article, :start, :end) ON CONFLICT DO NOTHING"),
                      articleId, range);
}

bool EntityStore::includeSpan(qint64 articleId, const TextRange &range)
{
    return execOnSpan(QStringLiteral("DELETE FROM mention_exclusions WHERE article_id = :article AND start_pos = :start"
                                     " AND end_pos = :end"),
                      articleId, range);
}

bool EntityStore::execOnSpan(const QString &sql, qint64 articleId, const TextRange &range)
{
    QSqlQuery query(m_db);
    query.prepare(sql);
    query.bindValue(QStringLiteral(":article"), articleId);
    query.bindValue(QStringLiteral(":start"), range.start);
    query.bindValue(QStringLiteral(":end"), range.end);
    return exec(query);
}

QVector<TextRange> EntityStore::excludedSpans(qint64 articleId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT start_pos, end_pos FROM mention_exclusions WHERE article_id = :article"));
    query.bindValue(QStringLiteral(":article"), articleId);
    QVector<TextRange> spans;
    if (exec(query)) {
        while (query.next())
            spans.append({ query.value(0).toInt(), query.value(1).toInt() });
    }
    return spans;
}

bool EntityStore::replaceMentions(qint64 articleId, const QVector<Mention> &mentions,
                                  const QVector<Suggestion> &suggestions, const QVector<DetectedMention> &detected)
{
    QSqlQuery query(m_db);
    for (const QString &table : { QStringLiteral("mentions"), QStringLiteral("suggestions") }) {
        query.prepare(QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE article_id = :article"));
        query.bindValue(QStringLiteral(":article"), articleId);
        if (!exec(query))
            return false;
    }
    if (!suggestions.isEmpty())
        query.prepare(
            QStringLiteral("INSERT INTO suggestions(article_id, start_pos, end_pos, text, type, reason, variant_of,"
                           " role) VALUES(:article, :start, :end, :text, :type, :reason, :variant, :role)"));
    for (const Suggestion &suggestion : suggestions) {
        query.bindValue(QStringLiteral(":article"), articleId);
        query.bindValue(QStringLiteral(":start"), suggestion.start);
        query.bindValue(QStringLiteral(":end"), suggestion.end);
        query.bindValue(QStringLiteral(":text"), SqlText::notNull(suggestion.text));
        query.bindValue(QStringLiteral(":type"), SqlText::notNull(suggestion.type));
        query.bindValue(QStringLiteral(":reason"), SqlText::notNull(suggestion.reason));
        query.bindValue(QStringLiteral(":variant"), suggestion.variantOf ? QVariant(suggestion.variantOf) : QVariant());
        query.bindValue(QStringLiteral(":role"), SqlText::notNull(suggestion.role));
        if (!exec(query))
            return false;
    }
    QVector<Mention> all = mentions;
    for (const DetectedMention &name : detected) {
        const qint64 entityId = name.entityId ? name.entityId : detectedEntity(name.name, name.type);
        if (!entityId)
            return false;
        all.append({entityId, 0, name.start, name.end, name.role, name.origin, name.confidence});
    }
    for (const Mention &mention : qAsConst(all)) {
        m_mentionInsert.addRow({ articleId, mention.start, mention.end, mention.entityId,
                                 mention.aliasId ? QVariant(mention.aliasId) : QVariant(),
                                 SqlText::notNull(mention.role), int(mention.origin), double(mention.confidence) });
    }
    return m_mentionInsert.flush(m_error);
}

qint64 EntityStore::detectedEntity(const QString &name, const QString &type)
{
    const QString key = detectKey(name);
    const std::optional<qint64> known = entityWithDetectKey(key);
    if (!known || *known)
        return known.value_or(0);
    const qint64 typeRow = typeId(type, true);
    if (!typeRow)
        return 0;
    // Another import may detect the same name meanwhile: the key is unique,
    // and the loser of that race reads the winner's row.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO entities(name, type_id, status, detect_key) VALUES(:name, :type, 0, :key)"
                                 " ON CONFLICT(detect_key) WHERE detect_key IS NOT NULL DO NOTHING RETURNING id"));
    query.bindValue(QStringLiteral(":name"), SqlText::notNull(name));
    query.bindValue(QStringLiteral(":type"), typeRow);
    query.bindValue(QStringLiteral(":key"), key);
    if (!exec(query))
        return 0;
    return query.next() ? query.value(0).toLongLong() : entityWithDetectKey(key).value_or(0);
}

std::optional<qint64> EntityStore::entityWithDetectKey(const QString &key) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM entities WHERE detect_key = :key"));
    query.bindValue(QStringLiteral(":key"), key);
    if (!exec(query))
        return std::nullopt;
    return query.next() ? query.value(0).toLongLong() : 0;
}

bool EntityStore::confirm(qint64 id)
{
    // Its name becomes an alias, so the gazetteer matches it everywhere
    // once the articles are indexed again.
    const std::optional<Entity> found = entity(id);
    if (!found || found->status == EntityStatus::Confirmed)
        return bool(found);
    return Transaction::run(m_db, m_error, [this, id, &found] {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("UPDATE entities SET status = 1, detect_key = NULL WHERE id = :id"));
        query.bindValue(QStringLiteral(":id"), id);
        return exec(query) && addAlias(id, { 0, found->name, false, true });
    });
}

bool EntityStore::unconfirm(qint64 id)
{
    const std::optional<Entity> found = entity(id);
    if (!found || found->status == EntityStatus::Detected)
        return bool(found);
    return Transaction::run(m_db, m_error, [this, id, &found] {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("UPDATE entities SET status = 0, detect_key = :key WHERE id = :id"));
        query.bindValue(QStringLiteral(":key"), detectKey(found->name));
        query.bindValue(QStringLiteral(":id"), id);
        if (!exec(query))
            return false;
        // The next re-index finds the name by the tagger again, under this
        // id, and no longer by the gazetteer.
        for (const Alias &alias : found->aliases) {
            if (alias.text == found->name && !removeAlias(alias.id))
                return false;
        }
        return true;
    });
}

qint64 EntityStore::detectedId(const QString &name) const
{
    return entityWithDetectKey(detectKey(name)).value_or(0);
}

bool EntityStore::removeUnmentionedDetected()
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM entities WHERE status = 0"
                                 " AND NOT EXISTS(SELECT 1 FROM mentions WHERE entity_id = entities.id)"));
    return exec(query);
}

bool EntityStore::reject(qint64 id)
{
    // Suppressed, so that no article finds the name again; its mentions go
    // with it (the foreign key cascades).
    const std::optional<Entity> found = entity(id);
    if (!found)
        return false;
    return Transaction::run(m_db, m_error, [this, id, &found] { return suppress(found->name) && removeEntity(id); });
}

QVector<Mention> EntityStore::mentions(qint64 articleId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT entity_id, alias_id, start_pos, end_pos, role, origin, confidence"
                                 " FROM mentions WHERE article_id = :article ORDER BY start_pos"));
    query.bindValue(QStringLiteral(":article"), articleId);
    QVector<Mention> mentions;
    if (exec(query)) {
        while (query.next())
            mentions.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toInt(),
                             query.value(3).toInt(), query.value(4).toString(), MentionOrigin(query.value(5).toInt()),
                             query.value(6).toFloat()});
    }
    return mentions;
}

QVector<Suggestion> EntityStore::suggestions(qint64 articleId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT start_pos, end_pos, text, type, reason, variant_of, role FROM suggestions"
                                 " WHERE article_id = :article ORDER BY start_pos"));
    query.bindValue(QStringLiteral(":article"), articleId);
    QVector<Suggestion> suggestions;
    if (exec(query)) {
        while (query.next())
            suggestions.append({ query.value(0).toInt(), query.value(1).toInt(), query.value(2).toString(),
                                 query.value(3).toString(), query.value(4).toString(), query.value(5).toLongLong(),
                                 query.value(6).toString() });
    }
    return suggestions;
}

QVector<EntityStore::PendingSuggestion> EntityStore::pendingSuggestions() const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT text, type, min(reason), variant_of, count(DISTINCT article_id)"
                                 " FROM suggestions GROUP BY text, type, variant_of"
                                 " ORDER BY count(DISTINCT article_id) DESC, text"));
    QVector<PendingSuggestion> pending;
    if (exec(query)) {
        while (query.next())
            pending.append({ query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                             query.value(3).toLongLong(), query.value(4).toInt() });
    }
    return pending;
}

QVector<EntityStore::Count> EntityStore::readCounts(QSqlQuery &query) const
{
    QVector<Count> counts;
    if (!exec(query))
        return counts;
    while (query.next())
        counts.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toInt(), query.value(4).toInt(), EntityStatus(query.value(5).toInt())});
    return counts;
}

QVector<EntityStore::Count> EntityStore::countsInArticle(qint64 articleId) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT e.id, e.name, t.name, count(*), 1, e.status FROM mentions m"
                       " JOIN entities e ON e.id = m.entity_id JOIN entity_types t ON t.id = e.type_id"
                       " WHERE m.article_id = :article GROUP BY e.id, t.id ORDER BY t.id, count(*) DESC, e.name"));
    query.bindValue(QStringLiteral(":article"), articleId);
    return readCounts(query);
}

QVector<EntityStore::Count> EntityStore::counts(const QString &type) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT e.id, e.name, t.name, count(m.entity_id), count(DISTINCT m.article_id), e.status"
                       " FROM entities e JOIN entity_types t ON t.id = e.type_id"
                       " LEFT JOIN mentions m ON m.entity_id = e.id")
        + (type.isEmpty() ? QString() : QStringLiteral(" WHERE lower(t.name) = lower(:type)"))
        + QStringLiteral(" GROUP BY e.id, t.id ORDER BY t.id, e.name"));
    if (!type.isEmpty())
        query.bindValue(QStringLiteral(":type"), type);
    return readCounts(query);
}

std::optional<EntityStore::Count> EntityStore::count(qint64 entityId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT e.id, e.name, t.name,"
                                 " (SELECT count(*) FROM mentions WHERE entity_id = e.id),"
                                 " coalesce((SELECT articles FROM entity_counts WHERE entity_id = e.id), 0), e.status"
                                 " FROM entities e JOIN entity_types t ON t.id = e.type_id WHERE e.id = :id"));
    query.bindValue(QStringLiteral(":id"), entityId);
    const QVector<Count> counts = readCounts(query);
    return counts.isEmpty() ? std::nullopt : std::optional<Count>(counts.first());
}

int EntityStore::articleCount(qint64 entityId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT articles FROM entity_counts WHERE entity_id = :id"));
    query.bindValue(QStringLiteral(":id"), entityId);
    return exec(query) && query.next() ? query.value(0).toInt() : 0;
}

QVector<EntityStore::Count> EntityStore::cooccurring(qint64 entityId, int limit, int sample) const
{
    // The entity's newest articles, from article_entities in date order:
    // for a name in most articles, counting over all of them took seconds.
    // Mentions are counted per entity first, and only those few rows are
    // joined to their names (100,000 articles, a name in 83 % of them:
    // 4 s for all its articles; 100 ms for 2,000 joined row by row; 13 ms
    // for 1,000 counted first).
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT e.id, e.name, t.name, c.mentions, c.articles, e.status FROM"
                                 " (SELECT m.entity_id AS id, count(*) AS mentions,"
                                 " count(DISTINCT m.article_id) AS articles"
                                 " FROM (SELECT article_id FROM article_entities WHERE entity_id = :id"
                                 " ORDER BY date_key DESC, article_id DESC%1) AS s"
                                 " JOIN mentions m ON m.article_id = s.article_id"
                                 " WHERE m.entity_id <> :id GROUP BY m.entity_id) AS c"
                                 " JOIN entities e ON e.id = c.id JOIN entity_types t ON t.id = e.type_id"
                                 " ORDER BY c.articles DESC, c.mentions DESC, e.name LIMIT :limit")
                      // No sample: every article (the server has no LIMIT -1).
                      .arg(sample > 0 ? QStringLiteral(" LIMIT %1").arg(sample) : QString()));
    query.bindValue(QStringLiteral(":id"), entityId);
    query.bindValue(QStringLiteral(":limit"), limit);
    return readCounts(query);
}

QVector<qint64> EntityStore::articlesMentioning(const QVector<qint64> &entityIds) const
{
    QVector<qint64> ids;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT DISTINCT article_id FROM mentions WHERE entity_id = :id"));
    for (const qint64 entityId : entityIds) {
        query.bindValue(QStringLiteral(":id"), entityId);
        if (!exec(query))
            return {};
        while (query.next())
            ids.append(query.value(0).toLongLong());
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

} // namespace Veille
