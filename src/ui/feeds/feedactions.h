// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities/namedetection.h"
#include "import/importreport.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QAction;
class QWidget;

namespace Veille {

class Database;
class FeedFetcher;
class FeedsDialog;
struct FeedRefresh;

/*! File → Subscribe to Feed… and File → Feeds…, and the schedule: every
 * minute, the feeds whose next fetch is due are fetched (each feed's
 * interval, hourly by default, or what its server asked with Retry-After).
 * Owns the FeedFetcher. */
class FeedActions : public QObject
{
    Q_OBJECT
public:
    static constexpr int ScheduleMilliseconds = 60 * 1000;

    /*! \a detection: how the feeds' imports find unknown names (FeedFetcher). */
    FeedActions(Database &database, std::function<NameDetection()> detection, QWidget *parent);
    ~FeedActions() override;

    QAction *subscribeAction() const { return m_subscribe; }
    QAction *feedsAction() const { return m_feeds; }
    FeedFetcher &fetcher() const { return *m_fetcher; }

    /*! \brief Subscribes to \a url and fetches it now; false, after
     * saying why in a message box, when it is no http(s) address. */
    bool subscribe(const QString &url);
    /*! \brief The feed list, opened on first use. */
    FeedsDialog *showFeeds();

Q_SIGNALS:
    /*! A feed's items were imported: the list has new or updated articles. */
    void imported(const Veille::ImportReport &report);

private:
    void askForFeed();
    void onRefreshed(const FeedRefresh &refresh);

    Database &m_database;
    QWidget *m_parent = nullptr;
    FeedFetcher *m_fetcher = nullptr;
    QAction *m_subscribe = nullptr;
    QAction *m_feeds = nullptr;
    QPointer<FeedsDialog> m_dialog;
    QTimer m_schedule;
};

} // namespace Veille
