// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPair>
#include <QVector>

class QMainWindow;
class QSystemTrayIcon;

namespace Veille {

/*! Says what an import brought to the watches: "12 new articles in
 * Semiconductors Vietnam", in the status bar, and in a notification of
 * the system tray where there is one. */
class WatchNotifier : public QObject
{
    Q_OBJECT
public:
    static constexpr int StatusMilliseconds = 15000;

    explicit WatchNotifier(QMainWindow *window);

    /*! The sentence for \a added, each watch's name and its new articles. */
    static QString text(const QVector<QPair<QString, int>> &added);
    void notify(const QVector<QPair<QString, int>> &added);
    /*! The last sentence shown, for tests. */
    QString lastText() const { return m_lastText; }

private:
    QMainWindow *m_window = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_lastText;
};

} // namespace Veille
