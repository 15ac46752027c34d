// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Veille {

class Database;
class FeedFetcher;

/*! File → Feeds…: each subscription with its title, address, status, last
 * fetch and error (text from the network, shown as plain text), and
 * buttons to subscribe, refresh, remove, and import or export OPML. */
class FeedsDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { TitleColumn, StatusColumn, FetchedColumn, UrlColumn, ErrorColumn };

    FeedsDialog(Database &database, FeedFetcher &fetcher, QWidget *parent = nullptr);

    /*! \brief Reads the subscriptions again. */
    void reload();
    QTreeWidget *list() const { return m_list; }

Q_SIGNALS:
    void subscribeRequested();

private:
    QWidget *makeButtons();
    QStringList selectedUrls() const;
    void refreshSelected();
    void removeSelected();
    void importOpml();
    void exportOpml();
    void updateBusy();

    Database &m_database;
    FeedFetcher &m_fetcher;
    QTreeWidget *m_list = nullptr;
    QLabel *m_busy = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace Veille
