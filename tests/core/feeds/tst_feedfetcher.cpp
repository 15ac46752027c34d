// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/feeds/feedxml.h"
#include "core/feeds/localhttpserver.h"
#include "db/database.h"
#include "feeds/feedfetcher.h"
#include "feeds/feedstore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Veille;

// Fetches against LocalHttpServer on 127.0.0.1: nothing leaves the machine.
class TestFeedFetcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void importsFeedItemsAsArticles();
    void conditionalGetImportsNothingOn304();
    void refetchIsUnchangedAndAnEditIsUpdated();
    void retryAfterSetsTheNextFetch_data();
    void retryAfterSetsTheNextFetch();
    void redirectsAreFollowed_data();
    void redirectsAreFollowed();
    void redirectLoopIsAnError();
    void badFeedFailsAloneAndOthersImport_data();
    void badFeedFailsAloneAndOthersImport();
    void neverMoreThanTwoFetchesAtOnce();
    void hostileItemLoadsNothing();

private:
    QHash<QString, FeedRefresh> refresh(int timeoutMs = 10000);
    void subscribe(const QString &url);
    int count(const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<LocalHttpServer> m_server;
    QString m_path;
};

void TestFeedFetcher::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestFeedFetcher::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("veille.sqlite"));
    m_db = std::make_unique<Database>(m_path, QStringLiteral("test"));
    QVERIFY2(m_db->open(), qPrintable(m_db->errorString()));
    m_server = std::make_unique<LocalHttpServer>();
    QVERIFY(m_server->listen());
}

void TestFeedFetcher::cleanup()
{
    m_server.reset();
    m_db.reset();
    m_dir.reset();
}

void TestFeedFetcher::subscribe(const QString &url)
{
    QVERIFY(FeedStore(m_db->connection()).add(url));
}

int TestFeedFetcher::count(const QString &sql)
{
    QSqlQuery query(m_db->connection());
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

QHash<QString, FeedRefresh> TestFeedFetcher::refresh(int timeoutMs)
{
    FeedFetcher fetcher(m_path);
    fetcher.setTimeout(timeoutMs);
    QHash<QString, FeedRefresh> results;
    connect(&fetcher, &FeedFetcher::feedRefreshed, this,
            [&results](const FeedRefresh &r) { results.insert(r.url, r); });
    QSignalSpy finished(&fetcher, &FeedFetcher::finished);
    if (!fetcher.refresh() || !fetcher.isBusy())
        return results;
    finished.wait(60000);
    return results;
}

void TestFeedFetcher::importsFeedItemsAsArticles()
{
    m_server->route("/rss", LocalHttpServer::feed(twoItemFeed()));
    const QString url = m_server->url("/rss");
    subscribe(url);
    const FeedRefresh result = refresh().value(url);
    QCOMPARE(result.subscription.status, FeedSubscription::Status::Ok);
    QCOMPARE(result.report.imported.size(), 2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM articles WHERE source = 'Tin công nghệ'"
                                  " AND date_key = 20250610")),
             2);
    // The articles' entities are found as for files (Intel, Qualcomm, Viettel).
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM mentions")) >= 3);
    const std::optional<FeedSubscription> stored = FeedStore(m_db->connection()).find(url);
    QVERIFY(stored);
    QCOMPARE(stored->title, QStringLiteral("Tin công nghệ"));
    QCOMPARE(stored->status, FeedSubscription::Status::Ok);
    QVERIFY(stored->lastFetch.isValid());
    QVERIFY(stored->nextFetch > QDateTime::currentDateTimeUtc().addSecs(3000));
    QVERIFY(m_server->requests.value(0).headers.value("user-agent").startsWith("Veille/"));
}

void TestFeedFetcher::conditionalGetImportsNothingOn304()
{
    m_server->route("/rss", [](const LocalHttpServer::Request &request) {
        if (request.headers.value("if-none-match") == "\"v1\"")
            return LocalHttpServer::Response { 304, {}, {}, LocalHttpServer::Response::Mode::Answer, 0, 0 };
        LocalHttpServer::Response response = LocalHttpServer::feed(twoItemFeed());
        response.addHeader("ETag", "\"v1\"");
        response.addHeader("Last-Modified", "Tue, 10 Jun 2025 04:00:00 GMT");
        return response;
    });
    const QString url = m_server->url("/rss");
    subscribe(url);
    QCOMPARE(refresh().value(url).report.imported.size(), 2);
    const FeedRefresh second = refresh().value(url);
    QCOMPARE(second.subscription.status, FeedSubscription::Status::NotModified);
    QCOMPARE(second.report.processed(), 0);
    QCOMPARE(m_server->requests.size(), 2);
    QCOMPARE(m_server->requests.at(1).headers.value("if-none-match"), QByteArray("\"v1\""));
    QCOMPARE(m_server->requests.at(1).headers.value("if-modified-since"), QByteArray("Tue, 10 Jun 2025 04:00:00 GMT"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM articles")), 2);
}

void TestFeedFetcher::refetchIsUnchangedAndAnEditIsUpdated()
{
    QByteArray served = twoItemFeed();
    m_server->route("/rss", [&served](const LocalHttpServer::Request &) { return LocalHttpServer::feed(served); });
    const QString url = m_server->url("/rss");
    subscribe(url);
    QCOMPARE(refresh().value(url).report.imported.size(), 2);
    QCOMPARE(refresh().value(url).report.unchanged.size(), 2);
    served.replace("Qualcomm signe avec Viettel.", "Qualcomm signe un accord avec Viettel.");
    const FeedRefresh edited = refresh().value(url);
    QCOMPARE(edited.report.updated.size(), 1);
    QCOMPARE(edited.report.unchanged.size(), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM articles")), 2);
}

void TestFeedFetcher::retryAfterSetsTheNextFetch_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("429 Too Many Requests") << 429;
    QTest::newRow("503 Service Unavailable") << 503;
}

void TestFeedFetcher::retryAfterSetsTheNextFetch()
{
    QFETCH(int, status);
    LocalHttpServer::Response busy;
    busy.status = status;
    busy.addHeader("Retry-After", "120");
    m_server->route("/rss", busy);
    const QString url = m_server->url("/rss");
    subscribe(url);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const FeedRefresh result = refresh().value(url);
    QCOMPARE(result.subscription.status, FeedSubscription::Status::Failed);
    QVERIFY2(result.subscription.error.contains(QString::number(status)), qPrintable(result.subscription.error));
    const std::optional<FeedSubscription> stored = FeedStore(m_db->connection()).find(url);
    QVERIFY(stored);
    QVERIFY(stored->nextFetch >= before.addSecs(119));
    QVERIFY(stored->nextFetch <= QDateTime::currentDateTimeUtc().addSecs(121));
    QVERIFY(FeedStore(m_db->connection()).due(QDateTime::currentDateTimeUtc()).isEmpty());
}

void TestFeedFetcher::redirectsAreFollowed_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("moves");
    QTest::newRow("301 moves the subscription") << 301 << true;
    QTest::newRow("308 moves the subscription") << 308 << true;
    QTest::newRow("302 keeps it where it was") << 302 << false;
}

void TestFeedFetcher::redirectsAreFollowed()
{
    QFETCH(int, status);
    QFETCH(bool, moves);
    m_server->route("/old", LocalHttpServer::redirect(status, "/new"));
    m_server->route("/new", LocalHttpServer::feed(twoItemFeed()));
    const QString oldUrl = m_server->url("/old");
    const QString newUrl = m_server->url("/new");
    subscribe(oldUrl);
    const FeedRefresh result = refresh().value(oldUrl);
    QCOMPARE(result.report.imported.size(), 2);
    FeedStore store(m_db->connection());
    QCOMPARE(bool(store.find(newUrl)), moves);
    QCOMPARE(bool(store.find(oldUrl)), !moves);
    // The articles keep the name they had: a second fetch finds them unchanged.
    const FeedRefresh again = refresh().value(moves ? newUrl : oldUrl);
    QCOMPARE(again.report.unchanged.size(), 2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM articles")), 2);
}

void TestFeedFetcher::redirectLoopIsAnError()
{
    m_server->route("/a", LocalHttpServer::redirect(301, "/b"));
    m_server->route("/b", LocalHttpServer::redirect(302, "/a"));
    const QString url = m_server->url("/a");
    subscribe(url);
    const FeedRefresh result = refresh().value(url);
    QCOMPARE(result.subscription.status, FeedSubscription::Status::Failed);
    QVERIFY2(result.subscription.error.contains(QLatin1String("loop")), qPrintable(result.subscription.error));
    QVERIFY(FeedStore(m_db->connection()).find(url)); // a loop moves nothing
}

void TestFeedFetcher::badFeedFailsAloneAndOthersImport_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("error");
    QTest::newRow("not XML") << "html"
                             << "not a well-formed";
    QTest::newRow("truncated XML") << "truncated"
                                   << "not a well-formed";
    QTest::newRow("XML bomb") << "bomb"
                              << "declares entities";
    QTest::newRow("100 MB response is capped") << "huge"
                                               << "larger than";
    QTest::newRow("HTTP 404") << "404"
                              << "HTTP 404";
    QTest::newRow("HTTP 500") << "500"
                              << "HTTP 500";
    QTest::newRow("TLS error") << "tls"
                               << "";
    QTest::newRow("timeout") << "silent"
                             << "no answer";
}

void TestFeedFetcher::badFeedFailsAloneAndOthersImport()
{
    QFETCH(QString, kind);
    QFETCH(QString, error);
    using Response = LocalHttpServer::Response;
    Response bad = LocalHttpServer::feed("Service temporairement indisponible");
    if (kind == QLatin1String("truncated"))
        bad.body = twoItemFeed().left(twoItemFeed().size() / 2);
    else if (kind == QLatin1String("bomb"))
        bad.body =
            "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]>"
            "<rss version=\"2.0\"><channel><title>&b;</title></channel></rss>";
    else if (kind == QLatin1String("huge"))
        bad = Response { 200, {}, {}, Response::Mode::Stream, qint64(100) * 1024 * 1024, 0 };
    else if (kind == QLatin1String("404") || kind == QLatin1String("500"))
        bad.status = kind.toInt();
    else if (kind == QLatin1String("silent"))
        bad.mode = Response::Mode::Silent;
    m_server->route("/good", LocalHttpServer::feed(twoItemFeed()));
    m_server->route("/bad", bad);
    const QString good = m_server->url("/good");
    const QString badUrl =
        m_server->url("/bad", kind == QLatin1String("tls") ? QStringLiteral("https") : QStringLiteral("http"));
    subscribe(badUrl);
    subscribe(good);
    const QHash<QString, FeedRefresh> results = refresh(1500);
    const FeedSubscription failed = results.value(badUrl).subscription;
    QCOMPARE(failed.status, FeedSubscription::Status::Failed);
    QVERIFY2(!failed.error.isEmpty() && failed.error.contains(error), qPrintable(failed.error));
    if (kind == QLatin1String("tls"))
        QVERIFY2(!failed.error.contains(QLatin1String("no answer")), qPrintable(failed.error));
    // The error is kept for the feed list.
    QCOMPARE(FeedStore(m_db->connection()).find(badUrl)->error, failed.error);
    QCOMPARE(results.value(good).subscription.status, FeedSubscription::Status::Ok);
    QCOMPARE(results.value(good).report.imported.size(), 2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM articles")), 2);
}

void TestFeedFetcher::neverMoreThanTwoFetchesAtOnce()
{
    LocalHttpServer::Response slow = LocalHttpServer::feed(twoItemFeed());
    slow.delayMs = 200;
    for (int i = 0; i < 5; ++i) {
        const QByteArray path = "/feed" + QByteArray::number(i);
        m_server->route(path, slow);
        subscribe(m_server->url(path));
    }
    const QHash<QString, FeedRefresh> results = refresh();
    QCOMPARE(results.size(), 5);
    QCOMPARE(m_server->maxInFlight, FeedFetcher::MaxParallel);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM articles")), 10);
}

void TestFeedFetcher::hostileItemLoadsNothing()
{
    m_server->route("/rss",
                    LocalHttpServer::feed(rssFeed("Hostile",
                                                  rssItem("h1", "Intel",
                                                          "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=\""
                                                              + m_server->url("/pixel").toUtf8()
                                                              + "\"&gt;&lt;p&gt;Texte sûr.&lt;/p&gt;"))));
    const QString url = m_server->url("/rss");
    subscribe(url);
    QCOMPARE(refresh().value(url).report.imported.size(), 1);
    QCOMPARE(m_server->requests.size(), 1); // the image was never fetched
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM articles WHERE body LIKE '%alert%' OR body LIKE '%<%'")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM articles WHERE body LIKE 'Texte sûr.%'")), 1);
}

QTEST_GUILESS_MAIN(TestFeedFetcher)
#include "tst_feedfetcher.moc"
