// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/database.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace Veille {

/*! \brief Opens a Database, asking for the team server's password when
 * neither ~/.pgpass nor PGPASSWORD gave one.
 *
 * The password goes to libpq through this process's environment
 * (PGPASSWORD): it stays in memory, and the workers, which open their own
 * connections, find it there too. It is never put on a command line, in
 * the settings or in a file.
 */
class DatabaseOpener
{
public:
    /*! \brief Asks for the password of \a server (as ServerAddress::display()
     * writes it), saying \a again when the last one was refused; nullopt
     * when it cannot ask or the user gave up. */
    using PasswordPrompt = std::function<std::optional<QString>(const QString &server, bool again)>;

    /*! \brief How many passwords a user may try. */
    static constexpr int Attempts = 3;

    /*! \brief Opens \a location as \a connectionName. The result is never
     * null: when it is not open, its errorString() says why and its
     * passwordRequired() whether a password was missing. */
    static std::unique_ptr<Database> open(const QString &location, const QString &connectionName,
                                          const PasswordPrompt &askPassword);
};

} // namespace Veille
