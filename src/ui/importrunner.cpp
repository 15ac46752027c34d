// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importrunner.h"

#include "importer.h"

#include <QProgressDialog>
#include <QThread>

namespace Veille {

ImportRunner::ImportRunner(const QString &databasePath, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_databasePath(databasePath)
    , m_dialogParent(dialogParent)
{
}

ImportRunner::~ImportRunner()
{
    // Closing the window mid-import: stop at the next file; committed
    // batches are kept and the next import finishes the job.
    if (m_thread) {
        m_importer->cancel();
        m_thread->wait();
        delete m_thread;
        delete m_importer;
    }
}

void ImportRunner::start(const QStringList &paths)
{
    m_queue.append(paths);
    if (!m_thread)
        startNext();
}

void ImportRunner::startNext()
{
    const QStringList paths = m_queue.takeFirst();
    m_importer = new Importer(m_databasePath);
    m_thread = QThread::create([this, paths] { m_report = m_importer->run(paths); });

    m_progress = new QProgressDialog(tr("Importing articles…"), tr("Cancel"), 0, 0, m_dialogParent);
    m_progress->setWindowTitle(tr("Import"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_progress, &QProgressDialog::canceled, m_importer, &Importer::cancel, Qt::DirectConnection);
    // Emitted on the worker thread, so it arrives queued.
    connect(m_importer, &Importer::progress, m_progress, [progress = m_progress](int done, int total) {
        progress->setMaximum(total);
        progress->setValue(done);
        progress->setLabelText(tr("Importing articles… %1 of %2").arg(done).arg(total));
    });
    connect(m_thread, &QThread::finished, this, &ImportRunner::onThreadFinished);
    m_thread->start();
}

void ImportRunner::onThreadFinished()
{
    delete m_thread;
    m_thread = nullptr;
    delete m_importer;
    m_importer = nullptr;
    if (m_progress)
        m_progress->close();
    const ImportReport report = std::exchange(m_report, {});
    Q_EMIT finished(report);
    if (!m_queue.isEmpty())
        startNext();
}

} // namespace Veille
