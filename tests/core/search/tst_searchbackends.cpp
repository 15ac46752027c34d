// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articles/articlestore.h"
#include "db/database.h"
#include "search/articlesearcher.h"
#include "support/testbackend.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <memory>
#include <thread>

namespace Veille {

// Every form of the search syntax over one small corpus, run on SQLite's
// FTS5 and, in the -postgresql twin, on the server's tsvector: both must
// list the same articles. The words avoid those where French stemming
// makes the server find more (README, "Team server").
class TestSearchBackends : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void eachFormFindsTheSameArticles_data();
    void eachFormFindsTheSameArticles();
    void snippetsMarkTheWordAndCutWithAnEllipsis_data();
    void snippetsMarkTheWordAndCutWithAnEllipsis();
    void typedOperatorsStayWords_data();
    void typedOperatorsStayWords();
    void twoClientsStoringOnePathKeepOneRow();

private:
    bool addArticle(const QString &name, const QString &title, const QString &date, const QString &source,
                    const QString &body);
    QStringList titlesFound(const QString &text, ArticleSearcher::Result *result = nullptr) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_location;
    std::unique_ptr<Database> m_db;
};

namespace {
// A long body: its snippet is cut on both sides of the matched word.
QString longBody()
{
    QStringList words;
    for (int k = 0; k < 30; ++k)
        words << QStringLiteral("texte");
    words << QStringLiteral("uranium");
    for (int k = 0; k < 30; ++k)
        words << QStringLiteral("texte");
    return words.join(QLatin1Char(' ')) + QLatin1Char('.');
}

Article article(const QString &path, const QString &title, const QString &date, const QString &source,
                const QString &body)
{
    Article made;
    made.path = path;
    made.title = title;
    made.date = PartialDate::fromIsoString(date);
    made.source = source;
    made.body = body;
    made.contentHash =
        QString::fromLatin1(QCryptographicHash::hash((path + body).toUtf8(), QCryptographicHash::Sha256).toHex());
    return made;
}
} // namespace

void TestSearchBackends::initTestCase()
{
    VEILLE_INIT_BACKEND_TEST();
}

bool TestSearchBackends::addArticle(const QString &name, const QString &title, const QString &date,
                                    const QString &source, const QString &body)
{
    Article added = article(m_dir->filePath(name), title, date, source, body);
    ArticleStore store(m_db->connection());
    return store.upsert(added) == ArticleStore::Outcome::Inserted;
}

void TestSearchBackends::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = TestBackend::newDatabase(*m_dir);
    m_db = std::make_unique<Database>(m_location, Database::uniqueConnectionName(QStringLiteral("test")));
    QVERIFY2(m_db->open(), qPrintable(m_db->errorString()));
    QVERIFY(addArticle(QStringLiteral("a.txt"), QStringLiteral("Hanoï accueille un sommet sur les semi-conducteurs"),
                       QStringLiteral("2024-03-05"), QStringLiteral("AFP"),
                       QStringLiteral("Le Premier ministre a reçu les dirigeants d’Intel à Hanoï.")));
    QVERIFY(addArticle(QStringLiteral("b.txt"), QStringLiteral("Intel ouvre une usine au Vietnam"),
                       QStringLiteral("2024-11"), QStringLiteral("VNA"),
                       QStringLiteral("L’usine produira des puces électroniques.")));
    QVERIFY(addArticle(QStringLiteral("c.txt"), QStringLiteral("Nvidia et le Vietnam"), QStringLiteral("2025-02-10"),
                       QStringLiteral("Reuters"),
                       QStringLiteral("Nvidia annonce un centre de recherche à Hô Chi Minh-Ville.")));
    QVERIFY(
        addArticle(QStringLiteral("d.txt"), QStringLiteral("Qualcomm à Da Nang"), QStringLiteral("2025"),
                   QStringLiteral("AFP/VNA"),
                   QStringLiteral("Qualcomm inaugure un laboratoire. Le Premier ministre salue l’investissement.")));
    QVERIFY(addArticle(QStringLiteral("e.txt"), QStringLiteral("La bourse de Tokyo"), QStringLiteral("2023-06-01"),
                       QStringLiteral("Kyodo"), QStringLiteral("Les investisseurs regardent Tokyo.")));
    QVERIFY(addArticle(QStringLiteral("f.txt"), QStringLiteral("Un long rapport"), QStringLiteral("2022-01-01"),
                       QStringLiteral("IAEA"), longBody()));
    QVERIFY(addArticle(QStringLiteral("g.txt"), QStringLiteral("Le sémaphore"), QStringLiteral("2021-04-02"),
                       QStringLiteral("Kyodo"), QStringLiteral("La semaine des cyberattaques.")));
}

void TestSearchBackends::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QStringList TestSearchBackends::titlesFound(const QString &text, ArticleSearcher::Result *result) const
{
    const ArticleSearcher::Result found = ArticleSearcher::run(m_db->connection(), {}, text, 100);
    QStringList titles;
    for (const ArticleSummary &row : found.firstPage.rows)
        titles << row.title;
    titles.sort();
    if (result)
        *result = found;
    return titles;
}

void TestSearchBackends::eachFormFindsTheSameArticles_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("titles");
    const QString a = QStringLiteral("Hanoï accueille un sommet sur les semi-conducteurs");
    const QString b = QStringLiteral("Intel ouvre une usine au Vietnam");
    const QString c = QStringLiteral("Nvidia et le Vietnam");
    const QString d = QStringLiteral("Qualcomm à Da Nang");
    const QString e = QStringLiteral("La bourse de Tokyo");
    const QString g = QStringLiteral("Le sémaphore");
    QTest::newRow("a word, case aside") << QStringLiteral("qualcomm") << QStringList { d };
    QTest::newRow("a word in title or body") << QStringLiteral("Intel") << QStringList { a, b };
    QTest::newRow("accented word typed without accent") << QStringLiteral("hanoi") << QStringList { a };
    QTest::newRow("accented word typed with accent") << QStringLiteral("électroniques") << QStringList { b };
    QTest::newRow("two words, both needed") << QStringLiteral("Premier Qualcomm") << QStringList { d };
    QTest::newRow("a phrase") << QStringLiteral("\"Premier ministre\"") << QStringList { a, d };
    QTest::newRow("a phrase in its order only") << QStringLiteral("\"ministre Premier\"") << QStringList {};
    QTest::newRow("a phrase across a hyphen") << QStringLiteral("\"Hô Chi Minh\"") << QStringList { c };
    QTest::newRow("a hyphenated word") << QStringLiteral("semi-conducteurs") << QStringList { a };
    QTest::newRow("a prefix") << QStringLiteral("invest*") << QStringList { d, e };
    // French stemming shortens "semi" to "sem", which "semaine" and
    // "sémaphore" start with: the prefix is matched as typed.
    QTest::newRow("a prefix the stemmer would shorten") << QStringLiteral("semi*") << QStringList { a };
    QTest::newRow("a prefix with its accents") << QStringLiteral("sémaph*") << QStringList { g };
    QTest::newRow("a whole word as a prefix") << QStringLiteral("cyberattaques*") << QStringList { g };
    QTest::newRow("an exclusion") << QStringLiteral("Intel -Vietnam") << QStringList { a };
    QTest::newRow("an excluded phrase") << QStringLiteral("Vietnam -\"Nvidia annonce\"") << QStringList { b };
    QTest::newRow("OR") << QStringLiteral("Nvidia OR Qualcomm") << QStringList { c, d };
    QTest::newRow("OR with an exclusion") << QStringLiteral("Nvidia OR Intel -title:Intel") << QStringList { a, c };
    QTest::newRow("title:") << QStringLiteral("title:Intel") << QStringList { b };
    QTest::newRow("title: a phrase") << QStringLiteral("title:\"bourse de Tokyo\"") << QStringList { e };
    QTest::newRow("title: a prefix") << QStringLiteral("title:Qualc*") << QStringList { d };
    QTest::newRow("source:, case aside") << QStringLiteral("source:afp") << QStringList { a, d };
    QTest::newRow("source: with a word") << QStringLiteral("Vietnam source:VNA") << QStringList { b };
    QTest::newRow("date: a year") << QStringLiteral("date:2024") << QStringList { a, b };
    QTest::newRow("date: a range") << QStringLiteral("date:2024-11..2025") << QStringList { b, c, d };
    QTest::newRow("date: with a word") << QStringLiteral("Vietnam date:2025") << QStringList { c };
}

void TestSearchBackends::eachFormFindsTheSameArticles()
{
    QFETCH(QString, text);
    QFETCH(QStringList, titles);
    titles.sort();
    ArticleSearcher::Result result;
    QCOMPARE(titlesFound(text, &result), titles);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.count, int(titles.size()));
    // Ranked by relevance, the same rows come, best first.
    ArticleQuery ranked;
    ranked.sortKey = ArticleQuery::SortKey::Relevance;
    const ArticleSearcher::Result byRelevance = ArticleSearcher::run(m_db->connection(), ranked, text, 100);
    QCOMPARE(byRelevance.firstPage.rows.size(), titles.size());
    for (int k = 1; k < byRelevance.firstPage.hits.size(); ++k)
        QVERIFY(byRelevance.firstPage.hits.at(k - 1).score >= byRelevance.firstPage.hits.at(k).score);
}

void TestSearchBackends::snippetsMarkTheWordAndCutWithAnEllipsis_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("marked");
    QTest::addColumn<bool>("cutBefore");
    QTest::addColumn<bool>("cutAfter");
    QTest::newRow("a short body whole") << QStringLiteral("Qualcomm") << QStringLiteral("Qualcomm") << false << false;
    QTest::newRow("a long body cut on both sides")
        << QStringLiteral("uranium") << QStringLiteral("uranium") << true << true;
    QTest::newRow("the accented word marked as written")
        << QStringLiteral("hanoi") << QStringLiteral("Hanoï") << false << false;
}

void TestSearchBackends::snippetsMarkTheWordAndCutWithAnEllipsis()
{
    QFETCH(QString, text);
    QFETCH(QString, marked);
    QFETCH(bool, cutBefore);
    QFETCH(bool, cutAfter);
    ArticleSearcher::Result result;
    QCOMPARE(titlesFound(text, &result).size(), 1);
    QCOMPARE(result.firstPage.hits.size(), 1);
    const SearchHit hit = result.firstPage.hits.first();
    QVERIFY(!hit.marks.isEmpty());
    for (const TextRange &mark : hit.marks)
        QCOMPARE(hit.snippet.mid(mark.start, mark.length()), marked);
    QCOMPARE(hit.snippet.startsWith(QStringLiteral("…")), cutBefore);
    QCOMPARE(hit.snippet.endsWith(QStringLiteral("…")), cutAfter);
    QVERIFY(!hit.snippet.contains(QChar(SearchHit::OpenMark)));
    QVERIFY(hit.score > 0);
}

void TestSearchBackends::typedOperatorsStayWords_data()
{
    QTest::addColumn<QString>("text");
    // Text that means something to FTS5 or to to_tsquery, typed in a
    // search: it is quoted, so no query fails and nothing is found.
    QTest::newRow("tsquery operators") << QStringLiteral("Tokyo & !Tokyo | (x");
    QTest::newRow("a quote and a colon") << QStringLiteral("Tokyo':* x'");
    QTest::newRow("a backslash") << QStringLiteral("Tokyo\\' zz");
    QTest::newRow("FTS5 syntax") << QStringLiteral("Tokyo NEAR(a b) zz");
}

void TestSearchBackends::typedOperatorsStayWords()
{
    QFETCH(QString, text);
    ArticleSearcher::Result result;
    QCOMPARE(titlesFound(text, &result), QStringList());
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
}

void TestSearchBackends::twoClientsStoringOnePathKeepOneRow()
{
    if (!TestBackend::isPostgres())
        QSKIP("Needs a server: SQLite's writers take turns on the file lock, they never race");
    // The first client stores the path in a transaction still open; the
    // second, looking it up meanwhile, finds nothing and inserts, which the
    // server holds until the first commits.
    ArticleStore first(m_db->connection());
    const ArticleQuery all;
    const int before = first.count(all);
    QVERIFY(first.beginTransaction());
    Article mine = article(m_dir->filePath(QStringLiteral("same.txt")), QStringLiteral("Même fichier"),
                           QStringLiteral("2025-01-01"), QStringLiteral("AFP"), QStringLiteral("Un texte."));
    QCOMPARE(first.upsert(mine), ArticleStore::Outcome::Inserted);
    std::atomic<int> outcome { -1 };
    std::atomic<qint64> theirId { 0 };
    const QString location = m_location;
    std::thread second([&] {
        Database other(location, Database::uniqueConnectionName(QStringLiteral("second")));
        if (!other.open())
            return;
        Article theirs = mine;
        theirs.id = 0;
        outcome = int(ArticleStore(other.connection()).upsert(theirs));
        theirId = theirs.id;
    });
    // Waits until the second client's insert waits on ours; asked on a
    // third connection, as the server shows a transaction one still view
    // of pg_stat_activity.
    Database watcher(location, Database::uniqueConnectionName(QStringLiteral("watcher")));
    QVERIFY(watcher.open());
    QSqlQuery waiting(watcher.connection());
    bool blocked = false;
    for (int k = 0; k < 500 && !blocked; ++k) {
        QVERIFY(waiting.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                                            " AND datname = current_database()")));
        blocked = waiting.next() && waiting.value(0).toInt() > 0;
        waiting.finish();
        if (!blocked)
            QThread::msleep(10);
    }
    QVERIFY(first.commitTransaction());
    second.join();
    QVERIFY(blocked);
    QCOMPARE(outcome.load(), int(ArticleStore::Outcome::Unchanged));
    QCOMPARE(theirId.load(), mine.id);
    QCOMPARE(first.count(all), before + 1);
}

} // namespace Veille

QTEST_GUILESS_MAIN(Veille::TestSearchBackends)
#include "tst_searchbackends.moc"
