// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/databaseopener.h"

#include "db/serveraddress.h"

namespace Veille {

std::unique_ptr<Database> DatabaseOpener::open(const QString &location, const QString &connectionName,
                                               const PasswordPrompt &askPassword)
{
    auto database = std::make_unique<Database>(location, connectionName);
    if (database->open() || !askPassword)
        return database;
    const QString server = ServerAddress::parse(location).display();
    for (int attempt = 0; attempt < Attempts && database->passwordRequired(); ++attempt) {
        const std::optional<QString> password = askPassword(server, attempt > 0);
        if (!password || password->isEmpty())
            break;
        qputenv("PGPASSWORD", password->toLocal8Bit());
        // The connection name is free again only once the old one is gone.
        database.reset();
        database = std::make_unique<Database>(location, connectionName);
        if (database->open())
            return database;
    }
    // A refused password must not be tried on the next connection.
    if (database->passwordRequired())
        qunsetenv("PGPASSWORD");
    return database;
}

} // namespace Veille
