// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>
#include <memory>

class QProgressDialog;
class QStatusBar;
class QThread;
class QWidget;

namespace Veille {

class Job;

/*! Runs jobs (imports, re-indexing) on a worker thread, one at a time, with
 * their progress and Cancel in a dialog, or in \a statusBar for a job in the
 * background; jobs started while one runs wait in turn. */
class JobRunner : public QObject
{
    Q_OBJECT
public:
    JobRunner(QWidget *dialogParent, QStatusBar *statusBar);
    ~JobRunner() override;

    /*! Whether the window can be used while a job runs. */
    enum class Modality { Blocking, Background };

    /*! Queues \a job: \a work runs on the worker thread, then \a done here.
     * A Background job's progress shows in the status bar: it neither
     * blocks the window nor takes the keyboard focus. */
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
    void showProgress(Job *job);
    void onThreadFinished();

    QWidget *m_dialogParent = nullptr;
    QStatusBar *m_statusBar = nullptr;
    std::deque<Task> m_queue;
    Task m_current;
    QThread *m_thread = nullptr;
    QPointer<QProgressDialog> m_progress;
    QPointer<QWidget> m_progressBar;
};

} // namespace Veille
