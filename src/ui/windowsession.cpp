// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowsession.h"

#include "db/databaseopener.h"
#include "db/serveraddress.h"
#include "mainwindow.h"
#include "plaintext.h"

#include <QDir>
#include <QInputDialog>
#include <QMessageBox>

namespace Veille {

WindowSession::WindowSession(QObject *parent)
    : QObject(parent)
{
}

WindowSession::~WindowSession() = default;

QString WindowSession::shownLocation(const QString &location)
{
    if (ServerAddress::isServerLocation(location))
        return ServerAddress::parse(location).display();
    return QDir::toNativeSeparators(location);
}

std::unique_ptr<Database> WindowSession::openDatabase(const QString &location, QWidget *parent)
{
    const auto askPassword = [parent](const QString &server, bool again) -> std::optional<QString> {
        const QString label = again ? tr("The server refused the password. Password for %1:") : tr("Password for %1:");
        bool ok = false;
        const QString password =
            QInputDialog::getText(parent, tr("Team Server Password"), literalRichText(label.arg(server)),
                                  QLineEdit::Password, QString(), &ok);
        if (!ok)
            return std::nullopt;
        return password;
    };
    // Each window's connection has a name of its own: the old window's is
    // still open while the next one connects.
    return DatabaseOpener::open(location, Database::uniqueConnectionName(QStringLiteral("veille-ui")), askPassword);
}

bool WindowSession::open(const QString &location)
{
    std::unique_ptr<Database> database = openDatabase(location, nullptr);
    if (!database->isOpen()) {
        m_error = database->errorString();
        return false;
    }
    m_window.reset();
    m_database = std::move(database);
    makeWindow();
    return true;
}

void WindowSession::makeWindow()
{
    m_window = std::make_unique<MainWindow>(*m_database);
    // Queued: the old window is gone by the time the new one opens, and
    // it must not be deleted inside its own menu's slot.
    connect(m_window.get(), &MainWindow::serverConnectRequested, this, &WindowSession::switchTo, Qt::QueuedConnection);
}

void WindowSession::switchTo(const QString &location)
{
    std::unique_ptr<Database> database = openDatabase(location, m_window.get());
    if (!database->isOpen()) {
        QMessageBox::warning(
            m_window.get(), tr("Connect to Team Server"),
            literalRichText(tr("%1 cannot be opened: %2").arg(shownLocation(location), database->errorString())));
        return;
    }
    // The new window is shown before the old one closes, so that the
    // application never finds itself without a window and quits.
    std::unique_ptr<Database> oldDatabase = std::move(m_database);
    std::unique_ptr<MainWindow> oldWindow = std::move(m_window);
    m_database = std::move(database);
    makeWindow();
    m_window->show();
    oldWindow->close();
    oldWindow.reset();
    oldDatabase.reset();
    Q_EMIT windowReplaced(m_window.get());
}

} // namespace Veille
