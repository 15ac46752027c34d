// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities/namedetection.h"
#include "import/importreport.h"

#include <QMenu>

#include <functional>

namespace Veille {

class Database;
class FolderWatcher;

/*! File → Watched Folders: "Watch Folder…" and one checked entry per
 * watched folder (uncheck it to stop watching). Owns the FolderWatcher,
 * started on the stored folders (the rescan on start). */
class WatchedFoldersMenu : public QMenu
{
    Q_OBJECT
public:
    /*! \a detection: how the imports find unknown names (see FolderWatcher). */
    WatchedFoldersMenu(Database &database, std::function<NameDetection()> detection, QWidget *parent = nullptr);

    void watch(const QString &folder);
    void stopWatching(const QString &folder);
    FolderWatcher *watcher() const { return m_watcher; }

Q_SIGNALS:
    /*! A watched folder's new or changed files were imported. */
    void imported(const Veille::ImportReport &report);

private:
    void chooseFolder();
    void rebuild();

    Database &m_database;
    FolderWatcher *m_watcher = nullptr;
};

} // namespace Veille
