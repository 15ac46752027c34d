// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/sqlerror.h"
#include "text/minhash.h"
#include "text/partialdate.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVector>

#include <optional>

namespace Veille {

/*! \brief Groups wire copies into stories: the same story printed by
 * several sites, with another title or a paragraph more.
 *
 * Each article has a MinHash signature (text/minhash.h) and belongs to one
 * story, whose id is the smallest id of its articles (the first imported).
 * An article joins the story of its most similar candidate when their
 * similarity() is at least Threshold; candidates are the articles
 * that share a band key of the signature, read through an index. Exact
 * duplicates have equal signatures, so they are always one story. Stories
 * are derived data: recomputed when an article changes, never backed up.
 */
class StoryStore
{
    Q_DECLARE_TR_FUNCTIONS(Veille::StoryStore)
public:
    static constexpr double Threshold = 0.8;

    /*! \brief Another article of the same story. */
    struct Copy {
        qint64 id = 0;
        QString title;
        QString source;
        PartialDate date;
        double similarity = 0; //!< estimated from the signatures, 0 to 1
    };

    explicit StoryStore(const QSqlDatabase &db);

    /*! \brief The signature an article's text has: of the body, else of the title. */
    static MinHash signatureOf(const QString &title, const QString &body);
    /*! \brief How alike two articles' texts are, 0 to 1: their Jaccard
     * similarity, or, when one holds nearly all of the other (a paragraph
     * added or removed), that overlap, the higher of the two. */
    static double similarity(const MinHash &a, const MinHash &b);

    /*! \brief Files article \a articleId, whose text has \a signature, into
     * a story, leaving the one it was in; a \a fresh article (just inserted)
     * was in none, and is not looked for. Returns its story id, 0 on
     * failure. Runs in the caller's transaction, if any. */
    qint64 assign(qint64 articleId, const MinHash &signature, bool fresh = false);
    /*! \brief Whether the article was filed into a story (an article
     * imported before stories existed was not). */
    bool isAssigned(qint64 articleId) const;
    /*! \brief Files every article not filed yet; returns how many, -1 on failure. */
    int assignMissing();
    /*! \brief The article's story id; the article's own id when it is alone or not filed. */
    qint64 storyOf(qint64 articleId) const;
    /*! \brief The other articles of the article's story, most similar first. */
    QVector<Copy> copiesOf(qint64 articleId) const;

    QString lastError() const { return m_error.text(); }

private:
    struct Member {
        qint64 id = 0;
        qint64 story = 0;
        MinHash signature;
        qint64 bandKey = 0; //!< the key it was found through, as a candidate
    };
    struct Choice {
        qint64 story = 0; //!< 0: no story is alike
        QSet<qint64> coveredKeys; //!< band keys that lead to the story already
        bool failed = false;
    };
    std::optional<Member> member(qint64 articleId, bool *failed = nullptr) const;
    bool leave(const Member &old);
    bool handOverBands(const Member &old, qint64 heir);
    QVector<Member> candidates(qint64 articleId, const MinHash &signature, bool *failed) const;
    Choice bestStory(qint64 articleId, const MinHash &signature) const;
    bool relabel(qint64 from, qint64 to);
    bool insert(qint64 articleId, qint64 story, const MinHash &signature, const QSet<qint64> &coveredKeys);
    bool markNewest(qint64 story);
    bool updateNewest(qint64 story, qint64 joined);

    QSqlDatabase m_db;
    mutable SqlError m_error;
    // The two statements an import runs for every article, prepared once
    // per store rather than once per article.
    mutable QSqlQuery m_candidatesQuery;
    mutable qsizetype m_candidateKeys = -1; //!< the key count m_candidatesQuery was prepared for
    QSqlQuery m_insertQuery;
    QSqlQuery m_bandsQuery;
    qsizetype m_bandRows = -1; //!< the row count m_bandsQuery was prepared for
};

} // namespace Veille
