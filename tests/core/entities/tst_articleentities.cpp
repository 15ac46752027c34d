// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articles/articlestore.h"
#include "db/database.h"
#include "entities/entitystore.h"
#include "entities/mentionindexer.h"
#include "import/databaserecovery.h"
#include "import/importer.h"
#include "support/testbackend.h"

#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>

namespace Veille {
// A change to the database, by path or by an open connection.
using Operation = std::function<bool(const QString &path, Database &db)>;
} // namespace Veille

// Before the test's use, for Qt 5.
Q_DECLARE_METATYPE(Veille::Operation)

namespace Veille {

// article_entities and entity_counts are derived from mentions. After each
// way mentions or article dates change, they must equal a recount from the
// mentions themselves: derived data never drifts.
class TestArticleEntities : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void derivedTablesMatchARecountAfter_data();
    void derivedTablesMatchARecountAfter();
    void migrationFillsTheTablesFromExistingMentions();
    void salvageRebuildsTheTablesFromTheArticles();
    void cooccurrenceSampleReadsTheNewestArticlesOnly();
    void entityTimelineMatchesARecount_data();
    void entityTimelineMatchesARecount();

private:
    QString databasePath() const { return m_path; }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

namespace {

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

// Rows that differ between the derived tables and a recount from mentions,
// in both directions; 0 when they agree.
int differences(const QSqlDatabase &db)
{
    const QString recount = QStringLiteral(
        "SELECT DISTINCT m.entity_id, a.date_key, m.article_id FROM mentions m JOIN articles a ON a.id = m.article_id");
    const QString derived = QStringLiteral("SELECT entity_id, date_key, article_id FROM article_entities");
    const QString counts = QStringLiteral("SELECT entity_id, articles FROM entity_counts");
    const QString recounts =
        QStringLiteral("SELECT entity_id, count(DISTINCT article_id) FROM mentions GROUP BY entity_id");
    const QString dates = QStringLiteral("SELECT entity_id, date_key, articles FROM entity_dates");
    const QString redates =
        QStringLiteral("SELECT m.entity_id, a.date_key, count(DISTINCT m.article_id) FROM mentions m JOIN articles a"
                       " ON a.id = m.article_id GROUP BY m.entity_id, a.date_key");
    int total = 0;
    for (const auto &pair : { qMakePair(recount, derived), qMakePair(derived, recount), qMakePair(counts, recounts),
                              qMakePair(recounts, counts), qMakePair(dates, redates), qMakePair(redates, dates) }) {
        const QVariant n = scalar(db,
                                  QStringLiteral("SELECT count(*) FROM (") + pair.first + QStringLiteral(" EXCEPT ")
                                      + pair.second + QStringLiteral(") AS d"));
        total += n.isValid() ? n.toInt() : 1000000;
    }
    return total;
}

// The rows of \a expression joined in one string, in SQL of the backend.
QString joined(const QString &expression)
{
    return TestBackend::isPostgres() ? QStringLiteral("string_agg(%1, ' ' ORDER BY %1)").arg(expression)
                                     : QStringLiteral("group_concat(%1, ' ')").arg(expression);
}

// The derived rows, in one string, to tell that an operation changed them.
QString fingerprint(const QSqlDatabase &db)
{
    return scalar(db,
                  QStringLiteral("SELECT ")
                      + joined(QStringLiteral("entity_id || ':' || date_key || ':' || article_id"))
                      + QStringLiteral(" FROM article_entities"))
               .toString()
        + QLatin1Char('|')
        + scalar(db,
                 QStringLiteral("SELECT ") + joined(QStringLiteral("entity_id || ':' || articles"))
                     + QStringLiteral(" FROM entity_counts"))
              .toString()
        + QLatin1Char('|')
        + scalar(db,
                 QStringLiteral("SELECT ") + joined(QStringLiteral("entity_id || ':' || date_key || ':' || articles"))
                     + QStringLiteral(" FROM entity_dates"))
              .toString();
}

qint64 entityNamed(Database &db, const QString &name)
{
    const QVector<Entity> found = EntityStore(db.connection()).find(name);
    return found.isEmpty() ? 0 : found.first().id;
}

// An article that names Bac Ninh, re-imported with a new date and text.
bool reimportRedated(const QString &, Database &db)
{
    ArticleStore articles(db.connection());
    EntityStore entities(db.connection());
    const QVector<qint64> ids = entities.articlesMentioning({ entityNamed(db, QStringLiteral("Bac Ninh")) });
    std::optional<Article> article = ids.isEmpty() ? std::nullopt : articles.article(ids.first());
    if (!article)
        return false;
    article->date = PartialDate::fromSortKey(19990101);
    article->contentHash += QLatin1Char('x');
    article->body = QStringLiteral("Samsung ouvre une usine à Hanoï.");
    QVector<Mention> mentions { { entityNamed(db, QStringLiteral("Samsung")), 0, 0, 7, {} } };
    return articles.beginTransaction() && articles.upsert(*article) == ArticleStore::Outcome::Updated
        && entities.replaceMentions(article->id, mentions, {}) && articles.commitTransaction();
}

bool mergeEntities(const QString &, Database &db)
{
    return EntityStore(db.connection())
        .mergeEntities(entityNamed(db, QStringLiteral("Samsung")), entityNamed(db, QStringLiteral("Bac Ninh")));
}

bool deleteEntity(const QString &, Database &db)
{
    return EntityStore(db.connection()).removeEntity(entityNamed(db, QStringLiteral("Samsung")));
}

bool renameEntity(const QString &, Database &db)
{
    return EntityStore(db.connection()).renameEntity(entityNamed(db, QStringLiteral("Samsung")), QStringLiteral("S"));
}

bool newAliasReindexed(const QString &path, Database &db)
{
    const qint64 id = entityNamed(db, QStringLiteral("Samsung"));
    return EntityStore(db.connection()).addAlias(id, { 0, QStringLiteral("Bac Ninh"), false, true }) > 0
        && MentionIndexer(path).run({ QStringLiteral("Bac Ninh") }) > 0;
}

bool suppressionReindexed(const QString &path, Database &db)
{
    return EntityStore(db.connection()).suppress(QStringLiteral("Bac Ninh"))
        && MentionIndexer(path).run({ QStringLiteral("Bac Ninh") }) > 0;
}

// "Not an entity here" on every mention of one article, then a full reindex.
bool exclusionsReindexed(const QString &path, Database &db)
{
    EntityStore entities(db.connection());
    const QVector<qint64> ids = entities.articlesMentioning({ entityNamed(db, QStringLiteral("Samsung")) });
    if (ids.isEmpty())
        return false;
    const QVector<Mention> mentions = entities.mentions(ids.first());
    for (const Mention &mention : mentions) {
        if (!entities.excludeSpan(ids.first(), { mention.start, mention.end }))
            return false;
    }
    return MentionIndexer(path).run() > 0;
}

bool deleteArticle(const QString &, Database &db)
{
    QSqlQuery query(db.connection());
    return query.exec(QStringLiteral("DELETE FROM articles WHERE id = (SELECT max(article_id) FROM mentions)"));
}
} // namespace

void TestArticleEntities::initTestCase()
{
    VEILLE_INIT_BACKEND_TEST();
}

void TestArticleEntities::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = TestBackend::newDatabase(*m_dir);
    Importer importer(databasePath());
    const ImportReport report = importer.run({ QStringLiteral(VEILLE_SOURCE_DIR "/resources/sample-corpus") });
    QVERIFY2(report.error.isEmpty() && report.failures.isEmpty(), qPrintable(report.error));
}

void TestArticleEntities::cleanup()
{
    m_dir.reset();
}

void TestArticleEntities::derivedTablesMatchARecountAfter_data()
{
    QTest::addColumn<Operation>("operation");
    QTest::addColumn<bool>("changes");

    QTest::newRow("a re-import that changes an article's date and names") << Operation(reimportRedated) << true;
    QTest::newRow("a merge of two entities") << Operation(mergeEntities) << true;
    QTest::newRow("an entity deleted") << Operation(deleteEntity) << true;
    QTest::newRow("an entity renamed, which moves no mention") << Operation(renameEntity) << false;
    QTest::newRow("an alias added, then reindexed") << Operation(newAliasReindexed) << true;
    QTest::newRow("a suppression, then reindexed") << Operation(suppressionReindexed) << true;
    QTest::newRow("exclusions, then a full reindex") << Operation(exclusionsReindexed) << true;
    QTest::newRow("an article deleted") << Operation(deleteArticle) << true;
}

void TestArticleEntities::derivedTablesMatchARecountAfter()
{
    QFETCH(Operation, operation);
    QFETCH(bool, changes);

    Database db(databasePath(), Database::uniqueConnectionName(QStringLiteral("derived")));
    QVERIFY2(db.open(), qPrintable(db.errorString()));
    QVERIFY(scalar(db.connection(), QStringLiteral("SELECT count(*) FROM article_entities")).toInt() > 20);
    QCOMPARE(differences(db.connection()), 0);
    const QString before = fingerprint(db.connection());

    QVERIFY(operation(databasePath(), db));

    QCOMPARE(differences(db.connection()), 0);
    QCOMPARE(fingerprint(db.connection()) != before, changes);
}

void TestArticleEntities::migrationFillsTheTablesFromExistingMentions()
{
    // The server's migrations are written once and tested in tst_database.
    if (TestBackend::isPostgres())
        QSKIP("SQLite file only: sets the file's user_version back");
    {
        // A database as version 6 left it: mentions, and no derived tables
        // (version 7 added them; later versions' tables are made only if
        // missing).
        Database db(databasePath(), Database::uniqueConnectionName(QStringLiteral("old")));
        QVERIFY(db.open());
        QSqlQuery query(db.connection());
        for (const char *trigger :
             { "mentions_added", "mentions_removed", "mentions_moved", "articles_removed", "articles_redated" })
            QVERIFY(query.exec(QStringLiteral("DROP TRIGGER ") + QLatin1String(trigger)));
        for (const char *sql : { "DROP TABLE article_entities", "DROP TABLE entity_counts", "DROP TABLE entity_dates",
                                 "PRAGMA user_version = 6" })
            QVERIFY2(query.exec(QLatin1String(sql)), sql);
        QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"))
                     .toInt(),
                 0);
    }
    Database db(databasePath(), Database::uniqueConnectionName(QStringLiteral("new")));
    QVERIFY2(db.open(), qPrintable(db.errorString()));
    QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
    QVERIFY(scalar(db.connection(), QStringLiteral("SELECT count(*) FROM article_entities")).toInt() > 20);
    QCOMPARE(differences(db.connection()), 0);
    // And the triggers are back: a change keeps them in step.
    QVERIFY(mergeEntities(databasePath(), db));
    QCOMPARE(differences(db.connection()), 0);
}

void TestArticleEntities::salvageRebuildsTheTablesFromTheArticles()
{
    if (TestBackend::isPostgres())
        QSKIP("SQLite file only: the doctor salvages a damaged file");
    const QString recovered = m_dir->filePath(QStringLiteral("recovered.sqlite"));
    DatabaseRecovery recovery(databasePath(), recovered);
    const std::optional<RecoveryReport> report = recovery.run();
    QVERIFY(report);
    Database db(recovered, Database::uniqueConnectionName(QStringLiteral("recovered")));
    QVERIFY2(db.open(), qPrintable(db.errorString()));
    QVERIFY(scalar(db.connection(), QStringLiteral("SELECT count(*) FROM article_entities")).toInt() > 20);
    QCOMPARE(differences(db.connection()), 0);
}

void TestArticleEntities::cooccurrenceSampleReadsTheNewestArticlesOnly()
{
    Database db(databasePath(), Database::uniqueConnectionName(QStringLiteral("sample")));
    QVERIFY(db.open());
    EntityStore entities(db.connection());
    // The entity named in most articles, and its newest article.
    const qint64 id = scalar(db.connection(),
                             QStringLiteral("SELECT entity_id FROM entity_counts"
                                            " ORDER BY articles DESC LIMIT 1"))
                          .toLongLong();
    QVERIFY(entities.articleCount(id) >= 3);
    const qint64 newest = scalar(db.connection(),
                                 QStringLiteral("SELECT a.id FROM articles a JOIN mentions m"
                                                " ON m.article_id = a.id WHERE m.entity_id = %1"
                                                " ORDER BY a.date_key DESC, a.id DESC LIMIT 1")
                                     .arg(id))
                              .toLongLong();
    QSet<qint64> named;
    for (const Mention &mention : entities.mentions(newest)) {
        if (mention.entityId != id)
            named.insert(mention.entityId);
    }
    QSet<qint64> sampled;
    for (const EntityStore::Count &count : entities.cooccurring(id, 1000, 1)) {
        QCOMPARE(count.articles, 1);
        sampled.insert(count.entityId);
    }
    QCOMPARE(sampled, named);
    // Unsampled, the counts cover every article that names it.
    int most = 0;
    for (const EntityStore::Count &count : entities.cooccurring(id, 1000, 0))
        most = std::max(most, count.articles);
    QVERIFY(most > 1);
    QVERIFY(most <= entities.articleCount(id));
}

void TestArticleEntities::entityTimelineMatchesARecount_data()
{
    QTest::addColumn<bool>("overlaid");
    QTest::newRow("overlaid on every article") << true;
    QTest::newRow("the entity chip alone") << false;
}

void TestArticleEntities::entityTimelineMatchesARecount()
{
    QFETCH(bool, overlaid);
    Database db(databasePath(), Database::uniqueConnectionName(QStringLiteral("timeline")));
    QVERIFY(db.open());
    // After a change of date, so that a stale count would show.
    QVERIFY(reimportRedated(databasePath(), db));
    const qint64 id = entityNamed(db, QStringLiteral("Samsung"));
    ArticleQuery chip;
    chip.entityId = overlaid ? 0 : id;
    const QVector<DateHistogram::DateCount> counts =
        ArticleStore(db.connection()).countsByDate(chip, overlaid ? id : 0);
    QSqlQuery recount(db.connection());
    QVERIFY(recount.exec(QStringLiteral("SELECT a.date_key, count(DISTINCT a.id) FROM articles a JOIN mentions m"
                                        " ON m.article_id = a.id WHERE m.entity_id = %1 GROUP BY a.date_key"
                                        " ORDER BY a.date_key")
                             .arg(id)));
    int k = 0;
    for (; recount.next(); ++k) {
        QVERIFY(k < counts.size());
        QCOMPARE(counts.at(k).dateKey, recount.value(0).toInt());
        QCOMPARE(counts.at(k).count, recount.value(1).toInt());
    }
    QVERIFY(k >= 2);
    QCOMPARE(int(counts.size()), k);
}

} // namespace Veille

QTEST_GUILESS_MAIN(Veille::TestArticleEntities)
#include "tst_articleentities.moc"
