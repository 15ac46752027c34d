// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/feeds/feedxml.h"
#include "core/feeds/localhttpserver.h"
#include "db/database.h"
#include "feeds/feedactions.h"
#include "feeds/feedfetcher.h"
#include "feeds/feedsdialog.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Veille;

// Subscribing from the window, and the feed list, against LocalHttpServer.
class TestFeedsUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void subscribingFetchesAndListsEachFeedWithItsError();
};

void TestFeedsUi::subscribingFetchesAndListsEachFeedWithItsError()
{
    QTemporaryDir dir;
    Database database(dir.filePath(QStringLiteral("v.sqlite")), QStringLiteral("ui"));
    QVERIFY(database.open());
    LocalHttpServer server;
    QVERIFY(server.listen());
    // A title that looks like markup is shown as the text it is.
    server.route("/rss", LocalHttpServer::feed(twoItemFeed("&lt;b&gt;Tin&lt;/b&gt;")));
    server.route("/gone", LocalHttpServer::feed("", 404));
    QWidget window;
    FeedActions actions(database, {}, &window);
    QSignalSpy imported(&actions, &FeedActions::imported);
    QSignalSpy finished(&actions.fetcher(), &FeedFetcher::finished);
    QVERIFY(actions.subscribe(server.url("/gone")));
    QVERIFY(finished.wait(20000));
    QVERIFY(actions.subscribe(server.url("/rss")));
    QVERIFY(imported.wait(20000));
    QCOMPARE(imported.first().first().value<ImportReport>().imported.size(), 2);
    if (actions.fetcher().isBusy())
        QVERIFY(finished.wait(20000));

    FeedsDialog *dialog = actions.showFeeds();
    QTreeWidget *list = dialog->list();
    QCOMPARE(list->topLevelItemCount(), 2);
    const QTreeWidgetItem *gone = list->topLevelItem(0);
    QCOMPARE(gone->text(FeedsDialog::UrlColumn), server.url("/gone"));
    QCOMPARE(gone->text(FeedsDialog::StatusColumn), FeedsDialog::tr("Failed"));
    QVERIFY2(gone->text(FeedsDialog::ErrorColumn).contains(QLatin1String("HTTP 404")),
             qPrintable(gone->text(FeedsDialog::ErrorColumn)));
    const QTreeWidgetItem *rss = list->topLevelItem(1);
    QCOMPARE(rss->text(FeedsDialog::TitleColumn), QStringLiteral("<b>Tin</b>"));
    QCOMPARE(rss->text(FeedsDialog::StatusColumn), FeedsDialog::tr("OK"));
    QVERIFY(rss->text(FeedsDialog::ErrorColumn).isEmpty());
    QVERIFY(!rss->text(FeedsDialog::FetchedColumn).isEmpty());
    dialog->close();
}

QTEST_MAIN(TestFeedsUi)
#include "tst_feedsui.moc"
