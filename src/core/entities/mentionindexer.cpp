// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/mentionindexer.h"

#include "articles/articlestore.h"
#include "db/database.h"
#include "db/sqlerror.h"
#include "db/transaction.h"
#include "entities/entitystore.h"
#include "entities/mentionfinder.h"

#include <QElapsedTimer>

#include <algorithm>

namespace Veille {

namespace {
constexpr int BatchArticles = 200;
}

MentionIndexer::MentionIndexer(const QString &databasePath, QObject *parent)
    : Job(parent)
    , m_databasePath(databasePath)
{
}

int MentionIndexer::runIfDetectionChanged()
{
    const QString signature = m_detection.signature();
    int count = 0;
    {
        Database database(m_databasePath, Database::uniqueConnectionName(QStringLiteral("veille-index")));
        if (!database.open()) {
            m_error = database.errorString();
            return -1;
        }
        if (database.setting(NameDetection::settingKey()).toString() == signature)
            return 0;
        count = ArticleStore(database.connection()).count({});
    }
    // Gazetteer mentions come out the same; passages and curation are
    // not touched. A cancelled run leaves the old signature: it runs again.
    const int done = count > 0 ? run() : 0;
    if (done < 0 || m_cancelled)
        return done;
    Database database(m_databasePath, Database::uniqueConnectionName(QStringLiteral("veille-index")));
    if (!database.open() || !database.setSetting(NameDetection::settingKey(), signature)) {
        m_error = database.errorString();
        return -1;
    }
    return done;
}

int MentionIndexer::run(const QStringList &texts)
{
    m_cancelled = false;
    Database database(m_databasePath, Database::uniqueConnectionName(QStringLiteral("veille-index")));
    if (!database.open()) {
        m_error = database.errorString();
        return -1;
    }
    ArticleStore articles(database.connection());
    EntityStore entities(database.connection());

    QVector<qint64> ids;
    if (texts.isEmpty()) {
        ids = articles.articleIds();
    } else {
        for (const QString &text : texts)
            ids += articles.articlesContaining(text);
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    }
    if (!articles.lastError().isEmpty()) {
        m_error = articles.lastError();
        return -1;
    }

    const MentionFinder finder = MentionFinder::fromStore(entities, m_detection);
    const int total = int(ids.size());
    Q_EMIT progress(0, total);
    QElapsedTimer progressTimer;
    progressTimer.start();
    int done = 0;
    QSqlDatabase connection = database.connection();
    for (int first = 0; first < total && !m_cancelled; first += BatchArticles) {
        const int indexed = indexBatch(connection, ids.mid(first, BatchArticles), finder);
        if (indexed < 0)
            return -1;
        done += indexed;
        if (done == total || progressTimer.elapsed() >= 50) {
            Q_EMIT progress(done, total);
            progressTimer.restart();
        }
    }
    if (!entities.removeUnmentionedDetected()) {
        m_error = entities.lastError();
        return -1;
    }
    return done;
}

int MentionIndexer::indexBatch(QSqlDatabase &connection, const QVector<qint64> &ids, const MentionFinder &finder)
{
    ArticleStore articles(connection);
    EntityStore entities(connection);
    SqlError error;
    int indexed = 0;
    // On a team server another analyst's import may meet this batch (both
    // count the same entities' articles): it is then indexed again.
    const bool ok = Transaction::run(connection, error, [&] {
        indexed = 0;
        for (const qint64 id : ids) {
            const std::optional<Article> article = articles.article(id);
            if (!article)
                continue;
            const MentionFinder::Findings found = finder.find(article->body, entities.excludedSpans(article->id));
            if (!entities.replaceMentions(article->id, found.mentions, found.suggestions, found.detected))
                return false;
            ++indexed;
        }
        return true;
    });
    if (ok)
        return indexed;
    // The begin or the commit failed, or the work did, in its store.
    m_error.clear();
    for (const QString &reason : { error.text(), entities.lastError(), articles.lastError() }) {
        if (m_error.isEmpty())
            m_error = reason;
    }
    return -1;
}

} // namespace Veille
