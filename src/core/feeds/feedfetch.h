// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feeds/feedsubscription.h"

#include <QByteArray>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace Veille {

/*! \brief One HTTP fetch of one feed, with its redirects.
 *
 * A conditional GET (the subscription's ETag and Last-Modified), with a
 * User-Agent naming Veille. Redirects are followed by hand, to http and
 * https only, at most MaxRedirects of them and never twice to one
 * address (a loop is an error); when every hop was permanent (301, 308),
 * movedTo() is where the feed now lives. The body is capped: a larger
 * response, said by its Content-Length or found while reading, is
 * aborted. A request with no answer within the timeout is aborted too.
 * 429 and 503 are failures that keep the server's Retry-After.
 */
class FeedFetch : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxRedirects = 5;
    enum class Outcome { Pending, Body, NotModified, Failed };

    FeedFetch(QNetworkAccessManager &network, const FeedSubscription &subscription, int timeoutMs, qint64 maxBytes,
              QObject *parent = nullptr);
    ~FeedFetch() override;

    void start();

    const FeedSubscription &subscription() const { return m_subscription; }
    Outcome outcome() const { return m_outcome; }
    QByteArray body() const { return m_body; }
    QString error() const { return m_error; }
    QString etag() const { return m_etag; }
    QString lastModified() const { return m_lastModified; }
    QString movedTo() const { return m_movedTo; }
    /*! \brief When the server asked to be left alone until (Retry-After); invalid if it did not. */
    QDateTime retryAt() const { return m_retryAt; }

    /*! \brief The time a Retry-After value names, from \a now: seconds or
     * an HTTP date; invalid when it is neither. At most a week away. */
    static QDateTime retryTime(const QByteArray &value, const QDateTime &now);

Q_SIGNALS:
    void finished();

private:
    void get(const QUrl &url);
    void onMetaData();
    void onReadyRead();
    void onReplyFinished();
    bool followRedirect(int status);
    void takeAnswer(int status);
    void fail(const QString &error);
    void finish(Outcome outcome);

    QNetworkAccessManager &m_network;
    const FeedSubscription m_subscription;
    const int m_timeoutMs;
    const qint64 m_maxBytes;
    QNetworkReply *m_reply = nullptr;
    QTimer m_timer;
    QSet<QUrl> m_visited;
    bool m_permanent = true;
    Outcome m_outcome = Outcome::Pending;
    QByteArray m_body;
    QString m_error;
    QString m_etag;
    QString m_lastModified;
    QString m_movedTo;
    QDateTime m_retryAt;
};

} // namespace Veille
