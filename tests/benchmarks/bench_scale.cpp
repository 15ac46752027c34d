// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Veille at scale, each figure beside its baseline measured in the same run:
// import throughput against raw sqlite3 inserts, GUI memory after scrolling
// a million articles against a QSqlQueryModel, cold start, far jumps in
// the article list, search against ripgrep over the same articles as
// files, and the watches' unread counts after an import against counting
// every article again. It prints a Markdown report (tests/benchmarks/RESULTS.md
// is one). The GUI figures run in child processes of this same binary
// (--child MODE), so each one's memory and start time are its own.
//
// The baselines are deliberately what Veille's store classes avoid: raw SQL
// through the sqlite3 C API, and a QSqlQueryModel on the whole table.
#include "articles/articleparser.h"
#include "articles/articlestatestore.h"
#include "articles/articlestore.h"
#include "articles/datehistogram.h"
#include "articles/listsearch.h"
#include "articles/storystore.h"
#include "corpusgenerator.h"
#include "db/database.h"
#include "db/querybudget.h"
#include "entities/defaultgazetteer.h"
#include "entities/entitystore.h"
#include "entities/namedetection.h"
#include "import/importer.h"
#include "mainwindow.h"
#include "models/articlelistmodel.h"
#include "ner/lazytagger.h"
#include "passages/passagestore.h"
#include "passages/textanchor.h"
#include "reading/readingpane.h"
#include "search/articlesearcher.h"
#include "stallmeter.h"
#include "text/textfold.h"
#include "watches/watchcounter.h"

#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

using namespace Veille;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Microseconds on the monotonic clock, which every process on the machine
// shares: a child's stamps compare with its parent's.
qint64 monotonicMicroseconds()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

QString fixed(double value, int decimals = 1)
{
    return QString::number(value, 'f', decimals);
}

// ---------------------------------------------------------------- conditions

QString firstLineStartingWith(const QString &path, const QByteArray &prefix)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return QString::fromUtf8(line.mid(prefix.size()).trimmed());
    }
    return {};
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readAll().split(' ').mid(0, 3).join(' '));
}

QString sqliteVersionOfQt()
{
    const QString name = QStringLiteral("bench-version");
    QString version;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next())
                version = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

void printConditions(const QString &title)
{
#ifdef NDEBUG
    const QString assertions = QStringLiteral("off");
#else
    const QString assertions = QStringLiteral("on");
#endif
    QString memory = firstLineStartingWith(QStringLiteral("/proc/meminfo"), "MemTotal:");
    memory = fixed(memory.section(QLatin1Char(' '), 0, 0).toDouble() / 1024 / 1024) + QStringLiteral(" GiB");
    out() << "# " << title << "\n\n"
          << "- date: " << QDateTime::currentDateTimeUtc().toString(Qt::ISODate) << "\n"
          << "- build: " << QStringLiteral(VEILLE_BUILD_TYPE) << " (assertions " << assertions << "), compiler "
          << QStringLiteral(__VERSION__) << ", Qt " << qVersion() << "\n"
          << "- SQLite: " << QString::fromLatin1(sqlite3_libversion()) << " (C API of the baseline), "
          << sqliteVersionOfQt() << " (Qt's QSQLITE driver)\n"
          << "- machine: " << firstLineStartingWith(QStringLiteral("/proc/cpuinfo"), "model name\t:") << ", "
          << QThread::idealThreadCount() << " threads, " << memory << ", "
          << firstLineStartingWith(QStringLiteral("/etc/os-release"), "PRETTY_NAME=").remove(QLatin1Char('"'))
          << ", kernel "
          << firstLineStartingWith(QStringLiteral("/proc/version"), "Linux version ").section(QLatin1Char(' '), 0, 0)
          << "\n"
          << "- load average at start: " << loadAverage() << " (other work on the machine slows wall-clock figures)\n"
          << Qt::endl;
}

struct Verdict {
    QString figure;
    QString veille;
    QString baseline;
    QString goal;
    bool met = false;
};
QVector<Verdict> verdicts;

void record(const Verdict &verdict)
{
    verdicts.append(verdict);
    out() << "**" << (verdict.met ? "met" : "MISSED") << "**: " << verdict.veille << " (goal " << verdict.goal << ")\n"
          << Qt::endl;
}

// ------------------------------------------------------------------- import

// One article as the baseline inserts it: the columns Veille stores,
// computed before the clock starts, so the baseline pays for no parsing.
struct Row {
    QByteArray path;
    QByteArray hash;
    QByteArray title;
    QByteArray titleKey;
    int dateKey = 0;
    QByteArray source;
    QByteArray photoCredit;
    QByteArray body;
};

// A mention row as Veille stored it: start, end, entity, alias, role.
struct MentionRow {
    int start = 0;
    int end = 0;
    qint64 entity = 0;
    qint64 alias = 0;
    QByteArray role;
};

// The mentions Veille's import stored, by article id (1..N, in file order,
// as the baseline inserts the rows).
QHash<qint64, QVector<MentionRow>> mentionsOf(const QString &path)
{
    QHash<qint64, QVector<MentionRow>> mentions;
    sqlite3 *db = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK
        && sqlite3_prepare_v2(db, "SELECT article_id, start_pos, end_pos, entity_id, alias_id, role FROM mentions", -1,
                              &statement, nullptr)
            == SQLITE_OK) {
        while (sqlite3_step(statement) == SQLITE_ROW) {
            mentions[sqlite3_column_int64(statement, 0)].append(
                { sqlite3_column_int(statement, 1), sqlite3_column_int(statement, 2),
                  sqlite3_column_int64(statement, 3), sqlite3_column_int64(statement, 4),
                  QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(statement, 5))) });
        }
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return mentions;
}

QVector<Row> rowsOf(const QStringList &files)
{
    QVector<Row> rows;
    rows.reserve(files.size());
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const ArticleParser::Result parsed = ArticleParser::parse(file.readAll(), QFileInfo(path).canonicalFilePath());
        const Article &a = parsed.article;
        rows.append({ a.path.toUtf8(), a.contentHash.toUtf8(), a.title.toUtf8(), comparisonKey(a.title).toUtf8(),
                      a.date.sortKey(), a.source.toUtf8(), a.photoCredit.toUtf8(), a.body.toUtf8() });
    }
    return rows;
}

// The floor: prepared statements on the sqlite3 C API, the same schema
// (made by Veille's migrations), the same journal (WAL, synchronous=NORMAL)
// and the same batches of 500 rows per transaction; the article and its
// FTS5 row, nothing else. Returns seconds, or -1 on an error.
double insertRaw(const QString &path, const QVector<Row> &rows, const QHash<qint64, QVector<MentionRow>> &mentions,
                 QString *error)
{
    {
        Database schema(path, QStringLiteral("bench-schema"));
        if (!schema.open()) {
            *error = schema.errorString();
            return -1;
        }
    }
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return -1;
    }
    const auto fail = [&]() {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return -1.0;
    };
    QElapsedTimer timer;
    timer.start();
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL", nullptr, nullptr, nullptr);
    sqlite3_stmt *article = nullptr;
    sqlite3_stmt *fts = nullptr;
    sqlite3_stmt *mention = nullptr;
    if (sqlite3_prepare_v2(db,
                           "INSERT INTO articles(path, content_hash, title, title_key, date_key, source, photo_credit,"
                           " body, imported_at, updated_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
                           -1, &article, nullptr)
            != SQLITE_OK
        || sqlite3_prepare_v2(db, "INSERT INTO articles_fts(rowid, title, body) VALUES(?1, ?2, ?3)", -1, &fts, nullptr)
            != SQLITE_OK
        || sqlite3_prepare_v2(db,
                              "INSERT INTO mentions(article_id, start_pos, end_pos, entity_id, alias_id, role)"
                              " VALUES(?1, ?2, ?3, ?4, ?5, ?6)",
                              -1, &mention, nullptr)
            != SQLITE_OK)
        return fail();
    const auto bindText = [](sqlite3_stmt *statement, int index, const QByteArray &text) {
        sqlite3_bind_text(statement, index, text.constData(), int(text.size()), SQLITE_STATIC);
    };
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    double seconds = -1;
    for (int i = 0; i < rows.size(); ++i) {
        if (i % 500 == 0 && sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
            return fail();
        const Row &row = rows.at(i);
        bindText(article, 1, row.path);
        bindText(article, 2, row.hash);
        bindText(article, 3, row.title);
        bindText(article, 4, row.titleKey);
        sqlite3_bind_int(article, 5, row.dateKey);
        bindText(article, 6, row.source);
        bindText(article, 7, row.photoCredit);
        bindText(article, 8, row.body);
        sqlite3_bind_int64(article, 9, now);
        if (sqlite3_step(article) != SQLITE_DONE)
            return fail();
        sqlite3_reset(article);
        const qint64 id = sqlite3_last_insert_rowid(db);
        sqlite3_bind_int64(fts, 1, id);
        bindText(fts, 2, row.title);
        bindText(fts, 3, row.body);
        if (sqlite3_step(fts) != SQLITE_DONE)
            return fail();
        sqlite3_reset(fts);
        for (const MentionRow &m : mentions.value(i + 1)) {
            sqlite3_bind_int64(mention, 1, id);
            sqlite3_bind_int(mention, 2, m.start);
            sqlite3_bind_int(mention, 3, m.end);
            sqlite3_bind_int64(mention, 4, m.entity);
            if (m.alias)
                sqlite3_bind_int64(mention, 5, m.alias);
            else
                sqlite3_bind_null(mention, 5);
            bindText(mention, 6, m.role);
            if (sqlite3_step(mention) != SQLITE_DONE)
                return fail();
            sqlite3_reset(mention);
        }
        if ((i % 500 == 499 || i + 1 == rows.size())
            && sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
            return fail();
    }
    seconds = double(timer.nsecsElapsed()) / 1e9;
    sqlite3_finalize(article);
    sqlite3_finalize(fts);
    sqlite3_finalize(mention);
    sqlite3_close(db);
    return seconds;
}

qint64 folderBytes(const QString &folder)
{
    qint64 bytes = 0;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        bytes += it.fileInfo().size();
    }
    return bytes;
}

bool benchStorySignatures(const QString &veillePath, double importSeconds);

// Seconds for Veille's importer to import \a count files of \a files into
// a new database at \a path with the default gazetteer, finding names with
// \a detection; -1 when it fails.
double timedImport(const QString &path, const QString &files, qint64 count, const NameDetection &detection)
{
    {
        Database database(path, QStringLiteral("bench-import-schema"));
        const bool opened = database.open();
        QString gazetteerError;
        if (!opened || !DefaultGazetteer::ensureLoaded(database, &gazetteerError)) {
            out() << "cannot prepare Veille's database: " << database.errorString() << gazetteerError << Qt::endl;
            return -1;
        }
    }
    Importer importer(path);
    importer.setNameDetection(detection);
    QElapsedTimer timer;
    timer.start();
    const ImportReport report = importer.run({ files });
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!report.error.isEmpty() || report.imported.size() != count) {
        out() << "Veille's import failed: " << report.error << ", " << report.imported.size() << " imported, "
              << report.failures.size() << " failed" << Qt::endl;
        return -1;
    }
    return seconds;
}

bool benchImport(const QString &workFolder, qint64 count, const CorpusGenerator &generator, QString *veilleDatabase)
{
    out() << "## Import: " << count << " generated articles\n\n";
    const QString files = workFolder + QStringLiteral("/import-files");
    QElapsedTimer timer;
    timer.start();
    const QString error = generator.writeFiles(files, 0, count);
    if (!error.isEmpty()) {
        out() << "cannot generate the articles: " << error << Qt::endl;
        return false;
    }
    const double megabytes = double(folderBytes(files)) / 1e6;
    out() << "- " << count << " files, " << fixed(megabytes) << " MB, generated in " << fixed(timer.elapsed() / 1000.0)
          << " s (not timed below)\n";

    // Both start from an empty database with its schema, made before the
    // clock starts; Veille's also holds the default gazetteer, as after a
    // first start. Both read warm files: the generator just wrote them.
    // Veille imports with the gazetteer and the rules, then with the French
    // tagger as well, as the window and veille-cli import, then without it
    // again: the first import of a run was measured up to 25 % slower than
    // the same one later, so the tagger is compared with the faster of the
    // two runs without it.
    const QString veillePath = workFolder + QStringLiteral("/veille.sqlite");
    const double veilleSeconds = timedImport(veillePath, files, count, {});
    const double taggerSeconds = veilleSeconds < 0 ? -1
                                                   : timedImport(workFolder + QStringLiteral("/veille-tagger.sqlite"),
                                                                 files, count, NameDetection { LazyTagger().get() });
    const double againSeconds =
        taggerSeconds < 0 ? -1 : timedImport(workFolder + QStringLiteral("/veille-again.sqlite"), files, count, {});
    if (againSeconds < 0)
        return false;

    QVector<ImportReport::Failure> ignored;
    const QVector<Row> rows = rowsOf(Importer::collectFiles({ files }, &ignored));
    QString rawError;
    const double rawSeconds = insertRaw(workFolder + QStringLiteral("/baseline.sqlite"), rows, {}, &rawError);
    // Not a baseline for the goal, but the share of the gap that is writing
    // more rows: the same inserts plus the mentions Veille found.
    const QHash<qint64, QVector<MentionRow>> mentions = mentionsOf(veillePath);
    qint64 mentionCount = 0;
    for (const QVector<MentionRow> &m : mentions)
        mentionCount += m.size();
    const double withMentionsSeconds = rawSeconds < 0
        ? -1
        : insertRaw(workFolder + QStringLiteral("/baseline-mentions.sqlite"), rows, mentions, &rawError);
    if (rawSeconds < 0 || withMentionsSeconds < 0) {
        out() << "the baseline failed: " << rawError << Qt::endl;
        return false;
    }

    const double veilleRate = double(count) / veilleSeconds;
    const double rawRate = double(count) / rawSeconds;
    out() << "\n| | seconds | articles/s | MB/s |\n|---|---|---|---|\n"
          << "| Veille's Importer: read, decode, parse, hash, entities (on the pool), article + mentions + FTS5 "
             "(one writer) | "
          << fixed(veilleSeconds, 2) << " | " << fixed(veilleRate, 0) << " | " << fixed(megabytes / veilleSeconds)
          << " |\n"
          << "| the same with the French tagger on | " << fixed(taggerSeconds, 2) << " | "
          << fixed(double(count) / taggerSeconds, 0) << " | " << fixed(megabytes / taggerSeconds) << " |\n"
          << "| the same without the tagger, again | " << fixed(againSeconds, 2) << " | "
          << fixed(double(count) / againSeconds, 0) << " | " << fixed(megabytes / againSeconds) << " |\n"
          << "| baseline: sqlite3 C API, article + FTS5 row, no parsing | " << fixed(rawSeconds, 2) << " | "
          << fixed(rawRate, 0) << " | " << fixed(megabytes / rawSeconds) << " |\n"
          << "| for comparison: the baseline plus the " << mentionCount << " mention rows Veille found ("
          << fixed(double(mentionCount) / double(count)) << " per article) | " << fixed(withMentionsSeconds, 2) << " | "
          << fixed(double(count) / withMentionsSeconds, 0) << " | " << fixed(megabytes / withMentionsSeconds)
          << " |\n\n";
    const double ratio = veilleRate / rawRate;
    record({ QStringLiteral("import of %1 articles").arg(count),
             QStringLiteral("%1× the baseline's throughput").arg(fixed(ratio, 2)),
             QStringLiteral("%1 articles/s").arg(fixed(rawRate, 0)), QStringLiteral("≥ 1.0×"), ratio >= 1.0 });
    // The baseline that writes the same rows (issue 11's goal): Veille
    // writes each article's mentions too, 28 rows for the baseline's 2.
    const double sameRowsRatio = withMentionsSeconds / std::min(veilleSeconds, againSeconds);
    record({ QStringLiteral("import of %1 articles, against raw inserts of the same rows").arg(count),
             QStringLiteral("%1× the throughput of article + FTS5 + mention rows (%2× with the French tagger)")
                 .arg(fixed(sameRowsRatio, 2), fixed(withMentionsSeconds / taggerSeconds, 2)),
             QStringLiteral("%1 articles/s").arg(fixed(double(count) / withMentionsSeconds, 0)), QStringLiteral("≥ 0.8×"),
             sameRowsRatio >= 0.8 });
    const double withoutSeconds = std::min(veilleSeconds, againSeconds);
    const double taggerShare = withoutSeconds / taggerSeconds;
    record({ QStringLiteral("import of %1 articles with the French tagger").arg(count),
             QStringLiteral("%1 % of the throughput without it").arg(fixed(100 * taggerShare, 0)),
             QStringLiteral("%1 articles/s").arg(fixed(double(count) / withoutSeconds, 0)), QStringLiteral("≥ 80 %"),
             taggerShare >= 0.8 });
    *veilleDatabase = veillePath;
    return benchStorySignatures(veillePath, veilleSeconds);
}

// ------------------------------------------------------- the large database

// What grouping wire copies adds to an import: the import above computed
// each signature (on the pool) and filed each article (on the writer);
// both are timed again here, one thread, in a rolled-back transaction.
bool benchStorySignatures(const QString &veillePath, double importSeconds)
{
    Database database(veillePath, QStringLiteral("bench-story-signatures"));
    if (!database.open()) {
        out() << "cannot open " << veillePath << ": " << database.errorString() << Qt::endl;
        return false;
    }
    ArticleStore articles(database.connection());
    StoryStore stories(database.connection());
    QVector<Article> all;
    for (const qint64 id : articles.articleIds())
        all.append(articles.article(id).value_or(Article()));
    QElapsedTimer timer;
    timer.start();
    QVector<MinHash> signatures;
    for (const Article &article : std::as_const(all))
        signatures.append(StoryStore::signatureOf(article.title, article.body));
    const double signing = double(timer.nsecsElapsed()) / 1e9;
    QSqlQuery query(database.connection());
    if (!articles.beginTransaction() || !query.exec(QStringLiteral("DELETE FROM story_bands"))
        || !query.exec(QStringLiteral("DELETE FROM article_stories"))) {
        out() << "cannot clear the stories: " << articles.lastError() << Qt::endl;
        return false;
    }
    timer.restart();
    // Each as the import files a new article: it has no story row to leave.
    for (int k = 0; k < all.size(); ++k) {
        if (!stories.assign(all.at(k).id, signatures.at(k), true)) {
            out() << "filing failed: " << stories.lastError() << Qt::endl;
            return false;
        }
    }
    const double filing = double(timer.nsecsElapsed()) / 1e9;
    articles.rollbackTransaction();
    const double share = (signing + filing) / importSeconds * 100;
    out() << "Wire copies: MinHash signatures of " << all.size() << " articles in " << fixed(signing, 2)
          << " s (one thread; the import runs them on the pool), filing them into stories (band lookup, "
             "signature and band rows) in "
          << fixed(filing, 2) << " s: " << fixed(share, 1) << " % of the import's time, at most.\n\n";
    record({QStringLiteral("stories at import, %1 articles").arg(all.size()),
            QStringLiteral("+%1 % of the import time").arg(fixed(share, 1)), QStringLiteral("—"),
            QStringLiteral("≤ 10 %"), share <= 10});
    return true;
}

// Copies of the articles already in \a db, with their FTS5 rows, mentions and
// suggestions, until it holds \a count articles. Importing a million files
// through Veille would take about two hours on a shared 2-core machine;
// copying in SQL takes minutes, and the list, memory and start figures depend on the
// rows, not on how they arrived. Copy k gets ids shifted by k times the
// original count and "#k" after its path.
bool replicate(const QString &path, qint64 count, QString *error)
{
    sqlite3 *db = nullptr;
    const auto fail = [&]() {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return false;
    };
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        return fail();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT count(*), max(id) FROM articles", -1, &statement, nullptr) != SQLITE_OK
        || sqlite3_step(statement) != SQLITE_ROW)
        return fail();
    const qint64 base = sqlite3_column_int64(statement, 0);
    const qint64 maxId = sqlite3_column_int64(statement, 1);
    sqlite3_finalize(statement);
    if (base != maxId) {
        *error = QStringLiteral("the ids of the imported articles are not 1..%1").arg(base);
        sqlite3_close(db);
        return false;
    }
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA cache_size=-262144", nullptr, nullptr,
                 nullptr);
    for (qint64 copy = 1; copy * base < count; ++copy) {
        const QByteArray shift = QByteArray::number(copy * base);
        const QByteArray last = QByteArray::number(std::min(base, count - copy * base));
        const QByteArray sql = "BEGIN;"
                               "INSERT INTO articles(id, path, content_hash, title, title_key, date_key, source,"
                               " photo_credit, body, imported_at, updated_at) SELECT id + "
            + shift + ", path || '#" + QByteArray::number(copy)
            + "', content_hash, title, title_key, date_key, source, photo_credit, body, imported_at, updated_at"
              " FROM articles WHERE id <= " + last + ";"
              "INSERT INTO articles_fts(rowid, title, body) SELECT id + " + shift
            + ", title, body FROM articles WHERE id <= " + last + ";"
              "INSERT INTO mentions SELECT article_id + " + shift
            + ", start_pos, end_pos, entity_id, alias_id, role, origin, confidence FROM mentions"
              " WHERE article_id <= " + last + ";"
              "INSERT INTO suggestions SELECT article_id + " + shift
            + ", start_pos, end_pos, text, type, reason, variant_of, role FROM suggestions WHERE article_id <= "
            + last + ";"
                     "INSERT INTO article_stories SELECT article_id + " + shift + ", story_id + " + shift
            + ", newest, signature FROM article_stories WHERE article_id <= " + last + ";"
              "INSERT INTO story_bands SELECT band_key, article_id + " + shift
            + " FROM story_bands WHERE article_id <= " + last + ";"
              "COMMIT;";
        if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
            return fail();
    }
    sqlite3_close(db);
    return true;
}

qint64 articleCount(const QString &path)
{
    if (!QFileInfo::exists(path))
        return -1;
    Database database(path, QStringLiteral("bench-large-check"));
    if (!database.open())
        return -1;
    return ArticleStore(database.connection()).count({});
}

// The database of \a count articles at \a path: reused when it already
// holds them; otherwise a copy of \a imported (a database Veille imported,
// see benchImport), or of a fresh import of up to 100,000 articles, made
// as large as asked by replicate().
bool ensureLargeDatabase(const QString &path, qint64 count, QString imported, const QString &workFolder,
                         const CorpusGenerator &generator)
{
    if (articleCount(path) == count) {
        out() << "- database: " << path << ", " << count << " articles, "
              << fixed(double(QFileInfo(path).size()) / 1e9, 2) << " GB (reused)\n";
        return true;
    }
    QElapsedTimer timer;
    timer.start();
    if (imported.isEmpty()) {
        const qint64 toImport = std::min<qint64>(count, 100000);
        const QString files = workFolder + QStringLiteral("/large-files");
        const QString error = generator.writeFiles(files, 0, toImport);
        imported = workFolder + QStringLiteral("/large-import.sqlite");
        const ImportReport report = Importer(imported).run({ files });
        if (!error.isEmpty() || !report.error.isEmpty() || report.imported.size() != toImport) {
            out() << "the import for the large database failed: " << error << report.error << Qt::endl;
            return false;
        }
        out() << "- " << toImport << " generated articles imported by Veille in " << fixed(timer.elapsed() / 1000.0)
              << " s\n";
        timer.restart();
    }
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(path + suffix);
    QString error;
    if (!QFile::copy(imported, path) || !replicate(path, count, &error) || articleCount(path) != count) {
        out() << "cannot make the large database " << path << ": " << error << Qt::endl;
        return false;
    }
    out() << "- database: " << path << ", " << count << " articles: the " << articleCount(imported)
          << " articles Veille imported, copied in SQL with their index and mentions, in "
          << fixed(timer.elapsed() / 1000.0) << " s; " << fixed(double(QFileInfo(path).size()) / 1e9, 2) << " GB\n";
    return true;
}

// -------------------------------------------------------- child processes

struct Memory {
    qint64 rssKb = 0;
    qint64 peakKb = 0;
};

Memory memoryNow()
{
    const auto kb = [](const QByteArray &prefix) {
        return firstLineStartingWith(QStringLiteral("/proc/self/status"), prefix)
            .section(QLatin1Char(' '), 0, 0)
            .toLongLong();
    };
    return { kb("VmRSS:"), kb("VmHWM:") };
}

// Scrolls \a view from the first row to the last, a page at a time,
// painting each page as a user dragging down the list would see it.
// Models that fetch more rows at the end (QSqlQueryModel) grow as it goes.
int scrollToBottom(QAbstractItemView *view)
{
    QScrollBar *bar = view->verticalScrollBar();
    int steps = 0;
    for (int value = 0;; value += std::max(1, bar->pageStep())) {
        bar->setValue(value);
        view->viewport()->repaint();
        if (++steps % 64 == 0)
            QCoreApplication::processEvents();
        if (value >= bar->maximum() && !view->model()->canFetchMore({}))
            break;
    }
    return steps;
}

int childAppMemory(const QString &databasePath)
{
    Database database(databasePath, QStringLiteral("veille-ui"));
    if (!database.open()) {
        out() << "error " << database.errorString() << Qt::endl;
        return 1;
    }
    MainWindow window(database);
    window.resize(1400, 900);
    window.show();
    // The first rows come from a worker.
    const auto *listSearch = window.findChild<ListSearch *>(QStringLiteral("listSearch"));
    while (listSearch && listSearch->isBusy())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    QCoreApplication::processEvents();
    const Memory shown = memoryNow();
    QElapsedTimer timer;
    timer.start();
    auto *view = window.findChild<QTableView *>(QStringLiteral("articleList"));
    const int steps = scrollToBottom(view);
    const qint64 scrollMs = timer.elapsed();
    // The reader opens the last article, as at the end of a long read down.
    const QModelIndex last = view->model()->index(view->model()->rowCount() - 1, 0);
    view->setCurrentIndex(last);
    QCoreApplication::processEvents();
    const Memory after = memoryNow();
    out() << "rows " << view->model()->rowCount() << " steps " << steps << " scroll_ms " << scrollMs << " shown_kb "
          << shown.rssKb << " rss_kb " << after.rssKb << " peak_kb " << after.peakKb << Qt::endl;
    return 0;
}

int childQueryModelMemory(const QString &databasePath)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-baseline"));
    db.setDatabaseName(databasePath);
    if (!db.open()) {
        out() << "error " << databasePath << Qt::endl;
        return 1;
    }
    QSqlQueryModel model;
    model.setQuery(QSqlQuery(QStringLiteral("SELECT id, title, date_key, source FROM articles"
                                            " ORDER BY date_key DESC, id DESC"),
                             db));
    // The same view as Veille's list, so only the model differs.
    QTableView view;
    view.verticalHeader()->hide();
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.setModel(&model);
    view.resize(560, 860);
    view.show();
    QCoreApplication::processEvents();
    const Memory shown = memoryNow();
    QElapsedTimer timer;
    timer.start();
    const int steps = scrollToBottom(&view);
    const qint64 scrollMs = timer.elapsed();
    const Memory after = memoryNow();
    out() << "rows " << model.rowCount() << " steps " << steps << " scroll_ms " << scrollMs << " shown_kb "
          << shown.rssKb << " rss_kb " << after.rssKb << " peak_kb " << after.peakKb << Qt::endl;
    return 0;
}

// Stamps each step of a start as main.cpp makes it, then the first paint of
// the reading pane showing an article; the parent subtracts its own stamp
// from before it started this process.
class FirstArticlePaint : public QObject
{
public:
    explicit FirstArticlePaint(ReadingPane *pane)
        : m_pane(pane)
    {
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched == m_pane->viewport() && m_pane->articleId() != 0) {
            out() << "painted_us " << monotonicMicroseconds() << Qt::endl;
            QCoreApplication::exit(0);
        }
        return false;
    }

private:
    ReadingPane *m_pane = nullptr;
};

int childColdStart(const QString &databasePath, qint64 appMicroseconds)
{
    Database database(databasePath, QStringLiteral("veille-ui"));
    if (!database.open()) {
        out() << "error " << database.errorString() << Qt::endl;
        return 1;
    }
    const qint64 openedMicroseconds = monotonicMicroseconds();
    MainWindow window(database);
    const qint64 builtMicroseconds = monotonicMicroseconds();
    auto *pane = window.findChild<ReadingPane *>(QStringLiteral("readingPane"));
    FirstArticlePaint watcher(pane);
    pane->viewport()->installEventFilter(&watcher);
    window.show();
    out() << "app_us " << appMicroseconds << "\nopened_us " << openedMicroseconds << "\nwindow_us " << builtMicroseconds
          << Qt::endl;
    return QCoreApplication::exec();
}

// The actions issue 11 names, each as the user makes it, in the order a
// session makes them; the longest stall of each is measured until the work
// it started has had time to finish.
const char *const StallActions[] = { "start", "scroll", "jump", "open", "search", "entity", "filter", "sort" };

// Runs the event loop for \a milliseconds.
void runFor(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

// The entity named in most articles, whose chip is the heaviest to set.
qint64 commonestEntity(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT entity_id FROM entity_counts ORDER BY articles DESC LIMIT 1"))
        || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

int childStalls(const QString &databasePath)
{
    StallMeter meter;
    const auto report = [&meter](const char *action) {
        out() << "max_" << action << ' ' << fixed(meter.longest()) << " p99_" << action << ' '
              << fixed(meter.percentile99()) << Qt::endl;
    };
    meter.reset();
    Database database(databasePath, QStringLiteral("veille-ui"));
    if (!database.open()) {
        out() << "error " << database.errorString() << Qt::endl;
        return 1;
    }
    // The large database's names were found without the tagger (the
    // import above is timed without it): with it on, the window would find
    // them all again at start, once after an upgrade, which is not the
    // session measured here.
    QSettings(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/veille.conf"),
              QSettings::IniFormat)
        .setValue(QStringLiteral("names/tagger"), false);
    MainWindow window(database);
    window.resize(1366, 768);
    window.show();
    runFor(3000);
    report("start");
    auto *list = window.findChild<QTableView *>(QStringLiteral("articleList"));
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchField"));
    auto *unread = window.findChild<QCheckBox *>(QStringLiteral("unreadFilter"));
    if (!list || !search || !unread) {
        out() << "error the window's list, search field or Unread filter is missing" << Qt::endl;
        return 1;
    }
    meter.reset();
    for (int page = 0; page < 100; ++page) {
        list->verticalScrollBar()->setValue(list->verticalScrollBar()->value() + list->verticalScrollBar()->pageStep());
        runFor(10);
    }
    report("scroll");
    meter.reset();
    list->scrollToBottom();
    runFor(500);
    list->scrollToTop();
    runFor(500);
    report("jump");
    meter.reset();
    for (int row = 0; row < 20; ++row) {
        list->setCurrentIndex(list->model()->index(row, 0));
        runFor(100);
    }
    report("open");
    meter.reset();
    search->setFocus();
    for (const QChar letter : QStringLiteral("marché")) {
        search->insert(QString(letter));
        runFor(80);
    }
    runFor(3000);
    report("search");
    search->clear();
    runFor(3000);
    meter.reset();
    window.setEntityFilter(commonestEntity(database.connection()));
    runFor(3000);
    report("entity");
    meter.reset();
    unread->click();
    runFor(1500);
    unread->click();
    runFor(1500);
    report("filter");
    // A header click with an article open far down the list: the view
    // keeps it selected in the new order.
    window.setEntityFilter(0);
    runFor(3000);
    list->setCurrentIndex(list->model()->index(5000, 0));
    runFor(500);
    meter.reset();
    list->horizontalHeader()->setSortIndicator(ArticleListModel::TitleColumn, Qt::AscendingOrder);
    runFor(1500);
    list->horizontalHeader()->setSortIndicator(ArticleListModel::DateColumn, Qt::DescendingOrder);
    runFor(1500);
    report("sort");
    return 0;
}

// Runs this binary as `--child MODE --db FILE` with a clean configuration and
// returns its "key value" lines.
QHash<QString, QString> runChild(const QString &mode, const QString &databasePath, const QString &homeFolder,
                                 qint64 *startMicroseconds = nullptr)
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), homeFolder);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), homeFolder + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), homeFolder + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), homeFolder + QStringLiteral("/cache"));
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    if (startMicroseconds)
        *startMicroseconds = monotonicMicroseconds();
    child.start(QCoreApplication::applicationFilePath(),
                { QStringLiteral("--child"), mode, QStringLiteral("--db"), databasePath });
    QHash<QString, QString> values;
    if (!child.waitForFinished(30 * 60 * 1000) || child.exitCode() != 0) {
        values.insert(QStringLiteral("error"), QString::fromUtf8(child.readAllStandardOutput()));
        return values;
    }
    const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        const QStringList words = QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (int i = 0; i + 1 < words.size(); i += 2)
            values.insert(words.at(i), words.at(i + 1));
    }
    return values;
}

// --------------------------------------------------------- 1M-article figures

bool benchMemory(const QString &databasePath, const QString &home, qint64 count)
{
    out() << "## GUI memory after scrolling the whole list (" << count << " articles)\n\n";
    const QHash<QString, QString> app = runChild(QStringLiteral("app-memory"), databasePath, home);
    const QHash<QString, QString> baseline = runChild(QStringLiteral("querymodel-memory"), databasePath, home);
    if (app.contains(QStringLiteral("error")) || baseline.contains(QStringLiteral("error"))) {
        out() << "a child process failed: " << app.value(QStringLiteral("error"))
              << baseline.value(QStringLiteral("error")) << Qt::endl;
        return false;
    }
    const auto mb = [](const QString &kb) { return fixed(kb.toDouble() / 1024); };
    out()
        << "| process (offscreen, 1400×900 window) | rows | pages scrolled | seconds | RSS shown, MB | RSS after, MB |"
           " peak RSS (VmHWM), MB |\n|---|---|---|---|---|---|---|\n";
    for (const auto &[name, values] :
         { std::make_pair(QStringLiteral("Veille's MainWindow (list, reading pane, entity "
                                         "panel), last article opened"),
                          app),
           std::make_pair(QStringLiteral("baseline: QSqlQueryModel in a QTableView"), baseline) }) {
        out() << "| " << name << " | " << values.value(QStringLiteral("rows")) << " | "
              << values.value(QStringLiteral("steps")) << " | "
              << fixed(values.value(QStringLiteral("scroll_ms")).toDouble() / 1000) << " | "
              << mb(values.value(QStringLiteral("shown_kb"))) << " | " << mb(values.value(QStringLiteral("rss_kb")))
              << " | " << mb(values.value(QStringLiteral("peak_kb"))) << " |\n";
    }
    out() << "\n";
    const double peakMb = app.value(QStringLiteral("peak_kb")).toDouble() / 1024;
    record({ QStringLiteral("GUI RSS after scrolling %1 articles").arg(count),
             QStringLiteral("peak RSS %1 MB (baseline %2 MB)")
                 .arg(fixed(peakMb), mb(baseline.value(QStringLiteral("peak_kb")))),
             mb(baseline.value(QStringLiteral("peak_kb"))) + QStringLiteral(" MB"), QStringLiteral("≤ 120 MB"),
             peakMb <= 120 });
    return true;
}

bool benchColdStart(const QString &databasePath, const QString &home, qint64 count, int runs)
{
    out() << "## Cold start to the first article painted (" << count << " articles)\n\n"
          << "A new process each run (offscreen; no saved settings, so the newest article opens), with the "
             "database in the page cache, as it is when a user restarts Veille.\n\n"
          << "| run | QApplication, ms | database open, ms | window built, ms | first article painted, ms |\n"
          << "|---|---|---|---|---|\n";
    QVector<double> totals;
    for (int run = 1; run <= runs; ++run) {
        qint64 start = 0;
        const QHash<QString, QString> values = runChild(QStringLiteral("cold-start"), databasePath, home, &start);
        if (values.contains(QStringLiteral("error")) || !values.contains(QStringLiteral("painted_us"))) {
            out() << "the child process failed: " << values.value(QStringLiteral("error")) << Qt::endl;
            return false;
        }
        const auto at = [&](const char *key) {
            return fixed(double(values.value(QLatin1String(key)).toLongLong() - start) / 1000, 0);
        };
        totals.append(double(values.value(QStringLiteral("painted_us")).toLongLong() - start) / 1000);
        out() << "| " << run << " | " << at("app_us") << " | " << at("opened_us") << " | " << at("window_us") << " | "
              << at("painted_us") << " |\n";
    }
    std::sort(totals.begin(), totals.end());
    const double median = totals.at(totals.size() / 2);
    out() << "\n";
    record({ QStringLiteral("cold start, %1 articles").arg(count),
             QStringLiteral("median %1 ms to the first article painted").arg(fixed(median, 0)), QStringLiteral("—"),
             QStringLiteral("≤ 500 ms"), median <= 500 });
    return true;
}

bool benchStalls(const QString &databasePath, const QString &home, qint64 count)
{
    out() << "## The window's event loop (" << count << " articles)\n\n"
          << "A new process drives the real MainWindow offscreen through a session: start (until 3 s after "
             "show), scroll 100 pages, jump to the end and back, open 20 articles one after another, type `marché` "
             "letter by letter, set the chip of the entity named in most articles, turn Unread on and off, sort by "
             "title and "
             "back to date with the 5,000th article open. A "
          << StallMeter::PeriodMs
          << " ms timer stamps each turn of the event loop; a gap between two stamps is how long the window "
             "could not answer.\n\n| action | longest gap, ms | 99th percentile, ms |\n|---|---|---|\n";
    const QHash<QString, QString> values = runChild(QStringLiteral("ui-stalls"), databasePath, home);
    if (values.contains(QStringLiteral("error")) || !values.contains(QStringLiteral("max_sort"))) {
        out() << "the child process failed: " << values.value(QStringLiteral("error")) << Qt::endl;
        return false;
    }
    double worst = 0;
    QString worstAction;
    for (const char *action : StallActions) {
        const double longest = values.value(QStringLiteral("max_%1").arg(QLatin1String(action))).toDouble();
        out() << "| " << action << " | " << fixed(longest) << " | "
              << values.value(QStringLiteral("p99_%1").arg(QLatin1String(action))) << " |\n";
        if (longest > worst) {
            worst = longest;
            worstAction = QLatin1String(action);
        }
    }
    out() << "\n";
    record({ QStringLiteral("window's event loop, %1 articles").arg(count),
             QStringLiteral("longest gap %1 ms (%2)").arg(fixed(worst), worstAction), QStringLiteral("—"),
             QStringLiteral("≤ 50 ms"), worst <= 50 });
    return true;
}

bool benchJump(const QString &databasePath, qint64 count, int jumps)
{
    out() << "## List: jump to a random row (" << count << " articles)\n\n"
          << "ArticleListModel::data() for a row far from any cached page: the page is read from the store. " << jumps
          << " random rows per order (seeded), the first jump apart.\n\n"
          << "| order | first jump, ms | median, ms | 95th percentile, ms | max, ms |\n|---|---|---|---|---|\n";
    Database database(databasePath, QStringLiteral("bench-jump"));
    if (!database.open()) {
        out() << "cannot open " << databasePath << ": " << database.errorString() << Qt::endl;
        return false;
    }
    ArticleStore store(database.connection());
    double worstP95 = 0;
    const std::pair<const char *, int> orders[] = { { "date, newest first (the default)",
                                                      ArticleListModel::DateColumn },
                                                    { "title, A to Z", ArticleListModel::TitleColumn } };
    for (const auto &[name, column] : orders) {
        ArticleListModel model(store);
        model.refresh();
        model.sort(column, column == ArticleListModel::DateColumn ? Qt::DescendingOrder : Qt::AscendingOrder);
        QRandomGenerator random(5);
        QVector<double> times;
        double first = 0;
        for (int j = 0; j <= jumps; ++j) {
            const int row = random.bounded(model.rowCount());
            QElapsedTimer timer;
            timer.start();
            const QVariant title = model.data(model.index(row, ArticleListModel::TitleColumn));
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            if (title.toString().isEmpty()) {
                out() << "row " << row << " has no title" << Qt::endl;
                return false;
            }
            if (j == 0)
                first = ms;
            else
                times.append(ms);
        }
        std::sort(times.begin(), times.end());
        const double p95 = times.at(std::min(int(times.size()) - 1, int(times.size() * 95 / 100)));
        worstP95 = std::max(worstP95, p95);
        out() << "| " << name << " | " << fixed(first, 2) << " | " << fixed(times.at(times.size() / 2), 2) << " | "
              << fixed(p95, 2) << " | " << fixed(times.last(), 2) << " |\n";
    }
    out() << "\n";
    record({ QStringLiteral("list jump, %1 articles").arg(count),
             QStringLiteral("95th percentile %1 ms").arg(fixed(worstP95, 2)), QStringLiteral("—"),
             QStringLiteral("≤ 16 ms"), worstP95 <= 16 });
    return true;
}

// The first of 1 + \a runs calls of \a run, and the median of the others,
// in ms; first is -1 when a call failed (run returned false).
struct Timing {
    double first = -1;
    double median = -1;
};

Timing timeRuns(int runs, const std::function<bool()> &run)
{
    Timing timing;
    QVector<double> times;
    for (int k = 0; k <= runs; ++k) {
        QElapsedTimer timer;
        timer.start();
        const bool ok = run();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (!ok)
            return {};
        if (k == 0)
            timing.first = ms;
        else
            times.append(ms);
    }
    std::sort(times.begin(), times.end());
    timing.median = times.isEmpty() ? timing.first : times.at(times.size() / 2);
    return timing;
}

// ------------------------------------------------------------------- search

// The articles of the large database as files, for the ripgrep baseline:
// copy k of the \a distinct generated articles under FOLDER/k, as
// replicate() copied them in SQL. An existing folder is reused as it is.
bool ensureSearchFiles(const QString &folder, qint64 count, qint64 distinct, const CorpusGenerator &generator)
{
    if (QFileInfo(folder).isDir() && !QDir(folder).isEmpty()) {
        out() << "- the articles as files: " << folder << " (reused)\n";
        return true;
    }
    QElapsedTimer timer;
    timer.start();
    for (qint64 copy = 0; copy * distinct < count; ++copy) {
        const QString error = generator.writeFiles(folder + QLatin1Char('/') + QString::number(copy), 0,
                                                   std::min(distinct, count - copy * distinct));
        if (!error.isEmpty()) {
            out() << "cannot write the articles as files: " << error << Qt::endl;
            return false;
        }
    }
    out() << "- the articles as files: " << folder << ", written in " << fixed(timer.elapsed() / 1000.0)
          << " s (not timed below)\n";
    return true;
}

// How many distinct articles the large database copies: \a candidate when
// article candidate + 1 is the first of copy 1 (see replicate()), else 0.
qint64 checkedDistinct(const QString &path, qint64 count, qint64 candidate)
{
    if (candidate >= count)
        return count;
    sqlite3 *db = nullptr;
    sqlite3_stmt *statement = nullptr;
    QByteArray first;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK
        && sqlite3_prepare_v2(db, "SELECT path FROM articles WHERE id = ?", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_int64(statement, 1, candidate + 1);
        if (sqlite3_step(statement) == SQLITE_ROW)
            first = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return first.endsWith("/0000000.txt#1") ? candidate : 0;
}

// Files that `rg -l -i ARGS FOLDER` lists, and its wall-clock seconds;
// -1 files when it could not run.
std::pair<qint64, double> timeRipgrep(const QStringList &arguments, const QString &folder)
{
    QProcess rg;
    rg.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    rg.start(QStringLiteral("rg"),
             QStringList { QStringLiteral("-l"), QStringLiteral("-i") } + arguments
                 + QStringList { QStringLiteral("--"), folder });
    qint64 files = 0;
    if (!rg.waitForStarted())
        return { -1, 0 };
    while (rg.waitForReadyRead(-1))
        files += rg.readAllStandardOutput().count('\n');
    rg.waitForFinished(-1);
    files += rg.readAllStandardOutput().count('\n');
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    // rg exits 1 when nothing matched, 2 on an error.
    return { rg.exitStatus() == QProcess::NormalExit && rg.exitCode() < 2 ? files : -1, seconds };
}

bool benchSearch(const QString &databasePath, qint64 count, const QString &filesFolder)
{
    constexpr int Top = 50;
    constexpr int Runs = 5;
    constexpr int SelectiveLimit = ArticleStore::RelevanceLimit;
    struct Case {
        const char *kind;
        QString query;
        ArticleQuery::SortKey sort;
        QStringList rg; // what ripgrep searches for the same articles
    };
    const auto rel = ArticleQuery::SortKey::Relevance;
    const auto date = ArticleQuery::SortKey::Date;
    const QString w = QStringLiteral("-w");
    const QString f = QStringLiteral("-F");
    const QString e = QStringLiteral("-e");
    const QVector<Case> cases = {
        { "rare word", QStringLiteral("courvitoma"), rel, { w, e, QStringLiteral("courvitoma") } },
        { "prefix of a rare word", QStringLiteral("courvi*"), rel, { e, QStringLiteral("\\bcourvi") } },
        { "entity (a city)", QStringLiteral("entity:Veldhoven"), rel, { w, f, e, QStringLiteral("Veldhoven") } },
        { "entity (a company)", QStringLiteral("entity:Qualcomm"), rel, { w, f, e, QStringLiteral("Qualcomm") } },
        { "common word", QStringLiteral("marché"), date, { w, e, QStringLiteral("marché") } },
        { "phrase", QStringLiteral("\"feuille de route\""), rel, { f, e, QStringLiteral("feuille de route") } },
        { "prefix", QStringLiteral("cyber*"), rel, { e, QStringLiteral("\\bcyber") } },
    };
    out() << "## Search (" << count << " articles)\n\n"
          << "ArticleSearcher::run() as the window runs it (parse, resolve entity names, read the first page "
             "of the top "
          << Top
          << " with snippets; the count follows it, unless a ranked search needs it first), then the count "
             "when it came later, as the window's counter reads it (ArticleStore::count()). The first run, then "
             "the median of "
          << Runs
          << " more. The baseline is `rg -l -i` over the same articles as files, one run after Veille's, with "
             "ripgrep's default threads. A query is selective when it matches at most "
          << SelectiveLimit
          << " articles (goal ≤ 20 ms), common otherwise (goal ≤ 50 ms for the first page, ≤ 300 ms for the "
             "count). For `entity:`, ripgrep looks for the name only, not its aliases.\n\n"
          << "| query | kind | class | order | matches | first page: first run, ms | first page: median, ms | "
             "snippets | count after it: median, ms | rg files | rg, ms | rg ÷ Veille |\n"
             "|---|---|---|---|---|---|---|---|---|---|---|---|\n";
    Database database(databasePath, QStringLiteral("bench-search"));
    if (!database.open()) {
        out() << "cannot open " << databasePath << ": " << database.errorString() << Qt::endl;
        return false;
    }
    const ArticleStore store(database.connection());
    const bool withRipgrep = !filesFolder.isEmpty();
    double worstSelective = -1;
    double worstCommon = -1;
    double worstCount = -1;
    double leastSpeedup = -1;
    for (const Case &c : cases) {
        ArticleQuery base;
        base.sortKey = c.sort;
        ArticleSearcher::Result result;
        const Timing timing = timeRuns(Runs, [&] {
            result = ArticleSearcher::run(database.connection(), base, c.query, Top, ArticleStore::RelevanceLimit,
                                          QueryBudget::DefaultMilliseconds, {}, true);
            return result.error.isEmpty() && result.problems.isEmpty();
        });
        if (timing.first < 0) {
            out() << "the search " << c.query << " failed: " << result.error << result.problems.join(QLatin1Char(' '))
                  << Qt::endl;
            return false;
        }
        int matches = result.count;
        Timing counting { 0, 0 };
        if (result.countPending) {
            counting = timeRuns(Runs, [&] {
                matches = store.count(result.query);
                return store.lastError().isEmpty();
            });
            worstCount = std::max(worstCount, counting.median);
        }
        const double first = timing.first;
        const double median = timing.median;
        const bool selective = matches <= SelectiveLimit;
        (selective ? worstSelective : worstCommon) = std::max(selective ? worstSelective : worstCommon, median);
        const QString order = c.sort == date ? QStringLiteral("date")
            : result.sortedByDateInstead     ? QStringLiteral("date (over %1 matches)").arg(SelectiveLimit)
                                             : QStringLiteral("relevance");
        out() << "| `" << c.query << "` | " << c.kind << " | " << (selective ? "selective" : "common") << " | " << order
              << " | " << matches << " | " << fixed(first, 1) << " | " << fixed(median, 1) << " | "
              << result.firstPage.hits.size() << " of " << result.firstPage.rows.size() << " | "
              << (result.countPending ? fixed(counting.median, 1) : QStringLiteral("with the page")) << " | ";
        if (withRipgrep) {
            const auto [files, seconds] = timeRipgrep(c.rg, filesFolder);
            if (files < 0) {
                out() << "rg failed |\n" << Qt::endl;
                return false;
            }
            const double speedup = seconds * 1000 / median;
            leastSpeedup = leastSpeedup < 0 ? speedup : std::min(leastSpeedup, speedup);
            out() << files << " | " << fixed(seconds * 1000, 0) << " | " << fixed(speedup, 0) << "× |\n";
        } else {
            out() << "— | — | — |\n";
        }
        out().flush();
    }
    out() << "\n";
    if (worstSelective >= 0)
        record({ QStringLiteral("search, top %1 with snippets, %2 articles, selective").arg(Top).arg(count),
                 QStringLiteral("slowest median %1 ms").arg(fixed(worstSelective, 1)), QStringLiteral("—"),
                 QStringLiteral("≤ 20 ms"), worstSelective <= 20 });
    if (worstCommon >= 0)
        record({ QStringLiteral("search, top %1 with snippets, %2 articles, common").arg(Top).arg(count),
                 QStringLiteral("slowest median %1 ms").arg(fixed(worstCommon, 1)), QStringLiteral("—"),
                 QStringLiteral("≤ 50 ms"), worstCommon <= 50 });
    if (worstCount >= 0)
        record({ QStringLiteral("search, the count after the first page, %1 articles").arg(count),
                 QStringLiteral("slowest median %1 ms").arg(fixed(worstCount, 1)), QStringLiteral("—"),
                 QStringLiteral("≤ 300 ms"), worstCount <= 300 });
    if (withRipgrep)
        record({ QStringLiteral("search against ripgrep, %1 articles").arg(count),
                 QStringLiteral("%1× faster at least").arg(fixed(leastSpeedup, 0)), QStringLiteral("`rg -l -i`"),
                 QStringLiteral("≥ 50×"), leastSpeedup >= 50 });
    return true;
}

// ------------------------------------------------------------------ filters

// An analyst's marks on the large database, added once through the stores
// (a reused database keeps them): a passage in each of \a passages
// articles and a star on each of \a stars, spread over the corpus, and one
// more passage in the trash, which the Bookmarked filter leaves out.
bool ensureMarks(const Database &database, qint64 count, int passages, int stars)
{
    PassageStore passageStore(database.connection());
    if (passageStore.count({}) > 0)
        return true;
    const ArticleStore articles(database.connection());
    QVector<qint64> starred;
    for (int i = 0; i <= passages; ++i) {
        const std::optional<Article> article = articles.article(1 + (i * 7919) % count);
        if (!article)
            return false;
        Passage passage;
        passage.articleId = article->id;
        passage.articlePath = article->path;
        passage.anchor = TextAnchor::fromRange(article->body, { 0, int(std::min<qsizetype>(40, article->body.size())) },
                                               article->contentHash);
        if (!passageStore.add(passage) || (i == passages && !passageStore.moveToTrash(passage.id)))
            return false;
    }
    for (int i = 0; i < stars; ++i)
        starred << 1 + (qint64(i) * 104729) % count;
    return ArticleStateStore(database.connection()).setStarred(starred, true);
}

// The Bookmarked and Starred filters as the window applies them: the count
// and the first page, by date, with a few hundred marks in the corpus.
bool benchFilters(const QString &databasePath, qint64 count)
{
    constexpr int Top = 50;
    constexpr int Runs = 5;
    constexpr int Passages = 500;
    constexpr int Stars = 1000;
    Database database(databasePath, QStringLiteral("bench-filters"));
    if (!database.open() || !ensureMarks(database, count, Passages, Stars)) {
        out() << "cannot mark articles in " << databasePath << ": " << database.errorString() << Qt::endl;
        return false;
    }
    out() << "## Filters (" << count << " articles)\n\n"
          << "The list's count and first page of " << Top << " by date, as ArticleSearcher::run() reads them, with "
          << Passages << " bookmarked and " << Stars
          << " starred articles spread over the corpus; the first run, then the median of " << Runs << " more.\n\n"
          << "| filter | articles | first run, ms | median, ms |\n|---|---|---|---|\n";
    ArticleQuery bookmarked, starred;
    bookmarked.bookmarkedOnly = true;
    starred.starredOnly = true;
    double worst = 0;
    for (const auto &[name, base] : { std::pair { "Bookmarked", bookmarked }, std::pair { "Starred", starred } }) {
        ArticleSearcher::Result result;
        const Timing timing = timeRuns(Runs, [&] {
            result = ArticleSearcher::run(database.connection(), base, QString(), Top);
            return result.error.isEmpty();
        });
        if (timing.first < 0) {
            out() << "the " << name << " filter failed: " << result.error << Qt::endl;
            return false;
        }
        worst = std::max(worst, timing.median);
        out() << "| " << name << " | " << result.count << " | " << fixed(timing.first, 1) << " | "
              << fixed(timing.median, 1) << " |\n";
    }
    out() << "\n";
    record({ QStringLiteral("Bookmarked and Starred filters, %1 articles").arg(count),
             QStringLiteral("slowest median %1 ms").arg(fixed(worst, 1)), QStringLiteral("—"),
             QStringLiteral("≤ 50 ms"), worst <= 50 });
    return true;
}

// ----------------------------------------------------------------- timeline

// The timeline's histogram as the window reads it on its worker
// (DateHistogram::read: the counts per date_key in SQL, then the buckets),
// for the list of a few searches, the entity chip and the entity overlay.
// The first entity found by \a name, or 0.
qint64 entityNamed(const Database &database, const QString &name)
{
    const QVector<Entity> found = EntityStore(database.connection()).find(name);
    return found.isEmpty() ? qint64(0) : found.first().id;
}

// The list's query once \a text is searched, as the window gives it.
ArticleQuery searchedQuery(const Database &database, const QString &text)
{
    return ArticleSearcher::run(database.connection(), ArticleQuery(), text, 1).query;
}

bool benchTimeline(const QString &databasePath, qint64 count)
{
    constexpr int Runs = 5;
    Database database(databasePath, QStringLiteral("bench-timeline"));
    if (!database.open()) {
        out() << "cannot open " << databasePath << ": " << database.errorString() << Qt::endl;
        return false;
    }
    const ArticleStore store(database.connection());
    const auto entityId = [&database](const QString &name) { return entityNamed(database, name); };
    const auto searched = [&database](const QString &text) { return searchedQuery(database, text); };
    struct Case {
        QString list;
        ArticleQuery query;
        qint64 overlay = 0;
    };
    ArticleQuery chip;
    chip.entityId = entityId(QStringLiteral("Veldhoven"));
    ArticleQuery grouped;
    grouped.storyHead = ArticleQuery::StoryHead::Original;
    ArticleQuery groupedSearch = searched(QStringLiteral("marché"));
    groupedSearch.storyHead = ArticleQuery::StoryHead::Original;
    const QVector<Case> cases = {
        { QStringLiteral("every story (the window's first view: copies grouped)"), grouped, 0 },
        { QStringLiteral("every article (every copy)"), ArticleQuery(), 0 },
        { QStringLiteral("every article, `Qualcomm` overlaid"), ArticleQuery(), entityId(QStringLiteral("Qualcomm")) },
        { QStringLiteral("search `marché` (common word)"), searched(QStringLiteral("marché")), 0 },
        { QStringLiteral("search `marché`, copies grouped"), groupedSearch, 0 },
        { QStringLiteral("search `courvitoma` (rare word)"), searched(QStringLiteral("courvitoma")), 0 },
        { QStringLiteral("entity chip `Veldhoven`"), chip, 0 },
    };
    out() << "## Timeline (" << count << " articles)\n\n"
          << "DateHistogram::read() as the timeline's worker runs it: the list's counts per date in SQL (one row "
             "per date_key, on the dates index), then the bars; with an overlay, the same for the articles that "
             "mention the entity. The worker first shows an estimate from one article in N when "
             "DateHistogram::sampleRate() asks for one (a common word in a large corpus), then the exact bars. "
             "\"First bars\" times that choice and what it reads. The first run, then the median of "
          << Runs << " more.\n\n"
          << "| list | scale | bars | articles in bars | first bars: sample 1 in | first bars: first run, ms | first "
             "bars: median, ms | exact: first run, ms | exact: median, ms |\n|---|---|---|---|---|---|---|---|---|\n";
    static const char *const scales[] = { "year", "month", "week", "day" };
    double worstFirst = 0;
    double worstExact = 0;
    const auto measure = [&](const Case &c) {
        DateHistogram first;
        DateHistogram histogram;
        QString error;
        const Timing firstBars = timeRuns(Runs, [&] {
            ArticleQuery query = c.query;
            query.sampleEvery = DateHistogram::sampleRate(store, query);
            first = DateHistogram::read(store, query, c.overlay, &error);
            return error.isEmpty();
        });
        const Timing exact = timeRuns(Runs, [&] {
            histogram = DateHistogram::read(store, c.query, c.overlay, &error);
            return error.isEmpty();
        });
        if (firstBars.first < 0 || exact.first < 0) {
            out() << "the timeline of " << c.list << " failed: " << error << Qt::endl;
            return false;
        }
        worstFirst = std::max(worstFirst, firstBars.median);
        worstExact = std::max(worstExact, exact.median);
        out() << "| " << c.list << " | " << scales[int(histogram.scale())] << " | " << histogram.buckets().size()
              << " | " << histogram.counted() << " | " << first.sampledEvery() << " | " << fixed(firstBars.first, 1)
              << " | " << fixed(firstBars.median, 1) << " | " << fixed(exact.first, 1) << " | "
              << fixed(exact.median, 1) << " |\n";
        out().flush();
        return true;
    };
    for (const Case &c : cases) {
        if (!measure(c))
            return false;
    }
    // Generated articles are all distinct: for a corpus of wire copies,
    // one article in ten is made a copy of the one before, in a
    // transaction rolled back after.
    QSqlQuery copies(database.connection());
    if (!database.connection().transaction()
        || !copies.exec(
            QStringLiteral("UPDATE article_stories SET story_id = article_id - 1 WHERE article_id % 10 = 3"))) {
        out() << "cannot make copies: " << copies.lastError().text() << Qt::endl;
        return false;
    }
    const bool measured =
        measure({ QStringLiteral("every story, one article in ten a copy (made for the run)"), grouped, 0 });
    database.connection().rollback();
    if (!measured)
        return false;
    out() << "\n";
    record({ QStringLiteral("timeline, %1 articles").arg(count),
             QStringLiteral("first bars: slowest median %1 ms; exact: %2 ms")
                 .arg(fixed(worstFirst, 1), fixed(worstExact, 1)),
             QStringLiteral("—"), QStringLiteral("≤ 100 ms"), worstFirst <= 100 });
    return true;
}

// A step of a plan that reads a whole table: "SCAN articles" without an
// index. Walking an index ("SCAN articles USING INDEX …") stops after a
// page; a subquery's own rows and FTS5 are not tables of Veille's.
bool isFullScan(const QString &step)
{
    static const QRegularExpression scan(QStringLiteral(
        "^SCAN (articles|a|mentions|m|article_entities|ae|article_states|s|passages|p|article_stories|t)( |$)"));
    return scan.match(step).hasMatch() && !step.contains(QLatin1String("USING"));
}

// The plan guard: the statements a list runs for each filter use an index,
// whatever the figures. With \a dropIndex, that index is dropped first,
// to show that the guard sees the full scan that follows.
bool checkPlans(const QString &databasePath, const QString &dropIndex)
{
    Database database(databasePath, QStringLiteral("bench-plans"));
    if (!database.open()) {
        out() << "cannot open " << databasePath << ": " << database.errorString() << Qt::endl;
        return false;
    }
    if (!dropIndex.isEmpty()) {
        QSqlQuery drop(database.connection());
        if (!drop.exec(QStringLiteral("DROP INDEX \"%1\"").arg(QString(dropIndex).remove(QLatin1Char('"')))))
            return false;
    }
    const ArticleStore store(database.connection());
    const auto entityId = [&database](const QString &name) { return entityNamed(database, name); };
    const auto searched = [&database](const QString &text) { return searchedQuery(database, text); };
    using S = ArticleStore::Statement;
    ArticleQuery byTitle, chip, bookmarked, unread, starred, grouped;
    byTitle.sortKey = ArticleQuery::SortKey::Title;
    chip.entityId = entityId(QStringLiteral("Qualcomm"));
    bookmarked.bookmarkedOnly = true;
    unread.unreadOnly = true;
    starred.starredOnly = true;
    grouped.storyHead = ArticleQuery::StoryHead::Original;
    ArticleQuery chipAndWord = searched(QStringLiteral("marché"));
    chipAndWord.entityId = chip.entityId;
    // A statement may also need a given index: a range over the whole
    // table (rowid > 0) is no scan by name, but reads every row.
    const struct {
        const char *name;
        ArticleQuery query;
        S statement;
        const char *index = nullptr;
    } cases[] = {
        { "date order, first page", ArticleQuery(), S::Page },
        { "date order, far jump", ArticleQuery(), S::FarJump },
        { "title order, far jump", byTitle, S::FarJump },
        { "entity chip, first page", chip, S::Page },
        { "entity chip, far jump", chip, S::FarJump },
        { "entity chip and a common word, first page", chipAndWord, S::Page },
        { "two entities, first page", searched(QStringLiteral("entity:Qualcomm entity:Veldhoven")), S::Page },
        { "common word by date, first page", searched(QStringLiteral("marché")), S::Page },
        { "Bookmarked filter, first page", bookmarked, S::Page },
        { "Unread filter, first page", unread, S::Page },
        { "Starred filter, first page", starred, S::Page },
        { "copies grouped, first page", grouped, S::Page },
        { "copies grouped, count", grouped, S::Count, "article_stories_copies" },
    };
    out() << "## Query plans\n\nEXPLAIN QUERY PLAN of the statements a list runs: none may read a whole table.\n\n";
    bool ok = true;
    for (const auto &c : cases) {
        const QStringList plan = store.queryPlan(c.query, c.statement);
        const auto scan = std::find_if(plan.cbegin(), plan.cend(), isFullScan);
        const bool indexed = !c.index || plan.join(QLatin1Char(' ')).contains(QLatin1String(c.index));
        const bool good = !plan.isEmpty() && scan == plan.cend() && indexed;
        out() << "- " << c.name << ": " << (good ? QStringLiteral("index") : QStringLiteral("**FULL SCAN**")) << " ("
              << plan.join(QStringLiteral("; ")) << ")\n";
        if (!good)
            QTextStream(stderr) << "plan guard: FULL SCAN in " << c.name << ": "
                                << (plan.isEmpty()            ? store.lastError()
                                        : scan != plan.cend() ? *scan
                                                              : QStringLiteral("not through ") + QLatin1String(c.index))
                                << Qt::endl;
        ok = ok && good;
    }
    out() << Qt::endl;
    return ok;
}

// ------------------------------------------------------------------ watches

// Fifty watches of the kinds analysts save: a word, an entity, a source, a
// word with an entity, a year with a word.
QVector<Watch> benchWatches(const CorpusGenerator &generator)
{
    const QStringList names = CorpusGenerator::gazetteerNames();
    QStringList words;
    const QStringList paragraphs = generator.article(0).paragraphs + generator.article(1).paragraphs;
    for (const QString &word : paragraphs.join(QLatin1Char(' ')).split(QLatin1Char(' '))) {
        const QString clean = word.trimmed();
        if (clean.size() >= 7 && clean.at(0).isLower() && clean.at(clean.size() - 1).isLetter()
            && !words.contains(clean))
            words << clean;
    }
    QVector<Watch> watches;
    for (int i = 0; i < 50; ++i) {
        const QString word = words.value(i % std::max(1, int(words.size())));
        const QString entity =
            QStringLiteral("entity:\"%1\"").arg(names.value((i * 7) % std::max(1, int(names.size()))));
        const QString source = generator.article(i).source.section(QLatin1Char('/'), 0, 0);
        const QString texts[] = { word, entity, QStringLiteral("source:") + source, word + QLatin1Char(' ') + entity,
                                  QStringLiteral("date:%1 ").arg(2016 + i % 9) + word };
        Watch watch;
        watch.id = i + 1;
        watch.name = QStringLiteral("watch %1").arg(i + 1);
        watch.search = texts[i % 5];
        watches.append(watch);
    }
    return watches;
}

// An import's new rows are those above the last id before it: the 1,000
// newest articles of the large database stand for an import of 1,000, as
// WatchCounter::countNew() reads them. The baseline counts every article.
bool benchWatchCounts(const QString &databasePath, qint64 count, const CorpusGenerator &generator)
{
    constexpr int Runs = 5;
    constexpr qint64 Imported = 1000;
    Database database(databasePath, QStringLiteral("bench-watches"));
    if (!database.open()) {
        out() << "cannot open " << databasePath << ": " << database.errorString() << Qt::endl;
        return false;
    }
    const QVector<Watch> watches = benchWatches(generator);
    const qint64 before = std::max<qint64>(0, ArticleStore(database.connection()).lastArticleId() - Imported);
    WatchCounter::Counts added;
    const Timing incremental = timeRuns(Runs, [&] {
        added = WatchCounter::count(database.connection(), watches, before);
        return added.error.isEmpty();
    });
    // Each kind on its own, to see which one costs what.
    static const char *const kinds[] = { "a word", "an entity", "a source", "a word and an entity",
                                         "a year and a word" };
    QString perKind;
    for (int kind = 0; kind < 5; ++kind) {
        QVector<Watch> some;
        for (int i = kind; i < watches.size(); i += 5)
            some.append(watches.at(i));
        const Timing timing =
            timeRuns(Runs, [&] { return WatchCounter::count(database.connection(), some, before).error.isEmpty(); });
        perKind += QStringLiteral("| %1 | %2 | %3 |\n")
                       .arg(QLatin1String(kinds[kind]))
                       .arg(some.size())
                       .arg(fixed(timing.median, 1));
    }
    WatchCounter::Counts all;
    const Timing full = timeRuns(0, [&] {
        all = WatchCounter::count(database.connection(), watches);
        return all.error.isEmpty();
    });
    if (incremental.first < 0 || full.first < 0) {
        out() << "the watch counts failed: " << added.error << all.error << Qt::endl;
        return false;
    }
    int newMatches = 0;
    int allMatches = 0;
    for (const Watch &watch : watches) {
        newMatches += added.unread.value(watch.id);
        allMatches += all.unread.value(watch.id);
    }
    out() << "## Watches: unread counts after an import (" << count << " articles)\n\n"
          << watches.size() << " watches (words, `entity:`, `source:`, a word with an entity, a year with a word). "
          << "After an import of " << Imported << " articles, WatchCounter counts only the rows above the last id "
          << "before it (the " << Imported << " newest articles stand for them): " << newMatches
          << " new matches. The baseline counts every article again (" << allMatches << " unread matches).\n\n"
          << "| count | first run, ms | median, ms |\n|---|---|---|\n"
          << "| new rows only | " << fixed(incremental.first, 1) << " | " << fixed(incremental.median, 1) << " |\n"
          << "| every article (baseline) | " << fixed(full.first, 1) << " | — |\n\n"
          << "| kind | watches | median, ms (new rows only) |\n|---|---|---|\n"
          << perKind << "\n";
    record({ QStringLiteral("%1 watches' unread counts after a %2-article import, %3 articles")
                 .arg(watches.size())
                 .arg(Imported)
                 .arg(count),
             QStringLiteral("median %1 ms").arg(fixed(incremental.median, 1)),
             QStringLiteral("%1 ms (every article)").arg(fixed(full.first, 1)), QStringLiteral("≤ 1 s"),
             incremental.median <= 1000 });
    return true;
}

// Finding one article's copies: its story through the story index, and
// its candidates through the band index (a re-filing, rolled back).
bool benchStories(const QString &databasePath, qint64 count)
{
    constexpr int Lookups = 50;
    Database database(databasePath, QStringLiteral("bench-stories"));
    if (!database.open()) {
        out() << "cannot open " << databasePath << ": " << database.errorString() << Qt::endl;
        return false;
    }
    ArticleStore articles(database.connection());
    StoryStore stories(database.connection());
    QRandomGenerator random(11);
    QVector<double> copyTimes;
    QVector<double> refileTimes;
    int copiesSeen = 0;
    for (int k = 0; k < Lookups; ++k) {
        const qint64 id = 1 + random.bounded(int(count));
        QElapsedTimer timer;
        timer.start();
        copiesSeen += int(stories.copiesOf(id).size());
        copyTimes.append(double(timer.nsecsElapsed()) / 1e6);
        const std::optional<Article> article = articles.article(id);
        if (!article || !articles.beginTransaction()) {
            out() << "cannot read article " << id << Qt::endl;
            return false;
        }
        const MinHash signature = StoryStore::signatureOf(article->title, article->body);
        timer.restart();
        const bool filed = stories.assign(id, signature) != 0;
        refileTimes.append(double(timer.nsecsElapsed()) / 1e6);
        articles.rollbackTransaction();
        if (!filed) {
            out() << "filing failed: " << stories.lastError() << Qt::endl;
            return false;
        }
    }
    std::sort(copyTimes.begin(), copyTimes.end());
    std::sort(refileTimes.begin(), refileTimes.end());
    out() << "## Wire copies (" << count << " articles)\n\n"
          << Lookups << " random articles (seeded), " << copiesSeen << " copies found.\n\n"
          << "| operation | median, ms | max, ms |\n|---|---|---|\n"
          << "| StoryStore::copiesOf(): the story index | " << fixed(copyTimes.at(Lookups / 2), 2) << " | "
          << fixed(copyTimes.last(), 2) << " |\n"
          << "| StoryStore::assign(): candidates through the band index, similarity, rows rewritten | "
          << fixed(refileTimes.at(Lookups / 2), 2) << " | " << fixed(refileTimes.last(), 2) << " |\n\n";
    const double worst = std::max(copyTimes.last(), refileTimes.last());
    record({QStringLiteral("one article's copies, %1 articles").arg(count),
            QStringLiteral("slowest %1 ms").arg(fixed(worst, 2)), QStringLiteral("—"), QStringLiteral("≤ 20 ms"),
            worst <= 20});
    return true;
}

void printSummary()
{
    out() << "## Summary\n\n| figure | Veille | baseline | goal | |\n|---|---|---|---|---|\n";
    for (const Verdict &v : std::as_const(verdicts))
        out() << "| " << v.figure << " | " << v.veille << " | " << v.baseline << " | " << v.goal << " | "
              << (v.met ? "met" : "**missed**") << " |\n";
    out() << Qt::endl;
}

} // namespace

// The same import, jumps and searches on a team server (--server URL, an
// empty database), printed after the SQLite figures of the same run. A
// database that an earlier run filled with \a count articles is reused:
// only the jumps and searches are timed again.
bool benchServer(const QString &url, qint64 count, const QString &workFolder, const CorpusGenerator &generator)
{
    out() << "## Team server: PostgreSQL (" << count << " articles)\n\n";
    qint64 stored = -1;
    {
        Database database(url, QStringLiteral("bench-server-count"));
        if (database.open())
            stored = ArticleStore(database.connection()).count({});
    }
    if (stored == count) {
        out() << "- reused: the database holds " << count << " articles from an earlier run\n\n";
        return benchJump(url, count, 50) && benchSearch(url, count, QString());
    }
    if (stored != 0) {
        out() << "the server database must be empty or hold " << count << " articles; it holds " << stored << Qt::endl;
        return false;
    }
    const QString folder = workFolder + QStringLiteral("/server-import");
    generator.writeFiles(folder, 0, count);
    QElapsedTimer timer;
    timer.start();
    const ImportReport report = Importer(url).run({ folder });
    const double seconds = double(timer.elapsed()) / 1000;
    if (report.imported.size() != count) {
        out() << "the server imported " << report.imported.size() << " of " << count << " articles" << Qt::endl;
        return false;
    }
    out() << "- import: " << count << " articles in " << fixed(seconds) << " s, " << fixed(double(count) / seconds, 0)
          << " articles/s\n\n";
    record({ QStringLiteral("server import, %1 articles").arg(count),
             QStringLiteral("%1 articles/s").arg(fixed(double(count) / seconds, 0)), QStringLiteral("—"),
             QStringLiteral("—"), true });
    // What autovacuum does within a minute of a bulk import: until then the
    // GIN index's pending list makes the planner scan the table (a rare word
    // took 91 ms at 10,000 articles, 0.05 ms after).
    {
        Database database(url, QStringLiteral("bench-server-vacuum"));
        const bool opened = database.open();
        QSqlQuery vacuum(database.connection());
        if (!opened || !vacuum.exec(QStringLiteral("VACUUM ANALYZE"))) {
            out() << "cannot vacuum the server database: " << database.errorString() << Qt::endl;
            return false;
        }
        out() << "- then `VACUUM ANALYZE`, as autovacuum does after a bulk insert\n\n";
    }
    return benchJump(url, count, 50) && benchSearch(url, count, QString());
}

int main(int argc, char *argv[])
{
    // The figures run in a plain QCoreApplication; only the GUI children
    // need widgets (and they run offscreen).
    const bool isChild = std::any_of(argv, argv + argc, [](const char *arg) { return qstrcmp(arg, "--child") == 0; });
    std::unique_ptr<QCoreApplication> app =
        isChild ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    const qint64 appMicroseconds = monotonicMicroseconds();
    QCoreApplication::setApplicationName(QStringLiteral("veille"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Veille at scale, each figure beside its baseline."));
    parser.addHelpOption();
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   QStringLiteral("Small sizes in a temporary folder (a smoke test)."));
    const QCommandLineOption importCount(QStringLiteral("import"),
                                         QStringLiteral("Articles in the import figure (default 100000; 0 skips it)."),
                                         QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption articles(QStringLiteral("articles"),
                                      QStringLiteral("Articles in the large database (default 1000000; 0 skips)."),
                                      QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("The large database: reused when it holds N articles, made "
                                                     "otherwise from the import figure's database "
                                                     "(default /tmp/veille-bench-N.sqlite)."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption work(QStringLiteral("work"),
                                  QStringLiteral("Folder for the import figure's temporary files (default /tmp)."),
                                  QStringLiteral("DIR"), QDir::tempPath());
    const QCommandLineOption searchFiles(QStringLiteral("search-files"),
                                         QStringLiteral("The large database's articles as files, for the ripgrep "
                                                        "baseline: reused when the folder is not empty, written "
                                                        "otherwise (default: in the work folder, removed after)."),
                                         QStringLiteral("DIR"));
    const QCommandLineOption onlySearch(QStringLiteral("only-search"),
                                        QStringLiteral("On the large database, measure only the search figure."));
    const QCommandLineOption onlyTimeline(QStringLiteral("only-timeline"),
                                          QStringLiteral("On the large database, measure only the timeline figure."));
    const QCommandLineOption onlyFilters(QStringLiteral("only-filters"),
                                         QStringLiteral("On the large database, measure only the Bookmarked and "
                                                        "Starred filters (marking some articles once)."));
    const QCommandLineOption onlyPlans(QStringLiteral("only-plans"),
                                       QStringLiteral("On the large database, check only the query plans."));
    const QCommandLineOption dropIndex(QStringLiteral("drop-index"),
                                       QStringLiteral("With --quick: drop this index before checking the plans "
                                                      "(the guard's own test)."),
                                       QStringLiteral("NAME"));
    const QCommandLineOption onlyStalls(QStringLiteral("only-stalls"),
                                        QStringLiteral("Measure only the window's event loop on the large database."));
    const QCommandLineOption onlyWatches(QStringLiteral("only-watches"),
                                         QStringLiteral("On the large database, measure only the watch counts."));
    const QCommandLineOption onlyStories(QStringLiteral("only-stories"),
                                         QStringLiteral("On the large database, measure only the story lookups."));
    const QCommandLineOption childOption(QStringLiteral("child"), QStringLiteral("Internal: run one GUI figure."),
                                         QStringLiteral("MODE"));
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QStringLiteral("Also import --import articles into the empty team server database URL, and time the same"
                       " jumps and searches there (a database holding that many is reused)."),
        QStringLiteral("URL"));
    const QCommandLineOption onlyServer(QStringLiteral("only-server"),
                                        QStringLiteral("With --server, measure only the server's figures."));
    parser.addOptions({ quick, importCount, articles, dbOption, work, searchFiles, onlySearch, onlyTimeline,
                        onlyFilters, onlyPlans, dropIndex, onlyWatches, onlyStories, onlyStalls, childOption,
                        serverOption, onlyServer });
    parser.process(*app);

    if (parser.isSet(childOption)) {
        const QString mode = parser.value(childOption);
        const QString db = parser.value(dbOption);
        if (mode == QLatin1String("app-memory"))
            return childAppMemory(db);
        if (mode == QLatin1String("querymodel-memory"))
            return childQueryModelMemory(db);
        if (mode == QLatin1String("cold-start"))
            return childColdStart(db, appMicroseconds);
        if (mode == QLatin1String("ui-stalls"))
            return childStalls(db);
        return 2;
    }

    const bool isQuick = parser.isSet(quick);
    const qint64 toImport = isQuick ? 300 : parser.value(importCount).toLongLong();
    const qint64 large = isQuick ? 3000 : parser.value(articles).toLongLong();
    QTemporaryDir workFolder(parser.value(work) + QStringLiteral("/veille-bench-XXXXXX"));
    if (!workFolder.isValid()) {
        QTextStream(stderr) << "cannot create a folder under " << parser.value(work) << Qt::endl;
        return 1;
    }
    const QStringList names = CorpusGenerator::gazetteerNames();
    if (names.isEmpty()) {
        QTextStream(stderr) << "the default gazetteer could not be read" << Qt::endl;
        return 1;
    }
    const CorpusGenerator generator(names);

    printConditions(QStringLiteral("Veille scale benchmark"));
    bool ok = true;
    QString imported;
    const bool serverOnly = parser.isSet(serverOption) && parser.isSet(onlyServer);
    if (toImport > 0 && !serverOnly)
        ok = benchImport(workFolder.path(), toImport, generator, &imported) && ok;
    if (large > 0 && !serverOnly) {
        const QString db = isQuick || !parser.isSet(dbOption)
            ? (isQuick ? workFolder.path() : QDir::tempPath()) + QStringLiteral("/veille-bench-%1.sqlite").arg(large)
            : parser.value(dbOption);
        out() << "## The large database\n\n";
        if (!ensureLargeDatabase(db, large, imported, workFolder.path(), generator))
            return 1;
        out() << Qt::endl;
        // A plan that scans a table fails the run, even the smoke test.
        const bool plansOk = checkPlans(db, isQuick ? parser.value(dropIndex) : QString());
        if (parser.isSet(onlyPlans))
            return plansOk ? 0 : 1;
        ok = plansOk && ok;
        // One figure alone (--only-…).
        const std::vector<std::pair<const QCommandLineOption *, std::function<bool()>>> alone = {
            { &onlyTimeline, [&] { return benchTimeline(db, large); } },
            { &onlyFilters, [&] { return benchFilters(db, large); } },
            { &onlyStalls, [&] { return benchStalls(db, workFolder.path(), large); } },
            { &onlyWatches, [&] { return benchWatchCounts(db, large, generator); } },
            { &onlyStories, [&] { return benchStories(db, large); } },
        };
        for (const auto &[option, figure] : alone) {
            if (parser.isSet(*option)) {
                ok = figure() && ok;
                printSummary();
                return ok ? 0 : 1;
            }
        }
        if (!parser.isSet(onlySearch)) {
            ok = benchMemory(db, workFolder.path(), large) && ok;
            ok = benchColdStart(db, workFolder.path(), large, isQuick ? 1 : 5) && ok;
            ok = benchStalls(db, workFolder.path(), large) && ok;
            ok = benchJump(db, large, isQuick ? 20 : 200) && ok;
        }
        out() << "## Search: the articles as files\n\n";
        // The large database copies its first articles (see replicate()):
        // the files must be the same copies.
        qint64 distinct = checkedDistinct(db, large, toImport);
        if (distinct == 0)
            distinct = checkedDistinct(db, large, 100000);
        QString files;
        if (QStandardPaths::findExecutable(QStringLiteral("rg")).isEmpty()) {
            out() << "- ripgrep (`rg`) is not installed: no baseline\n";
        } else if (distinct == 0) {
            out() << "- the large database is not copies of its first articles: no baseline\n";
        } else {
            files = parser.isSet(searchFiles) ? parser.value(searchFiles)
                                              : workFolder.path() + QStringLiteral("/search-files");
            if (!ensureSearchFiles(files, large, distinct, generator))
                return 1;
            out() << "- " << large << " files: " << distinct << " distinct generated articles, "
                  << (large + distinct - 1) / distinct << " copies, " << fixed(double(folderBytes(files)) / 1e9, 2)
                  << " GB\n";
        }
        out() << Qt::endl;
        ok = benchSearch(db, large, files) && ok;
        ok = benchFilters(db, large) && ok;
        ok = benchTimeline(db, large) && ok;
        ok = benchWatchCounts(db, large, generator) && ok;
        ok = benchStories(db, large) && ok;
    }
    if (parser.isSet(serverOption))
        ok = benchServer(parser.value(serverOption), toImport, workFolder.path(), generator) && ok;
    printSummary();
    // A missed goal is a finding, not a failure; a figure that could not be
    // measured is one.
    return ok ? 0 : 1;
}
