// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "watches/watch.h"

#include <QObject>

#include <functional>

class QAction;
class QUndoStack;
class QWidget;

namespace Veille {

class WatchCounter;
class WatchPanel;
class WatchStore;

/*! What can be done to watches: save the list's search as one, update one
 * from the list, rename, file in a folder, move up or down, and delete
 * (undoable). The dialogs ask, then call the steps below, which tests
 * call directly. */
class WatchActions : public QObject
{
    Q_OBJECT
public:
    /*! What the list holds now, as a watch without a name. */
    using CurrentSearch = std::function<Watch()>;

    WatchActions(WatchStore &store, WatchCounter &counter, WatchPanel *panel, CurrentSearch currentSearch,
                 QUndoStack *undoStack, QWidget *window);

    QAction *saveAction() const { return m_save; }
    QAction *updateAction() const { return m_update; }
    QAction *renameAction() const { return m_rename; }
    QAction *folderAction() const { return m_folder; }
    QAction *moveUpAction() const { return m_moveUp; }
    QAction *moveDownAction() const { return m_moveDown; }
    QAction *deleteAction() const { return m_delete; }

    /*! Saves the current search as watch \a name in \a folder; its id, or 0. */
    qint64 saveCurrentSearch(const QString &name, const QString &folder = {});
    /*! Puts the current search into watch \a id, keeping its name and folder. */
    bool updateFromCurrentSearch(qint64 id);
    bool rename(qint64 id, const QString &name);
    bool setFolder(qint64 id, const QString &folder);
    bool move(qint64 id, int delta);
    /*! Deletes watch \a id, on the undo stack. */
    bool remove(qint64 id);

Q_SIGNALS:
    /*! For the status bar: what was done, or why it could not be. */
    void message(const QString &text);

private:
    void createActions();
    void updateEnabled();
    bool written(bool ok, const QString &done, bool recount);
    void askToSave();
    void askToRename();
    void askForFolder();

    WatchStore &m_store;
    WatchCounter &m_counter;
    WatchPanel *m_panel = nullptr;
    CurrentSearch m_currentSearch;
    QUndoStack *m_undoStack = nullptr;
    QWidget *m_window = nullptr;
    QAction *m_save = nullptr;
    QAction *m_update = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_folder = nullptr;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;
    QAction *m_delete = nullptr;
};

} // namespace Veille
