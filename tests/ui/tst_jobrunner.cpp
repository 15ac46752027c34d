// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobprogressbar.h"
#include "jobrunner.h"
#include "util/job.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QProgressBar>
#include <QProgressDialog>
#include <QStatusBar>
#include <QTest>
#include <QThread>
#include <QToolButton>

#include <atomic>

using namespace Veille;

// Jobs on the worker thread, in a real window: a blocking one in a modal
// dialog, a background one in the status bar, where it leaves the keyboard
// focus where the user had it.
class TestJobRunner : public QObject
{
    Q_OBJECT

    std::unique_ptr<QMainWindow> m_window;
    QLineEdit *m_field = nullptr;
    JobRunner *m_runner = nullptr;
    std::atomic<bool> m_release { false };

    // Work that says it is at step 3 of 10, then waits until released or
    // cancelled.
    std::function<void(Job &)> waitingWork()
    {
        return [this](Job &job) {
            Q_EMIT job.progress(3, 10);
            while (!m_release && !job.isCancelled())
                QThread::msleep(5);
        };
    }

    QProgressDialog *visibleDialog() const
    {
        for (QProgressDialog *dialog : m_window->findChildren<QProgressDialog *>()) {
            if (dialog->isVisible())
                return dialog;
        }
        return nullptr;
    }

private Q_SLOTS:
    void init()
    {
        m_release = false;
        m_window = std::make_unique<QMainWindow>();
        m_field = new QLineEdit;
        m_window->setCentralWidget(m_field);
        m_runner = new JobRunner(m_window.get(), m_window->statusBar());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_field->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), m_field);
    }

    void cleanup()
    {
        m_release = true;
        m_window.reset();
    }

    void backgroundJobShowsInTheStatusBarAndKeepsTheFocus()
    {
        bool done = false;
        m_runner->start(
            std::make_unique<Job>(), QStringLiteral("Finding <b>names</b>…"), waitingWork(), [&done] { done = true; },
            JobRunner::Modality::Background);
        QTRY_VERIFY(m_window->statusBar()->findChild<JobProgressBar *>());
        auto *bar = m_window->statusBar()->findChild<JobProgressBar *>()->findChild<QProgressBar *>();
        QTRY_COMPARE(bar->value(), 3);
        QCOMPARE(bar->maximum(), 10);
        // Past the dialog's 300 ms: still no dialog, and the field keeps the keys.
        QTest::qWait(500);
        QCOMPARE(visibleDialog(), nullptr);
        QCOMPARE(QApplication::activeWindow(), m_window.get());
        QCOMPARE(QApplication::focusWidget(), m_field);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("qualcomm"));
        QCOMPARE(m_field->text(), QStringLiteral("qualcomm"));
        // The label is text, not markup.
        QVERIFY(m_window->statusBar()->findChild<JobProgressBar *>()->findChild<QLabel *>()->text().contains(
            QStringLiteral("<b>names</b>")));
        QCOMPARE(m_window->statusBar()->findChild<JobProgressBar *>()->findChild<QLabel *>()->textFormat(),
                 Qt::PlainText);

        // Cancel stops the job; its bar goes once it has stopped.
        QTest::mouseClick(m_window->statusBar()->findChild<JobProgressBar *>()->findChild<QToolButton *>(),
                          Qt::LeftButton);
        QTRY_VERIFY(done);
        QTRY_COMPARE(m_window->statusBar()->findChild<JobProgressBar *>(), nullptr);
        QCOMPARE(QApplication::focusWidget(), m_field);
    }

    void blockingJobShowsAModalDialog()
    {
        bool done = false;
        m_runner->start(std::make_unique<Job>(), QStringLiteral("Importing…"), waitingWork(), [&done] { done = true; });
        QTRY_VERIFY(visibleDialog());
        QCOMPARE(visibleDialog()->windowModality(), Qt::WindowModal);
        QCOMPARE(visibleDialog()->maximum(), 10);
        QCOMPARE(m_window->statusBar()->findChild<JobProgressBar *>(), nullptr);
        m_release = true;
        QTRY_VERIFY(done);
        QTRY_COMPARE(visibleDialog(), nullptr);
    }

    void jobsRunInTurn()
    {
        QStringList finished;
        m_runner->start(
            std::make_unique<Job>(), QStringLiteral("first"), waitingWork(),
            [&finished] { finished << QStringLiteral("first"); }, JobRunner::Modality::Background);
        m_runner->start(
            std::make_unique<Job>(), QStringLiteral("second"), [](Job &) {},
            [&finished] { finished << QStringLiteral("second"); }, JobRunner::Modality::Background);
        QTest::qWait(100);
        QVERIFY(finished.isEmpty());
        QCOMPARE(m_window->statusBar()->findChildren<JobProgressBar *>().size(), 1);
        m_release = true;
        QTRY_COMPARE(finished, (QStringList { QStringLiteral("first"), QStringLiteral("second") }));
        QTRY_COMPARE(m_window->statusBar()->findChild<JobProgressBar *>(), nullptr);
    }
};

QTEST_MAIN(TestJobRunner)
#include "tst_jobrunner.moc"
