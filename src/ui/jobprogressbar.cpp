// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobprogressbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

namespace Veille {

JobProgressBar::JobProgressBar(const QString &label, QWidget *parent)
    : QWidget(parent)
    , m_label(label)
    , m_text(new QLabel(label))
    , m_bar(new QProgressBar)
    , m_cancel(new QToolButton)
{
    m_text->setTextFormat(Qt::PlainText);
    // Busy until the job says how much there is to do.
    m_bar->setRange(0, 0);
    m_bar->setMaximumWidth(160);
    m_bar->setTextVisible(false);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop now; what is done so far is kept"));
    m_cancel->setFocusPolicy(Qt::NoFocus);
    m_cancel->setAutoRaise(true);
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_text->setText(tr("%1 (stopping…)").arg(m_label));
        Q_EMIT canceled();
    });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
}

void JobProgressBar::setProgress(int done, int total)
{
    m_bar->setRange(0, total);
    m_bar->setValue(done);
    if (m_cancel->isEnabled())
        m_text->setText(progressText(m_label, done, total));
}

QString JobProgressBar::progressText(const QString &label, int done, int total)
{
    const QLocale locale;
    return tr("%1 %2 of %3").arg(label, locale.toString(done), locale.toString(total));
}

} // namespace Veille
