// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>
#include <memory>

class QProgressDialog;
class QThread;
class QWidget;

namespace Veille {

class Job;

/*! Runs jobs (imports, re-indexing) on a worker thread, one at a time, with
 * a progress dialog and Cancel; jobs started while one runs wait in turn. */
class JobRunner : public QObject
{
    Q_OBJECT
public:
    explicit JobRunner(QWidget *dialogParent);
    ~JobRunner() override;

    /*! Whether the window can be used while a job runs. */
    enum class Modality { Blocking, Background };

    /*! Queues \a job: \a work runs on the worker thread, then \a done here.
     * A Background job's progress does not block the window. */
    void start(std::unique_ptr<Job> job, const QString &label, std::function<void(Job &)> work,
               std::function<void()> done, Modality modality = Modality::Blocking);

private:
    struct Task {
        std::unique_ptr<Job> job;
        QString label;
        std::function<void(Job &)> work;
        std::function<void()> done;
        Modality modality = Modality::Blocking;
    };

    void startNext();
    void onThreadFinished();

    QWidget *m_dialogParent = nullptr;
    std::deque<Task> m_queue;
    Task m_current;
    QThread *m_thread = nullptr;
    QPointer<QProgressDialog> m_progress;
};

} // namespace Veille
