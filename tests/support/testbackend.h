// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QTemporaryDir;

namespace Veille {

class PgTestServer;

// Which database a store test runs against, so that one suite proves both
// backends: an SQLite file (the default), or, when the test process runs
// with VEILLE_TEST_BACKEND=postgresql (ctest's "-postgresql" twin of a
// test registered with BACKENDS), a fresh database on a real PostgreSQL 15
// that the process starts on first use and stops when it exits.
class TestBackend
{
public:
    static bool isPostgres();
    // Empty when the backend can run; else why not, for QSKIP.
    static QString unavailableReason();
    // The location of a new, empty database: a file in dir, or the
    // address of a new database owned by user on the test server.
    static QString newDatabase(const QTemporaryDir &dir, const QString &user = QStringLiteral("alice"));
    // The same database as another role (server only; a file has one user).
    static QString asUser(const QString &location, const QString &user);
    // The running server, or null with SQLite or when it cannot start.
    static PgTestServer *server();
};

} // namespace Veille

// The first lines of a backend test's initTestCase(): test-mode standard
// paths, and a skip that says why when the backend cannot run here.
#define VEILLE_INIT_BACKEND_TEST()                                                                                     \
    do {                                                                                                               \
        QStandardPaths::setTestModeEnabled(true);                                                                      \
        if (!Veille::TestBackend::unavailableReason().isEmpty())                                                       \
            QSKIP(qPrintable(Veille::TestBackend::unavailableReason()));                                               \
    } while (false)
