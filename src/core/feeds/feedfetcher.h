// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities/namedetection.h"
#include "feeds/feedsubscription.h"
#include "import/importreport.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

namespace Veille {

class Database;
class FeedFetch;

/*! \brief What refreshing one feed did. */
struct FeedRefresh {
    QString url; //!< the subscription's url before the fetch
    FeedSubscription subscription; //!< as stored after it: status, error, next fetch
    ImportReport report; //!< its items, imported as articles
};

/*! \brief Fetches feeds and imports their items, on the thread it lives on
 * (the network) and the thread pool (parsing and importing).
 *
 * At most MaxParallel fetches run at once; the others wait in a queue.
 * Each feed's outcome is stored in its subscription (status, error, ETag,
 * Last-Modified, next fetch: its interval on, or the server's Retry-After)
 * and signalled by feedRefreshed(); one feed that fails never stops the
 * others. Items go through Importer::importArticles(), so that entities,
 * search and read state work on them as on files.
 */
class FeedFetcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxParallel = 2;
    static constexpr int DefaultTimeoutMs = 30000;

    explicit FeedFetcher(const QString &databasePath, QObject *parent = nullptr);
    ~FeedFetcher() override;

    /*! \brief The time allowed to each request before it is aborted. */
    void setTimeout(int milliseconds);
    /*! \brief The largest response read; larger ones fail. */
    void setMaxBytes(qint64 bytes);
    /*! \brief How the imports find unknown names: \a detection is called on
     * the import's thread (it may read the model). */
    void setNameDetection(std::function<NameDetection()> detection) { m_detection = std::move(detection); }

    /*! \brief Queues the subscriptions at \a urls, or every one when empty.
     * False, with lastError(), when the subscriptions cannot be read. */
    bool refresh(const QStringList &urls = {});
    /*! \brief Queues the subscriptions whose next fetch is due. */
    bool refreshDue();
    bool isBusy() const;
    QString lastError() const { return m_error; }

Q_SIGNALS:
    void feedRefreshed(const Veille::FeedRefresh &refresh);
    /*! \brief The queue is empty and no fetch is running. */
    void finished();

private:
    bool openDatabase();
    bool enqueue(const QVector<FeedSubscription> &subscriptions);
    void startNext();
    void onFetched(FeedFetch *fetch);
    void record(FeedRefresh refresh);

    QString m_databasePath;
    std::unique_ptr<Database> m_database;
    QNetworkAccessManager m_network;
    QVector<FeedSubscription> m_queue;
    QStringList m_running; //!< urls being fetched or imported
    int m_timeoutMs = DefaultTimeoutMs;
    qint64 m_maxBytes = 0;
    QString m_error;
    std::function<NameDetection()> m_detection;
};

} // namespace Veille

Q_DECLARE_METATYPE(Veille::FeedRefresh)
