// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articles/articlequery.h"
#include "articles/datehistogram.h"

#include "util/latesttask.h"

#include <QObject>

#include <optional>

namespace Veille {

/*! Reads the timeline's histogram on a worker thread, with a connection of
 * its own, as ArticleSearcher runs a search: a newer count cancels the
 * older one (its statement stops at SQLite's next check), whose result is
 * never delivered. */
class TimelineCounter : public QObject
{
    Q_OBJECT
public:
    explicit TimelineCounter(const QString &databasePath, QObject *parent = nullptr);
    ~TimelineCounter() override;

    /*! Counts the articles \a query lists; with \a overlayEntity, also those
     * that mention it. Where the exact counts take long (a common word
     * in a large corpus, DateHistogram::sampleRate()), an estimate from a
     * sample is delivered first, then the exact counts. */
    void count(const ArticleQuery &query, qint64 overlayEntity);
    bool isBusy() const { return m_task.isBusy(); }

Q_SIGNALS:
    /*! The latest count finished; \a error is empty when it went well. */
    void counted(const Veille::DateHistogram &histogram, const QString &error);

private:
    struct Result {
        DateHistogram histogram;
        QString error;
    };
    // With no \a estimate, one may come first; with one, the exact counts,
    // or the estimate again with their error.
    void start(const ArticleQuery &query, qint64 overlayEntity, const std::optional<DateHistogram> &estimate);
    static Result run(const QString &databasePath, ArticleQuery query, qint64 overlayEntity, bool mayEstimate,
                      const std::function<bool()> &cancelled);

    QString m_databasePath;
    LatestTask m_task;
};

} // namespace Veille
