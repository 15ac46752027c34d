// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QStandardItem;
class QStandardItemModel;
class QToolBar;
class QTreeView;

namespace Veille {

class WatchCounter;
class WatchStore;

/*! The Watches sidebar: saved searches in their folders, each with its
 * count of unread articles, bold while there are some. A click on a watch
 * asks the window to apply it. */
class WatchPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int WatchIdRole = Qt::UserRole + 1;
    enum Column { NameColumn, UnreadColumn };

    /*! \a store and \a counter must outlive the panel. */
    WatchPanel(const WatchStore &store, const WatchCounter &counter, QWidget *parent = nullptr);

    /*! Reads the watches again, keeping the current one. */
    void reload();
    /*! Shows the counter's latest counts. */
    void showCounts();
    /*! The current watch, 0 when none (or a folder) is current. */
    qint64 currentWatchId() const;
    void selectWatch(qint64 id);
    QTreeView *view() const { return m_view; }
    QToolBar *toolBar() const { return m_toolBar; }
    /*! The row of watch \a id, for tests: its name and count items. */
    QStandardItem *itemOf(qint64 id, int column = NameColumn) const;

Q_SIGNALS:
    void watchActivated(qint64 id);

private:
    QStandardItem *folderItem(const QString &folder);
    static void showCount(QStandardItem *name, QStandardItem *count, int unread);

    const WatchStore &m_store;
    const WatchCounter &m_counter;
    QStandardItemModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QToolBar *m_toolBar = nullptr;
};

} // namespace Veille
