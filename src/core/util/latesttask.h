// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent>

#include <atomic>
#include <functional>
#include <memory>

namespace Veille {

/*! \brief Runs tasks on a worker thread of its own, one at a time, where
 * only the latest counts.
 *
 * A newer task makes the older ones stale: one still queued is skipped,
 * one running learns it from the \a cancelled function it was given (a
 * QueryBudget stops its statement), and no stale result is delivered.
 * Destroying it waits for the running task.
 */
class LatestTask
{
public:
    LatestTask() { m_pool.setMaxThreadCount(1); }
    ~LatestTask()
    {
        ++*m_generation;
        m_pool.waitForDone();
    }
    LatestTask(const LatestTask &) = delete;
    LatestTask &operator=(const LatestTask &) = delete;

    /*! \brief Runs \a work on the worker thread, then \a done with its
     * result on \a context's thread, unless a newer task started meanwhile.
     * Returns the task's number, 1 for the first. */
    template<typename Result>
    quint64 start(QObject *context, std::function<Result(const std::function<bool()> &cancelled)> work,
                  std::function<void(const Result &)> done)
    {
        const quint64 generation = ++*m_generation;
        m_pending = true;
        const auto current = m_generation;
        const std::function<bool()> cancelled = [generation, current] { return generation != *current; };
        auto *watcher = new QFutureWatcher<Result>(context);
        QObject::connect(watcher, &QFutureWatcher<Result>::finished, context, [this, watcher, cancelled, done] {
            watcher->deleteLater();
            if (cancelled())
                return;
            m_pending = false;
            done(watcher->result());
        });
        watcher->setFuture(
            QtConcurrent::run(&m_pool, [work, cancelled] { return cancelled() ? Result() : work(cancelled); }));
        return generation;
    }

    /*! \brief Whether a task was started and has not finished yet. */
    bool isBusy() const { return m_pending; }
    /*! \brief Makes the tasks started so far stale, as a newer one would. */
    void cancel()
    {
        ++*m_generation;
        m_pending = false;
    }

private:
    QThreadPool m_pool;
    std::shared_ptr<std::atomic<quint64>> m_generation = std::make_shared<std::atomic<quint64>>(0);
    bool m_pending = false;
};

} // namespace Veille
