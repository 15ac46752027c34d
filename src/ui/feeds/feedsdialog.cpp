// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/feedsdialog.h"

#include "db/database.h"
#include "feeds/feedfetcher.h"
#include "feeds/feedstore.h"
#include "feeds/opml.h"
#include "plaintext.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Veille {

namespace {

QString statusText(FeedSubscription::Status status)
{
    switch (status) {
    case FeedSubscription::Status::Never:
        return FeedsDialog::tr("Not fetched yet");
    case FeedSubscription::Status::Ok:
        return FeedsDialog::tr("OK");
    case FeedSubscription::Status::NotModified:
        return FeedsDialog::tr("OK, nothing new");
    case FeedSubscription::Status::Failed:
        return FeedsDialog::tr("Failed");
    }
    return {};
}

QTreeWidgetItem *itemOf(const FeedSubscription &feed)
{
    // QTreeWidgetItem shows its text as plain text; tooltips would be rich.
    auto *item = new QTreeWidgetItem;
    item->setText(FeedsDialog::TitleColumn, feed.title.isEmpty() ? feed.url : feed.title);
    item->setText(FeedsDialog::StatusColumn, statusText(feed.status));
    item->setText(FeedsDialog::FetchedColumn,
                  feed.lastFetch.isValid() ? QLocale().toString(feed.lastFetch.toLocalTime(), QLocale::ShortFormat)
                                           : QString());
    item->setText(FeedsDialog::ErrorColumn, feed.error);
    item->setText(FeedsDialog::UrlColumn, feed.url);
    item->setToolTip(FeedsDialog::ErrorColumn, feed.error.isEmpty() ? QString() : literalRichText(feed.error));
    item->setToolTip(FeedsDialog::UrlColumn, literalRichText(feed.url));
    item->setData(FeedsDialog::TitleColumn, Qt::UserRole, feed.url);
    if (feed.status == FeedSubscription::Status::Failed)
        item->setIcon(FeedsDialog::StatusColumn, QIcon::fromTheme(QStringLiteral("dialog-error")));
    return item;
}

} // namespace

FeedsDialog::FeedsDialog(Database &database, FeedFetcher &fetcher, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_fetcher(fetcher)
    , m_list(new QTreeWidget(this))
    , m_busy(new QLabel(this))
{
    setWindowTitle(tr("Feeds"));
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setHeaderLabels({ tr("Feed"), tr("Status"), tr("Last Fetch"), tr("Address"), tr("Error") });
    m_list->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_list->setColumnWidth(TitleColumn, 220);
    m_list->setColumnWidth(StatusColumn, 120);
    m_list->setColumnWidth(FetchedColumn, 150);
    m_list->setColumnWidth(UrlColumn, 220);
    m_busy->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(m_busy);
    layout->addWidget(makeButtons());
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] {
        const bool any = !m_list->selectedItems().isEmpty();
        m_refresh->setEnabled(any);
        m_remove->setEnabled(any);
    });
    connect(&m_fetcher, &FeedFetcher::feedRefreshed, this, &FeedsDialog::reload);
    connect(&m_fetcher, &FeedFetcher::finished, this, &FeedsDialog::updateBusy);
    resize(980, 360);
}

QWidget *FeedsDialog::makeButtons()
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *subscribe = buttons->addButton(tr("&Subscribe…"), QDialogButtonBox::ActionRole);
    m_refresh = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    QPushButton *refreshAll = buttons->addButton(tr("Refresh &All"), QDialogButtonBox::ActionRole);
    m_remove = buttons->addButton(tr("Re&move"), QDialogButtonBox::ActionRole);
    QPushButton *importOpml = buttons->addButton(tr("&Import OPML…"), QDialogButtonBox::ActionRole);
    QPushButton *exportOpml = buttons->addButton(tr("&Export OPML…"), QDialogButtonBox::ActionRole);
    m_refresh->setEnabled(false);
    m_remove->setEnabled(false);
    connect(subscribe, &QPushButton::clicked, this, &FeedsDialog::subscribeRequested);
    connect(m_refresh, &QPushButton::clicked, this, &FeedsDialog::refreshSelected);
    connect(refreshAll, &QPushButton::clicked, this, [this] {
        m_fetcher.refresh();
        updateBusy();
    });
    connect(m_remove, &QPushButton::clicked, this, &FeedsDialog::removeSelected);
    connect(importOpml, &QPushButton::clicked, this, &FeedsDialog::importOpml);
    connect(exportOpml, &QPushButton::clicked, this, &FeedsDialog::exportOpml);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    return buttons;
}

void FeedsDialog::reload()
{
    const QStringList selected = selectedUrls();
    m_list->clear();
    FeedStore store(m_database.connection());
    for (const FeedSubscription &feed : store.subscriptions()) {
        QTreeWidgetItem *item = itemOf(feed);
        m_list->addTopLevelItem(item);
        item->setSelected(selected.contains(feed.url));
    }
    updateBusy();
}

void FeedsDialog::updateBusy()
{
    m_busy->setText(m_fetcher.isBusy() ? tr("Fetching…") : QString());
}

QStringList FeedsDialog::selectedUrls() const
{
    QStringList urls;
    for (const QTreeWidgetItem *item : m_list->selectedItems())
        urls.append(item->data(TitleColumn, Qt::UserRole).toString());
    return urls;
}

void FeedsDialog::refreshSelected()
{
    m_fetcher.refresh(selectedUrls());
    updateBusy();
}

void FeedsDialog::removeSelected()
{
    const QStringList urls = selectedUrls();
    if (urls.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Remove Feeds"),
        tr("Unsubscribe from %n feed(s)? Their articles stay in the database.", nullptr, int(urls.size())));
    if (answer != QMessageBox::Yes)
        return;
    FeedStore store(m_database.connection());
    for (const QString &url : urls)
        store.remove(url);
    if (!store.lastError().isEmpty())
        QMessageBox::warning(this, tr("Remove Feeds"), literalRichText(store.lastError()));
    reload();
}

void FeedsDialog::importOpml()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Import OPML"), QString(),
                                                      tr("OPML files (*.opml *.xml);;All files (*)"));
    if (file.isEmpty())
        return;
    QString error;
    const QVector<Opml::Outline> outlines = Opml::readFile(file, &error);
    FeedStore store(m_database.connection());
    const Opml::Subscribed done = Opml::subscribeAll(outlines, store);
    if (error.isEmpty())
        error = store.lastError();
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Import OPML"), literalRichText(error));
        return;
    }
    reload();
    QMessageBox::information(this, tr("Import OPML"),
                             tr("%n feed(s) subscribed", nullptr, done.added) + QLatin1Char('\n')
                                 + tr("%n already subscribed", nullptr, done.known) + QLatin1Char('\n')
                                 + tr("%n refused", nullptr, int(done.refused.size())));
    m_fetcher.refreshDue();
    updateBusy();
}

void FeedsDialog::exportOpml()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Export OPML"), QStringLiteral("veille-feeds.opml"),
                                                      tr("OPML files (*.opml)"));
    if (file.isEmpty())
        return;
    FeedStore store(m_database.connection());
    const QByteArray opml = Opml::write(store.subscriptions());
    QSaveFile output(file);
    if (!store.lastError().isEmpty() || !output.open(QIODevice::WriteOnly) || output.write(opml) != opml.size()
        || !output.commit())
        QMessageBox::warning(this, tr("Export OPML"),
                             literalRichText(store.lastError().isEmpty() ? output.errorString() : store.lastError()));
}

} // namespace Veille
