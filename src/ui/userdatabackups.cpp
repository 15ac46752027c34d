// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "userdatabackups.h"

#include "db/database.h"
#include "db/serveraddress.h"
#include "themeicon.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

namespace Veille {

namespace {
// Enough to say which articles to import; the CLI lists them all.
const int shownMissingArticles = 10;
} // namespace

UserDataBackups::UserDataBackups(Database &database, QMainWindow *window, const QDate &today)
    : QObject(window)
    , m_database(database)
    , m_window(window)
{
    setObjectName(QStringLiteral("userDataBackups"));
    m_restoreAction = new QAction(themeIcon(QStringLiteral("document-revert")), tr("&Restore User Data…"), this);
    m_restoreAction->setObjectName(QStringLiteral("restoreUserDataAction"));
    connect(m_restoreAction, &QAction::triggered, this, &UserDataBackups::chooseAndRestore);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &UserDataBackups::onBackupFinished);
    const QString path = database.path();
    // A team server is backed up by its administrator (pg_dump); a folder
    // beside a postgresql:// address would be a folder named after it.
    if (ServerAddress::isServerLocation(path))
        return;
    m_watcher.setFuture(QtConcurrent::run([path, today] { return backUp(path, today); }));
}

UserDataBackups::~UserDataBackups()
{
    m_watcher.waitForFinished();
}

UserDataBackups::Outcome UserDataBackups::backUp(const QString &databasePath, const QDate &today)
{
    Database database(databasePath, Database::uniqueConnectionName(QStringLiteral("backup")));
    if (!database.open())
        return { QString(), database.errorString() };
    UserDataBackup backup(database.connection());
    const QString file = backup.backUpIfDue(UserDataBackup::folderFor(databasePath), today);
    return { file, backup.lastError() };
}

void UserDataBackups::onBackupFinished()
{
    const Outcome outcome = m_watcher.result();
    if (!outcome.error.isEmpty())
        m_window->statusBar()->showMessage(tr("The daily backup of your data failed: %1").arg(outcome.error));
    Q_EMIT backupFinished(outcome.file, outcome.error);
}

void UserDataBackups::chooseAndRestore()
{
    const QString file =
        QFileDialog::getOpenFileName(m_window, tr("Restore User Data"), UserDataBackup::folderFor(m_database.path()),
                                     tr("Veille backups (*.sqlite)"));
    if (file.isEmpty())
        return;
    QMessageBox confirm(QMessageBox::Question, tr("Restore User Data"),
                        tr("Add the passages, labels, tags and gazetteer curation of “%1” that this database "
                           "lacks? Nothing it has is changed or removed.")
                            .arg(QDir::toNativeSeparators(file)),
                        QMessageBox::Cancel, m_window);
    confirm.setTextFormat(Qt::PlainText);
    confirm.addButton(tr("Restore"), QMessageBox::AcceptRole);
    if (confirm.exec() == QMessageBox::Cancel)
        return;
    restoreFile(file);
}

std::optional<RestoreReport> UserDataBackups::restoreFile(const QString &file)
{
    UserDataBackup backup(m_database.connection());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const std::optional<RestoreReport> report = backup.restore(file);
    QApplication::restoreOverrideCursor();
    if (!report) {
        showMessage(QMessageBox::Warning,
                    tr("Nothing was restored from “%1”: %2").arg(QDir::toNativeSeparators(file), backup.lastError()));
        return report;
    }
    showReport(file, *report);
    if (report->added() > 0)
        Q_EMIT restored(report->gazetteerChanged());
    return report;
}

void UserDataBackups::showReport(const QString &file, const RestoreReport &report)
{
    QString text = tr("Restored from “%1”:\n%2.").arg(QDir::toNativeSeparators(file), UserDataBackup::describe(report));
    if (report.unattachedPassages > 0 || report.unattachedExclusions > 0) {
        text += QLatin1String("\n\n")
            + tr("%1 passages and %2 exclusions were not restored: their articles are not in this database, "
                 "or have changed. Import them, then restore again:")
                  .arg(report.unattachedPassages)
                  .arg(report.unattachedExclusions);
        for (const QString &path : report.missingArticles.mid(0, shownMissingArticles))
            text += QLatin1Char('\n') + QDir::toNativeSeparators(path);
        if (report.missingArticles.size() > shownMissingArticles)
            text += QLatin1Char('\n') + tr("and %1 more").arg(report.missingArticles.size() - shownMissingArticles);
    }
    showMessage(QMessageBox::Information, text);
}

void UserDataBackups::showMessage(QMessageBox::Icon icon, const QString &text)
{
    auto *box = new QMessageBox(icon, tr("Restore User Data"), text, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("restoreReport"));
    // Paths and SQLite's words are data, not markup.
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->show();
}

} // namespace Veille
