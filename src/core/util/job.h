// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <atomic>

namespace Veille {

/*! \brief Long work that runs on a worker thread: it signals progress and
 * stops at the next step when cancelled from any thread. */
class Job : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled; }

Q_SIGNALS:
    void progress(int done, int total);

protected:
    std::atomic<bool> m_cancelled{false};
};

} // namespace Veille
