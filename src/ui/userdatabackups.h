// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/userdatabackup.h"

#include <QDate>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QObject>

#include <optional>

class QAction;
class QMainWindow;

namespace Veille {

class Database;

/*! The window's side of the user-data backups: the daily backup, made on
 * the thread pool with its own connection once the window is up, and
 * File → Restore User Data…. Destroying it waits for the backup. */
class UserDataBackups : public QObject
{
    Q_OBJECT
public:
    /*! Starts \a today's backup of \a database unless one exists. */
    UserDataBackups(Database &database, QMainWindow *window, const QDate &today = QDate::currentDate());
    ~UserDataBackups() override;

    QAction *restoreAction() const { return m_restoreAction; }
    /*! Restores \a file into the window's database and shows what came
     * back; the action asks for the file and a confirmation first. */
    std::optional<RestoreReport> restoreFile(const QString &file);

Q_SIGNALS:
    /*! The daily backup ended: \a file is empty when none was due or it
     * failed, and \a error says why it failed. */
    void backupFinished(const QString &file, const QString &error);
    /*! Rows came back; \a gazetteerChanged when mentions must be found again. */
    void restored(bool gazetteerChanged);

private:
    struct Outcome {
        QString file;
        QString error;
    };
    static Outcome backUp(const QString &databasePath, const QDate &today);
    void onBackupFinished();
    void chooseAndRestore();
    void showReport(const QString &file, const RestoreReport &report);
    /*! A non-modal message, as plain text. */
    void showMessage(QMessageBox::Icon icon, const QString &text);

    Database &m_database;
    QMainWindow *m_window = nullptr;
    QAction *m_restoreAction = nullptr;
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace Veille
