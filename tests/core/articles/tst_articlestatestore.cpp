// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articles/articlestatestore.h"
#include "articles/articlestore.h"
#include "db/database.h"
#include "db/userdatabackup.h"

#include "support/testbackend.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Veille {

// Read, unread and starred articles: the migration, marking, what a
// re-import and a backup do to them, and the list's filters.
class TestArticleStateStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void migrationFromVersion3KeepsArticles();
    void marking_data();
    void marking();
    void reimport_data();
    void reimport();
    void pageCarriesStatesAndFilters();
    void markAllReadFollowsTheList();
    void backupAndRestoreCarryStates();
    void eachReaderHasTheirOwnState();

private:
    // Without a name, the test's database on the backend under test.
    std::unique_ptr<Database> openDatabase(const QString &fileName = QString());
    // Three articles: /a (AFP), /b (AFP), /c (VNA), in that id order.
    QVector<qint64> addArticles(ArticleStore &store);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_location;
};

namespace {
Article makeArticle(const QString &path, const QString &body, const QString &source)
{
    Article article;
    article.path = path;
    article.title = QStringLiteral("Titre ") + path;
    article.body = body;
    article.source = source;
    article.contentHash =
        QString::fromLatin1(QCryptographicHash::hash(body.toUtf8(), QCryptographicHash::Sha256).toHex());
    return article;
}

QVector<qint64> ids(const ArticleStore::Page &page)
{
    QVector<qint64> result;
    for (const ArticleSummary &row : page.rows)
        result.append(row.id);
    std::sort(result.begin(), result.end());
    return result;
}
} // namespace

void TestArticleStateStore::initTestCase()
{
    VEILLE_INIT_BACKEND_TEST();
}

void TestArticleStateStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = TestBackend::newDatabase(*m_dir);
}

std::unique_ptr<Database> TestArticleStateStore::openDatabase(const QString &fileName)
{
    auto db = std::make_unique<Database>(fileName.isEmpty() ? m_location : m_dir->filePath(fileName),
                                         Database::uniqueConnectionName(QStringLiteral("test")));
    if (!db->open())
        qWarning() << "cannot open the test database:" << db->errorString();
    return db;
}

QVector<qint64> TestArticleStateStore::addArticles(ArticleStore &store)
{
    QVector<qint64> result;
    for (const auto &[path, source] :
         { std::pair<const char *, const char *> { "/a", "AFP" }, { "/b", "AFP" }, { "/c", "VNA" } }) {
        Article article =
            makeArticle(QLatin1String(path), QStringLiteral("Corps de ") + QLatin1String(path), QLatin1String(source));
        if (store.upsert(article) != ArticleStore::Outcome::Inserted)
            return {};
        result.append(article.id);
    }
    return result;
}

void TestArticleStateStore::migrationFromVersion3KeepsArticles()
{
    if (TestBackend::isPostgres())
        QSKIP("SQLite file only");
    qint64 id = 0;
    {
        // A version 3 file: this version's, without what versions 4 and
        // later added.
        const auto db = openDatabase();
        QVERIFY(db->isOpen());
        ArticleStore store(db->connection());
        id = addArticles(store).value(0);
        QVERIFY(id);
        QSqlQuery query(db->connection());
        // Version 7's derived entity tables and their triggers first: they
        // read the columns that version 5 added to mentions.
        for (const char *sql : {"DROP TRIGGER mentions_added", "DROP TRIGGER mentions_removed",
                                "DROP TRIGGER mentions_moved", "DROP TRIGGER articles_removed",
                                "DROP TRIGGER articles_redated", "DROP TABLE article_entities",
                                "DROP TABLE entity_counts", "DROP TABLE entity_dates", "DROP TABLE article_states",
                                "DROP INDEX entities_by_detect_key", "ALTER TABLE entities DROP COLUMN detect_key",
                                "ALTER TABLE entities DROP COLUMN status", "ALTER TABLE mentions DROP COLUMN origin",
                                "ALTER TABLE mentions DROP COLUMN confidence", "PRAGMA user_version = 3"})
            QVERIFY2(query.exec(QString::fromLatin1(sql)), sql);
    }
    const auto db = openDatabase();
    QVERIFY2(db->isOpen(), qPrintable(db->errorString()));
    QCOMPARE(db->schemaVersion(), Database::SchemaVersion);
    ArticleStore store(db->connection());
    QCOMPARE(store.count({}), 3);
    QVERIFY(store.article(id));
    ArticleStateStore states(db->connection());
    QVERIFY(!states.state(id).read);
    QVERIFY2(states.setRead({ id }, true), qPrintable(states.lastError()));
    QVERIFY(states.state(id).read);
}

void TestArticleStateStore::marking_data()
{
    QTest::addColumn<bool>("read");
    QTest::addColumn<bool>("starred");
    QTest::newRow("read, not starred") << true << false;
    QTest::newRow("unread, starred") << false << true;
    QTest::newRow("read and starred") << true << true;
    QTest::newRow("marked back to unread and unstarred") << false << false;
}

void TestArticleStateStore::marking()
{
    QFETCH(bool, read);
    QFETCH(bool, starred);
    const auto db = openDatabase();
    ArticleStore store(db->connection());
    const QVector<qint64> articles = addArticles(store);
    ArticleStateStore states(db->connection());
    // Start from the opposite state, so that each row changes something.
    QVERIFY(states.setRead({ articles.at(0) }, !read));
    QVERIFY(states.setStarred({ articles.at(0) }, !starred));
    QVERIFY(states.setRead({ articles.at(0) }, read));
    QVERIFY(states.setStarred({ articles.at(0) }, starred));
    QCOMPARE(states.state(articles.at(0)).read, read);
    QCOMPARE(states.state(articles.at(0)).starred, starred);
    // The others are untouched: unread, not starred.
    QVERIFY(!states.state(articles.at(1)).read);
    QVERIFY(!states.state(articles.at(1)).starred);
    QCOMPARE(states.existing({ articles.at(1), 999 }), QVector<qint64> { articles.at(1) });
}

void TestArticleStateStore::reimport_data()
{
    QTest::addColumn<bool>("textChanged");
    QTest::newRow("unchanged text keeps read") << false;
    QTest::newRow("updated text is unread again, marked") << true;
}

void TestArticleStateStore::reimport()
{
    QFETCH(bool, textChanged);
    const auto db = openDatabase();
    ArticleStore store(db->connection());
    const QVector<qint64> articles = addArticles(store);
    ArticleStateStore states(db->connection());
    QVERIFY(states.setRead({ articles.at(0) }, true));
    QVERIFY(states.setStarred({ articles.at(0) }, true));

    Article again =
        makeArticle(QStringLiteral("/a"), textChanged ? QStringLiteral("Corps nouveau") : QStringLiteral("Corps de /a"),
                    QStringLiteral("AFP"));
    QCOMPARE(store.upsert(again), textChanged ? ArticleStore::Outcome::Updated : ArticleStore::Outcome::Unchanged);
    QCOMPARE(again.id, articles.at(0));
    const ArticleStateStore::State state = states.state(articles.at(0));
    QCOMPARE(state.read, !textChanged);
    QCOMPARE(state.changed, textChanged);
    QVERIFY(state.starred); // a star is the user's: a re-import never takes it
    const ArticleStore::Page page = store.page({}, std::nullopt, 10);
    const auto row = std::find_if(page.rows.cbegin(), page.rows.cend(),
                                  [&](const ArticleSummary &summary) { return summary.id == articles.at(0); });
    QVERIFY(row != page.rows.cend());
    QCOMPARE(row->changed, textChanged);
    // Reading it clears the mark.
    QVERIFY(states.setRead({ articles.at(0) }, true));
    QVERIFY(!states.state(articles.at(0)).changed);
}

void TestArticleStateStore::pageCarriesStatesAndFilters()
{
    const auto db = openDatabase();
    ArticleStore store(db->connection());
    const QVector<qint64> articles = addArticles(store);
    ArticleStateStore states(db->connection());
    QVERIFY(states.setRead({ articles.at(0), articles.at(2) }, true));
    QVERIFY(states.setStarred({ articles.at(1) }, true));

    const ArticleStore::Page all = store.page({}, std::nullopt, 10);
    QCOMPARE(all.rows.size(), 3);
    for (const ArticleSummary &row : all.rows) {
        QCOMPARE(row.read, row.id != articles.at(1));
        QCOMPARE(row.starred, row.id == articles.at(1));
    }
    ArticleQuery unread;
    unread.unreadOnly = true;
    QCOMPARE(ids(store.page(unread, std::nullopt, 10)), QVector<qint64> { articles.at(1) });
    QCOMPARE(store.count(unread), 1);
    ArticleQuery starred;
    starred.starredOnly = true;
    starred.sortKey = ArticleQuery::SortKey::Title;
    QCOMPARE(ids(store.page(starred, std::nullopt, 10)), QVector<qint64> { articles.at(1) });
    ArticleQuery unreadSearch = unread;
    unreadSearch.match = QStringLiteral("corps");
    unreadSearch.sortKey = ArticleQuery::SortKey::Relevance;
    QCOMPARE(ids(store.page(unreadSearch, std::nullopt, 10)), QVector<qint64> { articles.at(1) });
    QVERIFY(!unread.sameRows(ArticleQuery()));
    QVERIFY(!starred.sameRows(ArticleQuery()));
}

void TestArticleStateStore::markAllReadFollowsTheList()
{
    const auto db = openDatabase();
    ArticleStore store(db->connection());
    const QVector<qint64> articles = addArticles(store);
    ArticleStateStore states(db->connection());
    QVERIFY(states.setRead({ articles.at(0) }, true));
    ArticleQuery afp;
    afp.source = QStringLiteral("AFP");
    bool ok = false;
    // Only the list's rows, and only those unread before come back (for an undo).
    QCOMPARE(store.markAllRead(afp, &ok), QVector<qint64> { articles.at(1) });
    QVERIFY2(ok, qPrintable(store.lastError()));
    QVERIFY(states.state(articles.at(1)).read);
    QVERIFY(!states.state(articles.at(2)).read);
    ArticleQuery search;
    search.match = QStringLiteral("corps");
    search.sortKey = ArticleQuery::SortKey::Relevance;
    QCOMPARE(store.markAllRead(search, &ok), QVector<qint64> { articles.at(2) });
    QVERIFY(ok);
    QCOMPARE(store.count([] {
        ArticleQuery q;
        q.unreadOnly = true;
        return q;
    }()),
             0);
}

void TestArticleStateStore::backupAndRestoreCarryStates()
{
    if (TestBackend::isPostgres())
        QSKIP("SQLite file only");
    const auto original = openDatabase();
    ArticleStore store(original->connection());
    const QVector<qint64> articles = addArticles(store);
    ArticleStateStore states(original->connection());
    QVERIFY(states.setRead({ articles.at(0), articles.at(1) }, true));
    QVERIFY(states.setStarred({ articles.at(1), articles.at(2) }, true));
    const QString file = m_dir->filePath(QStringLiteral("backup.sqlite"));
    UserDataBackup backup(original->connection());
    QVERIFY2(backup.write(file), qPrintable(backup.lastError()));

    // Another database with the same articles, but /b's text changed.
    const auto fresh = openDatabase(QStringLiteral("fresh.sqlite"));
    ArticleStore freshStore(fresh->connection());
    QVector<qint64> freshIds;
    for (const char *path : { "/c", "/b", "/a" }) {
        Article article =
            makeArticle(QLatin1String(path), QStringLiteral("Corps de ") + QLatin1String(path), QStringLiteral("AFP"));
        if (QLatin1String(path) == QLatin1String("/b"))
            article = makeArticle(article.path, QStringLiteral("Autre corps"), article.source);
        QCOMPARE(freshStore.upsert(article), ArticleStore::Outcome::Inserted);
        freshIds.append(article.id);
    }
    UserDataBackup restorer(fresh->connection());
    const std::optional<RestoreReport> report = restorer.restore(file);
    QVERIFY2(report, qPrintable(restorer.lastError()));
    QCOMPARE(report->states, 2);
    ArticleStateStore freshStates(fresh->connection());
    QVERIFY(freshStates.state(freshIds.at(2)).read); // /a, by path
    QVERIFY(!freshStates.state(freshIds.at(2)).starred);
    QVERIFY(freshStates.state(freshIds.at(0)).starred); // /c
    QVERIFY(!freshStates.state(freshIds.at(0)).read);
    // /b changed: unread, as a re-import would leave it.
    QVERIFY(!freshStates.state(freshIds.at(1)).read);
    QVERIFY(!freshStates.state(freshIds.at(1)).starred);
}

void TestArticleStateStore::eachReaderHasTheirOwnState()
{
    if (!TestBackend::isPostgres())
        QSKIP("Needs a server: a file has one reader");
    const auto alice = openDatabase();
    ArticleStore store(alice->connection());
    const QVector<qint64> articles = addArticles(store);
    QVERIFY(ArticleStateStore(alice->connection()).setRead({ articles.at(0) }, true));
    QVERIFY(ArticleStateStore(alice->connection()).setStarred({ articles.at(1) }, true));

    Database bob(TestBackend::asUser(m_location, QStringLiteral("bob")),
                 Database::uniqueConnectionName(QStringLiteral("bob")));
    QVERIFY2(bob.open(), qPrintable(bob.errorString()));
    ArticleStateStore bobStates(bob.connection());
    QVERIFY(!bobStates.state(articles.at(0)).read);
    QVERIFY(!bobStates.state(articles.at(1)).starred);
    // Bob's own marks, on the same article, leave Alice's alone.
    QVERIFY2(bobStates.setRead({ articles.at(0), articles.at(2) }, true), qPrintable(bobStates.lastError()));
    QVERIFY2(bobStates.setRead({ articles.at(0) }, false), qPrintable(bobStates.lastError()));
    QVERIFY(ArticleStateStore(alice->connection()).state(articles.at(0)).read);
    QVERIFY(!ArticleStateStore(alice->connection()).state(articles.at(2)).read);
    // Each one's list of unread articles follows their own marks.
    ArticleQuery unread;
    unread.unreadOnly = true;
    QCOMPARE(ArticleStore(bob.connection()).count(unread), 2);
    QCOMPARE(store.count(unread), 2);
    ArticleQuery starred;
    starred.starredOnly = true;
    QCOMPARE(ArticleStore(bob.connection()).count(starred), 0);
    // Mark All as Read is Bob's alone too.
    bool ok = false;
    QCOMPARE(ArticleStore(bob.connection()).markAllRead({}, &ok).size(), 2);
    QVERIFY(ok);
    QCOMPARE(store.count(unread), 2);
}

} // namespace Veille

QTEST_GUILESS_MAIN(Veille::TestArticleStateStore)
#include "tst_articlestatestore.moc"
