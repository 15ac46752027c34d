// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace Veille {

/*! \brief A background job's progress in the window's status bar: what it
 * does, how far it is and a Cancel button. Unlike a dialog, it never takes
 * the keyboard focus from the list or the search field. */
class JobProgressBar : public QWidget
{
    Q_OBJECT
public:
    explicit JobProgressBar(const QString &label, QWidget *parent = nullptr);

    void setProgress(int done, int total);

    /*! "Finding names… 120 of 5000". */
    static QString progressText(const QString &label, int done, int total);

Q_SIGNALS:
    void canceled();

private:
    QString m_label;
    QLabel *m_text = nullptr;
    QProgressBar *m_bar = nullptr;
    QToolButton *m_cancel = nullptr;
};

} // namespace Veille
