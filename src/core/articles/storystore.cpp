// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articles/storystore.h"

#include "db/sqldialect.h"
#include "db/transaction.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Veille {

namespace {
// The newest mark as a condition: SQLite reads the integer as a truth,
// and then uses the partial index "WHERE newest"; PostgreSQL needs "<> 0".
QString newestMark(const QSqlDatabase &db)
{
    return isPostgres(db) ? QStringLiteral("m.newest <> 0") : QStringLiteral("m.newest");
}

// "?, ?, …" for \a count bound values.
QString placeholders(int count)
{
    QStringList marks;
    for (int k = 0; k < count; ++k)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}
} // namespace

StoryStore::StoryStore(const QSqlDatabase &db)
    : m_db(db)
    , m_candidatesQuery(db)
    , m_insertQuery(db)
    , m_bandsQuery(db)
{
    m_candidatesQuery.setForwardOnly(true);
}

MinHash StoryStore::signatureOf(const QString &title, const QString &body)
{
    // The body is what copies share; their titles are what sites rewrite.
    const MinHash ofBody = MinHash::ofText(body);
    return ofBody.isNull() ? MinHash::ofText(title) : ofBody;
}

double StoryStore::similarity(const MinHash &a, const MinHash &b)
{
    // The overlap counts only from OverlapThreshold: a text that shares
    // 80 % of a shorter one is not a copy of it, one that holds 90 % of it
    // is the copy with a paragraph more.
    constexpr double OverlapThreshold = 0.9;
    const double overlap = a.overlap(b);
    return std::max(a.similarity(b), overlap >= OverlapThreshold ? overlap : 0.0);
}

qint64 StoryStore::assign(qint64 articleId, const MinHash &signature, bool fresh)
{
    bool failed = false;
    const std::optional<Member> old = fresh ? std::nullopt : member(articleId, &failed);
    if (failed || (old && !leave(*old)))
        return 0;
    const Choice choice = bestStory(articleId, signature);
    if (choice.failed)
        return 0;
    qint64 story = choice.story ? choice.story : articleId;
    if (story > articleId) {
        // An older article updated into a younger story: the story's id
        // stays its smallest article id.
        if (!relabel(story, articleId))
            return 0;
        story = articleId;
    }
    if (!insert(articleId, story, signature, choice.coveredKeys))
        return 0;
    // A story of one is its own newest, as inserted.
    if (!choice.story)
        return story;
    return updateNewest(story, articleId) ? story : 0;
}

std::optional<StoryStore::Member> StoryStore::member(qint64 articleId, bool *failed) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT story_id, signature FROM article_stories WHERE article_id = ?"));
    query.addBindValue(articleId);
    if (!m_error.exec(query)) {
        if (failed)
            *failed = true;
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return Member { articleId, query.value(0).toLongLong(), MinHash::fromBytes(query.value(1).toByteArray()) };
}

bool StoryStore::leave(const Member &old)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT min(article_id) FROM article_stories WHERE story_id = ? AND article_id <> ?"));
    query.addBindValue(old.story);
    query.addBindValue(old.id);
    if (!m_error.exec(query) || !query.next())
        return false;
    const qint64 heir = query.value(0).toLongLong();
    query.finish();
    if (!handOverBands(old, heir))
        return false;
    query.prepare(QStringLiteral("DELETE FROM article_stories WHERE article_id = ?"));
    query.addBindValue(old.id);
    if (!m_error.exec(query))
        return false;
    if (heir == 0)
        return true;
    // The story loses its first article: the next one names it.
    if (old.story == old.id && !relabel(old.story, heir))
        return false;
    return markNewest(old.story == old.id ? heir : old.story);
}

bool StoryStore::handOverBands(const Member &old, qint64 heir)
{
    // Other articles of the story may have left these keys to this one
    // (insert() writes a key once per story): another article of the
    // story takes them, so the story is still found through them.
    const QVector<qint64> keys = old.signature.bandKeys();
    if (keys.isEmpty())
        return true;
    QSqlQuery query(m_db);
    const QString inKeys = QStringLiteral(" WHERE article_id = ? AND band_key IN (") + placeholders(int(keys.size()))
        + QStringLiteral(")");
    if (heir) {
        // A key the heir holds already stays with it (what SQLite's UPDATE
        // OR IGNORE did, in words PostgreSQL reads too).
        query.prepare(QStringLiteral("UPDATE story_bands SET article_id = ?") + inKeys
                      + QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM story_bands h"
                                       " WHERE h.band_key = story_bands.band_key AND h.article_id = ?)"));
        query.addBindValue(heir);
        query.addBindValue(old.id);
        for (const qint64 key : keys)
            query.addBindValue(key);
        query.addBindValue(heir);
        if (!m_error.exec(query))
            return false;
    }
    query.prepare(QStringLiteral("DELETE FROM story_bands") + inKeys);
    query.addBindValue(old.id);
    for (const qint64 key : keys)
        query.addBindValue(key);
    return m_error.exec(query);
}

QVector<StoryStore::Member> StoryStore::candidates(qint64 articleId, const MinHash &signature, bool *failed) const
{
    QVector<Member> found;
    const QVector<qint64> keys = signature.bandKeys();
    if (keys.isEmpty())
        return found;
    // A row per key shared; a key holds at most one article of each story
    // (see insert()), so a story of thousands of copies costs a row per
    // key, not thousands. The limit bounds a corpus of near-identical
    // bulletins all the same.
    QSqlQuery &query = m_candidatesQuery;
    if (m_candidateKeys != keys.size()) {
        query.prepare(QStringLiteral("SELECT b.band_key, s.article_id, s.story_id, s.signature FROM story_bands b"
                                     " JOIN article_stories s ON s.article_id = b.article_id WHERE b.band_key IN (")
                      + placeholders(int(keys.size())) + QStringLiteral(") AND b.article_id <> ? LIMIT 512"));
        m_candidateKeys = keys.size();
    }
    for (int k = 0; k < keys.size(); ++k)
        query.bindValue(k, keys.at(k));
    query.bindValue(int(keys.size()), articleId);
    if (!m_error.exec(query)) {
        m_candidateKeys = -1; // prepared again next time
        *failed = true;
        return found;
    }
    while (query.next())
        found.append({ query.value(1).toLongLong(), query.value(2).toLongLong(),
                       MinHash::fromBytes(query.value(3).toByteArray()), query.value(0).toLongLong() });
    query.finish();
    return found;
}

StoryStore::Choice StoryStore::bestStory(qint64 articleId, const MinHash &signature) const
{
    // The story of the most similar candidate; of equals, the older story.
    Choice choice;
    const QVector<Member> found = candidates(articleId, signature, &choice.failed);
    double best = Threshold;
    QHash<qint64, double> similarities;
    for (const Member &candidate : found) {
        auto known = similarities.constFind(candidate.id);
        if (known == similarities.cend())
            known = similarities.insert(candidate.id, StoryStore::similarity(signature, candidate.signature));
        const double similarity = *known;
        if (similarity > best || (similarity == best && (choice.story == 0 || candidate.story < choice.story))) {
            best = similarity;
            choice.story = candidate.story;
        }
    }
    for (const Member &candidate : found) {
        if (choice.story && candidate.story == choice.story)
            choice.coveredKeys.insert(candidate.bandKey);
    }
    return choice;
}

bool StoryStore::relabel(qint64 from, qint64 to)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE article_stories SET story_id = ? WHERE story_id = ?"));
    query.addBindValue(to);
    query.addBindValue(from);
    return m_error.exec(query);
}

bool StoryStore::insert(qint64 articleId, qint64 story, const MinHash &signature, const QSet<qint64> &coveredKeys)
{
    if (m_insertQuery.lastQuery().isEmpty())
        m_insertQuery.prepare(
            QStringLiteral("INSERT INTO article_stories(article_id, story_id, signature) VALUES(?, ?, ?)"));
    m_insertQuery.bindValue(0, articleId);
    m_insertQuery.bindValue(1, story);
    m_insertQuery.bindValue(2, signature.isNull() ? QVariant() : QVariant(signature.toBytes()));
    if (!m_error.exec(m_insertQuery))
        return false;
    // Keys that already lead to the story are not written again: the
    // story is found through them as it is.
    QVector<qint64> keys;
    for (const qint64 key : signature.bandKeys()) {
        if (!coveredKeys.contains(key))
            keys.append(key);
    }
    if (keys.isEmpty())
        return true;
    // One statement for all bands, prepared once for a new story's count
    // of keys: a statement per band, then a statement prepared per
    // article, was most of the cost.
    if (m_bandRows != keys.size()) {
        QStringList rows;
        for (int k = 0; k < keys.size(); ++k)
            rows << QStringLiteral("(?, ?)");
        m_bandsQuery.prepare(QStringLiteral("INSERT INTO story_bands(band_key, article_id) VALUES ")
                             + rows.join(QStringLiteral(", ")) + QStringLiteral(" ON CONFLICT DO NOTHING"));
        m_bandRows = keys.size();
    }
    for (int k = 0; k < keys.size(); ++k) {
        m_bandsQuery.bindValue(2 * k, keys.at(k));
        m_bandsQuery.bindValue(2 * k + 1, articleId);
    }
    if (m_error.exec(m_bandsQuery))
        return true;
    m_bandRows = -1; // prepared again next time
    return false;
}

bool StoryStore::markNewest(qint64 story)
{
    // The newest by date, then by id (the later import), is the story's
    // head when the list shows the newest copy. Only the rows whose mark
    // changes are written.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT m.article_id FROM article_stories m JOIN articles a ON a.id = m.article_id"
                                 " WHERE m.story_id = ? ORDER BY a.date_key DESC, a.id DESC LIMIT 1"));
    query.addBindValue(story);
    if (!m_error.exec(query))
        return false;
    const qint64 newest = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    // A comparison is an integer in SQLite but not in PostgreSQL: CASE is
    // one in both.
    query.prepare(QStringLiteral("UPDATE article_stories SET newest = CASE WHEN article_id = ? THEN 1 ELSE 0 END"
                                 " WHERE story_id = ? AND newest <> CASE WHEN article_id = ? THEN 1 ELSE 0 END"));
    query.addBindValue(newest);
    query.addBindValue(story);
    query.addBindValue(newest);
    return m_error.exec(query);
}

bool StoryStore::updateNewest(qint64 story, qint64 joined)
{
    // The story had one newest article: the one that joined takes its place
    // or not, two rows at most (the partial index finds the newest).
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT m.article_id, a.date_key, (SELECT j.date_key FROM articles j WHERE j.id = ?)"
                                 " FROM article_stories m JOIN articles a ON a.id = m.article_id"
                                 " WHERE m.story_id = ? AND ")
                  + newestMark(m_db) + QStringLiteral(" AND m.article_id <> ? LIMIT 1"));
    query.addBindValue(joined);
    query.addBindValue(story);
    query.addBindValue(joined);
    if (!m_error.exec(query))
        return false;
    if (!query.next())
        return markNewest(story);
    const qint64 current = query.value(0).toLongLong();
    const int currentDate = query.value(1).toInt();
    const int joinedDate = query.value(2).toInt();
    query.finish();
    const bool newer = joinedDate > currentDate || (joinedDate == currentDate && joined > current);
    query.prepare(QStringLiteral("UPDATE article_stories SET newest = 0 WHERE article_id = ?"));
    query.addBindValue(newer ? current : joined);
    return m_error.exec(query);
}

bool StoryStore::isAssigned(qint64 articleId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM article_stories WHERE article_id = ?"));
    query.addBindValue(articleId);
    return m_error.exec(query) && query.next();
}

int StoryStore::assignMissing()
{
    QVector<qint64> ids;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!m_error.exec(query,
                      QStringLiteral("SELECT id FROM articles a WHERE NOT EXISTS"
                                     " (SELECT 1 FROM article_stories s WHERE s.article_id = a.id) ORDER BY id")))
        return -1;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    query.finish();
    Transaction transaction(m_db, m_error);
    if (!transaction.isOpen())
        return -1;
    for (const qint64 id : std::as_const(ids)) {
        query.prepare(QStringLiteral("SELECT title, body FROM articles WHERE id = ?"));
        query.addBindValue(id);
        if (!m_error.exec(query) || !query.next())
            return -1;
        const MinHash signature = signatureOf(query.value(0).toString(), query.value(1).toString());
        query.finish();
        if (!assign(id, signature))
            return -1;
    }
    return transaction.commit() ? int(ids.size()) : -1;
}

qint64 StoryStore::storyOf(qint64 articleId) const
{
    const std::optional<Member> found = member(articleId);
    return found ? found->story : articleId;
}

QVector<StoryStore::Copy> StoryStore::copiesOf(qint64 articleId) const
{
    QVector<Copy> copies;
    const std::optional<Member> self = member(articleId);
    if (!self)
        return copies;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT a.id, a.title, a.source, a.date_key, s.signature FROM article_stories s"
                                 " JOIN articles a ON a.id = s.article_id WHERE s.story_id = ? AND s.article_id <> ?"));
    query.addBindValue(self->story);
    query.addBindValue(articleId);
    if (!m_error.exec(query))
        return copies;
    while (query.next()) {
        const MinHash signature = MinHash::fromBytes(query.value(4).toByteArray());
        copies.append({ query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                        PartialDate::fromSortKey(query.value(3).toInt()), similarity(self->signature, signature) });
    }
    std::stable_sort(copies.begin(), copies.end(), [](const Copy &a, const Copy &b) {
        return a.similarity != b.similarity ? a.similarity > b.similarity : a.id < b.id;
    });
    return copies;
}

} // namespace Veille
