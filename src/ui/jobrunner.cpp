// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobrunner.h"

#include "util/job.h"

#include <QProgressDialog>
#include <QThread>

namespace Veille {

JobRunner::JobRunner(QWidget *dialogParent)
    : QObject(dialogParent)
    , m_dialogParent(dialogParent)
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

    m_progress = new QProgressDialog(m_current.label, tr("Cancel"), 0, 0, m_dialogParent);
    m_progress->setWindowTitle(m_current.label);
    m_progress->setWindowModality(m_current.modality == Modality::Blocking ? Qt::WindowModal : Qt::NonModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_progress, &QProgressDialog::canceled, job, &Job::cancel, Qt::DirectConnection);
    // Emitted on the worker thread, so it arrives queued.
    connect(job, &Job::progress, m_progress,
            [progress = m_progress, label = m_current.label](int done, int total) {
                progress->setMaximum(total);
                progress->setValue(done);
                progress->setLabelText(tr("%1 %2 of %3").arg(label).arg(done).arg(total));
            });
    connect(m_thread, &QThread::finished, this, &JobRunner::onThreadFinished);
    m_thread->start();
}

void JobRunner::onThreadFinished()
{
    delete m_thread;
    m_thread = nullptr;
    if (m_progress)
        m_progress->close();
    Task finished = std::move(m_current);
    m_current = Task();
    if (finished.done)
        finished.done();
    if (!m_queue.empty() && !m_thread)
        startNext();
}

} // namespace Veille
