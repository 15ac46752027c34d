// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importreport.h"

#include <QObject>

#include <atomic>

namespace Veille {

class ArticleStore;

/*! \brief Imports files and folders of articles into a database.
 *
 * run() opens its own connection, so it may run on any thread; progress is
 * signalled and cancel() may be called from another thread. Files are
 * written in batches, one transaction each: an interrupted import leaves
 * the store consistent and the next run finishes the job. A file that fails
 * is reported and changes nothing in the store.
 */
class Importer : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 MaxFileSize = 32 * 1024 * 1024;

    explicit Importer(const QString &databasePath, QObject *parent = nullptr);

    ImportReport run(const QStringList &paths);
    void cancel() { m_cancelled = true; }

    /*! \brief The article files under \a paths: folders are walked for
     * .txt and .md files (not README, LICENSE and the like); files named
     * directly are taken whatever their name. Paths that do not exist
     * become failures. */
    static QStringList collectFiles(const QStringList &paths, QVector<ImportReport::Failure> *failures);

Q_SIGNALS:
    void progress(int done, int total);

private:
    void importFiles(ArticleStore &store, const QStringList &files, ImportReport &report);

    QString m_databasePath;
    std::atomic<bool> m_cancelled{false};
};

} // namespace Veille
