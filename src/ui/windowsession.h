// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QWidget;

namespace Veille {

class Database;
class MainWindow;

/*! The window and the database it shows. It opens a file or a team server
 * (asking for the server's password when ~/.pgpass has none), and moves
 * the window to another database on File → Connect to Team Server….
 *
 * Moving makes a new window on a new connection rather than swapping the
 * database under the old one: every store, panel, worker and undo step of
 * a window is bound to its database, so a fresh window cannot mix the two.
 * The old one stays until the new connection is open, and is closed (its
 * layout saved, its jobs stopped) only then. */
class WindowSession : public QObject
{
    Q_OBJECT
public:
    explicit WindowSession(QObject *parent = nullptr);
    ~WindowSession() override;

    /*! Opens \a location (a file or a postgresql:// address) and makes a
     * window on it, not yet shown; false, with errorString(), on failure. */
    bool open(const QString &location);
    MainWindow *window() const { return m_window.get(); }
    QString errorString() const { return m_error; }
    /*! How \a location is shown to the user: a file's native path, or a
     * server's address without anything secret. */
    static QString shownLocation(const QString &location);

    /*! Moves to \a location; on failure the current window stays and says why. */
    void switchTo(const QString &location);

Q_SIGNALS:
    /*! A new window shows the database switchTo() opened. */
    void windowReplaced(Veille::MainWindow *window);

private:
    std::unique_ptr<Database> openDatabase(const QString &location, QWidget *parent);
    void makeWindow();

    std::unique_ptr<Database> m_database;
    std::unique_ptr<MainWindow> m_window; //!< after m_database: it goes first
    QString m_error;
};

} // namespace Veille
