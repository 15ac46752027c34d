// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articles/article.h"
#include "db/sqlerror.h"
#include "passages/passage.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <QVector>

#include <optional>

namespace Veille {

class Transaction;

/*! \brief Reads and writes bookmarked passages, their labels and tags.
 *
 * Every change is one transaction that also writes a journal entry with
 * the passage before and after, so a change is durable once the call
 * returns (WAL survives a killed process) and undo works after a restart.
 * Deleting moves a passage to the trash; only emptyTrash() removes rows.
 * Works on an injected connection, like ArticleStore.
 *
 * On a team server each analyst reads their own passages and those the
 * others shared (row-level security in the database sees to it), and
 * changes only their own: the store refuses the others' with a message,
 * and so would the database.
 */
class PassageStore
{
    Q_DECLARE_TR_FUNCTIONS(Veille::PassageStore)
public:
    /*! \brief One change: the passage before and after it, as stored
     * snapshots; an empty snapshot means "did not exist". */
    struct Change {
        qint64 seq = 0;
        qint64 passageId = 0;
        QByteArray before;
        QByteArray after;
    };

    enum class Order { Newest, ByArticle };
    static constexpr int JournalLength = 1000; //!< changes kept for undo

    explicit PassageStore(const QSqlDatabase &db);

    /*! \brief Stores a new passage; sets its id and times. Returns the change, or nullopt. */
    std::optional<Change> add(Passage &passage);
    /*! \brief Writes the note, label, tags and anchor of a stored passage. */
    std::optional<Change> update(const Passage &passage);
    std::optional<Change> moveToTrash(qint64 id);
    /*! \brief Puts the passage back as \a snapshot says (undo and redo);
     * an empty snapshot moves it to the trash. */
    std::optional<Change> restoreSnapshot(qint64 id, const QByteArray &snapshot);
    /*! \brief Shares one of the reader's own passages with the team, or
     * takes it back (on a team server; a file has no team). The others
     * may read it, not change it. Not journaled: the passage's text, note,
     * label and tags are unchanged. */
    bool setShared(qint64 id, bool shared);
    /*! \brief Whether passages can be shared: on a team server, not in a file. */
    bool canShare() const;
    /*! \brief Removes the passages in the trash for good. Returns how many, or -1. */
    int emptyTrash();
    /*! \brief The last \a limit changes, oldest first. */
    QVector<Change> recentChanges(int limit) const;

    std::optional<Passage> passage(qint64 id) const;
    QVector<Passage> passages(const PassageQuery &query, Order order = Order::Newest, int offset = 0,
                              int limit = -1) const;
    int count(const PassageQuery &query) const;
    /*! \brief The live passages of an article, by position. */
    QVector<Passage> inArticle(qint64 articleId) const { return passages(articleQuery(articleId), Order::ByArticle); }
    /*! \brief Every tag in use, sorted, for completion. */
    QStringList tags() const;
    /*! \brief The reader's palette: the labels they give passages (on a
     * team server, each analyst has their own). */
    QVector<PassageLabel> labels() const;
    /*! \brief The reader's labels, and those of the passages others shared
     * with them: what the lists need to paint and name every passage. */
    QVector<PassageLabel> labelsSeen() const;
    /*! \brief Names one of the reader's labels; false when \a id is not theirs. */
    bool renameLabel(int id, const QString &name);
    /*! \brief What a label means: the user's name, else the built-in one. */
    static QString labelName(const PassageLabel &label);
    /*! \brief The name (labelName()) of every label of labelsSeen(), by id. */
    QHash<int, QString> labelNames() const;
    /*! \brief The label named \a text (its name, its English built-in name,
     * or its number), or 0. */
    int labelIdFor(const QString &text) const;

    /*! \brief Finds every passage of \a article again in its new body
     * (trash included), after an import updated it. Returns how many
     * passages were re-anchored, or -1 on failure. Journals nothing: the
     * user did not change the passages. */
    int reanchor(const Article &article);
    /*! \brief Re-anchors the reader's own passages of article \a articleId
     * that were anchored to another text than the stored one: on a team
     * server, another analyst's import changed the article and could not
     * move them. Returns how many, 0 when none was stale, or -1. */
    int reanchorStale(qint64 articleId);
    /*! \brief Points an orphaned (or any) passage at [start, end) of \a article's body. */
    std::optional<Change> reattach(qint64 id, const Article &article, const TextRange &range);

    /*! \brief This database's identity, e.g. for the IRI of an export: a
     * random UUID stored in the settings the first time it is asked for (a
     * backup carries it to a restored database). If it can be neither read
     * nor stored, a UUID derived from the database's file name. */
    QUuid databaseUuid() const;

    QString lastError() const { return m_error.text(); }

private:
    static PassageQuery articleQuery(qint64 articleId);
    bool exec(QSqlQuery &query) const { return m_error.exec(query); }
    QVector<PassageLabel> readLabels(const QString &condition) const;
    bool write(const Passage &passage, bool insert, qint64 *id);
    bool writeTags(qint64 id, const QStringList &tags);
    bool changedOne(const QSqlQuery &query, qint64 id);
    /*! The stored passage \a id if the reader may change it; else records why not. */
    std::optional<Passage> ownPassage(qint64 id) const;
    std::optional<Change> journal(qint64 id, const QByteArray &before);
    QByteArray snapshot(qint64 id) const;
    std::optional<Change> commitChange(Transaction &transaction, qint64 id, const QByteArray &before, bool ok);

    QSqlDatabase m_db;
    mutable SqlError m_error;
};

} // namespace Veille
