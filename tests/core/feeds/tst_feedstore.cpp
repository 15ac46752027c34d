// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/database.h"
#include "db/userdatabackup.h"
#include "feeds/feedstore.h"
#include "support/testbackend.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Veille;

class TestFeedStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        VEILLE_INIT_BACKEND_TEST();
    }
    void normalisesUrls_data();
    void normalisesUrls();
    void addsUpdatesAndRemoves();
    void dueAreThoseWhoseTimeCame();
    void subscriptionsSurviveBackupAndRestore();
};

void TestFeedStore::normalisesUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("stored");
    QTest::newRow("http kept, fragment dropped") << " http://example.org/feed.xml#top "
                                                 << "http://example.org/feed.xml";
    QTest::newRow("https kept") << "https://example.org/a/../rss"
                                << "https://example.org/rss";
    QTest::newRow("file refused") << "file:///etc/passwd"
                                  << "";
    QTest::newRow("no host refused") << "http://"
                                     << "";
    QTest::newRow("words refused") << "not a url"
                                   << "";
}

void TestFeedStore::normalisesUrls()
{
    QFETCH(QString, url);
    QFETCH(QString, stored);
    QString error;
    QCOMPARE(FeedStore::normalised(url, &error), stored);
    QCOMPARE(error.isEmpty(), !stored.isEmpty());
}

void TestFeedStore::addsUpdatesAndRemoves()
{
    QTemporaryDir dir;
    Database db(TestBackend::newDatabase(dir), QStringLiteral("s"));
    QVERIFY(db.open());
    FeedStore store(db.connection());
    const QString url = QStringLiteral("http://127.0.0.1/rss");
    QVERIFY(store.add(url, QStringLiteral("Mine")));
    QVERIFY(!store.add(url));
    QVERIFY(store.lastError().isEmpty());
    FeedSubscription s = *store.find(url);
    QCOMPARE(s.title, QStringLiteral("Mine"));
    QCOMPARE(s.origin, url);
    QCOMPARE(s.status, FeedSubscription::Status::Never);
    QCOMPARE(s.interval, FeedSubscription::DefaultInterval);
    s.url = QStringLiteral("http://127.0.0.1/moved");
    s.status = FeedSubscription::Status::Failed;
    s.error = QStringLiteral("HTTP 500");
    s.etag = QStringLiteral("\"e\"");
    s.lastFetch = QDateTime::fromMSecsSinceEpoch(1000);
    QVERIFY(store.update(s));
    const FeedSubscription moved = *store.find(s.url);
    QCOMPARE(moved.origin, url);
    QCOMPARE(moved.status, FeedSubscription::Status::Failed);
    QCOMPARE(moved.error, s.error);
    QCOMPARE(moved.etag, s.etag);
    QCOMPARE(moved.lastFetch, s.lastFetch);
    QVERIFY(store.remove(s.url));
    QVERIFY(!store.remove(s.url));
    QVERIFY(store.subscriptions().isEmpty());
}

void TestFeedStore::dueAreThoseWhoseTimeCame()
{
    QTemporaryDir dir;
    Database db(TestBackend::newDatabase(dir), QStringLiteral("s"));
    QVERIFY(db.open());
    FeedStore store(db.connection());
    QVERIFY(store.add(QStringLiteral("http://127.0.0.1/now")));
    QVERIFY(store.add(QStringLiteral("http://127.0.0.1/later")));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    FeedSubscription later = *store.find(QStringLiteral("http://127.0.0.1/later"));
    later.nextFetch = now.addSecs(60);
    QVERIFY(store.update(later));
    const QVector<FeedSubscription> due = store.due(now);
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.first().url, QStringLiteral("http://127.0.0.1/now"));
    QCOMPARE(store.due(now.addSecs(61)).size(), 2);
}

void TestFeedStore::subscriptionsSurviveBackupAndRestore()
{
    if (TestBackend::isPostgres())
        QSKIP("A team server is backed up by its administrator (tst_watchstore checks the refusal)");
    QTemporaryDir dir;
    const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
    {
        Database db(dir.filePath(QStringLiteral("a.sqlite")), QStringLiteral("a"));
        QVERIFY(db.open());
        FeedStore store(db.connection());
        QVERIFY(store.add(QStringLiteral("http://127.0.0.1/rss"), QStringLiteral("Tin")));
        FeedSubscription s = *store.find(QStringLiteral("http://127.0.0.1/rss"));
        s.etag = QStringLiteral("\"v1\"");
        QVERIFY(store.update(s));
        UserDataBackup writer(db.connection());
        QVERIFY2(writer.write(backup), qPrintable(writer.lastError()));
    }
    Database other(dir.filePath(QStringLiteral("b.sqlite")), QStringLiteral("b"));
    QVERIFY(other.open());
    UserDataBackup reader(other.connection());
    const std::optional<RestoreReport> report = reader.restore(backup);
    QVERIFY2(report, qPrintable(reader.lastError()));
    QCOMPARE(report->feeds, 1);
    const std::optional<FeedSubscription> restored =
        FeedStore(other.connection()).find(QStringLiteral("http://127.0.0.1/rss"));
    QVERIFY(restored);
    QCOMPARE(restored->title, QStringLiteral("Tin"));
    // This database has none of its articles yet: the next fetch reads it whole.
    QVERIFY(restored->etag.isEmpty());
}

QTEST_GUILESS_MAIN(TestFeedStore)
#include "tst_feedstore.moc"
