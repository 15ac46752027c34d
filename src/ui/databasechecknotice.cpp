// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasechecknotice.h"

#include <QDir>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

namespace Veille {

DatabaseCheckNotice::DatabaseCheckNotice(const QString &databasePath, QMainWindow *window, int timeLimitMs)
    : QObject(window)
    , m_window(window)
    , m_path(databasePath)
    , m_check(std::make_shared<DatabaseCheck>(databasePath, timeLimitMs))
{
    setObjectName(QStringLiteral("databaseCheckNotice"));
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &DatabaseCheckNotice::onFinished);
    // The check holds its own shared pointer: it may outlive this object
    // by the moment it takes to see the cancel.
    std::shared_ptr<DatabaseCheck> check = m_check;
    m_watcher.setFuture(QtConcurrent::run([check] { return check->run(); }));
}

DatabaseCheckNotice::~DatabaseCheckNotice()
{
    m_check->cancel();
    m_watcher.waitForFinished();
}

void DatabaseCheckNotice::onFinished()
{
    const DatabaseCheck::Result result = m_watcher.result();
    if (result.outcome == DatabaseCheck::Outcome::Damaged) {
        m_window->statusBar()->showMessage(tr("The database is damaged: %1").arg(result.summary()));
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Damaged Database"),
                                    tr("The database “%1” is damaged: %2.\n\nImports into it will stop. To save what "
                                       "it holds, your passages first, quit Veille and run:\n\n"
                                       "veille-cli --db \"%1\" doctor\n\nIt only reads the file, and writes a "
                                       "recovered copy beside it.")
                                        .arg(QDir::toNativeSeparators(m_path), result.summary()),
                                    QMessageBox::Ok, m_window);
        box->setObjectName(QStringLiteral("damagedDatabaseMessage"));
        // The path and SQLite's words are data, not markup.
        box->setTextFormat(Qt::PlainText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setModal(false);
        box->show();
    }
    Q_EMIT checked(result.outcome == DatabaseCheck::Outcome::Damaged);
}

} // namespace Veille
