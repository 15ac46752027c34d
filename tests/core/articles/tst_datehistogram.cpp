// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articles/articlestore.h"
#include "articles/datehistogram.h"
#include "articles/storystore.h"
#include "db/database.h"
#include "entities/entitystore.h"
#include "search/searchquery.h"

#include "generatedstories.h"
#include "support/testbackend.h"

#include <QCryptographicHash>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(Veille::DateHistogram::Scale)

namespace Veille {

// The timeline's counts, read by SQL from a real database the store wrote:
// the scale, each bucket, the undated and the too-vague dates, the overlay
// of one entity, and the list's filters.
class TestDateHistogram : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void bucketsOfTheList_data();
    void bucketsOfTheList();
    void eachBarListsExactlyItsArticles_data();
    void eachBarListsExactlyItsArticles();
    void overlayCountsTheEntitysArticles();
    void listFiltersApply_data();
    void listFiltersApply();
    void emptyListHasNoBucket();
    void sampleEstimatesFromEveryNthArticle_data();
    void sampleEstimatesFromEveryNthArticle();
    void smallCorpusIsCountedExactly();
    void everyStoryLeavesTheCopiesOut_data();
    void everyStoryLeavesTheCopiesOut();

private:
    // Stores one article per date ("" for none); the body of article i is
    // "word{i % 2}" and it mentions the test entity when i % 3 == 0.
    void store(const QStringList &dates);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    qint64 m_entity = 0;
    QVector<qint64> m_ids;
};

void TestDateHistogram::initTestCase()
{
    VEILLE_INIT_BACKEND_TEST();
}

void TestDateHistogram::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<Database>(TestBackend::newDatabase(*m_dir),
                                            Database::uniqueConnectionName(QStringLiteral("test")));
    QVERIFY2(m_database->open(), qPrintable(m_database->errorString()));
    EntityStore entities(m_database->connection());
    m_entity = entities.addEntity({ 0, QStringLiteral("Qualcomm"), QStringLiteral("Company"), {} });
    // The entity store is ported to the server in another part of issue 15.
    if (m_entity <= 0 && TestBackend::isPostgres())
        QSKIP(qPrintable(QStringLiteral("The entity store fails on the server: ") + entities.lastError()));
    QVERIFY2(m_entity > 0, qPrintable(entities.lastError()));
    m_ids.clear();
}

void TestDateHistogram::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

void TestDateHistogram::store(const QStringList &dates)
{
    ArticleStore articles(m_database->connection());
    EntityStore entities(m_database->connection());
    for (int i = 0; i < dates.size(); ++i) {
        Article article;
        article.path = QStringLiteral("/corpus/%1.txt").arg(i);
        article.title = QStringLiteral("Article %1").arg(i);
        article.body = QStringLiteral("word%1 Qualcomm").arg(i % 2);
        article.date = PartialDate::fromIsoString(dates.at(i));
        QVERIFY2(dates.at(i).isEmpty() || !article.date.isNull(), qPrintable(dates.at(i)));
        article.contentHash =
            QString::fromLatin1(QCryptographicHash::hash(article.path.toUtf8(), QCryptographicHash::Sha256).toHex());
        QCOMPARE(articles.upsert(article), ArticleStore::Outcome::Inserted);
        m_ids.append(article.id);
        if (i % 3 == 0) {
            const Mention mention { m_entity, 0, 6, 14, {} };
            QVERIFY2(entities.replaceMentions(article.id, { mention }, {}), qPrintable(entities.lastError()));
        }
    }
}

void TestDateHistogram::bucketsOfTheList_data()
{
    QTest::addColumn<QStringList>("dates");
    QTest::addColumn<DateHistogram::Scale>("scale");
    QTest::addColumn<QDate>("firstBucket");
    QTest::addColumn<QVector<int>>("counts");
    QTest::addColumn<int>("imprecise");
    QTest::addColumn<int>("undated");

    // Two years: months. March holds a day and a month-only date; the
    // year-only date fits no month.
    QVector<int> months(24, 0);
    months[0] = 2;
    months[2] = 2;
    months[23] = 1;
    QTest::newRow("two years of dates are counted by month, a year-only date in none")
        << QStringList { QStringLiteral("2023-01-15"),
                         QStringLiteral("2023-01-20"),
                         QStringLiteral("2023-03-02"),
                         QStringLiteral("2023-03"),
                         QStringLiteral("2024"),
                         QStringLiteral("2024-12-31"),
                         QString() }
        << DateHistogram::Scale::Month << QDate(2023, 1, 1) << months << 1 << 1;

    // 3 March to 30 May 2025, 89 days: weeks from Monday 3 March to
    // Monday 26 May. Sunday the 9th is in the first week; the month-only
    // date fits no week.
    QVector<int> weeks(13, 0);
    weeks[0] = 2;
    weeks[1] = 1;
    weeks[12] = 1;
    QTest::newRow("three months are counted by ISO week, a month-only date in none")
        << QStringList { QStringLiteral("2025-03-03"),
                         QStringLiteral("2025-03-09"),
                         QStringLiteral("2025-03-10"),
                         QStringLiteral("2025-04"),
                         QStringLiteral("2025-05-30"),
                         QString(),
                         QString() }
        << DateHistogram::Scale::Week << QDate(2025, 3, 3) << weeks << 1 << 2;

    QVector<int> days(9, 0);
    days[0] = 2;
    days[8] = 1;
    QTest::newRow("nine days are counted by day, empty days included")
        << QStringList { QStringLiteral("2025-05-12"), QStringLiteral("2025-05-12"), QStringLiteral("2025-05-20"),
                         QStringLiteral("2025-05") }
        << DateHistogram::Scale::Day << QDate(2025, 5, 12) << days << 1 << 0;

    // Most dates known only to the year, as in the sample corpus: years,
    // where the day-precise date counts too.
    QTest::newRow("dates mostly known to the year are counted by year")
        << QStringList { QStringLiteral("2023"), QStringLiteral("2023"), QStringLiteral("2024-02-27"),
                         QStringLiteral("2025"), QString() }
        << DateHistogram::Scale::Year << QDate(2023, 1, 1) << QVector<int> { 2, 1, 1 } << 0 << 1;

    // Three months would be weeks, but half the dates give only the month.
    QTest::newRow("a third of the dates too vague for weeks: counted by month")
        << QStringList { QStringLiteral("2025-03-03"), QStringLiteral("2025-03-20"), QStringLiteral("2025-04"),
                         QStringLiteral("2025-05") }
        << DateHistogram::Scale::Month << QDate(2025, 3, 1) << QVector<int> { 2, 1, 1 } << 0 << 0;

    QTest::newRow("fifteen years are counted by year")
        << QStringList { QStringLiteral("2010-01-01"), QStringLiteral("2024-12-31"), QStringLiteral("2024-06") }
        << DateHistogram::Scale::Year << QDate(2010, 1, 1)
        << QVector<int> { 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2 } << 0 << 0;
}

void TestDateHistogram::bucketsOfTheList()
{
    QFETCH(QStringList, dates);
    QFETCH(DateHistogram::Scale, scale);
    QFETCH(QDate, firstBucket);
    QFETCH(QVector<int>, counts);
    QFETCH(int, imprecise);
    QFETCH(int, undated);
    store(dates);

    QString error;
    const DateHistogram histogram =
        DateHistogram::read(ArticleStore(m_database->connection()), ArticleQuery(), 0, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(histogram.scale(), scale);
    QVector<int> found;
    for (const DateHistogram::Bucket &bucket : histogram.buckets())
        found.append(bucket.count);
    QCOMPARE(found, counts);
    QCOMPARE(histogram.buckets().first().first, firstBucket);
    QCOMPARE(histogram.imprecise(), imprecise);
    QCOMPARE(histogram.undated(), undated);
    QCOMPARE(histogram.counted() + imprecise + undated, int(dates.size()));
}

void TestDateHistogram::eachBarListsExactlyItsArticles_data()
{
    bucketsOfTheList_data();
}

// A click on a bar sets the date filter to filterRange(): the list must
// then hold exactly the articles the bar counts.
void TestDateHistogram::eachBarListsExactlyItsArticles()
{
    QFETCH(QStringList, dates);
    store(dates);
    const ArticleStore articles(m_database->connection());
    const DateHistogram histogram = DateHistogram::read(articles, ArticleQuery());
    QVERIFY(!histogram.buckets().isEmpty());
    for (int bucket = 0; bucket < histogram.buckets().size(); ++bucket) {
        const QPair<QString, QString> range = histogram.filterRange(bucket, bucket);
        ArticleQuery query;
        QVERIFY(SearchQuery::parseDateRange(range.first + QStringLiteral("..") + range.second, &query.dateFrom,
                                            &query.dateTo));
        QCOMPARE(articles.count(query), histogram.buckets().at(bucket).count);
    }
    const QPair<QString, QString> all = histogram.filterRange(int(histogram.buckets().size()) - 1, 0);
    ArticleQuery query;
    QVERIFY(SearchQuery::parseDateRange(all.first + QStringLiteral("..") + all.second, &query.dateFrom, &query.dateTo));
    // Over several bars, a partial date too vague for one bar may lie
    // wholly inside the range (April in three months of weeks): listed, not counted.
    QVERIFY(articles.count(query) >= histogram.counted());
    QVERIFY(articles.count(query) <= histogram.counted() + histogram.imprecise());
}

void TestDateHistogram::overlayCountsTheEntitysArticles()
{
    // Articles 0, 3 and 6 mention the entity: two in January, one in March.
    store({ QStringLiteral("2023-01-15"), QStringLiteral("2023-01-20"), QStringLiteral("2023-03-02"),
            QStringLiteral("2023-01-03"), QStringLiteral("2024-12-31"), QStringLiteral("2023-03"),
            QStringLiteral("2023-03-30"), QString() });
    const DateHistogram histogram =
        DateHistogram::read(ArticleStore(m_database->connection()), ArticleQuery(), m_entity);
    QCOMPARE(histogram.scale(), DateHistogram::Scale::Month);
    QVector<int> overlay;
    QVector<int> counts;
    for (const DateHistogram::Bucket &bucket : histogram.buckets()) {
        overlay.append(bucket.overlay);
        counts.append(bucket.count);
    }
    QVector<int> expectedOverlay(24, 0);
    expectedOverlay[0] = 2;
    expectedOverlay[2] = 1;
    QCOMPARE(overlay, expectedOverlay);
    QVector<int> expectedCounts(24, 0);
    expectedCounts[0] = 3;
    expectedCounts[2] = 3;
    expectedCounts[23] = 1;
    QCOMPARE(counts, expectedCounts);

    const DateHistogram without = DateHistogram::read(ArticleStore(m_database->connection()), ArticleQuery());
    for (const DateHistogram::Bucket &bucket : without.buckets())
        QCOMPARE(bucket.overlay, 0);
}

void TestDateHistogram::listFiltersApply_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<bool>("entityChip");
    QTest::addColumn<QStringList>("months");
    QTest::addColumn<int>("undated");

    // Articles 0..7 every four months from January 2023 (the 15th), 8 and
    // 9 undated; even ones say word0, odd ones word1; 0, 3, 6 and 9
    // mention the entity. The months listed are those with an article.
    QTest::newRow("no filter counts every article")
        << QString() << false
        << QStringList { QStringLiteral("2023-01"), QStringLiteral("2023-05"), QStringLiteral("2023-09"),
                         QStringLiteral("2024-01"), QStringLiteral("2024-05"), QStringLiteral("2024-09"),
                         QStringLiteral("2025-01"), QStringLiteral("2025-05") }
        << 2;
    QTest::newRow("a word counts only its matches")
        << QStringLiteral("word1") << false
        << QStringList { QStringLiteral("2023-05"), QStringLiteral("2024-01"), QStringLiteral("2024-09"),
                         QStringLiteral("2025-05") }
        << 1;
    QTest::newRow("an excluded word is not counted")
        << QStringLiteral("-word1") << false
        << QStringList { QStringLiteral("2023-01"), QStringLiteral("2023-09"), QStringLiteral("2024-05"),
                         QStringLiteral("2025-01") }
        << 1;
    QTest::newRow("a date filter leaves out the other dates, and the undated")
        << QStringLiteral("date:2023..2024") << false
        << QStringList { QStringLiteral("2023-01"), QStringLiteral("2023-05"), QStringLiteral("2023-09"),
                         QStringLiteral("2024-01"), QStringLiteral("2024-05"), QStringLiteral("2024-09") }
        << 0;
    QTest::newRow("the entity chip counts its articles")
        << QString() << true
        << QStringList { QStringLiteral("2023-01"), QStringLiteral("2024-01"), QStringLiteral("2025-01") } << 1;
}

void TestDateHistogram::listFiltersApply()
{
    QFETCH(QString, search);
    QFETCH(bool, entityChip);
    QFETCH(QStringList, months);
    QFETCH(int, undated);
    QStringList dates;
    for (int i = 0; i < 8; ++i)
        dates << QDate(2023, 1, 15).addMonths(4 * i).toString(Qt::ISODate);
    store(dates + QStringList { QString(), QString() });

    const SearchQuery parsed = SearchQuery::parse(search);
    ArticleQuery query;
    query.match = parsed.match();
    query.exclude = parsed.exclude();
    parsed.applyTo(query);
    query.entityId = entityChip ? m_entity : 0;
    QString error;
    const DateHistogram histogram = DateHistogram::read(ArticleStore(m_database->connection()), query, 0, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(histogram.scale(), DateHistogram::Scale::Month);
    QStringList found;
    for (const DateHistogram::Bucket &bucket : histogram.buckets()) {
        QVERIFY(bucket.count <= 1);
        if (bucket.count == 1)
            found << bucket.first.toString(QStringLiteral("yyyy-MM"));
    }
    QCOMPARE(found, months);
    QCOMPARE(histogram.undated(), undated);
}

void TestDateHistogram::emptyListHasNoBucket()
{
    store({ QString(), QString() });
    const DateHistogram histogram = DateHistogram::read(ArticleStore(m_database->connection()), ArticleQuery());
    QVERIFY(histogram.buckets().isEmpty());
    QCOMPARE(histogram.undated(), 2);
    QCOMPARE(histogram.counted(), 0);
}

void TestDateHistogram::sampleEstimatesFromEveryNthArticle_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("every");
    QTest::newRow("a word, one article in three") << QStringLiteral("word0") << 3;
    QTest::newRow("a word, one article in two") << QStringLiteral("word1") << 2;
    QTest::newRow("no search, one article in four") << QString() << 4;
}

// An estimate counts the articles whose id is a multiple of sampleEvery,
// each standing for that many; the overlay too.
void TestDateHistogram::sampleEstimatesFromEveryNthArticle()
{
    QFETCH(QString, search);
    QFETCH(int, every);
    // Three months: articles 0..5 in January, 6..11 in February, 12..17 in March.
    QStringList dates;
    for (int i = 0; i < 18; ++i)
        dates << QDate(2023, 1 + i / 6, 1 + i % 6).toString(Qt::ISODate);
    store(dates);
    QVector<int> expected(3, 0);
    QVector<int> expectedOverlay(3, 0);
    for (int i = 0; i < 18; ++i) {
        const bool matches = search.isEmpty() || search == QStringLiteral("word%1").arg(i % 2);
        if (m_ids.at(i) % every != 0 || !matches)
            continue;
        expected[i / 6] += every;
        if (i % 3 == 0)
            expectedOverlay[i / 6] += every;
    }
    ArticleQuery query;
    query.match = SearchQuery::parse(search).match();
    query.sampleEvery = every;
    QString error;
    const DateHistogram histogram =
        DateHistogram::read(ArticleStore(m_database->connection()), query, m_entity, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(histogram.sampledEvery(), every);
    QCOMPARE(histogram.scale(), DateHistogram::Scale::Day);
    QVector<int> found(3, 0);
    QVector<int> overlay(3, 0);
    for (const DateHistogram::Bucket &bucket : histogram.buckets()) {
        found[bucket.first.month() - 1] += bucket.count;
        overlay[bucket.first.month() - 1] += bucket.overlay;
    }
    QCOMPARE(found, expected);
    QCOMPARE(overlay, expectedOverlay);

    query.sampleEvery = 1;
    const DateHistogram exact = DateHistogram::read(ArticleStore(m_database->connection()), query, m_entity);
    QCOMPARE(exact.sampledEvery(), 1);
    QCOMPARE(exact.counted(), search.isEmpty() ? 18 : 9);
}

void TestDateHistogram::smallCorpusIsCountedExactly()
{
    // word0 is in half the articles: common, but a few thousand articles
    // are counted exactly as fast as a sample.
    QStringList dates;
    for (int i = 0; i < 40; ++i)
        dates << QDate(2023, 1, 1).addDays(i).toString(Qt::ISODate);
    store(dates);
    const ArticleStore articles(m_database->connection());
    ArticleQuery query;
    query.match = SearchQuery::parse(QStringLiteral("word0")).match();
    QVERIFY(articles.isCommonMatch(query.match, 4));
    QVERIFY(!articles.isCommonMatch(SearchQuery::parse(QStringLiteral("nowhere")).match(), 4));
    QCOMPARE(DateHistogram::sampleRate(articles, query), 1);
    QCOMPARE(DateHistogram::sampleRate(articles, ArticleQuery()), 1);
}

void TestDateHistogram::everyStoryLeavesTheCopiesOut_data()
{
    QTest::addColumn<int>("stories");
    QTest::addColumn<int>("copies");
    // One copy in 256 articles or fewer is counted apart and taken off;
    // more are left out article by article. Both give the same bars.
    QTest::newRow("no copy") << 32 << 0;
    QTest::newRow("a few copies, taken off") << 510 << 2;
    QTest::newRow("many copies, left out one by one") << 32 << 10;
}

void TestDateHistogram::everyStoryLeavesTheCopiesOut()
{
    QFETCH(int, stories);
    QFETCH(int, copies);
    // A story a day from 1 January 2023; copy i repeats story i a day
    // later, so that it falls on the next story's day; the last copy is
    // undated.
    ArticleStore articles(m_database->connection());
    StoryStore filing(m_database->connection());
    QVector<qint64> ids;
    for (int i = 0; i < stories + copies; ++i) {
        const int story = i < stories ? i : i - stories;
        Article article;
        article.path = QStringLiteral("/corpus/%1.txt").arg(i);
        article.title = QStringLiteral("Story %1").arg(story);
        article.body = GeneratedStories::body(story % 2, story);
        if (i + 1 < stories + copies || copies == 0)
            article.date = PartialDate::fromIsoString(
                QDate(2023, 1, 1).addDays(i < stories ? story : story + 1).toString(Qt::ISODate));
        article.contentHash = article.path;
        QCOMPARE(articles.upsert(article), ArticleStore::Outcome::Inserted);
        QVERIFY2(filing.assign(article.id, StoryStore::signatureOf(article.title, article.body)),
                 qPrintable(filing.lastError()));
        ids.append(article.id);
    }
    QCOMPARE(articles.hasFewCopies(), copies * 256 <= stories + copies);
    ArticleQuery everyStory;
    everyStory.storyHead = ArticleQuery::StoryHead::Original;
    // A date filter that every article passes makes the list test each
    // article: the reference.
    ArticleQuery eachTested = everyStory;
    eachTested.dateFrom = PartialDate(2000).sortKey();
    QString error;
    const DateHistogram reference = DateHistogram::read(articles, eachTested, 0, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(reference.counted(), stories);
    const DateHistogram histogram = DateHistogram::read(articles, everyStory, 0, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(histogram.undated(), reference.undated());
    QCOMPARE(histogram.buckets().size(), reference.buckets().size());
    for (int i = 0; i < reference.buckets().size(); ++i)
        QCOMPARE(histogram.buckets().at(i).count, reference.buckets().at(i).count);
    // The copies are there: every article has its bar's worth.
    const DateHistogram everyArticle = DateHistogram::read(articles, ArticleQuery());
    QCOMPARE(everyArticle.counted() + everyArticle.undated(), stories + copies);
    // An estimate of every story leaves the copies out as well.
    everyStory.sampleEvery = 3;
    int sampled = 0;
    for (int i = 0; i < stories; ++i)
        sampled += ids.at(i) % 3 == 0 ? 3 : 0;
    QCOMPARE(DateHistogram::read(articles, everyStory).counted(), sampled);
}

} // namespace Veille

QTEST_GUILESS_MAIN(Veille::TestDateHistogram)
#include "tst_datehistogram.moc"
