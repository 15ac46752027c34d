// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirun.h"
#include "core/feeds/feedxml.h"
#include "core/feeds/localhttpserver.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Veille;

// veille-cli feeds, against LocalHttpServer on 127.0.0.1.
class TestCliFeeds : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void addListRefreshRemove();
    void refreshKeepsGoingPastABadFeed();
    void opmlExportThenImport();
    void refusesWhatIsNotAWebAddress_data();
    void refusesWhatIsNotAWebAddress();

private:
    // Runs veille-cli while this thread's event loop serves its requests.
    CliRun cli(const QStringList &arguments);

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<LocalHttpServer> m_server;
    QString m_db;
};

void TestCliFeeds::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    m_db = m_home->filePath(QStringLiteral("veille.sqlite"));
    m_server = std::make_unique<LocalHttpServer>();
    QVERIFY(m_server->listen());
    m_server->route("/rss", LocalHttpServer::feed(twoItemFeed()));
}

CliRun TestCliFeeds::cli(const QStringList &arguments)
{
    QProcess process;
    QSignalSpy finished(&process, QOverload<int, QProcess::ExitStatus>::of(&QProcess::finished));
    CliRun::start(process, m_home->path(), QStringList { QStringLiteral("--db"), m_db } + arguments);
    if (finished.isEmpty() && !finished.wait(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestCliFeeds::addListRefreshRemove()
{
    const QString url = m_server->url("/rss");
    CliRun run = cli({ QStringLiteral("feeds"), QStringLiteral("add"), url });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(url), qPrintable(run.out));
    run = cli({ QStringLiteral("feeds"), QStringLiteral("list"), QStringLiteral("--json") });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(CliRun::jsonArray(run.out).at(0).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("never"));
    run = cli({ QStringLiteral("feeds"), QStringLiteral("refresh") });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("2 imported, 0 updated, 0 unchanged, 0 failed\n"));
    run = cli({ QStringLiteral("feeds"), QStringLiteral("refresh"), url });
    QCOMPARE(run.out, QStringLiteral("0 imported, 0 updated, 2 unchanged, 0 failed\n"));
    const QJsonObject feed =
        CliRun::jsonArray(cli({ QStringLiteral("feeds"), QStringLiteral("list"), QStringLiteral("--json") }).out)
            .at(0)
            .toObject();
    QCOMPARE(feed.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(feed.value(QStringLiteral("title")).toString(), QStringLiteral("Tin công nghệ"));
    QVERIFY(!feed.value(QStringLiteral("lastFetch")).toString().isEmpty());
    // The items are articles like any other.
    run = cli({ QStringLiteral("list") });
    QVERIFY2(run.out.contains(QLatin1String("Qualcomm et Viettel")), qPrintable(run.out));
    QCOMPARE(cli({ QStringLiteral("feeds"), QStringLiteral("remove"), url }).exitCode, 0);
    QCOMPARE(cli({ QStringLiteral("feeds"), QStringLiteral("remove"), url }).exitCode, 1);
    QCOMPARE(CliRun::jsonArray(cli({ QStringLiteral("feeds"), QStringLiteral("list"), QStringLiteral("--json") }).out)
                 .size(),
             0);
}

void TestCliFeeds::refreshKeepsGoingPastABadFeed()
{
    m_server->route("/down", LocalHttpServer::feed("", 500));
    const QString down = m_server->url("/down");
    QCOMPARE(cli({ QStringLiteral("feeds"), QStringLiteral("add"), down }).exitCode, 0);
    QCOMPARE(cli({ QStringLiteral("feeds"), QStringLiteral("add"), m_server->url("/rss") }).exitCode, 0);
    const CliRun run = cli({ QStringLiteral("feeds"), QStringLiteral("refresh") });
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QStringLiteral("2 imported, 0 updated, 0 unchanged, 1 failed\n"));
    QVERIFY2(run.err.contains(down + QStringLiteral(": HTTP 500")), qPrintable(run.err));
    const CliRun list = cli({ QStringLiteral("feeds"), QStringLiteral("list") });
    QVERIFY2(list.out.contains(QLatin1String("error")) && list.out.contains(QLatin1String("HTTP 500")),
             qPrintable(list.out));
}

void TestCliFeeds::opmlExportThenImport()
{
    QCOMPARE(cli({ QStringLiteral("feeds"), QStringLiteral("add"), m_server->url("/rss") }).exitCode, 0);
    QCOMPARE(cli({ QStringLiteral("feeds"), QStringLiteral("refresh") }).exitCode, 0);
    const QString opml = m_home->filePath(QStringLiteral("feeds.opml"));
    QCOMPARE(cli({ QStringLiteral("feeds"), QStringLiteral("export-opml"), QStringLiteral("--out"), opml }).exitCode,
             0);
    m_db = m_home->filePath(QStringLiteral("other.sqlite"));
    CliRun run = cli({ QStringLiteral("feeds"), QStringLiteral("import-opml"), opml });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("1 subscribed, 0 already subscribed, 0 refused\n"));
    run = cli({ QStringLiteral("feeds"), QStringLiteral("import-opml"), opml });
    QCOMPARE(run.out, QStringLiteral("0 subscribed, 1 already subscribed, 0 refused\n"));
    const QJsonObject feed =
        CliRun::jsonArray(cli({ QStringLiteral("feeds"), QStringLiteral("list"), QStringLiteral("--json") }).out)
            .at(0)
            .toObject();
    QCOMPARE(feed.value(QStringLiteral("url")).toString(), m_server->url("/rss"));
    QCOMPARE(feed.value(QStringLiteral("title")).toString(), QStringLiteral("Tin công nghệ"));
}

void TestCliFeeds::refusesWhatIsNotAWebAddress_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("a local file") << "file:///etc/passwd";
    QTest::newRow("no scheme") << "example.org/rss";
    QTest::newRow("ftp") << "ftp://127.0.0.1/rss";
}

void TestCliFeeds::refusesWhatIsNotAWebAddress()
{
    QFETCH(QString, url);
    const CliRun run = cli({ QStringLiteral("feeds"), QStringLiteral("add"), url });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("not an http")), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCliFeeds)
#include "tst_cli_feeds.moc"
