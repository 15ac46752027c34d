// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "articleparser.h"
#include "articlestore.h"
#include "database.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>

namespace Veille {

namespace {
constexpr int BatchFiles = 500;
constexpr int BatchMilliseconds = 1000;

// In a folder, article files are .txt and .md; a corpus's own README or
// LICENSE describes it and is not one of its articles.
bool isArticleFile(const QFileInfo &file)
{
    static const QStringList notArticles = {QStringLiteral("readme"), QStringLiteral("license"),
                                            QStringLiteral("licence"), QStringLiteral("copying"),
                                            QStringLiteral("changelog")};
    const QString suffix = file.suffix().toLower();
    return (suffix == QLatin1String("txt") || suffix == QLatin1String("md"))
        && !notArticles.contains(file.completeBaseName().toLower());
}

// Reads a file that may be hostile: too large, unreadable, a device or a
// FIFO that would never end. Returns the error, or an empty string.
QString readArticleFile(const QString &path, QByteArray *bytes)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return Importer::tr("not a regular file");
    if (info.size() > Importer::MaxFileSize)
        return Importer::tr("file too large (%1; the limit is %2)")
            .arg(QLocale().formattedDataSize(info.size()), QLocale().formattedDataSize(Importer::MaxFileSize));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Importer::tr("cannot be read: %1").arg(file.errorString());
    *bytes = file.read(Importer::MaxFileSize + 1);
    if (bytes->size() > Importer::MaxFileSize)
        return Importer::tr("file too large (the limit is %1)").arg(QLocale().formattedDataSize(Importer::MaxFileSize));
    if (file.error() != QFile::NoError)
        return Importer::tr("cannot be read: %1").arg(file.errorString());
    return {};
}
} // namespace

Importer::Importer(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
{
}

QStringList Importer::collectFiles(const QStringList &paths, QVector<ImportReport::Failure> *failures)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            failures->append({path, tr("no such file or folder")});
        } else if (info.isDir()) {
            // Symbolic links to folders are not followed: they can loop.
            QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                it.next();
                if (isArticleFile(it.fileInfo()))
                    files.append(it.fileInfo().absoluteFilePath());
            }
        } else {
            files.append(info.absoluteFilePath());
        }
    }
    std::sort(files.begin(), files.end());
    files.erase(std::unique(files.begin(), files.end()), files.end());
    return files;
}

ImportReport Importer::run(const QStringList &paths)
{
    m_cancelled = false;
    ImportReport report;
    const QStringList files = collectFiles(paths, &report.failures);
    Database database(m_databasePath, Database::uniqueConnectionName(QStringLiteral("veille-import")));
    if (!database.open()) {
        report.error = database.errorString();
        return report;
    }
    ArticleStore store(database.connection());
    importFiles(store, files, report);
    return report;
}

void Importer::importFiles(ArticleStore &store, const QStringList &files, ImportReport &report)
{
    // Outcomes count only once their batch is committed: a failed commit
    // must not report files as imported.
    ImportReport pending;
    const auto commit = [&]() {
        if (!store.commitBatch()) {
            report.error = store.lastError();
            return false;
        }
        report.imported += pending.imported;
        report.updated += pending.updated;
        report.unchanged += pending.unchanged;
        pending = ImportReport();
        return true;
    };

    int done = 0;
    const int total = int(files.size());
    Q_EMIT progress(0, total);
    QElapsedTimer batchTimer;
    QElapsedTimer progressTimer;
    progressTimer.start();
    bool inBatch = false;
    for (const QString &path : files) {
        if (m_cancelled) {
            report.cancelled = true;
            break;
        }
        if (!inBatch) {
            if (!store.beginBatch()) {
                report.error = store.lastError();
                return;
            }
            inBatch = true;
            batchTimer.start();
        }
        QByteArray bytes;
        const QString readError = readArticleFile(path, &bytes);
        const QString identity = QFileInfo(path).canonicalFilePath();
        ArticleParser::Result parsed = readError.isEmpty() ? ArticleParser::parse(bytes, identity)
                                                           : ArticleParser::Result{{}, readError};
        if (!parsed.ok()) {
            report.failures.append({path, parsed.error});
        } else {
            switch (store.upsert(parsed.article)) {
            case ArticleStore::Outcome::Inserted:
                pending.imported.append(path);
                break;
            case ArticleStore::Outcome::Updated:
                pending.updated.append(path);
                break;
            case ArticleStore::Outcome::Unchanged:
                pending.unchanged.append(path);
                break;
            case ArticleStore::Outcome::Failed:
                report.error = store.lastError();
                store.rollbackBatch();
                return;
            }
        }
        ++done;
        const bool batchFull = pending.processed() >= BatchFiles || batchTimer.elapsed() >= BatchMilliseconds;
        if (batchFull) {
            if (!commit())
                return;
            inBatch = false;
        }
        // A signal per file would flood the receiving thread's event queue.
        if (done == total || progressTimer.elapsed() >= 50) {
            Q_EMIT progress(done, total);
            progressTimer.restart();
        }
    }
    if (inBatch)
        commit();
}

} // namespace Veille
