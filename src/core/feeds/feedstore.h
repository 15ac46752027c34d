// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/sqlerror.h"
#include "feeds/feedsubscription.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVector>

#include <optional>

namespace Veille {

/*! \brief The feed subscriptions (the feed_subscriptions table).
 *
 * Works on an injected connection; failures are told by lastError().
 */
class FeedStore
{
    Q_DECLARE_TR_FUNCTIONS(Veille::FeedStore)
public:
    explicit FeedStore(const QSqlDatabase &db);

    /*! \brief Every subscription, by url. */
    QVector<FeedSubscription> subscriptions() const;
    /*! \brief The subscriptions whose next fetch is at or before \a now. */
    QVector<FeedSubscription> due(const QDateTime &now) const;
    std::optional<FeedSubscription> find(const QString &url) const;
    /*! \brief Subscribes to \a url (normalised), with \a title until the
     * feed gives its own; false with no error when already subscribed. */
    bool add(const QString &url, const QString &title = QString());
    /*! \brief Unsubscribes; its articles stay. False with no error when
     * there was no such subscription. */
    bool remove(const QString &url);
    /*! \brief Writes every field of \a subscription, found by its id. */
    bool update(const FeedSubscription &subscription);

    /*! \brief \a url in the form it is stored: an absolute http or https
     * URL; an empty string, with \a error set, when it is not one. */
    static QString normalised(const QString &url, QString *error);
    /*! \brief The status as stored and as the command line's JSON writes
     * it: "never", "ok", "not-modified" or "error". */
    static QString statusName(FeedSubscription::Status status);

    QString lastError() const { return m_error.text(); }

private:
    QVector<FeedSubscription> select(const QString &where, const QVariant &value) const;
    /*! True when \a query ran and changed a row; false with no error when it changed none. */
    bool changedRows(QSqlQuery &query);

    QSqlDatabase m_db;
    mutable SqlError m_error;
};

} // namespace Veille
