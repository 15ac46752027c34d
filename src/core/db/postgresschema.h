// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Veille {

/*! \brief Where the schema's PostgreSQL differs from its SQLite: the one
 * place Database asks, so that each migration is written once.
 *
 * Tables are written in SQLite's words and translated: integers are
 * 64-bit, an "id INTEGER PRIMARY KEY" is an identity column, a flag in a
 * partial index is compared with 0. What has no translation (the full-text
 * index, triggers, the version, who may read what) is written here.
 */
class PostgresSchema
{
public:
    /*! \brief Creates schema_version on an empty database, under a lock so
     * that two clients starting together do it once, and lets every role
     * that may connect use the tables the owner creates from then on. */
    static QString prepareVersion();
    static QString readVersion();
    static QString writeVersion(int version);
    /*! \brief Held until the migration's transaction ends: another client
     * migrating the same database waits, then finds the step done. */
    static QString migrationLock();
    /*! \brief One SQLite table, index or insert statement in PostgreSQL's
     * words. */
    static QString translate(const QString &statement);
    /*! \brief A row trigger whose \a body is SQL statements naming new and
     * old, as a PL/pgSQL function and its trigger. \a event is e.g.
     * "AFTER UPDATE OF date_key". */
    static QStringList trigger(const QString &name, const QString &event, const QString &table,
                               const QString &body);
    /*! \brief The derived entity tables' triggers (Database::migrateTo7)
     * again, once per statement instead of once per row: the rows a
     * statement wrote, as a transition table, are counted together. An
     * article's mentions written in one statement (MultiRowInsert) then
     * cost four statements in the triggers, not four per mention. */
    static QStringList setTriggers();
    /*! \brief veille_tsquery(text): the tsquery of a query text that
     * TsQueryText wrote, as to_tsquery('veille_french', …) reads it, but
     * with each prefix matched as typed. The stemmer would shorten a typed
     * prefix ("semi" to "sem", "cyber" to "cyb") and find other words; the
     * prefix is kept unstemmed (accents folded), OR the typed word's own
     * stem, so that "semiconducteurs*" still finds "semiconducteurs". */
    static QString searchQueryFunction();
    /*! \brief The articles' full-text index: a generated tsvector column of
     * title (weight A) and body (B), French with accents folded, and its
     * GIN index. */
    static QStringList fullTextIndex();
    /*! \brief Who may read what on a team server: each analyst's passages,
     * tags, journal and read state are theirs (row-level security on
     * current_user); a passage may be shared, read-only; every change to
     * shared data is announced on the "veille" channel. */
    static QStringList teamAccess();
    /*! \brief Labels are each analyst's (row-level security on
     * current_user), seen by the others only on a passage shared with
     * them; the shared palette of an older schema is copied to each
     * analyst who has passages. */
    static QStringList privateLabels();
    /*! \brief Gives the analyst connected the four built-in labels, unless
     * they have labels already. */
    static QString ownLabels();
};

} // namespace Veille
