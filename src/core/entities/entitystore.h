// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/multirowinsert.h"
#include "db/sqlerror.h"
#include "entities/detectedmention.h"
#include "entities/entity.h"
#include "entities/suggestion.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>

namespace Veille {

/*! \brief Reads and writes the gazetteer (types, entities, aliases,
 * suppressions) and the mentions found in articles.
 *
 * Works on an injected connection, like ArticleStore. Failures are reported
 * through lastError(), in words for the user.
 */
class EntityStore
{
    Q_DECLARE_TR_FUNCTIONS(Veille::EntityStore)
public:
    /*! \brief An entity named in an article or a set of articles. */
    struct Count {
        qint64 entityId = 0;
        QString name;
        QString type;
        int mentions = 0; //!< how many times it is named
        int articles = 0; //!< in how many articles
        EntityStatus status = EntityStatus::Confirmed;
    };

    explicit EntityStore(const QSqlDatabase &db);

    /*! \brief An explicit batch, as ArticleStore::beginTransaction(). */
    bool beginTransaction();
    bool commitTransaction();
    void rollbackTransaction();
    /*! \brief Inside a transaction, waits until no other client is
     * loading the gazetteer in bulk, and keeps them waiting until this one
     * ends: SQLite's write lock does it already, a team server takes a
     * lock for it. Check what is loaded after this, not before. */
    bool lockGazetteer();

    QStringList types() const;
    bool addType(const QString &name);

    /*! \brief Every entity of \a status with its aliases, by type then name;
     * only those of \a type when given. The gazetteer is the confirmed ones. */
    QVector<Entity> entities(const QString &type = {}, EntityStatus status = EntityStatus::Confirmed) const;
    std::optional<Entity> entity(qint64 id) const;
    /*! \brief Entities whose name or alias is \a text (case- and
     * accent-insensitive), or whose id it is. */
    QVector<Entity> find(const QString &text) const;
    /*! \brief The ids find() would give for a name, alias or id. */
    using Finder = std::function<QVector<qint64>(const QString &text)>;
    /*! \brief A find() for many names: reads the gazetteer once, here, and
     * answers from memory, e.g. for fifty watches counted in a row. */
    Finder finder() const;

    /*! \brief Adds \a entity with its aliases; the name becomes the first
     * alias when no alias has its text. Creates the type if needed.
     * Returns the new id, or 0. */
    qint64 addEntity(const Entity &entity);
    /*! \brief Adds \a alias to entity \a entityId; returns its id, or 0. */
    qint64 addAlias(qint64 entityId, const Alias &alias);
    bool removeAlias(qint64 aliasId);
    bool renameEntity(qint64 id, const QString &name);
    bool setEntityType(qint64 id, const QString &type);
    /*! \brief Moves \a gone's aliases and mentions to \a keep, then removes \a gone. */
    bool mergeEntities(qint64 keep, qint64 gone);
    bool removeEntity(qint64 id);
    /*! \brief Accepts a detected entity: it joins the gazetteer, its name an alias. */
    bool confirm(qint64 id);
    /*! \brief Undoes confirm(): a detected entity again, under the same id,
     * and without the alias confirm() added. */
    bool unconfirm(qint64 id);
    /*! \brief Rejects an entity: its name is suppressed and it is removed with its mentions. */
    bool reject(qint64 id);
    /*! \brief The detected entity named \a name (folded), 0 when none. */
    qint64 detectedId(const QString &name) const;
    /*! \brief Removes the detected entities no article names any more. */
    bool removeUnmentionedDetected();

    /*! \brief "Never highlight this": \a text no longer matches anywhere. */
    bool suppress(const QString &text);
    bool unsuppress(const QString &text);
    QStringList suppressions() const;
    /*! \brief "Not an entity here": the span stops matching in one article. */
    bool excludeSpan(qint64 articleId, const TextRange &range);
    bool includeSpan(qint64 articleId, const TextRange &range);
    QVector<TextRange> excludedSpans(qint64 articleId) const;

    /*! \brief Replaces an article's mentions and suggestions (typo
     * variants); call inside a transaction. The \a detected names, the
     * tagger's and the rules', become mentions of their origin, of detected
     * entities found by type and folded name or created: a rule and the
     * tagger finding one name make one entity. */
    bool replaceMentions(qint64 articleId, const QVector<Mention> &mentions, const QVector<Suggestion> &suggestions,
                         const QVector<DetectedMention> &detected = {});
    QVector<Mention> mentions(qint64 articleId) const;
    QVector<Suggestion> suggestions(qint64 articleId) const;
    /*! \brief Every pending suggestion (a typo variant of a known name;
     * a database not indexed since the rules' names became detected names
     * may hold others): its text and type, in how many articles, the
     * reason, and the entity a typo variant is close to. */
    struct PendingSuggestion {
        QString text;
        QString type;
        QString reason;
        qint64 variantOf = 0;
        int articles = 0;
    };
    QVector<PendingSuggestion> pendingSuggestions() const;
    /*! \brief The entities named in article \a articleId, most named first. */
    QVector<Count> countsInArticle(qint64 articleId) const;
    /*! \brief For every entity: in how many articles and how many times it is named. */
    QVector<Count> counts(const QString &type = {}) const;
    std::optional<Count> count(qint64 entityId) const;
    /*! \brief How many articles name \a entityId (entity_counts answers). */
    int articleCount(qint64 entityId) const;
    /*! \brief The articles cooccurring() reads at most: the entity's newest. */
    static constexpr int CooccurrenceSample = 1000;
    /*! \brief The entities most often named in the same articles as \a
     * entityId, counted in its newest \a sample articles (all of them
     * when \a sample is 0): the counts are then those of the sample. */
    QVector<Count> cooccurring(qint64 entityId, int limit, int sample = CooccurrenceSample) const;
    /*! \brief Ids of the articles that mention any of \a entityIds. */
    QVector<qint64> articlesMentioning(const QVector<qint64> &entityIds) const;

    QString lastError() const { return m_error.text(); }

private:
    qint64 typeId(const QString &name, bool create);
    qint64 detectedEntity(const QString &name, const QString &type);
    /*! The entity detected under \a key, 0 when none, nullopt on failure. */
    std::optional<qint64> entityWithDetectKey(const QString &key) const;
    QVector<Alias> aliasesOf(qint64 entityId) const;
    QVector<Count> readCounts(QSqlQuery &query) const;
    bool exec(QSqlQuery &query) const { return m_error.exec(query); }
    bool execOnSpan(const QString &sql, qint64 articleId, const TextRange &range);

    QSqlDatabase m_db;
    mutable SqlError m_error;
    // Kept from one article to the next: an import prepares its statements once.
    MultiRowInsert m_mentionInsert;
};

} // namespace Veille
