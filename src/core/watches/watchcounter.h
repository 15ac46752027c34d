// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/latesttask.h"
#include "watches/watch.h"

#include <QHash>
#include <QObject>
#include <QPair>
#include <QSqlDatabase>
#include <QVector>

namespace Veille {

/*! \brief Counts each watch's unread articles, on a worker thread.
 *
 * recount() counts every article. After an import that only added
 * articles, countNew() counts the rows above the last id it saw and adds
 * them to the counts it holds: new ids only grow, so a thousand new rows
 * cost the same in a corpus of a million. An import that updated articles
 * (they become unread again, and may match otherwise) recounts all.
 */
class WatchCounter : public QObject
{
    Q_OBJECT
public:
    /*! \brief Counts on one connection, at one moment. */
    struct Counts {
        QHash<qint64, int> unread; //!< per watch id
        qint64 lastId = 0; //!< the highest article id when counted
        QString error; //!< the database failed; the counts are not valid
    };

    /*! \brief Counts the unread articles each of \a watches lists among
     * those whose id is above \a idAbove (0: all of them), in one read
     * transaction on \a db. */
    static Counts count(const QSqlDatabase &db, const QVector<Watch> &watches, qint64 idAbove = 0);

    explicit WatchCounter(const QString &databasePath, QObject *parent = nullptr);

    /*! \brief Counts every watch again from every article, in the background. */
    void recount();
    /*! \brief After an import: counts only articles added since the last
     * count, unless \a updatedSome (then all again); the new ones are
     * reported by newArticles(). */
    void countNew(bool updatedSome);
    /*! \brief The last count of watch \a id, -1 when not counted yet. */
    int unread(qint64 watchId) const { return m_unread.value(watchId, -1); }
    bool isBusy() const { return m_task.isBusy(); }

Q_SIGNALS:
    /*! \brief New counts are in. */
    void countsChanged();
    /*! \brief An import added unread articles to these watches: their names
     * and how many, in the watches' order. */
    void newArticles(const QVector<QPair<QString, int>> &added);
    void failed(const QString &error);

private:
    struct Outcome {
        QVector<Watch> watches;
        Counts counts; //!< all articles, or the new ones only when incremental
        Counts added; //!< the articles above the previous last id
        bool incremental = false;
    };
    void start(bool all, bool reportNew);
    void deliver(const Outcome &outcome, bool reportNew);

    QString m_databasePath;
    QHash<qint64, int> m_unread;
    qint64 m_lastId = -1; //!< -1: never counted
    LatestTask m_task;
};

} // namespace Veille
