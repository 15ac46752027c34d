// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities/namedetection.h"
#include "import/importreport.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

class QFileSystemWatcher;
class QThread;
class QTimer;

namespace Veille {

class Importer;

/*! \brief Imports the new or changed files of watched folders while the
 * application runs.
 *
 * setFolders() scans the folders it is given (the rescan on start), then a
 * QFileSystemWatcher on the folders, their subfolders and files tells of
 * changes. Bursts of changes are gathered for a moment (debounce), then the
 * article files (as a folder import takes them) whose size or time changed
 * are imported with Importer on a thread of their own, one import at a time.
 * Importer keeps this idempotent: an unchanged text stays "unchanged".
 */
class FolderWatcher : public QObject
{
    Q_OBJECT
public:
    explicit FolderWatcher(const QString &databasePath, QObject *parent = nullptr);
    ~FolderWatcher() override;
    /*! \brief How its imports find unknown names: \a detection is called on
     * the import's thread (it may read the model). */
    void setNameDetection(std::function<NameDetection()> detection) { m_detection = std::move(detection); }

    /*! \brief Watches exactly \a folders; new ones are scanned and imported now. */
    void setFolders(const QStringList &folders);
    QStringList folders() const { return m_folders; }
    /*! \brief How long changes are gathered before an import (default 1 s). */
    void setDebounce(int milliseconds);

Q_SIGNALS:
    /*! \brief An automatic import finished and changed or failed something. */
    void imported(const Veille::ImportReport &report);

private:
    struct Stamp {
        qint64 size = -1;
        QDateTime modified;
        bool operator==(const Stamp &other) const { return size == other.size && modified == other.modified; }
    };

    void scan();
    void startImport();
    void onImportFinished();
    void watchPaths(const QStringList &files);

    QString m_databasePath;
    QStringList m_folders;
    QStringList m_pending; //!< changed files waiting for the running import
    QHash<QString, Stamp> m_known;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_debounce = nullptr;
    QThread *m_thread = nullptr;
    std::unique_ptr<Importer> m_importer;
    std::function<NameDetection()> m_detection;
    std::shared_ptr<ImportReport> m_report;
};

} // namespace Veille
