// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/watchedfoldersmenu.h"

#include "db/database.h"
#include "import/folderwatcher.h"
#include "import/watchedfolderstore.h"
#include "plaintext.h"
#include "themeicon.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>

namespace Veille {

WatchedFoldersMenu::WatchedFoldersMenu(Database &database, std::function<NameDetection()> detection,
                                       QWidget *parent)
    : QMenu(tr("&Watched Folders"), parent)
    , m_database(database)
    , m_watcher(new FolderWatcher(database.path(), this))
{
    m_watcher->setNameDetection(std::move(detection));
    setIcon(QIcon::fromTheme(QStringLiteral("folder-sync")));
    connect(m_watcher, &FolderWatcher::imported, this, &WatchedFoldersMenu::imported);
    rebuild();
}

void WatchedFoldersMenu::rebuild()
{
    clear();
    QAction *add = addAction(themeIcon(QStringLiteral("list-add")), tr("&Watch Folder…"));
    add->setToolTip(tr("Import a folder now, then its new or changed files while Veille runs"));
    connect(add, &QAction::triggered, this, &WatchedFoldersMenu::chooseFolder);
    WatchedFolderStore store(m_database.connection());
    const QStringList folders = store.folders();
    if (!folders.isEmpty())
        addSection(tr("Uncheck to stop watching"));
    for (const QString &folder : folders) {
        QAction *entry = addAction(literalActionText(QDir::toNativeSeparators(folder)));
        entry->setCheckable(true);
        entry->setChecked(true);
        connect(entry, &QAction::toggled, this, [this, folder](bool on) {
            if (!on)
                stopWatching(folder);
        });
    }
    if (m_watcher->folders() != folders)
        m_watcher->setFolders(folders);
}

void WatchedFoldersMenu::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(parentWidget(), tr("Watch Folder"), QDir::homePath());
    if (!folder.isEmpty())
        watch(folder);
}

void WatchedFoldersMenu::watch(const QString &folder)
{
    WatchedFolderStore store(m_database.connection());
    if (!store.add(folder)) {
        QMessageBox::warning(parentWidget(), tr("Watch Folder"),
                             literalRichText(tr("The folder cannot be watched: %1").arg(store.lastError())));
        return;
    }
    rebuild();
}

void WatchedFoldersMenu::stopWatching(const QString &folder)
{
    WatchedFolderStore store(m_database.connection());
    store.remove(folder);
    // Rebuilt once the toggled entry's signal has returned.
    QMetaObject::invokeMethod(this, &WatchedFoldersMenu::rebuild, Qt::QueuedConnection);
}

} // namespace Veille
