// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/feedfetch.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>

namespace Veille {

namespace {
constexpr qint64 MaxRetrySeconds = 7 * 24 * 3600;

QByteArray userAgent()
{
    return QByteArrayLiteral("Veille/" VEILLE_VERSION " (news reading desk)");
}

bool isHttp(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https");
}
} // namespace

FeedFetch::FeedFetch(QNetworkAccessManager &network, const FeedSubscription &subscription, int timeoutMs,
                     qint64 maxBytes, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_subscription(subscription)
    , m_timeoutMs(timeoutMs)
    , m_maxBytes(maxBytes)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this,
            [this] { fail(tr("no answer within %n seconds", nullptr, (m_timeoutMs + 999) / 1000)); });
}

FeedFetch::~FeedFetch()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void FeedFetch::start()
{
    get(QUrl(m_subscription.url));
}

QDateTime FeedFetch::retryTime(const QByteArray &value, const QDateTime &now)
{
    const QString text = QString::fromLatin1(value).trimmed();
    bool isNumber = false;
    const qint64 seconds = text.toLongLong(&isNumber);
    QDateTime at;
    if (isNumber && seconds >= 0)
        at = now.addSecs(std::min(seconds, MaxRetrySeconds));
    else
        at = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!at.isValid())
        return {};
    return std::min(std::max(at, now), now.addSecs(MaxRetrySeconds));
}

void FeedFetch::get(const QUrl &url)
{
    m_visited.insert(url);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader("Accept",
                         "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5");
    if (!m_subscription.etag.isEmpty())
        request.setRawHeader("If-None-Match", m_subscription.etag.toLatin1());
    if (!m_subscription.lastModified.isEmpty())
        request.setRawHeader("If-Modified-Since", m_subscription.lastModified.toLatin1());
    m_body.clear();
    m_reply = m_network.get(request);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &FeedFetch::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &FeedFetch::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &FeedFetch::onReplyFinished);
    m_timer.start(m_timeoutMs);
}

void FeedFetch::onMetaData()
{
    // Refused before a byte of it is read, when the server says its size.
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_maxBytes)
        fail(tr("the response is larger than %1").arg(QLocale().formattedDataSize(m_maxBytes)));
}

void FeedFetch::onReadyRead()
{
    m_body += m_reply->readAll();
    if (m_body.size() > m_maxBytes)
        fail(tr("the response is larger than %1").arg(QLocale().formattedDataSize(m_maxBytes)));
}

void FeedFetch::onReplyFinished()
{
    if (m_outcome != Outcome::Pending)
        return;
    m_timer.stop();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300 && status < 400 && status != 304 && followRedirect(status))
        return;
    if (m_outcome == Outcome::Pending)
        takeAnswer(status);
}

bool FeedFetch::followRedirect(int status)
{
    const QUrl target =
        m_reply->url().resolved(m_reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
    m_reply->deleteLater();
    m_reply = nullptr;
    if (!isHttp(target))
        fail(tr("redirected to an address that is not http or https"));
    else if (m_visited.contains(target))
        fail(tr("redirect loop: %1 was visited already").arg(target.toString()));
    else if (m_visited.size() > MaxRedirects)
        fail(tr("too many redirects (more than %1)").arg(MaxRedirects));
    if (m_outcome != Outcome::Pending)
        return true;
    // Moved for good only when every hop says so.
    m_permanent = m_permanent && (status == 301 || status == 308);
    m_movedTo = m_permanent ? target.toString() : QString();
    get(target);
    return true;
}

void FeedFetch::takeAnswer(int status)
{
    if (status == 304) {
        finish(Outcome::NotModified);
        return;
    }
    if (status == 429 || status == 503) {
        m_retryAt = retryTime(m_reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
        fail(m_retryAt.isValid() ? tr("HTTP %1: the server asks to wait until %2")
                                       .arg(status)
                                       .arg(QLocale().toString(m_retryAt.toLocalTime(), QLocale::ShortFormat))
                                 : tr("HTTP %1: the server is busy").arg(status));
        return;
    }
    if (status >= 400) {
        const QString reason = m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        fail(tr("HTTP %1 %2").arg(status).arg(reason.left(100)).trimmed());
        return;
    }
    if (m_reply->error() != QNetworkReply::NoError) {
        fail(m_reply->errorString());
        return;
    }
    m_body += m_reply->readAll();
    m_etag = QString::fromLatin1(m_reply->rawHeader("ETag"));
    m_lastModified = QString::fromLatin1(m_reply->rawHeader("Last-Modified"));
    finish(Outcome::Body);
}

void FeedFetch::fail(const QString &error)
{
    if (m_outcome != Outcome::Pending)
        return;
    m_error = error;
    m_body.clear();
    finish(Outcome::Failed);
}

void FeedFetch::finish(Outcome outcome)
{
    m_outcome = outcome;
    m_timer.stop();
    if (m_reply) {
        // abort() emits finished() again: the outcome is set, so it is ignored.
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    Q_EMIT finished();
}

} // namespace Veille
