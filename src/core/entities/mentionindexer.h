// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities/namedetection.h"
#include "util/job.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

namespace Veille {

class MentionFinder;

/*! \brief Finds mentions again after the gazetteer changed.
 *
 * Only the articles that can be affected are read: those whose text
 * contains one of the names that changed, as the full-text index tells.
 * Like Importer, run() opens its own connection and may run on any thread.
 */
class MentionIndexer : public Job
{
    Q_OBJECT
public:
    explicit MentionIndexer(const QString &databasePath, QObject *parent = nullptr);
    /*! \brief As Importer::setNameDetection(). */
    void setNameDetection(NameDetection detection) { m_detection = std::move(detection); }

    /*! \brief Re-indexes the articles that contain any of \a texts, or every
     * article when \a texts is empty. Returns how many were re-indexed, or
     * -1 with errorString() set. */
    int run(const QStringList &texts = {});
    /*! \brief Re-indexes every article when the stored mentions were found
     * another way (NameDetection::signature(): a new model, another
     * threshold, the tagger turned on or off), then records this way.
     * Returns how many were re-indexed (0 when nothing changed), or -1. */
    int runIfDetectionChanged();
    QString errorString() const { return m_error; }

private:
    /*! Finds the mentions of articles \a ids again in one transaction;
     * how many it indexed, or -1 with m_error set. */
    int indexBatch(QSqlDatabase &connection, const QVector<qint64> &ids, const MentionFinder &finder);

    QString m_databasePath;
    QString m_error;
    NameDetection m_detection;
};

} // namespace Veille
