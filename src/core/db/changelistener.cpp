// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/changelistener.h"

#include "db/database.h"
#include "db/serveraddress.h"

#include <QTimer>
#include <QVariant>

namespace Veille {

namespace {
const QString channel = QStringLiteral("veille");
} // namespace

ChangeListener::ChangeListener(const QString &location, QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    if (!ServerAddress::isServerLocation(location))
        return;
    m_database = std::make_unique<Database>(location, Database::uniqueConnectionName(QStringLiteral("veille-listen")));
    if (!m_database->open()) {
        m_error = m_database->errorString();
        return;
    }
    QSqlDriver *driver = m_database->connection().driver();
    if (!driver->subscribeToNotification(channel)) {
        m_error = tr("the server does not send notifications");
        return;
    }
    m_listening = true;
    connect(driver,
            QOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>::of(&QSqlDriver::notification),
            this, &ChangeListener::onNotification);
}

ChangeListener::~ChangeListener()
{
    if (m_listening)
        m_database->connection().driver()->unsubscribeFromNotification(channel);
}

void ChangeListener::onNotification(const QString &name, QSqlDriver::NotificationSource, const QVariant &payload)
{
    const QString table = payload.toString();
    if (name != channel || table.isEmpty() || m_waiting.contains(table))
        return;
    const auto last = m_lastSignalled.constFind(table);
    const qint64 since = last == m_lastSignalled.constEnd() ? CoalesceMilliseconds : m_clock.elapsed() - *last;
    if (since >= CoalesceMilliseconds) {
        signalChange(table);
        return;
    }
    // A burst: one more changed() once the interval is over covers the rest.
    m_waiting.insert(table);
    QTimer::singleShot(int(CoalesceMilliseconds - since), this, [this, table] {
        m_waiting.remove(table);
        signalChange(table);
    });
}

void ChangeListener::signalChange(const QString &table)
{
    m_lastSignalled.insert(table, m_clock.elapsed());
    Q_EMIT changed(table);
}

} // namespace Veille
