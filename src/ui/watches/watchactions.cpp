// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "watches/watchactions.h"

#include "plaintext.h"
#include "themeicon.h"
#include "watches/watchcounter.h"
#include "watches/watchpanel.h"
#include "watches/watchstore.h"

#include <QAction>
#include <QInputDialog>
#include <QToolBar>
#include <QTreeView>
#include <QUndoCommand>
#include <QUndoStack>

namespace Veille {

namespace {

// Deleting a watch: undo saves it again, with its search, folder and name.
class RemoveWatchCommand : public QUndoCommand
{
public:
    RemoveWatchCommand(WatchStore &store, const Watch &watch, std::function<void()> changed)
        : QUndoCommand(WatchActions::tr("Delete Watch “%1”").arg(literalActionText(watch.name)))
        , m_store(store)
        , m_watch(watch)
        , m_changed(std::move(changed))
    {
    }
    void redo() override
    {
        m_store.remove(m_watch.id);
        m_changed();
    }
    void undo() override
    {
        const qint64 id = m_store.add(m_watch);
        if (id)
            m_watch.id = id;
        m_changed();
    }

private:
    WatchStore &m_store;
    Watch m_watch;
    std::function<void()> m_changed;
};

} // namespace

WatchActions::WatchActions(WatchStore &store, WatchCounter &counter, WatchPanel *panel, CurrentSearch currentSearch,
                           QUndoStack *undoStack, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_counter(counter)
    , m_panel(panel)
    , m_currentSearch(std::move(currentSearch))
    , m_undoStack(undoStack)
    , m_window(window)
{
    createActions();
    connect(m_panel->view()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &WatchActions::updateEnabled);
    connect(m_panel->view()->model(), &QAbstractItemModel::modelReset, this, &WatchActions::updateEnabled);
    updateEnabled();
}

void WatchActions::createActions()
{
    const auto make = [this](const QString &text, const QString &icon, auto slot) {
        auto *action = new QAction(themeIcon(icon), text, this);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_save = make(tr("&Save Search as Watch…"), QStringLiteral("list-add"), &WatchActions::askToSave);
    m_save->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_update = make(tr("&Update Watch from Current Search"), QStringLiteral("document-import"),
                    [this] { updateFromCurrentSearch(m_panel->currentWatchId()); });
    m_rename = make(tr("&Rename Watch…"), QStringLiteral("edit-rename"), &WatchActions::askToRename);
    m_folder = make(tr("Move Watch to &Folder…"), QStringLiteral("folder-open"), &WatchActions::askForFolder);
    m_moveUp = make(tr("Move Watch &Up"), QStringLiteral("go-up"), [this] { move(m_panel->currentWatchId(), -1); });
    m_moveDown =
        make(tr("Move Watch &Down"), QStringLiteral("go-down"), [this] { move(m_panel->currentWatchId(), 1); });
    m_delete = make(tr("&Delete Watch"), QStringLiteral("trash-empty"), [this] { remove(m_panel->currentWatchId()); });
    m_panel->toolBar()->addActions({ m_save, m_update, m_moveUp, m_moveDown, m_delete });
    m_panel->view()->addActions({ m_update, m_rename, m_folder, m_moveUp, m_moveDown, m_delete });
}

void WatchActions::updateEnabled()
{
    const bool watch = m_panel->currentWatchId() != 0;
    for (QAction *action : { m_update, m_rename, m_folder, m_moveUp, m_moveDown, m_delete })
        action->setEnabled(watch);
}

bool WatchActions::written(bool ok, const QString &done, bool recount)
{
    if (!ok) {
        Q_EMIT message(tr("The watch was not saved: %1").arg(m_store.lastError()));
        return false;
    }
    m_panel->reload();
    if (recount)
        m_counter.recount();
    Q_EMIT message(done);
    return true;
}

qint64 WatchActions::saveCurrentSearch(const QString &name, const QString &folder)
{
    Watch watch = m_currentSearch();
    watch.name = name;
    watch.folder = folder;
    const qint64 id = m_store.add(watch);
    if (written(id != 0, tr("Watch “%1” saved.").arg(name.trimmed()), true))
        m_panel->selectWatch(id);
    return id;
}

bool WatchActions::updateFromCurrentSearch(qint64 id)
{
    const std::optional<Watch> stored = m_store.watch(id);
    if (!stored)
        return false;
    Watch watch = m_currentSearch();
    watch.id = id;
    watch.name = stored->name;
    watch.folder = stored->folder;
    return written(m_store.update(watch), tr("Watch “%1” now follows the current search.").arg(watch.name), true);
}

bool WatchActions::rename(qint64 id, const QString &name)
{
    std::optional<Watch> watch = m_store.watch(id);
    if (!watch)
        return false;
    watch->name = name;
    return written(m_store.update(*watch), tr("Watch renamed “%1”.").arg(name.trimmed()), false);
}

bool WatchActions::setFolder(qint64 id, const QString &folder)
{
    std::optional<Watch> watch = m_store.watch(id);
    if (!watch)
        return false;
    watch->folder = folder;
    return written(m_store.update(*watch), QString(), false);
}

bool WatchActions::move(qint64 id, int delta)
{
    if (!id || !m_store.move(id, delta))
        return false;
    m_panel->reload();
    return true;
}

bool WatchActions::remove(qint64 id)
{
    const std::optional<Watch> watch = m_store.watch(id);
    if (!watch)
        return false;
    m_undoStack->push(new RemoveWatchCommand(m_store, *watch, [this] {
        m_panel->reload();
        m_counter.recount();
    }));
    Q_EMIT message(tr("Watch “%1” deleted (Edit → Undo brings it back).").arg(watch->name));
    return true;
}

void WatchActions::askToSave()
{
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("Save Search as Watch"), tr("Name of the watch:"),
                                               QLineEdit::Normal, m_currentSearch().search, &ok);
    if (ok)
        saveCurrentSearch(name);
}

void WatchActions::askToRename()
{
    const std::optional<Watch> watch = m_store.watch(m_panel->currentWatchId());
    if (!watch)
        return;
    bool ok = false;
    const QString name =
        QInputDialog::getText(m_window, tr("Rename Watch"), tr("New name:"), QLineEdit::Normal, watch->name, &ok);
    if (ok)
        rename(watch->id, name);
}

void WatchActions::askForFolder()
{
    const std::optional<Watch> watch = m_store.watch(m_panel->currentWatchId());
    if (!watch)
        return;
    // An empty name takes the watch out of its folder.
    const QStringList folders = QStringList { QString() } + m_store.folders();
    bool ok = false;
    const QString folder = QInputDialog::getItem(m_window, tr("Move Watch to Folder"),
                                                 tr("Folder (a new name makes a folder; empty for none):"), folders,
                                                 qMax(0, int(folders.indexOf(watch->folder))), true, &ok);
    if (ok)
        setFolder(watch->id, folder);
}

} // namespace Veille
