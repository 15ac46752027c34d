// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "articleparser.h"
#include "articlestore.h"
#include "database.h"
#include "defaultgazetteer.h"
#include "entitystore.h"
#include "mentionfinder.h"
#include "passagestore.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFuture>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Veille {

namespace {
constexpr int BatchFiles = 500;
constexpr int ChunkFiles = 64;
constexpr int BatchMilliseconds = 1000;
// The writer's page cache. Mentions are indexed by entity, so each batch
// inserts into hundreds of places in that index: with SQLite's default
// 2 MiB, pages are evicted and read back again and again.
constexpr int WriterCacheKiB = 64 * 1024;

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
    // Ask for the size the file has, plus one byte to notice that it grew:
    // read(MaxFileSize + 1) would allocate and free 32 MB for every file,
    // which costs more than the whole rest of an import.
    *bytes = file.read(info.size() + 1);
    if (bytes->size() > info.size())
        bytes->append(file.read(Importer::MaxFileSize + 1 - bytes->size()));
    if (bytes->size() > Importer::MaxFileSize)
        return Importer::tr("file too large (the limit is %1)").arg(QLocale().formattedDataSize(Importer::MaxFileSize));
    if (file.error() != QFile::NoError)
        return Importer::tr("cannot be read: %1").arg(file.errorString());
    return {};
}
} // namespace

Importer::Importer(const QString &databasePath, QObject *parent)
    : Job(parent)
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

// One file read, parsed and matched: the work that runs on the pool while
// the importing thread writes the previous chunk.
struct PreparedFile {
    QString path;
    ArticleParser::Result parsed;
    MentionFinder::Findings findings;
};

static PreparedFile prepare(const QString &path, const MentionFinder &finder)
{
    QByteArray bytes;
    const QString readError = readArticleFile(path, &bytes);
    PreparedFile file{path, readError.isEmpty() ? ArticleParser::parse(bytes, QFileInfo(path).canonicalFilePath())
                                                : ArticleParser::Result{{}, readError},
                      {}};
    if (file.parsed.ok())
        file.findings = finder.find(file.parsed.article.body);
    return file;
}

static QVector<PreparedFile> prepareChunk(const QStringList &paths, const MentionFinder &finder)
{
    QVector<PreparedFile> files;
    files.reserve(paths.size());
    for (const QString &path : paths)
        files.append(prepare(path, finder));
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
    if (!database.setCacheSize(WriterCacheKiB)) {
        report.error = database.errorString();
        return report;
    }
    ArticleStore articles(database.connection());
    EntityStore entities(database.connection());
    if (!DefaultGazetteer::ensureLoaded(entities, &report.error))
        return report;
    PassageStore passages(database.connection());
    importFiles({articles, entities, passages}, files, report);
    return report;
}

void Importer::importFiles(const Stores &stores, const QStringList &files, ImportReport &report)
{
    ArticleStore &store = stores.articles;
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

    const MentionFinder finder = MentionFinder::fromStore(stores.entities);
    const int total = int(files.size());
    Q_EMIT progress(0, total);
    QElapsedTimer batchTimer;
    QElapsedTimer progressTimer;
    progressTimer.start();
    bool inBatch = false;
    int done = 0;

    // Reading, parsing and matching run a chunk ahead on the thread pool
    // (the second core); this thread is the database's only writer.
    const auto chunkAt = [&files](int index) { return files.mid(index * ChunkFiles, ChunkFiles); };
    const int chunks = (total + ChunkFiles - 1) / ChunkFiles;
    QFuture<QVector<PreparedFile>> next;
    if (chunks > 0)
        next = QtConcurrent::run([paths = chunkAt(0), &finder] { return prepareChunk(paths, finder); });
    for (int chunk = 0; chunk < chunks; ++chunk) {
        const QVector<PreparedFile> prepared = next.result();
        if (chunk + 1 < chunks && !m_cancelled)
            next = QtConcurrent::run([paths = chunkAt(chunk + 1), &finder] { return prepareChunk(paths, finder); });
        for (const PreparedFile &file : prepared) {
            if (m_cancelled) {
                report.cancelled = true;
                break;
            }
            if (!inBatch) {
                if (!store.beginBatch()) {
                    report.error = store.lastError();
                    next.waitForFinished();
                    return;
                }
                inBatch = true;
                batchTimer.start();
            }
            if (!file.parsed.ok()) {
                report.failures.append({file.path, file.parsed.error});
            } else if (!write(stores, file, pending)) {
                report.error = stores.firstError();
                store.rollbackBatch();
                next.waitForFinished();
                return;
            }
            ++done;
            if (pending.processed() >= BatchFiles || batchTimer.elapsed() >= BatchMilliseconds) {
                if (!commit()) {
                    next.waitForFinished();
                    return;
                }
                inBatch = false;
            }
            // A signal per file would flood the receiving thread's event queue.
            if (done == total || progressTimer.elapsed() >= 50) {
                Q_EMIT progress(done, total);
                progressTimer.restart();
            }
        }
        if (report.cancelled)
            break;
    }
    next.waitForFinished();
    if (inBatch)
        commit();
}

QString Importer::Stores::firstError() const
{
    for (const QString &error : {articles.lastError(), entities.lastError(), passages.lastError()}) {
        if (!error.isEmpty())
            return error;
    }
    return {};
}

bool Importer::write(const Stores &stores, const PreparedFile &file, ImportReport &pending)
{
    ArticleStore &store = stores.articles;
    EntityStore &entities = stores.entities;
    PassageStore &passages = stores.passages;
    Article article = file.parsed.article;
    QVector<Mention> mentions = file.findings.mentions;
    switch (store.upsert(article)) {
    case ArticleStore::Outcome::Inserted:
        pending.imported.append(file.path);
        break;
    case ArticleStore::Outcome::Updated: {
        pending.updated.append(file.path);
        // "Not an entity here" stays said for an article that changed.
        const QVector<QPair<int, int>> excluded = entities.excludedSpans(article.id);
        mentions.erase(std::remove_if(mentions.begin(), mentions.end(),
                                      [&excluded](const Mention &m) { return excluded.contains({m.start, m.end}); }),
                       mentions.end());
        // Bookmarked passages follow the new text, in the same transaction.
        if (passages.reanchor(article) < 0)
            return false;
        break;
    }
    case ArticleStore::Outcome::Unchanged:
        pending.unchanged.append(file.path);
        return true;
    case ArticleStore::Outcome::Failed:
        return false;
    }
    return entities.replaceMentions(article.id, mentions, file.findings.suggestions);
}

} // namespace Veille
