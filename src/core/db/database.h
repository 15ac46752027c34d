// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/sqlerror.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace Veille {

/*! \brief Owns one named connection, to an SQLite file or a team's
 * PostgreSQL server (a postgresql:// path), and brings its schema up to
 * date.
 *
 * Each thread that touches the store opens its own Database with a unique
 * connection name; nothing uses Qt's default connection.
 */
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Veille::Database)
public:
    static constexpr int SchemaVersion = 14;

    Database(const QString &path, const QString &connectionName);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /*! \brief Opens the file (and sets WAL and foreign keys) or connects
     * to the server, and migrates.
     * On failure errorString() says why in words a user understands. */
    bool open();
    bool isOpen() const;
    QString errorString() const { return m_error.text(); }
    /*! \brief The file's path, or the team server's postgresql:// address. */
    QString path() const { return m_path; }
    /*! \brief Whether open() failed because the server wants a password
     * that neither ~/.pgpass nor PGPASSWORD gave. */
    bool passwordRequired() const { return m_passwordRequired; }
    QSqlDatabase connection() const;
    int schemaVersion() const;
    /*! \brief Lets this connection keep up to \a kibibytes of pages in
     * memory (SQLite's default is 2 MiB): for a bulk writer, whose index
     * inserts land all over the B-trees. */
    bool setCacheSize(int kibibytes);

    /*! \brief A small fact about the database itself (the settings table),
     * e.g. whether the default gazetteer was loaded; invalid when unset. */
    QVariant setting(const QString &key) const;
    /*! \brief Sets \a key; inside a caller's transaction, it commits with it. */
    bool setSetting(const QString &key, const QVariant &value);

    /*! \brief The database in QStandardPaths::AppDataLocation. */
    static QString defaultPath();
    /*! \brief A connection name unique in this process, for worker threads. */
    static QString uniqueConnectionName(const QString &prefix);

private:
    bool openFile();
    bool openServer();
    bool openConnection(QSqlDatabase &db);
    int storedVersion(QSqlDatabase &db);
    bool configure(QSqlDatabase &db);
    bool migrate(QSqlDatabase &db, int from);
    bool migrateTo1(QSqlDatabase &db);
    bool migrateTo2(QSqlDatabase &db);
    bool migrateTo3(QSqlDatabase &db);
    bool migrateTo4(QSqlDatabase &db);
    bool migrateTo5(QSqlDatabase &db);
    bool migrateTo6(QSqlDatabase &db);
    bool migrateTo7(QSqlDatabase &db);
    bool migrateTo8(QSqlDatabase &db);
    bool migrateTo9(QSqlDatabase &db);
    bool migrateTo10(QSqlDatabase &db);
    bool migrateTo11(QSqlDatabase &db);
    bool migrateTo12(QSqlDatabase &db);
    bool migrateTo13(QSqlDatabase &db);
    bool migrateTo14(QSqlDatabase &db);
    bool execAll(QSqlDatabase &db, const QStringList &statements);
    bool addColumn(QSqlDatabase &db, const QString &table, const QString &definition);
    static QString versionQuery(const QSqlDatabase &db);
    static QString versionUpdate(const QSqlDatabase &db, int version);
    static QStringList fullTextIndex(const QSqlDatabase &db);
    static QStringList trigger(const QSqlDatabase &db, const QString &name, const QString &event, const QString &table,
                               const QString &body);

    QString m_path;
    QString m_connectionName;
    mutable SqlError m_error;
    bool m_passwordRequired = false;
};

} // namespace Veille
