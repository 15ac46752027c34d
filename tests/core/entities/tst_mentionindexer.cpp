// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articles/articlestore.h"
#include "db/database.h"
#include "entities/entitystore.h"
#include "entities/mentionindexer.h"
#include "entities/namedetection.h"
#include "import/importer.h"
#include "support/testbackend.h"
#include "text/textfold.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>

namespace Veille {

// MentionIndexer on the sample corpus, imported into a fresh database for
// each test: it re-reads exactly the articles a changed name can be in.
class TestMentionIndexer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void newNameReindexesOnlyTheArticlesThatContainIt_data();
    void newNameReindexesOnlyTheArticlesThatContainIt();
    void suppressedTextLosesItsMentions();
    void emptyListReindexesEverything();
    void ruleNamesAreCuratedAsDetectedNames();
    void progressReachesTheTotal();
    void cancelFromTheProgressSlot();
    void databaseThatCannotOpen();

private:
    QString databasePath() const { return m_path; }
    std::unique_ptr<Database> openDatabase() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    int m_articleCount = 0;
};

namespace {
QString folded(QStringView text)
{
    QString result(int(text.size()), Qt::Uninitialized);
    for (int i = 0; i < result.size(); ++i)
        result[i] = foldAccentsAndCase(text.at(i));
    return result;
}

// The text of every mention of \a entityId in the article, folded.
QStringList mentionTexts(const ArticleStore &articles, const EntityStore &entities, qint64 articleId, qint64 entityId)
{
    const std::optional<Article> article = articles.article(articleId);
    QStringList texts;
    if (!article)
        return texts;
    const QVector<Mention> mentions = entities.mentions(articleId);
    for (const Mention &mention : mentions) {
        if (mention.entityId == entityId)
            texts.append(folded(QStringView(article->body).mid(mention.start, mention.end - mention.start)));
    }
    return texts;
}

// Forgets an article's mentions behind the indexer's back, so a test can
// tell whether the indexer read it again.
bool forgetMentions(EntityStore &entities, qint64 articleId)
{
    return entities.beginTransaction() && entities.replaceMentions(articleId, {}, {}) && entities.commitTransaction();
}
} // namespace

void TestMentionIndexer::initTestCase()
{
    VEILLE_INIT_BACKEND_TEST();
}

void TestMentionIndexer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = TestBackend::newDatabase(*m_dir);
    Importer importer(databasePath());
    const ImportReport report = importer.run({QStringLiteral(VEILLE_SOURCE_DIR "/resources/sample-corpus")});
    QVERIFY2(report.error.isEmpty() && report.failures.isEmpty(), qPrintable(report.error));
    m_articleCount = int(report.imported.size());
    QCOMPARE(m_articleCount, 17);
}

void TestMentionIndexer::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<Database> TestMentionIndexer::openDatabase() const
{
    auto db = std::make_unique<Database>(databasePath(), Database::uniqueConnectionName(QStringLiteral("check")));
    if (!db->open())
        qWarning() << "cannot open the database:" << db->errorString();
    return db;
}

void TestMentionIndexer::newNameReindexesOnlyTheArticlesThatContainIt_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("type");

    QTest::newRow("a common noun as a new type") << QStringLiteral("ing\u00e9nieurs") << QStringLiteral("Topic");
    QTest::newRow("a person the gazetteer lacks") << QStringLiteral("Tran Minh Khoa") << QStringLiteral("Person");
    QTest::newRow("a name found after an elision") << QStringLiteral("intelligence artificielle")
                                                   << QStringLiteral("Topic");
}

void TestMentionIndexer::newNameReindexesOnlyTheArticlesThatContainIt()
{
    QFETCH(QString, name);
    QFETCH(QString, type);

    const auto db = openDatabase();
    ArticleStore articles(db->connection());
    EntityStore entities(db->connection());
    // What the full-text index says contains the name: the indexer reads
    // these, and only these.
    const QVector<qint64> containing = articles.articlesContaining(name);
    const QVector<qint64> all = articles.articleIds();
    QCOMPARE(all.size(), m_articleCount);
    QVERIFY2(!containing.isEmpty(), "pick a name the sample corpus has");

    const qint64 id = entities.addEntity({0, name, type, {}});
    QVERIFY2(id > 0, qPrintable(entities.lastError()));
    QVERIFY(entities.articlesMentioning({id}).isEmpty());

    // An article without the name loses its mentions behind the indexer's
    // back: if the indexer read it, they would come back.
    const auto untouched = std::find_if(all.cbegin(), all.cend(), [&](qint64 article) {
        return !containing.contains(article) && !entities.mentions(article).isEmpty();
    });
    const bool haveUntouched = untouched != all.cend();
    if (haveUntouched)
        QVERIFY(forgetMentions(entities, *untouched));

    MentionIndexer indexer(databasePath());
    QSignalSpy progress(&indexer, &MentionIndexer::progress);
    const int indexed = indexer.run({name});
    QVERIFY2(indexed >= 0, qPrintable(indexer.errorString()));
    QCOMPARE(indexed, int(containing.size()));
    QCOMPARE(progress.last().at(0).toInt(), indexed);
    QCOMPARE(progress.last().at(1).toInt(), indexed);

    // The new mentions are there, in every article that has the name, and
    // they say the name.
    QCOMPARE(entities.articlesMentioning({id}), containing);
    for (const qint64 article : containing) {
        const QStringList texts = mentionTexts(articles, entities, article, id);
        QVERIFY(!texts.isEmpty());
        for (const QString &text : texts)
            QCOMPARE(text, folded(name));
    }
    if (haveUntouched)
        QVERIFY2(entities.mentions(*untouched).isEmpty(), "an article without the name was indexed again");
}

void TestMentionIndexer::suppressedTextLosesItsMentions()
{
    const auto db = openDatabase();
    ArticleStore articles(db->connection());
    EntityStore entities(db->connection());
    const QVector<Entity> found = entities.find(QStringLiteral("Bac Ninh"));
    QCOMPARE(found.size(), 1);
    const qint64 bacNinh = found.first().id;
    const QVector<qint64> before = entities.articlesMentioning({bacNinh});
    QVERIFY(before.size() >= 2);
    const QVector<qint64> amkor = entities.articlesMentioning({entities.find(QStringLiteral("Amkor")).first().id});
    QVERIFY(!amkor.isEmpty());

    QVERIFY(entities.suppress(QStringLiteral("BAC NINH")));
    MentionIndexer indexer(databasePath());
    const int indexed = indexer.run({QStringLiteral("Bac Ninh")});
    QCOMPARE(indexed, int(articles.articlesContaining(QStringLiteral("Bac Ninh")).size()));
    QVERIFY(indexed >= before.size());
    QVERIFY(entities.articlesMentioning({bacNinh}).isEmpty());
    // Only that text went: the other names of those articles stay.
    QCOMPARE(entities.articlesMentioning({entities.find(QStringLiteral("Amkor")).first().id}), amkor);

    // And it comes back when the suppression is lifted.
    QVERIFY(entities.unsuppress(QStringLiteral("Bac Ninh")));
    QCOMPARE(indexer.run({QStringLiteral("Bac Ninh")}), indexed);
    QCOMPARE(entities.articlesMentioning({bacNinh}), before);
}

void TestMentionIndexer::emptyListReindexesEverything()
{
    const auto db = openDatabase();
    ArticleStore articles(db->connection());
    EntityStore entities(db->connection());
    QVector<QVector<Mention>> before;
    const QVector<qint64> all = articles.articleIds();
    for (const qint64 article : all) {
        before.append(entities.mentions(article));
        QVERIFY(forgetMentions(entities, article));
    }

    MentionIndexer indexer(databasePath());
    QCOMPARE(indexer.run({}), m_articleCount);
    for (int i = 0; i < all.size(); ++i) {
        const QVector<Mention> after = entities.mentions(all.at(i));
        QCOMPARE(after.size(), before.at(i).size());
        for (int m = 0; m < after.size(); ++m) {
            QCOMPARE(after.at(m).start, before.at(i).at(m).start);
            QCOMPARE(after.at(m).end, before.at(i).at(m).end);
            QCOMPARE(after.at(m).entityId, before.at(i).at(m).entityId);
            QCOMPARE(after.at(m).role, before.at(i).at(m).role);
        }
    }
}

void TestMentionIndexer::ruleNamesAreCuratedAsDetectedNames()
{
    // Imported without the tagger: the names the rules read ("M. Delorme",
    // "chez Nexaro", "le groupe Lumitek") are detected mentions of origin
    // rule, curated as the tagger's are.
    const ImportReport report =
        Importer(databasePath()).run({QStringLiteral(VEILLE_TEST_DATA_DIR "/input/04-indices.txt")});
    QVERIFY2(report.error.isEmpty() && report.imported.size() == 1, qPrintable(report.error));
    const auto db = openDatabase();
    ArticleStore articles(db->connection());
    EntityStore entities(db->connection());
    struct Found {
        qint64 article = 0;
        Mention mention;
        QString text;
    };
    QVector<Found> ruled;
    int gazetteerMentions = 0;
    for (const qint64 article : articles.articleIds()) {
        const QString body = articles.article(article)->body;
        for (const Mention &mention : entities.mentions(article)) {
            gazetteerMentions += mention.origin == MentionOrigin::Gazetteer ? 1 : 0;
            if (mention.origin == MentionOrigin::Rule && entities.entity(mention.entityId)->status == EntityStatus::Detected)
                ruled.append({article, mention, body.mid(mention.start, mention.end - mention.start)});
        }
    }
    QVERIFY2(ruled.size() >= 4, qPrintable(QString::number(ruled.size())));
    for (const Found &found : qAsConst(ruled))
        QCOMPARE(found.mention.confidence, NameDetection::RuleConfidence);
    const auto mentionAt = [&entities](qint64 article, const Mention &at) {
        const QVector<Mention> mentions = entities.mentions(article);
        const auto it = std::find_if(mentions.cbegin(), mentions.cend(),
                                     [&at](const Mention &m) { return m.start == at.start && m.end == at.end; });
        return it == mentions.cend() ? std::optional<Mention>() : std::optional<Mention>(*it);
    };
    MentionIndexer indexer(databasePath());
    // Not an entity here: gone from that span, found again elsewhere.
    const Found &here = ruled.at(0);
    QVERIFY(entities.excludeSpan(here.article, {here.mention.start, here.mention.end}));
    QVERIFY(indexer.run({here.text}) > 0);
    QVERIFY(!mentionAt(here.article, here.mention));
    // Never highlight this: gone everywhere.
    const Found &never = *std::find_if(ruled.cbegin(), ruled.cend(), [&](const Found &f) { return f.text != here.text; });
    QVERIFY(entities.suppress(never.text));
    QVERIFY(indexer.run({never.text}) > 0);
    QVERIFY(!mentionAt(never.article, never.mention));
    // Accepted: the gazetteer's sure match at the same place, of the same entity.
    const auto other = std::find_if(ruled.crbegin(), ruled.crend(),
                                    [&](const Found &f) { return f.text != here.text && f.text != never.text; });
    QVERIFY(other != ruled.crend());
    const Found &accepted = *other;
    QVERIFY2(entities.confirm(accepted.mention.entityId), qPrintable(entities.lastError()));
    QVERIFY(indexer.run({entities.entity(accepted.mention.entityId)->name}) > 0);
    const std::optional<Mention> now = mentionAt(accepted.article, accepted.mention);
    QVERIFY(now);
    QCOMPARE(now->origin, MentionOrigin::Gazetteer);
    QCOMPARE(now->entityId, accepted.mention.entityId);
    // Finding names again replaced rule mentions only: every gazetteer
    // mention is there, and one more for the accepted name at least.
    int after = 0;
    for (const qint64 article : articles.articleIds()) {
        for (const Mention &mention : entities.mentions(article))
            after += mention.origin == MentionOrigin::Gazetteer ? 1 : 0;
    }
    QVERIFY(after > gazetteerMentions);
}

void TestMentionIndexer::progressReachesTheTotal()
{
    MentionIndexer indexer(databasePath());
    QSignalSpy progress(&indexer, &MentionIndexer::progress);
    QCOMPARE(indexer.run({}), m_articleCount);
    QVERIFY(progress.size() >= 2);
    QCOMPARE(progress.first().at(0).toInt(), 0);
    QCOMPARE(progress.first().at(1).toInt(), m_articleCount);
    QCOMPARE(progress.last().at(0).toInt(), m_articleCount);
    QCOMPARE(progress.last().at(1).toInt(), m_articleCount);
    int previous = -1;
    for (const QList<QVariant> &signal : qAsConst(progress)) {
        QVERIFY(signal.at(0).toInt() >= previous);
        QCOMPARE(signal.at(1).toInt(), m_articleCount);
        previous = signal.at(0).toInt();
    }

    // Nothing contains the text: nothing to do, and progress says so.
    progress.clear();
    QCOMPARE(indexer.run({QStringLiteral("xyzzyquux")}), 0);
    QCOMPARE(progress.size(), 1);
    QCOMPARE(progress.first().at(0).toInt(), 0);
    QCOMPARE(progress.first().at(1).toInt(), 0);
}

void TestMentionIndexer::cancelFromTheProgressSlot()
{
    const auto db = openDatabase();
    ArticleStore articles(db->connection());
    EntityStore entities(db->connection());
    const QVector<qint64> all = articles.articleIds();
    const auto withMentions = std::find_if(all.cbegin(), all.cend(),
                                           [&](qint64 article) { return !entities.mentions(article).isEmpty(); });
    QVERIFY(withMentions != all.cend());
    const qint64 article = *withMentions;
    const int mentionCount = int(entities.mentions(article).size());
    QVERIFY(forgetMentions(entities, article));

    MentionIndexer indexer(databasePath());
    int received = 0;
    connect(
        &indexer, &MentionIndexer::progress, this,
        [&](int, int) {
            ++received;
            indexer.cancel();
        },
        Qt::DirectConnection);
    const int indexed = indexer.run({});
    QVERIFY(indexer.isCancelled());
    QVERIFY2(indexed >= 0 && indexed < m_articleCount, qPrintable(QString::number(indexed)));
    QCOMPARE(received, 1); // cancelled at the first signal, before any batch
    QVERIFY(entities.mentions(article).isEmpty());

    // A new run starts afresh and finishes.
    QObject::disconnect(&indexer, &MentionIndexer::progress, this, nullptr);
    QCOMPARE(indexer.run({}), m_articleCount);
    QVERIFY(!indexer.isCancelled());
    QCOMPARE(int(entities.mentions(article).size()), mentionCount);
}

void TestMentionIndexer::databaseThatCannotOpen()
{
    const QString path = m_dir->filePath(QStringLiteral("garbage.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    MentionIndexer indexer(path);
    QCOMPARE(indexer.run({QStringLiteral("Intel")}), -1);
    QVERIFY(!indexer.errorString().isEmpty());
}

} // namespace Veille

QTEST_GUILESS_MAIN(Veille::TestMentionIndexer)
#include "tst_mentionindexer.moc"
