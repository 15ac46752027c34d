// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importreport.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QProgressDialog;
class QThread;
class QWidget;

namespace Veille {

class Importer;

/*! Runs imports on a worker thread, one at a time, with a progress dialog
 * and Cancel; paths given while one runs wait for it to end. */
class ImportRunner : public QObject
{
    Q_OBJECT
public:
    ImportRunner(const QString &databasePath, QWidget *dialogParent);
    ~ImportRunner() override;

    void start(const QStringList &paths);
    bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    void finished(const Veille::ImportReport &report);

private:
    void startNext();
    void onThreadFinished();

    QString m_databasePath;
    QWidget *m_dialogParent = nullptr;
    QList<QStringList> m_queue;
    QThread *m_thread = nullptr;
    Importer *m_importer = nullptr;
    QPointer<QProgressDialog> m_progress;
    ImportReport m_report;
};

} // namespace Veille
