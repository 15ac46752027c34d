// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/feedactions.h"

#include "db/database.h"
#include "feeds/feedfetcher.h"
#include "feeds/feedsdialog.h"
#include "feeds/feedstore.h"
#include "plaintext.h"
#include "themeicon.h"

#include <QAction>
#include <QInputDialog>
#include <QMessageBox>

namespace Veille {

FeedActions::FeedActions(Database &database, std::function<NameDetection()> detection, QWidget *parent)
    : QObject(parent)
    , m_database(database)
    , m_parent(parent)
    , m_fetcher(new FeedFetcher(database.path(), this))
{
    m_fetcher->setNameDetection(std::move(detection));
    m_subscribe = new QAction(themeIcon(QStringLiteral("application-rss+xml")), tr("Subscribe to &Feed…"), this);
    m_subscribe->setToolTip(tr("Follow an RSS or Atom feed: its items become articles"));
    connect(m_subscribe, &QAction::triggered, this, &FeedActions::askForFeed);
    m_feeds = new QAction(themeIcon(QStringLiteral("view-list-details")), tr("F&eeds…"), this);
    m_feeds->setToolTip(tr("The feeds you follow, their last fetch and their errors"));
    connect(m_feeds, &QAction::triggered, this, &FeedActions::showFeeds);
    connect(m_fetcher, &FeedFetcher::feedRefreshed, this, &FeedActions::onRefreshed);
    m_schedule.setInterval(ScheduleMilliseconds);
    connect(&m_schedule, &QTimer::timeout, m_fetcher, &FeedFetcher::refreshDue);
    m_schedule.start();
    // The feeds due since Veille last ran, once the window is up.
    QTimer::singleShot(0, m_fetcher, &FeedFetcher::refreshDue);
}

FeedActions::~FeedActions() = default;

void FeedActions::askForFeed()
{
    bool ok = false;
    const QString url = QInputDialog::getText(m_parent, tr("Subscribe to Feed"), tr("Address of an RSS or Atom feed:"),
                                              QLineEdit::Normal, QString(), &ok);
    if (ok && !url.trimmed().isEmpty() && subscribe(url))
        showFeeds();
}

bool FeedActions::subscribe(const QString &url)
{
    QString error;
    const QString normalised = FeedStore::normalised(url, &error);
    FeedStore store(m_database.connection());
    if (!normalised.isEmpty())
        store.add(normalised);
    if (normalised.isEmpty() || !store.lastError().isEmpty()) {
        QMessageBox::warning(m_parent, tr("Subscribe to Feed"),
                             literalRichText(normalised.isEmpty() ? error : store.lastError()));
        return false;
    }
    m_fetcher->refresh({ normalised });
    if (m_dialog)
        m_dialog->reload();
    return true;
}

FeedsDialog *FeedActions::showFeeds()
{
    if (!m_dialog) {
        m_dialog = new FeedsDialog(m_database, *m_fetcher, m_parent);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &FeedsDialog::subscribeRequested, this, &FeedActions::askForFeed);
    }
    m_dialog->reload();
    m_dialog->show();
    m_dialog->raise();
    return m_dialog;
}

void FeedActions::onRefreshed(const FeedRefresh &refresh)
{
    if (refresh.report.changedStore())
        Q_EMIT imported(refresh.report);
}

} // namespace Veille
