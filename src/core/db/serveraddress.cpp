// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/serveraddress.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QUrl>
#include <QUrlQuery>

namespace Veille {

namespace {
const QString PostgresScheme = QStringLiteral("postgresql");
const QString ShortScheme = QStringLiteral("postgres");

bool isSslMode(const QString &mode)
{
    static const QStringList modes = { QStringLiteral("disable"),     QStringLiteral("allow"),
                                       QStringLiteral("prefer"),      QStringLiteral("require"),
                                       QStringLiteral("verify-ca"),   QStringLiteral("verify-full") };
    return modes.contains(mode);
}
} // namespace

bool ServerAddress::isServerLocation(const QString &location)
{
    return location.startsWith(PostgresScheme + QLatin1String("://"))
        || location.startsWith(ShortScheme + QLatin1String("://"));
}

ServerAddress ServerAddress::parse(const QString &url)
{
    ServerAddress address;
    // libpq takes a socket folder as an encoded host ("%2Fvar%2Frun%2F
    // postgresql"), which QUrl refuses as a host name: it is read apart.
    static const QRegularExpression socketHost(QStringLiteral("^(\\w+://(?:[^@/]*@)?)(%2[Ff][^:/?]*)(.*)$"));
    const QRegularExpressionMatch socket = socketHost.match(url);
    const QUrl parsed(socket.hasMatch() ? socket.captured(1) + socket.captured(3) : url, QUrl::StrictMode);
    if (!isServerLocation(url) || !parsed.isValid()) {
        address.m_error = tr("not a PostgreSQL address; write postgresql://user@host:port/database");
        return address;
    }
    if (!parsed.password().isEmpty()) {
        address.m_error = passwordRefused();
        return address;
    }
    address.m_user = parsed.userName();
    address.m_host = socket.hasMatch() ? QUrl::fromPercentEncoding(socket.captured(2).toUtf8()) : parsed.host();
    address.m_port = parsed.port(5432);
    address.m_database = parsed.path(QUrl::FullyDecoded).mid(1);
    const auto items = QUrlQuery(parsed).queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        if (!address.read(item.first, item.second))
            return address;
    }
    if (address.m_database.isEmpty())
        address.m_error = tr("the address names no database; add it after the host: …/database");
    return address;
}

bool ServerAddress::read(const QString &key, const QString &value)
{
    if (key == QLatin1String("host")) {
        m_host = value;
    } else if (key == QLatin1String("port")) {
        bool number = false;
        m_port = value.toInt(&number);
        if (!number || m_port < 1 || m_port > 65535)
            m_error = tr("the port must be a number from 1 to 65535");
    } else if (key == QLatin1String("user")) {
        m_user = value;
    } else if (key == QLatin1String("dbname")) {
        m_database = value;
    } else if (key == QLatin1String("sslmode") && isSslMode(value)) {
        m_sslMode = value;
    } else if (key == QLatin1String("sslmode")) {
        m_error = tr("sslmode must be disable, allow, prefer, require, verify-ca or verify-full");
    } else if (key == QLatin1String("password")) {
        m_error = passwordRefused();
    } else {
        m_error = tr("the address's setting \"%1\" is not one Veille knows").arg(key);
    }
    return m_error.isEmpty();
}

QString ServerAddress::passwordRefused()
{
    return tr("the address holds a password; put it in ~/.pgpass, or leave it out to be asked");
}

QString ServerAddress::display() const
{
    const QString user = m_user.isEmpty() ? QString() : m_user + QLatin1Char('@');
    const QString host = m_host.isEmpty() ? QStringLiteral("localhost") : m_host;
    return user + host + QLatin1Char(':') + QString::number(m_port) + QLatin1Char('/') + m_database;
}

void ServerAddress::configure(QSqlDatabase &db) const
{
    db.setHostName(m_host);
    db.setPort(m_port);
    db.setUserName(m_user);
    db.setDatabaseName(m_database);
    // libpq's own options: a server that does not answer fails within
    // seconds rather than hanging the window, and TLS when asked for.
    QStringList options = { QStringLiteral("connect_timeout=10"),
                            QStringLiteral("application_name=veille") };
    if (!m_sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + m_sslMode;
    db.setConnectOptions(options.join(QLatin1Char(';')));
}

} // namespace Veille
