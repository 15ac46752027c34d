// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/folderwatcher.h"

#include "import/importer.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QThread>
#include <QTimer>

#include <algorithm>

namespace Veille {

namespace {
// inotify watches are a shared, limited resource: past this, only folders
// are watched, and a file edited in place waits for the next change nearby.
constexpr int MaxWatchedPaths = 4096;
// A file this fresh may still be being written: look again a bit later.
constexpr int SettleMilliseconds = 2000;
} // namespace

FolderWatcher::FolderWatcher(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_watcher(new QFileSystemWatcher(this))
    , m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(1000);
    connect(m_debounce, &QTimer::timeout, this, &FolderWatcher::scan);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_debounce, qOverload<>(&QTimer::start));
}

FolderWatcher::~FolderWatcher()
{
    if (m_thread) {
        m_importer->cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void FolderWatcher::setDebounce(int milliseconds)
{
    m_debounce->setInterval(milliseconds);
}

void FolderWatcher::setFolders(const QStringList &folders)
{
    const QStringList watched = m_watcher->directories() + m_watcher->files();
    if (!watched.isEmpty())
        m_watcher->removePaths(watched);
    m_folders = folders;
    // Files of folders no longer watched are forgotten: watching one again
    // rescans it.
    for (auto it = m_known.begin(); it != m_known.end();) {
        const bool kept = std::any_of(m_folders.cbegin(), m_folders.cend(), [&it](const QString &folder) {
            return it.key().startsWith(folder + QLatin1Char('/'));
        });
        it = kept ? std::next(it) : m_known.erase(it);
    }
    scan();
}

void FolderWatcher::watchPaths(const QStringList &files)
{
    QStringList paths;
    for (const QString &folder : std::as_const(m_folders)) {
        if (!QFileInfo(folder).isDir())
            continue;
        paths.append(folder);
        // Symbolic links to folders are not followed: they can loop.
        QDirIterator it(folder, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext() && paths.size() < MaxWatchedPaths)
            paths.append(it.next());
    }
    for (const QString &file : files) {
        if (paths.size() >= MaxWatchedPaths)
            break;
        paths.append(file);
    }
    const QStringList watched = m_watcher->directories() + m_watcher->files();
    QStringList added;
    for (const QString &path : std::as_const(paths)) {
        if (!watched.contains(path))
            added.append(path);
    }
    if (!added.isEmpty())
        m_watcher->addPaths(added);
}

void FolderWatcher::scan()
{
    QVector<ImportReport::Failure> missing;
    const QStringList files = m_folders.isEmpty() ? QStringList() : Importer::collectFiles(m_folders, &missing);
    watchPaths(files);
    const QDateTime settled = QDateTime::currentDateTimeUtc().addMSecs(-SettleMilliseconds);
    bool fresh = false;
    for (const QString &file : files) {
        const QFileInfo info(file);
        const Stamp stamp{info.size(), info.lastModified().toUTC()};
        if (m_known.value(file) == stamp)
            continue;
        m_known.insert(file, stamp);
        if (!m_pending.contains(file))
            m_pending.append(file);
        fresh = fresh || stamp.modified > settled;
    }
    if (fresh)
        QTimer::singleShot(SettleMilliseconds, this, &FolderWatcher::scan);
    if (!m_thread && !m_pending.isEmpty())
        startImport();
}

void FolderWatcher::startImport()
{
    const QStringList files = m_pending;
    m_pending.clear();
    m_importer = std::make_unique<Importer>(m_databasePath);
    m_report = std::make_shared<ImportReport>();
    m_thread = QThread::create([importer = m_importer.get(), report = m_report, files, detection = m_detection] {
        if (detection)
            importer->setNameDetection(detection());
        *report = importer->run(files);
    });
    connect(m_thread, &QThread::finished, this, &FolderWatcher::onImportFinished);
    m_thread->start();
}

void FolderWatcher::onImportFinished()
{
    delete m_thread;
    m_thread = nullptr;
    m_importer.reset();
    const ImportReport report = *m_report;
    // A file whose import failed on the database is tried at the next change.
    if (!report.error.isEmpty())
        m_known.clear();
    if (report.changedStore() || !report.failures.isEmpty() || !report.error.isEmpty())
        Q_EMIT imported(report);
    if (!m_pending.isEmpty())
        startImport();
}

} // namespace Veille
