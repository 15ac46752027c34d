// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobrunner.h"

#include "jobprogressbar.h"
#include "util/job.h"

#include <QProgressDialog>
#include <QStatusBar>
#include <QThread>

namespace Veille {

JobRunner::JobRunner(QWidget *dialogParent, QStatusBar *statusBar)
    : QObject(dialogParent)
    , m_dialogParent(dialogParent)
    , m_statusBar(statusBar)
{
}

JobRunner::~JobRunner()
{
    // Closing the window mid-job: stop at the next step. Committed batches
    // are kept and the next run finishes the work.
    if (m_thread) {
        m_current.job->cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void JobRunner::start(std::unique_ptr<Job> job, const QString &label, std::function<void(Job &)> work,
                      std::function<void()> done, Modality modality)
{
    m_queue.push_back({std::move(job), label, std::move(work), std::move(done), modality});
    if (!m_thread)
        startNext();
}

void JobRunner::startNext()
{
    m_current = std::move(m_queue.front());
    m_queue.pop_front();
    Job *job = m_current.job.get();
    m_thread = QThread::create([job, work = m_current.work] { work(*job); });
    showProgress(job);
    connect(m_thread, &QThread::finished, this, &JobRunner::onThreadFinished);
    m_thread->start();
}

void JobRunner::showProgress(Job *job)
{
    // Job::progress is emitted on the worker thread, so it arrives queued.
    if (m_current.modality == Modality::Background) {
        auto *bar = new JobProgressBar(m_current.label);
        m_statusBar->addPermanentWidget(bar);
        connect(bar, &JobProgressBar::canceled, job, &Job::cancel, Qt::DirectConnection);
        connect(job, &Job::progress, bar, &JobProgressBar::setProgress);
        m_progressBar = bar;
        return;
    }
    m_progress = new QProgressDialog(m_current.label, tr("Cancel"), 0, 0, m_dialogParent);
    m_progress->setWindowTitle(m_current.label);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_progress, &QProgressDialog::canceled, job, &Job::cancel, Qt::DirectConnection);
    connect(job, &Job::progress, m_progress, [progress = m_progress, label = m_current.label](int done, int total) {
        progress->setMaximum(total);
        progress->setValue(done);
        progress->setLabelText(JobProgressBar::progressText(label, done, total));
    });
}

void JobRunner::onThreadFinished()
{
    delete m_thread;
    m_thread = nullptr;
    if (m_progress)
        m_progress->close();
    delete m_progressBar;
    Task finished = std::move(m_current);
    m_current = Task();
    if (finished.done)
        finished.done();
    if (!m_queue.empty() && !m_thread)
        startNext();
}

} // namespace Veille
