// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/feedarticle.h"
#include "feeds/feedparser.h"
#include "feeds/opml.h"
#include "feedxml.h"
#include "text/htmltext.h"

#include <QTest>

using namespace Veille;

class TestFeedParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsRssItems();
    void readsAtomEntries_data();
    void readsAtomEntries();
    void readsDatesAtTheirPrecision_data();
    void readsDatesAtTheirPrecision();
    void refusesBadDocuments_data();
    void refusesBadDocuments();
    void convertsHtmlToPlainText_data();
    void convertsHtmlToPlainText();
    void hostileContentEndsAsText();
    void identityIsFeedAndGuid();
    void opmlRoundTrip();
    void opmlRefusesEntities();
};

void TestFeedParser::readsRssItems()
{
    const QByteArray xml = rssFeed("VnExpress &amp; co",
                                   "<item><guid>g1</guid><title>Intel au Vietnam</title><link>http://x/1</link>"
                                   "<pubDate>Mon, 02 Jun 2025 08:00:00 +0700</pubDate>"
                                   "<description>short</description>"
                                   "<content:encoded><![CDATA[<p>Premier.</p><p>Second.</p>]]></content:encoded>"
                                   "</item>"
                                       + rssItem("g2", "Qualcomm", "&lt;p&gt;Texte&lt;/p&gt;"));
    const Feed feed = FeedParser::parse(xml);
    QVERIFY2(feed.ok(), qPrintable(feed.error));
    QCOMPARE(feed.title, QStringLiteral("VnExpress & co"));
    QCOMPARE(feed.items.size(), 2);
    QCOMPARE(feed.items.at(0).guid, QStringLiteral("g1"));
    QCOMPARE(feed.items.at(0).title, QStringLiteral("Intel au Vietnam"));
    QCOMPARE(feed.items.at(0).link, QStringLiteral("http://x/1"));
    QCOMPARE(feed.items.at(0).date, PartialDate(2025, 6, 2));
    // content:encoded wins over description, and keeps its paragraphs.
    QCOMPARE(feed.items.at(0).text, QStringLiteral("Premier.\n\nSecond."));
    QCOMPARE(feed.items.at(1).text, QStringLiteral("Texte"));
}

void TestFeedParser::readsAtomEntries_data()
{
    QTest::addColumn<QByteArray>("entry");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("link");
    QTest::newRow("html content with an alternate link")
        << QByteArray("<title>Intel</title><link rel=\"self\" href=\"http://x/self\"/>"
                      "<link rel=\"alternate\" href=\"http://x/1\"/><content type=\"html\">&lt;p&gt;Un&lt;/p&gt;"
                      "&lt;p&gt;Deux&lt;/p&gt;</content>")
        << "Intel"
        << "Un\n\nDeux"
        << "http://x/1";
    QTest::newRow("xhtml content keeps its paragraphs")
        << QByteArray("<title type=\"text\">A &lt;b&gt; title</title><link href=\"http://x/2\"/>"
                      "<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Un &amp; un</p>"
                      "<p>Deux</p></div></content>")
        << "A <b> title"
        << "Un & un\n\nDeux"
        << "http://x/2";
    QTest::newRow("text summary when there is no content")
        << QByteArray("<title>T</title><summary>a &lt;script&gt; is text</summary>") << "T"
        << "a <script> is text"
        << "";
}

void TestFeedParser::readsAtomEntries()
{
    QFETCH(QByteArray, entry);
    const QByteArray xml = "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Atom feed</title>"
                           "<entry><id>urn:1</id><updated>2025-06-03T10:00:00Z</updated>"
        + entry + "</entry></feed>";
    const Feed feed = FeedParser::parse(xml);
    QVERIFY2(feed.ok(), qPrintable(feed.error));
    QCOMPARE(feed.title, QStringLiteral("Atom feed"));
    QCOMPARE(feed.items.size(), 1);
    QCOMPARE(feed.items.at(0).guid, QStringLiteral("urn:1"));
    QTEST(feed.items.at(0).title, "title");
    QTEST(feed.items.at(0).text, "text");
    QTEST(feed.items.at(0).link, "link");
    QCOMPARE(feed.items.at(0).date, PartialDate(2025, 6, 3));
}

void TestFeedParser::readsDatesAtTheirPrecision_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("iso");
    QTest::newRow("RFC 822 with the weekday") << "Tue, 10 Jun 2003 04:00:00 GMT"
                                              << "2003-06-10";
    QTest::newRow("RFC 822 without the weekday") << "5 Jan 2025 23:00 +0700"
                                                 << "2025-01-05";
    QTest::newRow("RFC 822 two-digit year") << "Tue, 10 Jun 03 04:00:00 GMT"
                                            << "2003-06-10";
    QTest::newRow("RFC 3339 timestamp: the publisher's day") << "2025-12-31T23:30:00-05:00"
                                                             << "2025-12-31";
    QTest::newRow("ISO month only: no day invented") << "2025-05"
                                                     << "2025-05";
    QTest::newRow("ISO year only") << "2025"
                                   << "2025";
    QTest::newRow("impossible day is no date") << "31 Feb 2025"
                                               << "";
    QTest::newRow("unknown month is no date") << "10 Foo 2025"
                                              << "";
    QTest::newRow("words are no date") << "yesterday"
                                       << "";
}

void TestFeedParser::readsDatesAtTheirPrecision()
{
    QFETCH(QString, text);
    QTEST(FeedParser::parseDate(text).toIsoString(), "iso");
}

void TestFeedParser::refusesBadDocuments_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    QTest::newRow("not XML") << QByteArray("Service temporairement indisponible") << "not a well-formed";
    QTest::newRow("an HTML page") << QByteArray("<html><body>Moved</body></html>") << "neither an RSS";
    QTest::newRow("truncated XML keeps no item")
        << twoItemFeed().left(twoItemFeed().size() - 30) << "not a well-formed";
    QByteArray bomb = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY lol0 \"lol\">";
    for (int i = 1; i < 10; ++i) {
        const QByteArray previous = "&lol" + QByteArray::number(i - 1) + ";";
        bomb += "<!ENTITY lol" + QByteArray::number(i) + " \"" + previous.repeated(10) + "\">";
    }
    bomb += "]><rss version=\"2.0\"><channel><title>&lol9;</title></channel></rss>";
    QTest::newRow("billion laughs is refused") << bomb << "declares entities";
    QTest::newRow("neither RSS nor Atom") << QByteArray("<?xml version=\"1.0\"?><svg/>") << "neither an RSS";
    QTest::newRow("empty response") << QByteArray() << "not a well-formed";
    QTest::newRow("over the size cap") << QByteArray(FeedParser::MaxBytes + 1, ' ') << "larger than";
}

void TestFeedParser::refusesBadDocuments()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    const Feed feed = FeedParser::parse(bytes);
    QVERIFY(!feed.ok());
    QVERIFY2(feed.error.contains(error), qPrintable(feed.error));
    QVERIFY(feed.items.isEmpty());
}

void TestFeedParser::convertsHtmlToPlainText_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
    QTest::newRow("paragraphs") << "<p>Un</p><p>Deux</p>"
                                << "Un\n\nDeux";
    QTest::newRow("br is a line, not a paragraph") << "Un<br>deux<br/>trois"
                                                   << "Un\ndeux\ntrois";
    QTest::newRow("inline tags dropped, white space collapsed") << "<b>Intel</b>   et\n<i>AMD</i>"
                                                                << "Intel et AMD";
    QTest::newRow("references decoded") << "L&#39;usine &eacute;lectrique &#x2014; &amp; &lt;b&gt;"
                                        << "L'usine électrique — & <b>";
    QTest::newRow("unknown reference stays") << "a &bogus; b & c"
                                             << "a &bogus; b & c";
    QTest::newRow("control character reference is not decoded") << "a&#1;b"
                                                                << "a&#1;b";
    QTest::newRow("comments and style dropped") << "<style>p{}</style>a<!-- <p>x</p> -->b"
                                                << "ab";
    QTest::newRow("a lone < is text") << "1 < 2"
                                      << "1 < 2";
    QTest::newRow("list items are paragraphs") << "<ul><li>un</li><li>deux</li></ul>"
                                               << "un\n\ndeux";
}

void TestFeedParser::convertsHtmlToPlainText()
{
    QFETCH(QString, html);
    QTEST(htmlToText(html), "text");
}

void TestFeedParser::hostileContentEndsAsText()
{
    const QByteArray xml = rssFeed("Hostile",
                                   rssItem("h1", "Intel &lt;b&gt;bold&lt;/b&gt;",
                                           "&lt;p&gt;Avant&lt;script&gt;alert('x')&lt;/script&gt;"
                                           "&lt;img src=\"http://example.invalid/pixel.png\" "
                                           "onerror=\"alert(1)\"&gt;Après&lt;/p&gt;"));
    const Feed feed = FeedParser::parse(xml);
    QVERIFY2(feed.ok(), qPrintable(feed.error));
    const ArticleParser::Result article = feedArticle(feed.items.at(0), feed.title, QStringLiteral("http://f"));
    QVERIFY(article.ok());
    QCOMPARE(article.article.paragraphs().first(), QStringLiteral("AvantAprès"));
    QVERIFY(!article.article.body.contains(QLatin1String("alert")));
    QVERIFY(!article.article.body.contains(QLatin1String("example.invalid")));
    // A title is text as the feed wrote it: shown as plain text, never markup.
    QCOMPARE(article.article.title, QStringLiteral("Intel <b>bold</b>"));
}

void TestFeedParser::identityIsFeedAndGuid()
{
    FeedItem item;
    item.title = QStringLiteral("Intel");
    item.text = QStringLiteral("Texte.");
    item.link = QStringLiteral("http://x/1");
    const QString feedUrl = QStringLiteral("http://127.0.0.1/rss");
    QCOMPARE(feedArticle(item, QStringLiteral("F"), feedUrl).article.path,
             QStringLiteral("feed:http://127.0.0.1/rss#http://x/1"));
    item.guid = QStringLiteral("g-1");
    const ArticleParser::Result first = feedArticle(item, QStringLiteral("F"), feedUrl);
    QCOMPARE(first.article.path, QStringLiteral("feed:http://127.0.0.1/rss#g-1"));
    QCOMPARE(first.article.source, QStringLiteral("F"));
    QCOMPARE(feedArticle(item, QStringLiteral("F"), feedUrl).article.contentHash, first.article.contentHash);
    item.text = QStringLiteral("Texte corrigé.");
    QVERIFY(feedArticle(item, QStringLiteral("F"), feedUrl).article.contentHash != first.article.contentHash);
}

void TestFeedParser::opmlRoundTrip()
{
    FeedSubscription a;
    a.url = QStringLiteral("http://127.0.0.1/a.xml");
    a.title = QStringLiteral("A & \"B\"");
    FeedSubscription b;
    b.url = QStringLiteral("https://127.0.0.1/b?x=1&y=2");
    QString error;
    const QVector<Opml::Outline> outlines = Opml::read(Opml::write({ a, b }), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(outlines.size(), 2);
    QCOMPARE(outlines.at(0).url, a.url);
    QCOMPARE(outlines.at(0).title, a.title);
    QCOMPARE(outlines.at(1).url, b.url);
    QVERIFY(outlines.at(1).title.isEmpty()); // not fetched yet: no title, not its url as one
}

void TestFeedParser::opmlRefusesEntities()
{
    QString error;
    const QByteArray bytes = "<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY a \"aaaa\">]><opml><body>"
                             "<outline xmlUrl=\"http://x/&a;\"/></body></opml>";
    QVERIFY(Opml::read(bytes, &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("entities")), qPrintable(error));
    QVERIFY(Opml::read("<html/>", &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("OPML")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestFeedParser)
#include "tst_feedparser.moc"
