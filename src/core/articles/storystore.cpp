// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articles/storystore.h"

#include "db/transaction.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Veille {

namespace {
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
{
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

qint64 StoryStore::assign(qint64 articleId, const MinHash &signature)
{
    bool failed = false;
    const std::optional<Member> old = member(articleId, &failed);
    if (failed || (old && !leave(*old)))
        return 0;
    qint64 story = bestStory(articleId, signature);
    if (story < 0)
        return 0;
    if (story == 0) {
        story = articleId;
    } else if (story > articleId) {
        // An older article updated into a younger story: the story's id
        // stays its smallest article id.
        if (!relabel(story, articleId))
            return 0;
        story = articleId;
    }
    if (!insert(articleId, story, signature))
        return 0;
    // A story of one is its own newest, as inserted.
    if (story != articleId || old)
        return markNewest(story) ? story : 0;
    return story;
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
    return Member{articleId, query.value(0).toLongLong(), MinHash::fromBytes(query.value(1).toByteArray())};
}

bool StoryStore::leave(const Member &old)
{
    QSqlQuery query(m_db);
    const QVector<qint64> keys = old.signature.bandKeys();
    for (const qint64 key : keys) {
        query.prepare(QStringLiteral("DELETE FROM story_bands WHERE band_key = ? AND article_id = ?"));
        query.addBindValue(key);
        query.addBindValue(old.id);
        if (!m_error.exec(query))
            return false;
    }
    query.prepare(QStringLiteral("DELETE FROM article_stories WHERE article_id = ?"));
    query.addBindValue(old.id);
    if (!m_error.exec(query))
        return false;
    if (old.story != old.id)
        return markNewest(old.story);
    // The story loses its first article: the next one names it.
    query.prepare(QStringLiteral("SELECT min(article_id) FROM article_stories WHERE story_id = ?"));
    query.addBindValue(old.story);
    if (!m_error.exec(query) || !query.next())
        return false;
    const qint64 next = query.value(0).toLongLong();
    query.finish();
    return next == 0 || (relabel(old.story, next) && markNewest(next));
}

QVector<StoryStore::Member> StoryStore::candidates(qint64 articleId, const MinHash &signature, bool *failed) const
{
    QVector<Member> found;
    const QVector<qint64> keys = signature.bandKeys();
    if (keys.isEmpty())
        return found;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT s.article_id, s.story_id, s.signature FROM article_stories s"
                                 " WHERE s.article_id IN (SELECT article_id FROM story_bands WHERE band_key IN (")
                  + placeholders(int(keys.size())) + QStringLiteral(")) AND s.article_id <> ?"));
    for (const qint64 key : keys)
        query.addBindValue(key);
    query.addBindValue(articleId);
    if (!m_error.exec(query)) {
        *failed = true;
        return found;
    }
    while (query.next())
        found.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                      MinHash::fromBytes(query.value(2).toByteArray())});
    return found;
}

qint64 StoryStore::bestStory(qint64 articleId, const MinHash &signature) const
{
    // The story of the most similar candidate; of equals, the older story.
    bool failed = false;
    const QVector<Member> found = candidates(articleId, signature, &failed);
    if (failed)
        return -1;
    qint64 story = 0;
    double best = Threshold;
    for (const Member &candidate : found) {
        const double similarity = StoryStore::similarity(signature, candidate.signature);
        if (similarity > best || (similarity == best && (story == 0 || candidate.story < story))) {
            best = similarity;
            story = candidate.story;
        }
    }
    return story;
}

bool StoryStore::relabel(qint64 from, qint64 to)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE article_stories SET story_id = ? WHERE story_id = ?"));
    query.addBindValue(to);
    query.addBindValue(from);
    return m_error.exec(query);
}

bool StoryStore::insert(qint64 articleId, qint64 story, const MinHash &signature)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO article_stories(article_id, story_id, signature) VALUES(?, ?, ?)"));
    query.addBindValue(articleId);
    query.addBindValue(story);
    query.addBindValue(signature.isNull() ? QVariant() : QVariant(signature.toBytes()));
    if (!m_error.exec(query))
        return false;
    const QVector<qint64> keys = signature.bandKeys();
    if (keys.isEmpty())
        return true;
    // One statement for all bands: a statement per band was most of the cost.
    QStringList rows;
    for (int k = 0; k < keys.size(); ++k)
        rows << QStringLiteral("(?, ?)");
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO story_bands(band_key, article_id) VALUES ")
                  + rows.join(QStringLiteral(", ")));
    for (const qint64 key : keys) {
        query.addBindValue(key);
        query.addBindValue(articleId);
    }
    return m_error.exec(query);
}

bool StoryStore::markNewest(qint64 story)
{
    // The newest by date, then by id (the later import), is the story's
    // head when the list shows the newest copy.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE article_stories SET newest = (article_id = (SELECT m.article_id"
                                 " FROM article_stories m JOIN articles a ON a.id = m.article_id"
                                 " WHERE m.story_id = ? ORDER BY a.date_key DESC, a.id DESC LIMIT 1))"
                                 " WHERE story_id = ?"));
    query.addBindValue(story);
    query.addBindValue(story);
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
    if (!m_error.exec(query, QStringLiteral("SELECT id FROM articles a WHERE NOT EXISTS"
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
        copies.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                       PartialDate::fromSortKey(query.value(3).toInt()), similarity(self->signature, signature)});
    }
    std::stable_sort(copies.begin(), copies.end(), [](const Copy &a, const Copy &b) {
        return a.similarity != b.similarity ? a.similarity > b.similarity : a.id < b.id;
    });
    return copies;
}

} // namespace Veille
