// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlDatabase;

namespace Veille {

/*! \brief Where a team's PostgreSQL server is, read from a libpq
 * connection URI: postgresql://user@host:port/dbname?sslmode=require.
 *
 * As in libpq, the query string may give host (a Unix socket folder too),
 * port, user, dbname and sslmode. A password in the URI is refused: it
 * would sit in the shell's history and in the process list; libpq reads
 * it from ~/.pgpass, or the application asks for it.
 */
class ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(Veille::ServerAddress)
public:
    /*! \brief Whether \a location names a server rather than a file. */
    static bool isServerLocation(const QString &location);
    /*! \brief Reads \a url; on failure isValid() is false and
     * errorString() says why. */
    static ServerAddress parse(const QString &url);

    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    QString user() const { return m_user; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString database() const { return m_database; }
    QString sslMode() const { return m_sslMode; }
    /*! \brief The address as a user reads it, never with a password. */
    QString display() const;
    /*! \brief Sets host, port, user, database and the TLS mode on a QPSQL
     * connection. */
    void configure(QSqlDatabase &db) const;

private:
    static QString passwordRefused();
    bool read(const QString &key, const QString &value);

    QString m_user;
    QString m_host;
    int m_port = 5432;
    QString m_database;
    QString m_sslMode;
    QString m_error;
};

} // namespace Veille
