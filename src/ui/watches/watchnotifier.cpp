// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "watches/watchnotifier.h"

#include <QMainWindow>
#include <QStatusBar>
#include <QSystemTrayIcon>

namespace Veille {

WatchNotifier::WatchNotifier(QMainWindow *window)
    : QObject(window)
    , m_window(window)
{
}

QString WatchNotifier::text(const QVector<QPair<QString, int>> &added)
{
    QStringList parts;
    for (const auto &watch : added)
        parts << (watch.second == 1 ? tr("1 new article in %1").arg(watch.first)
                                    : tr("%n new articles in %1", nullptr, watch.second).arg(watch.first));
    return parts.join(QStringLiteral("; "));
}

void WatchNotifier::notify(const QVector<QPair<QString, int>> &added)
{
    if (added.isEmpty())
        return;
    m_lastText = text(added);
    m_window->statusBar()->showMessage(m_lastText, StatusMilliseconds);
    if (!QSystemTrayIcon::isSystemTrayAvailable() || !QSystemTrayIcon::supportsMessages())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(m_window->windowIcon(), this);
        m_tray->setToolTip(QStringLiteral("Veille"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, m_window, [this] {
            m_window->showNormal();
            m_window->activateWindow();
        });
        m_tray->show();
    }
    // Notification servers that take markup would read the names, which
    // are data, as markup: they are escaped (a plain one shows "&amp;").
    m_tray->showMessage(tr("New articles in your watches"), m_lastText.toHtmlEscaped());
}

} // namespace Veille
