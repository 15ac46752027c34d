// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/databasecheck.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

class QMainWindow;

namespace Veille {

/*! Checks the window's database for damage on the thread pool once the
 * window is up, and warns in it (status bar and a non-modal message) when
 * the file is damaged. Destroying it stops the check. */
class DatabaseCheckNotice : public QObject
{
    Q_OBJECT
public:
    /*! The check reads for at most \a timeLimitMs: at a million articles
     * it may end unfinished, which says nothing. */
    DatabaseCheckNotice(const QString &databasePath, QMainWindow *window, int timeLimitMs = 120000);
    ~DatabaseCheckNotice() override;

Q_SIGNALS:
    /*! The check ended; \a damaged when the message is shown. */
    void checked(bool damaged);

private:
    void onFinished();

    QMainWindow *m_window = nullptr;
    QString m_path;
    std::shared_ptr<DatabaseCheck> m_check;
    QFutureWatcher<DatabaseCheck::Result> m_watcher;
};

} // namespace Veille
