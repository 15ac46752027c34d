// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "watches/watchpanel.h"

#include "plaintext.h"
#include "watches/watchcounter.h"
#include "watches/watchstore.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace Veille {

namespace {
const int FolderRole = Qt::UserRole + 2;
} // namespace

WatchPanel::WatchPanel(const WatchStore &store, const WatchCounter &counter, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_counter(counter)
{
    m_model = new QStandardItemModel(this);
    m_view = new QTreeView;
    m_view->setObjectName(QStringLiteral("watchList"));
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->setAllColumnsShowFocus(true);
    showPlainToolTips(m_view);
    m_toolBar = new QToolBar;
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_view);

    // A click applies the watch; so does Enter on it.
    const auto activate = [this](const QModelIndex &index) {
        const qint64 id = index.siblingAtColumn(NameColumn).data(WatchIdRole).toLongLong();
        if (id)
            Q_EMIT watchActivated(id);
    };
    connect(m_view, &QTreeView::clicked, this, activate);
    connect(m_view, &QTreeView::activated, this, activate);
    reload();
}

QStandardItem *WatchPanel::folderItem(const QString &folder)
{
    if (folder.isEmpty())
        return m_model->invisibleRootItem();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStandardItem *item = m_model->item(row);
        if (item->data(FolderRole).toString() == folder)
            return item;
    }
    auto *item = new QStandardItem(folder);
    item->setData(folder, FolderRole);
    item->setSelectable(false);
    QFont font = item->font();
    font.setItalic(true);
    item->setFont(font);
    m_model->appendRow({ item, new QStandardItem });
    return item;
}

void WatchPanel::reload()
{
    const qint64 current = currentWatchId();
    m_model->clear();
    m_model->setColumnCount(2);
    const QVector<Watch> watches = m_store.watches();
    for (const Watch &watch : watches) {
        auto *name = new QStandardItem(watch.name);
        name->setData(watch.id, WatchIdRole);
        name->setToolTip(watch.search.isEmpty() && !watch.entityLabel.isEmpty() ? watch.entityLabel : watch.search);
        auto *count = new QStandardItem;
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        folderItem(watch.folder)->appendRow({ name, count });
    }
    m_view->expandAll();
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(UnreadColumn, QHeaderView::ResizeToContents);
    showCounts();
    selectWatch(current);
}

void WatchPanel::showCount(QStandardItem *name, QStandardItem *count, int unread)
{
    // Not counted yet: nothing rather than a false zero.
    count->setText(unread < 0 ? QString() : QString::number(unread));
    QFont font = name->font();
    font.setBold(unread > 0);
    name->setFont(font);
    count->setFont(font);
}

void WatchPanel::showCounts()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStandardItem *top = m_model->item(row, NameColumn);
        if (top->data(FolderRole).isNull()) {
            showCount(top, m_model->item(row, UnreadColumn), m_counter.unread(top->data(WatchIdRole).toLongLong()));
            continue;
        }
        // A folder shows the sum of its watches.
        int sum = 0;
        for (int child = 0; child < top->rowCount(); ++child) {
            const int unread = m_counter.unread(top->child(child, NameColumn)->data(WatchIdRole).toLongLong());
            showCount(top->child(child, NameColumn), top->child(child, UnreadColumn), unread);
            sum += qMax(0, unread);
        }
        showCount(top, m_model->item(row, UnreadColumn), sum);
    }
}

QStandardItem *WatchPanel::itemOf(qint64 id, int column) const
{
    const QModelIndexList found =
        m_model->match(m_model->index(0, NameColumn), WatchIdRole, id, 1, Qt::MatchExactly | Qt::MatchRecursive);
    if (found.isEmpty())
        return nullptr;
    return m_model->itemFromIndex(found.first().siblingAtColumn(column));
}

qint64 WatchPanel::currentWatchId() const
{
    return m_view->currentIndex().siblingAtColumn(NameColumn).data(WatchIdRole).toLongLong();
}

void WatchPanel::selectWatch(qint64 id)
{
    QStandardItem *item = id ? itemOf(id) : nullptr;
    if (item)
        m_view->setCurrentIndex(item->index());
}

} // namespace Veille
