// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importer.h"

#include "articles/articleparser.h"
#include "articles/articlestore.h"
#include "articles/storystore.h"
#include "db/database.h"
#include "db/databasecheck.h"
#include "db/sqldialect.h"
#include "db/sqlerror.h"
#include "db/transaction.h"
#include "entities/defaultgazetteer.h"
#include "entities/entitystore.h"
#include "entities/mentionfinder.h"
#include "import/columnmapping.h"
#include "import/tablereader.h"
#include "passages/passagestore.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFuture>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSet>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <memory>

namespace Veille {

namespace {
constexpr int ChunkFiles = 64;
// A batch holds the write lock: short ones let another writer (a second
// import, the window's watched folders) take turns. The pause between them
// is longer than Transaction's polling, so a waiting writer gets in.
struct BatchLimits {
    int files;
    int milliseconds;
};
BatchLimits limitsOf(Importer::Batches batches)
{
    return batches == Importer::Batches::Bulk ? BatchLimits { 2000, 4000 } : BatchLimits { 500, 250 };
}
constexpr int PauseMilliseconds = 10;
// The writer's page cache. Mentions are indexed by entity, so each batch
// inserts into hundreds of places in that index: with SQLite's default
// 2 MiB, pages are evicted and read back again and again.
constexpr int WriterCacheKiB = 64 * 1024;

// In a folder, article files are .txt and .md, and tables (.csv, .tsv,
// .jsonl); a corpus's own README or LICENSE describes it and is not one of
// its articles.
bool isArticleFile(const QFileInfo &file)
{
    static const QStringList notArticles = {QStringLiteral("readme"), QStringLiteral("license"),
                                            QStringLiteral("licence"), QStringLiteral("copying"),
                                            QStringLiteral("changelog")};
    const QString suffix = file.suffix().toLower();
    return (suffix == QLatin1String("txt") || suffix == QLatin1String("md")
            || TableReader::formatOfPath(file.fileName()).has_value())
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

// QDirIterator passes silently over a folder it may not list.
QString folderProblem(const QFileInfo &folder)
{
    return folder.isReadable() && folder.isExecutable() ? QString() : Importer::tr("folder cannot be read");
}

// Why an entry met in a folder walk is not read, or an empty string: every
// skipped path the user may have meant as an article is named with its
// reason. A FIFO or a device is not an article even when named like one.
QString walkProblem(const QFileInfo &entry)
{
    if (entry.isDir() && !entry.isSymLink())
        return folderProblem(entry);
    if (entry.isDir() || !isArticleFile(entry))
        return {}; // links to folders are not followed, as other files they are not articles
    if (entry.isSymLink() && !entry.exists())
        return Importer::tr("symbolic link to nothing");
    return entry.isFile() ? QString() : Importer::tr("not a regular file");
}

void walkFolder(const QString &path, QStringList *files, QVector<ImportReport::Failure> *failures)
{
    // Symbolic links to folders are not followed: they can loop. System
    // entries (FIFOs, sockets, devices, broken links) are listed so that
    // they can be reported.
    QDirIterator it(path, QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo entry = it.fileInfo();
        const QString problem = walkProblem(entry);
        if (!problem.isEmpty())
            failures->append({ entry.absoluteFilePath(), problem });
        else if (entry.isFile() && isArticleFile(entry))
            files->append(entry.absoluteFilePath());
    }
}
} // namespace

Importer::Importer(const QString &databasePath, QObject *parent)
    : Job(parent)
    , m_databasePath(databasePath)
{
}

void Importer::setTableFormat(std::optional<TableReader::Format> format)
{
    m_tableFormat = format;
}

void Importer::setColumnMapping(const ColumnMapping &mapping)
{
    m_mapping = std::make_shared<ColumnMapping>(mapping);
}

void Importer::setArticleWrittenHook(std::function<void(int done)> hook)
{
    m_articleWritten = std::move(hook);
}

void Importer::setDamageCheck(int milliseconds)
{
    m_damageCheckMs = milliseconds;
}

void Importer::setNameDetection(NameDetection detection)
{
    m_detection = std::move(detection);
}

void Importer::setBatches(Batches batches)
{
    m_batches = batches;
}

QStringList Importer::collectFiles(const QStringList &paths, QVector<ImportReport::Failure> *failures)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            failures->append({path, tr("no such file or folder")});
        } else if (info.isDir()) {
            const QString problem = folderProblem(info);
            if (problem.isEmpty())
                walkFolder(path, &files, failures);
            else
                failures->append({ path, problem });
        } else {
            files.append(info.absoluteFilePath());
        }
    }
    std::sort(files.begin(), files.end());
    files.erase(std::unique(files.begin(), files.end()), files.end());
    return files;
}

// One article (a file or a table row) read, parsed and matched: the work
// that runs on the pool while the importing thread writes the previous
// chunk. A failure's path names the file, and the line for a table row.
struct PreparedFile {
    QString path;
    ArticleParser::Result parsed;
    MentionFinder::Findings findings;
    MinHash signature; //!< computed here too, so the writer only looks up and writes
};

// What the importer writes, read a chunk at a time on the pool: article
// files one by one, and tables row by row, so that a table of any size is
// streamed. One chunk is read at a time, so no locking is needed.
class ChunkReader
{
public:
    struct Chunk {
        QVector<PreparedFile> files;
        int extraItems = 0; //!< rows beyond the first of their table: the progress total grows by this
    };

    ChunkReader(const QStringList &files, const QVector<ArticleParser::Result> &articles,
                std::optional<TableReader::Format> format, std::shared_ptr<const ColumnMapping> mapping,
                const MentionFinder &finder)
        : m_files(files)
        , m_articles(articles)
        , m_format(format)
        , m_mapping(std::move(mapping))
        , m_finder(finder)
    {
    }

    bool atEnd() const { return m_next >= m_files.size() && !m_table && m_nextArticle >= m_articles.size(); }

    Chunk read()
    {
        Chunk chunk;
        while (chunk.files.size() < ChunkFiles && !atEnd()) {
            if (m_table) {
                readRow(chunk);
                continue;
            }
            if (m_next >= m_files.size()) {
                chunk.files.append(prepareArticle(m_articles.at(m_nextArticle++)));
                continue;
            }
            const QString path = m_files.at(m_next++);
            const std::optional<TableReader::Format> format = m_format ? m_format : TableReader::formatOfPath(path);
            if (format)
                openTable(path, *format, chunk);
            else
                chunk.files.append(prepareFile(path));
        }
        return chunk;
    }

private:
    PreparedFile prepareFile(const QString &path) const
    {
        QByteArray bytes;
        const QString readError = readArticleFile(path, &bytes);
        PreparedFile file{path,
                          readError.isEmpty() ? ArticleParser::parse(bytes, QFileInfo(path).canonicalFilePath())
                                              : ArticleParser::Result{{}, readError},
                          {}, {}};
        if (file.parsed.ok())
            analyse(file);
        return file;
    }

    // An article built elsewhere (a feed item): its path is its identity.
    PreparedFile prepareArticle(const ArticleParser::Result &parsed) const
    {
        PreparedFile file { parsed.article.path, parsed, {}, {} };
        if (file.parsed.ok())
            analyse(file);
        return file;
    }

    void analyse(PreparedFile &file) const
    {
        const Article &article = file.parsed.article;
        file.findings = m_finder.find(article.body);
        file.signature = StoryStore::signatureOf(article.title, article.body);
    }

    void add(Chunk &chunk, PreparedFile file)
    {
        if (m_tableItems++ > 0)
            ++chunk.extraItems;
        chunk.files.append(std::move(file));
    }

    void openTable(const QString &path, TableReader::Format format, Chunk &chunk)
    {
        m_tablePath = path;
        m_tableItems = 0;
        m_rowsRead = 0;
        m_urls.clear();
        QString error;
        std::unique_ptr<TableReader> reader = TableReader::open(path, format, &error);
        if (reader) {
            m_columns = reader->columns();
            m_tableMapping = m_mapping ? m_mapping->resolved(m_columns) : ColumnMapping::guess(m_columns);
            error = m_tableMapping.problem(m_columns);
        }
        if (!error.isEmpty()) {
            add(chunk, {path, {{}, error}, {}, {}});
            return;
        }
        m_table = std::move(reader);
        m_key = QFileInfo(path).canonicalFilePath() + QLatin1Char('#');
    }

    // An article's identity in the store: the file and the row's url when
    // it has one (an edited row then keeps its id), else the row's rank.
    QString keyOf(const TableRow &row)
    {
        const QString url = m_tableMapping.value(ColumnMapping::Field::Url, row, m_columns).trimmed();
        if (!url.isEmpty()) {
            const QByteArray digest = QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Md5);
            if (!m_urls.contains(digest)) {
                m_urls.insert(digest);
                return m_key + url;
            }
        }
        return m_key + QString::number(row.number);
    }

    void readRow(Chunk &chunk)
    {
        TableRow row;
        if (!m_table->next(row)) {
            m_columns = m_table->columns();
            if (!m_table->error().isEmpty())
                add(chunk, {m_tablePath, {{}, m_table->error()}, {}, {}});
            else if (m_rowsRead == 0)
                add(chunk, {m_tablePath, {{}, Importer::tr("no rows under the header")}, {}, {}});
            m_table.reset();
            return;
        }
        ++m_rowsRead;
        m_columns = m_table->columns();
        const QString where = m_tablePath + QLatin1Char(':') + QString::number(row.line);
        if (!row.ok()) {
            add(chunk, {where, {{}, row.error}, {}, {}});
            return;
        }
        PreparedFile file{keyOf(row), m_tableMapping.article(row, m_columns, QString()), {}, {}};
        file.parsed.article.path = file.path;
        if (!file.parsed.ok())
            file.path = where;
        else
            analyse(file);
        add(chunk, std::move(file));
    }

    const QStringList m_files;
    const QVector<ArticleParser::Result> m_articles;
    const std::optional<TableReader::Format> m_format;
    const std::shared_ptr<const ColumnMapping> m_mapping;
    const MentionFinder &m_finder;
    int m_next = 0;
    int m_nextArticle = 0;
    std::unique_ptr<TableReader> m_table;
    QString m_tablePath;
    QString m_key;
    QStringList m_columns;
    ColumnMapping m_tableMapping;
    int m_tableItems = 0;
    qint64 m_rowsRead = 0;
    QSet<QByteArray> m_urls;
};

namespace {
// Reading, parsing and matching run a chunk ahead on the thread pool (the
// second core), while the importing thread, the database's only writer,
// writes the chunk before.
class ReadAhead
{
public:
    explicit ReadAhead(ChunkReader &reader)
        : m_reader(reader)
    {
        readNext();
    }
    ~ReadAhead() { m_next.waitForFinished(); }
    ReadAhead(const ReadAhead &) = delete;
    ReadAhead &operator=(const ReadAhead &) = delete;

    bool hasNext() const { return m_pending; }
    // The chunk read ahead; reading the one after it starts unless \a last.
    ChunkReader::Chunk take(bool last)
    {
        ChunkReader::Chunk chunk = m_next.result();
        m_pending = false;
        if (!last)
            readNext();
        return chunk;
    }

private:
    void readNext()
    {
        m_pending = !m_reader.atEnd();
        if (m_pending)
            m_next = QtConcurrent::run([this] { return m_reader.read(); });
    }

    ChunkReader &m_reader;
    QFuture<ChunkReader::Chunk> m_next;
    bool m_pending = false;
};
} // namespace

// The writer's batches: one transaction for up to a number of articles or
// of milliseconds (BatchLimits). Outcomes count in the report only once
// their batch is committed: a failed commit must not report files as
// imported. On a team server, a batch that another writer's transaction
// got in the way of (a deadlock on a shared entity's counts, an article
// path both inserted) is rolled back and written again from its first
// article, as Transaction::run does.
class Importer::Batch
{
public:
    Batch(const Stores &stores, ImportReport &report, BatchLimits limits, Transaction::WaitNotice waiting)
        : m_stores(stores)
        , m_report(report)
        , m_limits(limits)
        , m_waiting(std::move(waiting))
        , m_retries(isPostgres(stores.connection))
    {
    }

    // Writes one article, in a new batch when none is open, and commits the
    // batch when it is full. False when the store failed: the report says
    // why, and the batch is rolled back.
    bool add(const PreparedFile &file)
    {
        if (!m_transaction && !begin())
            return false;
        if (!file.parsed.ok()) {
            m_report.failures.append({file.path, file.parsed.error});
        } else {
            m_written.append(file);
            const quint64 conflicts = SqlError::conflictsOnThisThread();
            if (!write(m_stores, file, m_pending) && !writeAgain(conflicts, m_stores.firstError()))
                return false;
        }
        if (m_pending.processed() >= m_limits.files || m_timer.elapsed() >= m_limits.milliseconds)
            return commit();
        return true;
    }

    // Commits the batch still open, if any.
    bool finish() { return !m_transaction || commit(); }

private:
    bool begin()
    {
        // Another writer waiting for the lock takes it in this pause.
        if (m_committed)
            QThread::msleep(PauseMilliseconds);
        m_transaction.emplace(m_stores.connection, m_error, m_waiting);
        if (!m_transaction->isOpen()) {
            m_report.error = m_error.text();
            m_transaction.reset();
            return false;
        }
        m_timer.start();
        return true;
    }

    bool commit()
    {
        for (;;) {
            const quint64 conflicts = SqlError::conflictsOnThisThread();
            if (m_transaction->commit())
                break;
            m_committed = true;
            if (!writeAgain(conflicts, m_error.text()))
                return false;
        }
        m_transaction.reset();
        m_committed = true;
        m_attempts = 0;
        m_written.clear();
        m_report.imported += m_pending.imported;
        m_report.updated += m_pending.updated;
        m_report.unchanged += m_pending.unchanged;
        m_pending = ImportReport();
        return true;
    }

    // After a failure: when it was another writer's doing (conflicts seen
    // since \a conflicts), rolls back and writes the batch's articles again
    // in a new transaction; else reports \a error and gives up.
    bool writeAgain(quint64 conflicts, const QString &error)
    {
        m_transaction.reset();
        while (m_retries && SqlError::conflictsOnThisThread() != conflicts && ++m_attempts < Transaction::Attempts) {
            QThread::msleep(Transaction::retryPause(m_attempts));
            conflicts = SqlError::conflictsOnThisThread();
            if (!begin())
                return false;
            if (rewrite())
                return true;
            m_transaction.reset();
        }
        m_report.error = error.isEmpty() ? m_stores.firstError() : error;
        return false;
    }

    bool rewrite()
    {
        m_pending = ImportReport();
        for (const PreparedFile &file : std::as_const(m_written)) {
            if (!write(m_stores, file, m_pending))
                return false;
        }
        return true;
    }

    const Stores &m_stores;
    ImportReport &m_report;
    const BatchLimits m_limits;
    ImportReport m_pending;
    const Transaction::WaitNotice m_waiting;
    const bool m_retries;
    SqlError m_error;
    std::optional<Transaction> m_transaction;
    QVector<PreparedFile> m_written; //!< this batch's articles, to write again
    QElapsedTimer m_timer;
    int m_attempts = 0;
    bool m_committed = false;
};

struct Importer::Progress {
    int done = 0;
    int total = 0;
    QElapsedTimer timer;
};

ImportReport Importer::run(const QStringList &paths)
{
    ImportReport report;
    const QStringList files = collectFiles(paths, &report.failures);
    importInto(report, files, {});
    return report;
}

ImportReport Importer::importArticles(const QVector<ArticleParser::Result> &articles)
{
    ImportReport report;
    importInto(report, {}, articles);
    return report;
}

void Importer::importInto(ImportReport &report, const QStringList &files,
                          const QVector<ArticleParser::Result> &articles)
{
    m_cancelled = false;
    Database database(m_databasePath, Database::uniqueConnectionName(QStringLiteral("veille-import")));
    if (!database.open()) {
        report.error = database.errorString();
        return;
    }
    if (isDamaged(report))
        return;
    if (!database.setCacheSize(WriterCacheKiB)) {
        report.error = database.errorString();
        return;
    }
    if (!DefaultGazetteer::ensureLoaded(database, &report.error))
        return;
    ArticleStore store(database.connection());
    // A first import finds every name the way the setting will say; into
    // a database indexed another way, the window's re-index catches up.
    if (database.setting(NameDetection::settingKey()).isNull() && store.count({}) == 0
        && !database.setSetting(NameDetection::settingKey(), m_detection.signature())) {
        report.error = database.errorString();
        return;
    }
    EntityStore entities(database.connection());
    PassageStore passages(database.connection());
    StoryStore stories(database.connection());
    importFiles({ store, entities, passages, stories, database.connection() }, files, articles, report);
}

bool Importer::isDamaged(ImportReport &report) const
{
    // An import may touch no damaged page and succeed, but a user must
    // learn of the damage before adding to the file.
    if (m_damageCheckMs <= 0)
        return false;
    DatabaseCheck check(m_databasePath, m_damageCheckMs);
    const DatabaseCheck::Result result = check.run();
    if (result.outcome != DatabaseCheck::Outcome::Damaged)
        return false;
    report.error = SqlError::damaged(result.summary());
    return true;
}

void Importer::importFiles(const Stores &stores, const QStringList &files,
                           const QVector<ArticleParser::Result> &articles, ImportReport &report)
{
    const MentionFinder finder = MentionFinder::fromStore(stores.entities, m_detection);
    Progress tally;
    tally.total = int(files.size() + articles.size());
    Q_EMIT progress(0, tally.total);
    tally.timer.start();
    ChunkReader reader(files, articles, m_tableFormat, m_mapping, finder);
    ReadAhead ahead(reader);
    Batch batch(stores, report, limitsOf(m_batches), [this] { Q_EMIT waitingForWriter(); });
    while (ahead.hasNext() && !report.cancelled) {
        const ChunkReader::Chunk chunk = ahead.take(m_cancelled);
        tally.total += chunk.extraItems;
        if (!writeArticles(chunk.files, batch, tally, report))
            return;
    }
    // A changed article may no longer name a detected entity; an entity
    // nobody names any more is dropped (a confirmed one is the user's).
    if (batch.finish() && !report.updated.isEmpty() && !stores.entities.removeUnmentionedDetected())
        report.error = stores.entities.lastError();
}

bool Importer::writeArticles(const QVector<PreparedFile> &files, Batch &batch, Progress &tally, ImportReport &report)
{
    for (const PreparedFile &file : files) {
        if (m_cancelled) {
            report.cancelled = true;
            return true;
        }
        if (!batch.add(file))
            return false;
        ++tally.done;
        signalProgress(tally);
        if (m_articleWritten)
            m_articleWritten(tally.done);
    }
    return true;
}

void Importer::signalProgress(Progress &tally)
{
    // A signal per file would flood the receiving thread's event queue.
    if (tally.done == tally.total || tally.timer.elapsed() >= 50) {
        Q_EMIT progress(tally.done, tally.total);
        tally.timer.restart();
    }
}

QString Importer::Stores::firstError() const
{
    for (const QString &error :
         {articles.lastError(), entities.lastError(), passages.lastError(), stories.lastError()}) {
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
    QVector<DetectedMention> detected = file.findings.detected;
    const ArticleStore::Outcome outcome = store.upsert(article);
    switch (outcome) {
    case ArticleStore::Outcome::Inserted:
        pending.imported.append(file.path);
        break;
    case ArticleStore::Outcome::Updated: {
        pending.updated.append(file.path);
        // "Not an entity here" stays said for an article that changed.
        const QVector<TextRange> excluded = entities.excludedSpans(article.id);
        mentions.erase(std::remove_if(mentions.begin(), mentions.end(),
                                      [&excluded](const Mention &m) { return excluded.contains(TextRange{m.start, m.end}); }),
                       mentions.end());
        detected.erase(std::remove_if(detected.begin(), detected.end(),
                                      [&excluded](const DetectedMention &m) { return excluded.contains(m); }),
                       detected.end());
        // Bookmarked passages follow the new text, in the same transaction.
        if (passages.reanchor(article) < 0)
            return false;
        break;
    }
    case ArticleStore::Outcome::Unchanged:
        pending.unchanged.append(file.path);
        // Imported before stories existed: filed now, once.
        return stores.stories.isAssigned(article.id) || stores.stories.assign(article.id, file.signature);
    case ArticleStore::Outcome::Failed:
        return false;
    }
    return entities.replaceMentions(article.id, mentions, file.findings.suggestions, detected)
        && stores.stories.assign(article.id, file.signature, outcome == ArticleStore::Outcome::Inserted);
}

} // namespace Veille
