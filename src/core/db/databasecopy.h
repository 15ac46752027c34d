// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/sqlerror.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace Veille {

/*! \brief Copies one Veille database into another, either of them a file
 * or a team server: the articles, the gazetteer and the user's passages.
 *
 * Everything is matched by what names it rather than by id, so a copy
 * into a database that already has some of it adds only the rest, and
 * running it twice copies nothing the second time: an article by its
 * path (a changed text replaces the old one), an entity type by name, an
 * entity by its tagger key or its name and type, an alias by its entity
 * and text, a passage by its article's path, its span and its creation
 * time, a label by which built-in label it is, or by name and colour, an
 * article's read and starred marks by its path, a watch by its name and a
 * feed by its address.
 * Mentions are not copied: the caller finds them again on the target
 * (MentionIndexer), as the doctor's salvage does.
 *
 * It works on table names only, so it lives in db/ beside the migrations
 * and the salvage. The SQL the two engines write differently (whose
 * passages are "the user's", the full-text index) is in
 * dialectStatement(); the columns of a table come from tableColumns().
 */
class DatabaseCopy
{
    Q_DECLARE_TR_FUNCTIONS(Veille::DatabaseCopy)
public:
    /*! \brief What one copy added, table by table. */
    struct Report {
        int articlesTotal = 0; //!< the source's articles
        int articles = 0; //!< added, or replaced by a changed text
        int entityTypes = 0;
        int entities = 0;
        int aliases = 0;
        int suppressions = 0;
        int passages = 0;
        int tags = 0;
        int labels = 0; //!< added, or given the name the source's has
        int states = 0; //!< articles the copy marked read or starred
        int watches = 0;
        int feeds = 0; //!< subscriptions
        int unattachedPassages = 0; //!< their article is not in the source
        /*! \brief Whether mentions must be found again on the target. */
        bool mentionsChanged() const { return articles + entities + aliases + suppressions > 0; }
    };
    using Progress = std::function<void(int copied, int total)>;

    /*! \brief Copies from \a source into \a target, both open and at the
     * current schema version. */
    DatabaseCopy(const QSqlDatabase &source, const QSqlDatabase &target);

    /*! \brief Called after each batch of articles with how many were read
     * so far and how many there are. */
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    /*! \brief Copies everything; false on the first failure (lastError()),
     * with what was committed before it kept. */
    bool copy();
    Report report() const { return m_report; }
    QString lastError() const { return m_error.text(); }

private:
    enum class Statement { OwnRows, RebuildSearchIndex };
    static QString dialectStatement(const QSqlDatabase &db, Statement statement);

    bool copyArticles();
    bool copyArticleBatch(const QStringList &columns, qint64 &after, int &read);
    bool rebuildSearchIndex();
    bool copyEntityTypes();
    bool copyEntities();
    qint64 targetEntity(const QString &name, qint64 typeId, const QVariant &detectKey);
    bool copyAliases();
    /*! Copies the rows of \a table, whose entity_id is mapped to the
     * target's entity (none when it has none); a row whose \a identity
     * (columns) the target has is left. Adds the rows written to \a added. */
    bool copyEntityRows(const QString &table, const QString &identity, int &added);
    bool copySuppressions();
    bool copyPassages();
    qint64 copyPassage(const QSqlQuery &row, const QStringList &columns);
    bool copyTags(qint64 sourcePassage, qint64 targetPassage);
    bool copyLabels();
    /*! The target's label for the source's label \a row (id, name, color,
     * builtin), added or named if need be; -1 on failure. */
    qint64 targetLabel(const QSqlQuery &row);
    bool copyStates();
    /*! Marks the target's article \a article read or starred where the
     * source's \a row (path, read, starred, changed_at) says so. */
    bool copyState(qint64 article, const QSqlQuery &row);
    bool copyWatches();
    bool copyFeeds();

    /*! The columns both sides have, less \a left (ids, references). */
    QStringList sharedColumns(const QString &table, const QStringList &left);
    /*! The first column of the first row \a sql (with \a values bound)
     * gives on \a db; 0 when none. */
    qint64 lookUp(const QSqlDatabase &db, const QString &sql, const QVariantList &values);
    /*! Runs \a sql with \a values on the target; the rows it changed, -1
     * on failure. */
    int write(const QString &sql, const QVariantList &values);
    QString insertStatement(const QString &table, const QStringList &columns, const QString &tail = {}) const;

    QSqlDatabase m_source;
    QSqlDatabase m_target;
    Progress m_progress;
    Report m_report;
    SqlError m_error;
    QHash<qint64, qint64> m_types; //!< source entity type id → target's
    QHash<qint64, qint64> m_entities; //!< source entity id → target's
    QHash<qint64, qint64> m_labels; //!< source label id → target's
};

} // namespace Veille
