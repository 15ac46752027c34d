// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/feedfetcher.h"

#include "db/database.h"
#include "feeds/feedarticle.h"
#include "feeds/feedfetch.h"
#include "feeds/feedparser.h"
#include "feeds/feedstore.h"
#include "import/importer.h"

#include <QFutureWatcher>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Veille {

namespace {

// Runs on the pool: a large feed takes a while to parse, and its import
// writes while the window goes on.
FeedRefresh readFeed(const QString &databasePath, const std::function<NameDetection()> &detection,
                     FeedRefresh refresh, const QByteArray &body)
{
    FeedSubscription &subscription = refresh.subscription;
    const Feed feed = FeedParser::parse(body);
    if (!feed.ok()) {
        subscription.status = FeedSubscription::Status::Failed;
        subscription.error = feed.error;
        return refresh;
    }
    if (!feed.title.isEmpty())
        subscription.title = feed.title;
    const QString source = subscription.title.isEmpty() ? QUrl(subscription.url).host() : subscription.title;
    QVector<ArticleParser::Result> articles;
    articles.reserve(feed.items.size());
    for (const FeedItem &item : feed.items)
        articles.append(feedArticle(item, source, subscription.origin));
    Importer importer(databasePath);
    if (detection)
        importer.setNameDetection(detection());
    refresh.report = importer.importArticles(articles);
    const bool imported = refresh.report.error.isEmpty();
    subscription.status = imported ? FeedSubscription::Status::Ok : FeedSubscription::Status::Failed;
    subscription.error = refresh.report.error;
    return refresh;
}

} // namespace

FeedFetcher::FeedFetcher(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_database(
          std::make_unique<Database>(databasePath, Database::uniqueConnectionName(QStringLiteral("veille-feeds"))))
    , m_maxBytes(FeedParser::MaxBytes)
{
    qRegisterMetaType<Veille::FeedRefresh>();
}

FeedFetcher::~FeedFetcher() = default;

void FeedFetcher::setTimeout(int milliseconds)
{
    m_timeoutMs = milliseconds;
}

void FeedFetcher::setMaxBytes(qint64 bytes)
{
    m_maxBytes = bytes;
}

bool FeedFetcher::isBusy() const
{
    return !m_queue.isEmpty() || !m_running.isEmpty();
}

bool FeedFetcher::openDatabase()
{
    if (m_database->connection().isOpen() || m_database->open())
        return true;
    m_error = m_database->errorString();
    return false;
}

bool FeedFetcher::refresh(const QStringList &urls)
{
    if (!openDatabase())
        return false;
    FeedStore store(m_database->connection());
    QVector<FeedSubscription> chosen;
    for (const FeedSubscription &subscription : store.subscriptions()) {
        if (urls.isEmpty() || urls.contains(subscription.url))
            chosen.append(subscription);
    }
    m_error = store.lastError();
    return m_error.isEmpty() && enqueue(chosen);
}

bool FeedFetcher::refreshDue()
{
    if (!openDatabase())
        return false;
    FeedStore store(m_database->connection());
    const QVector<FeedSubscription> due = store.due(QDateTime::currentDateTimeUtc());
    m_error = store.lastError();
    return m_error.isEmpty() && enqueue(due);
}

bool FeedFetcher::enqueue(const QVector<FeedSubscription> &subscriptions)
{
    for (const FeedSubscription &subscription : subscriptions) {
        const bool queued = std::any_of(m_queue.cbegin(), m_queue.cend(),
                                        [&](const FeedSubscription &s) { return s.id == subscription.id; });
        if (!queued && !m_running.contains(subscription.url))
            m_queue.append(subscription);
    }
    startNext();
    return true;
}

void FeedFetcher::startNext()
{
    while (m_running.size() < MaxParallel && !m_queue.isEmpty()) {
        const FeedSubscription subscription = m_queue.takeFirst();
        m_running.append(subscription.url);
        auto *fetch = new FeedFetch(m_network, subscription, m_timeoutMs, m_maxBytes, this);
        connect(fetch, &FeedFetch::finished, this, [this, fetch] { onFetched(fetch); });
        fetch->start();
    }
}

void FeedFetcher::onFetched(FeedFetch *fetch)
{
    fetch->deleteLater();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    FeedRefresh refresh { fetch->subscription().url, fetch->subscription(), {} };
    FeedSubscription &subscription = refresh.subscription;
    subscription.lastFetch = now;
    subscription.nextFetch = fetch->retryAt().isValid() ? fetch->retryAt() : now.addSecs(subscription.interval);
    // A feed moved for good is fetched where it now lives, unless another
    // subscription is there already.
    if (fetch->outcome() != FeedFetch::Outcome::Failed && !fetch->movedTo().isEmpty()
        && !FeedStore(m_database->connection()).find(fetch->movedTo()))
        subscription.url = fetch->movedTo();
    if (fetch->outcome() != FeedFetch::Outcome::Body) {
        const bool failed = fetch->outcome() == FeedFetch::Outcome::Failed;
        subscription.status = failed ? FeedSubscription::Status::Failed : FeedSubscription::Status::NotModified;
        subscription.error = fetch->error();
        record(refresh);
        return;
    }
    const QString etag = fetch->etag();
    const QString lastModified = fetch->lastModified();
    auto *watcher = new QFutureWatcher<FeedRefresh>(this);
    connect(watcher, &QFutureWatcher<FeedRefresh>::finished, this, [this, watcher, etag, lastModified] {
        watcher->deleteLater();
        FeedRefresh done = watcher->result();
        // Kept only once the items are in: a failed import is fetched whole again.
        if (done.subscription.status == FeedSubscription::Status::Ok) {
            done.subscription.etag = etag;
            done.subscription.lastModified = lastModified;
        }
        record(done);
    });
    watcher->setFuture(QtConcurrent::run(readFeed, m_databasePath, m_detection, refresh, fetch->body()));
}

void FeedFetcher::record(FeedRefresh refresh)
{
    FeedStore store(m_database->connection());
    if (!store.update(refresh.subscription)) {
        refresh.subscription.status = FeedSubscription::Status::Failed;
        refresh.subscription.error = store.lastError();
    }
    m_running.removeOne(refresh.url);
    Q_EMIT feedRefreshed(refresh);
    startNext();
    if (!isBusy())
        Q_EMIT finished();
}

} // namespace Veille
