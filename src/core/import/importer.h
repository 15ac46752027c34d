// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articles/articleparser.h"
#include "entities/namedetection.h"
#include "import/importreport.h"
#include "import/tablereader.h"
#include "util/job.h"

#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <optional>

namespace Veille {

class ArticleStore;
class ColumnMapping;
class EntityStore;
class PassageStore;
class StoryStore;
struct PreparedFile;

/*! \brief Imports files and folders of articles into a database.
 *
 * run() opens its own connection, so it may run on any thread; progress is
 * signalled and cancel() may be called from another thread. Files are
 * read, parsed and matched against the gazetteer on the thread pool, a
 * chunk ahead of the one thread that writes them, in batches of one
 * transaction each (with their mentions): an interrupted import leaves
 * the store consistent and the next run finishes the job. A file that fails
 * is reported and changes nothing in the store. Batches are short (a
 * quarter of a second, unless setBatches() says Bulk) with a pause between
 * them, so that another writer, e.g. a second import, takes turns with this
 * one instead of giving up;
 * waitingForWriter() says when this one waits for it. A database found
 * damaged stops the import, and the report's error says so.
 *
 * Tables (.csv, .tsv, .jsonl) are streamed: each row is one article, kept
 * under "FILE#URL" (or "FILE#ROW" with no url), and a malformed row is a
 * failure named "FILE:LINE" while the other rows import.
 */
class Importer : public Job
{
    Q_OBJECT
public:
    static constexpr qint64 MaxFileSize = 32 * 1024 * 1024;

    explicit Importer(const QString &databasePath, QObject *parent = nullptr);

    ImportReport run(const QStringList &paths);
    /*! \brief Imports articles built elsewhere (feed items), each under
     * its path, as files are: a path seen before with the same content
     * hash is unchanged, with another one updated. A failed result is a
     * failure named by its path. */
    ImportReport importArticles(const QVector<ArticleParser::Result> &articles);

    /*! \brief Reads every file as a table of \a format; by default the
     * file's extension decides. */
    void setTableFormat(std::optional<TableReader::Format> format);
    /*! \brief The columns of tables: the fields \a mapping sets win over
     * those guessed from each table's header. */
    void setColumnMapping(const ColumnMapping &mapping);
    /*! \brief For tests: \a hook is called on the importing thread after
     * each article is written, with how many are done, so that a test can
     * hold the import there and cancel it while it is provably under way. */
    void setArticleWrittenHook(std::function<void(int done)> hook);
    /*! \brief Before writing, looks for damage in the database for up to
     * \a milliseconds (0, the default: not at all), and writes nothing
     * into a damaged one. A write that meets damage stops the import
     * either way. */
    void setDamageCheck(int milliseconds);
    /*! \brief How names the gazetteer does not know are found (by default:
     * not at all, the gazetteer and rules only). */
    void setNameDetection(NameDetection detection);

    /*! \brief How long the writer holds the database's write lock at a time. */
    enum class Batches {
        /*! up to 500 articles or a quarter of a second, then a pause: a
         * window open on the database writes between them (a read mark, a
         * bookmark) without a wait the user would notice */
        Shared,
        /*! up to 2,000 articles or 4 seconds: each index page an import
         * touches is written once for more articles (1.55× as fast at
         * 150,000 articles), but another writer waits up to 4 s; for a
         * large import into a database nothing else writes meanwhile */
        Bulk
    };
    void setBatches(Batches batches);

    /*! \brief The article files under \a paths: folders are walked for
     * .txt and .md files (not README, LICENSE and the like); files named
     * directly are taken whatever their name. Paths that do not exist,
     * folders that cannot be read and entries named like articles that are
     * not regular files (FIFOs, devices, broken links) become failures. */
    static QStringList collectFiles(const QStringList &paths, QVector<ImportReport::Failure> *failures);

Q_SIGNALS:
    /*! \brief Another writer holds the database: the import waits for it
     * (up to Transaction::WaitMilliseconds) before its next batch. */
    void waitingForWriter();

private:
    /*! The stores the one writer writes, on one connection. */
    struct Stores {
        ArticleStore &articles;
        EntityStore &entities;
        PassageStore &passages;
        StoryStore &stories;
        QSqlDatabase connection;
        QString firstError() const;
    };
    class Batch;
    struct Progress;

    bool isDamaged(ImportReport &report) const;
    void importInto(ImportReport &report, const QStringList &files, const QVector<ArticleParser::Result> &articles);
    void importFiles(const Stores &stores, const QStringList &files, const QVector<ArticleParser::Result> &articles,
                     ImportReport &report);
    bool writeArticles(const QVector<PreparedFile> &files, Batch &batch, Progress &tally, ImportReport &report);
    void signalProgress(Progress &tally);
    static bool write(const Stores &stores, const PreparedFile &file, ImportReport &pending);

    QString m_databasePath;
    std::optional<TableReader::Format> m_tableFormat;
    std::shared_ptr<const ColumnMapping> m_mapping;
    std::function<void(int)> m_articleWritten;
    int m_damageCheckMs = 0;
    NameDetection m_detection;
    Batches m_batches = Batches::Shared;
};

} // namespace Veille
