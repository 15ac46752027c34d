// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/testbackend.h"

#include "support/pgtestserver.h"

#include <QAtomicInt>
#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace Veille {

namespace {
// One server per test process, started on first use. A function-local
// static: it is destroyed, and the server stopped, when the process exits
// normally; PgTestServer's watchdog covers a crash.
struct ServerHolder
{
    std::unique_ptr<PgTestServer> server;
    QString failure;
    bool tried = false;
};

ServerHolder &holder()
{
    static ServerHolder instance;
    if (!instance.tried) {
        instance.tried = true;
        instance.failure = PgTestServer::unavailableReason();
        if (instance.failure.isEmpty()) {
            instance.server = std::make_unique<PgTestServer>();
            if (!instance.server->start()) {
                instance.failure = QStringLiteral("PostgreSQL did not start: ") + instance.server->errorString();
                instance.server.reset();
            }
        }
    }
    return instance;
}
} // namespace

bool TestBackend::isPostgres()
{
    return qEnvironmentVariable("VEILLE_TEST_BACKEND") == QLatin1String("postgresql");
}

QString TestBackend::unavailableReason()
{
    return isPostgres() ? holder().failure : QString();
}

PgTestServer *TestBackend::server()
{
    return isPostgres() ? holder().server.get() : nullptr;
}

QString TestBackend::newDatabase(const QTemporaryDir &dir, const QString &user)
{
    if (!isPostgres()) {
        static QAtomicInt counter;
        return dir.filePath(QStringLiteral("veille-%1.sqlite").arg(counter.fetchAndAddRelaxed(1)));
    }
    PgTestServer *running = server();
    if (!running)
        return {};
    return running->url(user, running->createDatabase(user));
}

QString TestBackend::asUser(const QString &location, const QString &user)
{
    QUrl url(location);
    if (url.scheme() != QLatin1String("postgresql"))
        return location;
    url.setUserName(user);
    return url.toString();
}

} // namespace Veille
