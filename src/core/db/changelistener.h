// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QSqlDriver>
#include <QString>

#include <memory>

namespace Veille {

class Database;

/*! \brief Tells when another client changed the team server's tables.
 *
 * It keeps a connection of its own that LISTENs to the server's "veille"
 * channel, where the tables' triggers send their name (articles, entities,
 * aliases, suppressions, mention_exclusions, watches, passages) after each
 * statement. An import sends one per batch, so changed() comes at most once
 * per table every CoalesceMilliseconds: at once for the first, then once
 * after the burst. On an SQLite file there is no other client to hear, and
 * it does nothing. The notifications arrive through the event loop of the
 * thread that made it.
 */
class ChangeListener : public QObject
{
    Q_OBJECT
public:
    static constexpr int CoalesceMilliseconds = 500;

    /*! \brief Listens on the database at \a location (a file, or a
     * postgresql:// address). */
    explicit ChangeListener(const QString &location, QObject *parent = nullptr);
    ~ChangeListener() override;

    /*! \brief Whether it is connected and listening (false on a file). */
    bool isListening() const { return m_listening; }
    /*! \brief Why it is not listening to a server, empty otherwise. */
    QString errorString() const { return m_error; }

Q_SIGNALS:
    /*! \brief Rows of \a table changed on the server. */
    void changed(const QString &table);

private:
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    void signalChange(const QString &table);

    std::unique_ptr<Database> m_database;
    bool m_listening = false;
    QString m_error;
    QElapsedTimer m_clock;
    QHash<QString, qint64> m_lastSignalled; //!< table → m_clock time of its last changed()
    QSet<QString> m_waiting; //!< tables whose changed() is already due
};

} // namespace Veille
