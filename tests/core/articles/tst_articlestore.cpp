// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articles/articlestore.h"
#include "db/database.h"
#include "text/textfold.h"

#include "support/testbackend.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

Q_DECLARE_METATYPE(Veille::ArticleQuery::SortKey)

namespace Veille {

class TestArticleStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void freshDatabaseIsMigrated();
    void reopeningKeepsDataAndVersion();
    void secondConnectionSeesCommittedRows();
    void newerSchemaIsRefused();
    void notADatabaseIsRefused_data();
    void notADatabaseIsRefused();
    void folderThatCannotBeCreated();

    void upsertOutcomes();
    void fullTextIndexFollowsUpdates();
    void rolledBackBatchLeavesNothing();
    void articleRoundTrip_data();
    void articleRoundTrip();
    void missingArticle();
    void sourcesAreListedOnceEach();
    void wordsBeginningAPrefix();

    void keysetPaging_data();
    void keysetPaging();
    void cursorBeforeAndRowOfAgree_data();
    void cursorBeforeAndRowOfAgree();
    void checkpointsShortenJumps_data();
    void checkpointsShortenJumps();

private:
    // Opens (and migrates) a database in this test's own temporary folder.
    // Without a name, the test's database on the backend under test.
    std::unique_ptr<Database> openDatabase(const QString &fileName = QString());
    void addSortColumns();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_location;
};

namespace {
QString hashOf(const Article &article)
{
    const QString text = article.title + QLatin1Char('\n') + article.date.toIsoString() + QLatin1Char('\n')
        + article.source + QLatin1Char('\n') + article.photoCredit + QLatin1Char('\n') + article.body;
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Article makeArticle(const QString &path, const QString &title, const QString &body,
                    const PartialDate &date = PartialDate(), const QString &source = QString())
{
    Article article;
    article.path = path;
    article.title = title;
    article.body = body;
    article.date = date;
    article.source = source;
    article.contentHash = hashOf(article);
    return article;
}

// Many ties in every sort column, accents and case that fold together, and
// undated articles: what keyset paging must get right.
Article generated(int i)
{
    static const QString prefixes[] = {QStringLiteral("\u00c9tat"), QStringLiteral("etat"),
                                       QStringLiteral("Z\u00e8bre"), QStringLiteral("abc"),
                                       QStringLiteral("\u00c7a va"), QStringLiteral("Hano\u00ef")};
    static const char *const dates[] = {"",           "2024",       "2024-12",    "2024-12-31",
                                        "2025",       "2025-01",    "2025-01-01", "2025-05",
                                        "2025-05-12", "2025-08-12", "1999-01-01"};
    static const QString sources[] = {QString(), QStringLiteral("AFP"), QStringLiteral("VNA/CVN"),
                                      QStringLiteral("Reuters"), QStringLiteral("Le Monde")};
    return makeArticle(QStringLiteral("/corpus/%1.txt").arg(i, 4, 10, QLatin1Char('0')),
                       prefixes[i % 6] + QLatin1Char(' ') + QString::number(i * 7 % 50),
                       QStringLiteral("Corps num\u00e9ro %1.").arg(i),
                       PartialDate::fromIsoString(QString::fromLatin1(dates[i * 3 % 11])), sources[i / 3 % 5]);
}

bool fillStore(ArticleStore &store, int count, QVector<Article> *articles)
{
    if (!store.beginTransaction())
        return false;
    for (int i = 0; i < count; ++i) {
        Article article = generated(i);
        if (store.upsert(article) != ArticleStore::Outcome::Inserted)
            return false;
        articles->append(article);
    }
    return store.commitTransaction();
}

// The order the store must give, computed without SQL: SQLite compares
// text byte by byte in UTF-8, and ties break on id in the same direction.
QVector<qint64> expectedOrder(QVector<Article> articles, const ArticleQuery &query)
{
    const auto key = [&query](const Article &a) -> QByteArray {
        switch (query.sortKey) {
        case ArticleQuery::SortKey::Title:
            return comparisonKey(a.title).toUtf8();
        case ArticleQuery::SortKey::Source:
            return a.source.toUtf8();
        case ArticleQuery::SortKey::Date:
        case ArticleQuery::SortKey::Relevance: // without a match, the date
            break;
        }
        return QByteArray::number(a.date.sortKey()).rightJustified(8, '0');
    };
    std::sort(articles.begin(), articles.end(), [&](const Article &a, const Article &b) {
        const QByteArray ka = key(a);
        const QByteArray kb = key(b);
        const bool less = ka != kb ? ka < kb : a.id < b.id;
        const bool greater = ka != kb ? kb < ka : b.id < a.id;
        return query.order == Qt::AscendingOrder ? less : greater;
    });
    QVector<qint64> ids;
    for (const Article &a : articles)
        ids.append(a.id);
    return ids;
}

QVector<qint64> idsOf(const QVector<ArticleSummary> &rows)
{
    QVector<qint64> ids;
    for (const ArticleSummary &row : rows)
        ids.append(row.id);
    return ids;
}

QVariant pragma(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next())
        return {};
    return query.value(0);
}

// The articles the full-text index finds for one word: FTS5's table, or the
// server's tsvector column.
QVector<qint64> ftsMatch(const QSqlDatabase &db, const QString &terms)
{
    QSqlQuery query(db);
    query.prepare(
        TestBackend::isPostgres()
            ? QStringLiteral("SELECT id FROM articles WHERE search @@ plainto_tsquery('veille_french', :terms)"
                             " ORDER BY id")
            : QStringLiteral("SELECT rowid FROM articles_fts WHERE articles_fts MATCH :terms ORDER BY rowid"));
    query.bindValue(QStringLiteral(":terms"), terms);
    QVector<qint64> ids;
    if (!query.exec()) {
        qWarning() << query.lastError().text();
        return {-1};
    }
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

// FTS5's own check that an external-content index matches its table. The
// server's tsvector is a generated column: the row itself, nothing to check.
bool ftsIntegrityOk(const QSqlDatabase &db)
{
    if (TestBackend::isPostgres())
        return true;
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("INSERT INTO articles_fts(articles_fts) VALUES('integrity-check')")))
        return true;
    qWarning() << query.lastError().text();
    return false;
}

// A connection the product does not know about, to prepare odd files.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(Database::uniqueConnectionName(QStringLiteral("raw")))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};
} // namespace

void TestArticleStore::initTestCase()
{
    VEILLE_INIT_BACKEND_TEST();
}

void TestArticleStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = TestBackend::newDatabase(*m_dir);
}

std::unique_ptr<Database> TestArticleStore::openDatabase(const QString &fileName)
{
    auto db = std::make_unique<Database>(fileName.isEmpty() ? m_location : m_dir->filePath(fileName),
                                         Database::uniqueConnectionName(QStringLiteral("test")));
    if (!db->open())
        qWarning() << "cannot open the test database:" << db->errorString();
    return db;
}

void TestArticleStore::freshDatabaseIsMigrated()
{
    if (TestBackend::isPostgres())
        QSKIP("SQLite file only");
    // The folder does not exist yet: open() creates it.
    const auto db = openDatabase(QStringLiteral("new/sub/folder/veille.sqlite"));
    QVERIFY(db->isOpen());
    QVERIFY(db->errorString().isEmpty());
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("new/sub/folder/veille.sqlite"))));
    QCOMPARE(db->schemaVersion(), Database::SchemaVersion);
    QCOMPARE(pragma(db->connection(), QStringLiteral("user_version")).toInt(), Database::SchemaVersion);
    QCOMPARE(pragma(db->connection(), QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(pragma(db->connection(), QStringLiteral("foreign_keys")).toInt(), 1);

    QSqlQuery tables(db->connection());
    QVERIFY(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    QVERIFY2(names.contains(QStringLiteral("articles")), qPrintable(names.join(QLatin1Char(','))));
    QVERIFY2(names.contains(QStringLiteral("articles_fts")), qPrintable(names.join(QLatin1Char(','))));

    ArticleStore store(db->connection());
    QCOMPARE(store.count({}), 0);
    QVERIFY(store.page({}, std::nullopt, 10).rows.isEmpty());
}

void TestArticleStore::reopeningKeepsDataAndVersion()
{
    Article article = makeArticle(QStringLiteral("/a.txt"), QStringLiteral("Gard\u00e9"), QStringLiteral("Corps."),
                                  PartialDate(2025, 5), QStringLiteral("AFP"));
    {
        const auto db = openDatabase();
        QVERIFY(db->isOpen());
        ArticleStore store(db->connection());
        QCOMPARE(store.upsert(article), ArticleStore::Outcome::Inserted);
    }
    const auto db = openDatabase();
    QVERIFY(db->isOpen());
    QCOMPARE(db->schemaVersion(), Database::SchemaVersion);
    ArticleStore store(db->connection());
    QCOMPARE(store.count({}), 1);
    const std::optional<Article> stored = store.article(article.id);
    QVERIFY(stored);
    QCOMPARE(stored->title, article.title);
    QCOMPARE(stored->date, PartialDate(2025, 5));
    // Opening again must not migrate twice or duplicate anything.
    Article same = article;
    QCOMPARE(store.upsert(same), ArticleStore::Outcome::Unchanged);
    QCOMPARE(same.id, article.id);
}

void TestArticleStore::secondConnectionSeesCommittedRows()
{
    // The importer writes through its own connection while the list reads.
    const auto writer = openDatabase();
    const auto reader = openDatabase();
    QVERIFY(writer->isOpen());
    QVERIFY(reader->isOpen());
    ArticleStore writeStore(writer->connection());
    ArticleStore readStore(reader->connection());

    QVERIFY(writeStore.beginTransaction());
    Article article = makeArticle(QStringLiteral("/a.txt"), QStringLiteral("A"), QStringLiteral("Corps."));
    QCOMPARE(writeStore.upsert(article), ArticleStore::Outcome::Inserted);
    QCOMPARE(readStore.count({}), 0); // not committed yet
    QVERIFY(writeStore.commitTransaction());
    QCOMPARE(readStore.count({}), 1);
    QVERIFY(readStore.article(article.id));
}

void TestArticleStore::newerSchemaIsRefused()
{
    if (TestBackend::isPostgres())
        QSKIP("SQLite file only");
    const QString path = m_dir->filePath(QStringLiteral("future.sqlite"));
    {
        RawConnection raw(path);
        QSqlQuery query(raw.db());
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE future(x)")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::SchemaVersion + 98)));
    }
    {
        Database db(path, Database::uniqueConnectionName(QStringLiteral("test")));
        QVERIFY(!db.open());
        QVERIFY(!db.isOpen());
        QVERIFY2(db.errorString().contains(QString::number(Database::SchemaVersion + 98)), qPrintable(db.errorString()));
        QVERIFY2(db.errorString().contains(QLatin1String("newer")), qPrintable(db.errorString()));
    }
    // Refusing must leave the newer database alone, journal mode included.
    RawConnection raw(path);
    QCOMPARE(pragma(raw.db(), QStringLiteral("user_version")).toInt(), Database::SchemaVersion + 98);
    QCOMPARE(pragma(raw.db(), QStringLiteral("journal_mode")).toString(), QStringLiteral("delete"));
    QSqlQuery query(raw.db());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'articles'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TestArticleStore::notADatabaseIsRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");

    QByteArray text;
    while (text.size() < 8192)
        text += "This is a text file that someone renamed to veille.sqlite.\n";
    QByteArray noise(8192, Qt::Uninitialized);
    for (int i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 7919 + 13) % 251);
    QByteArray damagedHeader = QByteArray("SQLite format 3", 16) + noise;

    QTest::newRow("not a database: text") << text;
    QTest::newRow("not a database: noise") << noise;
    QTest::newRow("not a database: SQLite magic then noise") << damagedHeader;
}

void TestArticleStore::notADatabaseIsRefused()
{
    if (TestBackend::isPostgres())
        QSKIP("SQLite file only");
    QFETCH(QByteArray, bytes);
    const QString path = m_dir->filePath(QStringLiteral("veille.sqlite"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), qint64(bytes.size()));
    }
    {
        Database db(path, Database::uniqueConnectionName(QStringLiteral("test")));
        QVERIFY(!db.open());
        QVERIFY(!db.isOpen());
        QVERIFY(!db.errorString().isEmpty());
        QVERIFY2(db.errorString().contains(QLatin1String("not a Veille database")), qPrintable(db.errorString()));
    }
    // The user's file is not overwritten or "repaired".
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes);
}

void TestArticleStore::folderThatCannotBeCreated()
{
    if (TestBackend::isPostgres())
        QSKIP("SQLite file only");
    // A file stands where the database's folder should be.
    const QString blocker = m_dir->filePath(QStringLiteral("blocker"));
    {
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    Database db(blocker + QStringLiteral("/veille.sqlite"), Database::uniqueConnectionName(QStringLiteral("test")));
    QVERIFY(!db.open());
    QVERIFY2(db.errorString().contains(QLatin1String("folder")), qPrintable(db.errorString()));
}

void TestArticleStore::upsertOutcomes()
{
    const auto db = openDatabase();
    ArticleStore store(db->connection());

    Article article = makeArticle(QStringLiteral("/corpus/a.txt"), QStringLiteral("Titre"), QStringLiteral("Corps."),
                                  PartialDate(2025, 5), QStringLiteral("VNA/CVN"));
    QCOMPARE(store.upsert(article), ArticleStore::Outcome::Inserted);
    const qint64 id = article.id;
    QVERIFY(id > 0);

    Article other = makeArticle(QStringLiteral("/corpus/b.txt"), QStringLiteral("Autre"), QStringLiteral("Autre."));
    QCOMPARE(store.upsert(other), ArticleStore::Outcome::Inserted);
    QVERIFY(other.id != id);

    Article again = makeArticle(QStringLiteral("/corpus/a.txt"), QStringLiteral("Titre"), QStringLiteral("Corps."),
                                PartialDate(2025, 5), QStringLiteral("VNA/CVN"));
    QCOMPARE(store.upsert(again), ArticleStore::Outcome::Unchanged);
    QCOMPARE(again.id, id);

    Article changed = makeArticle(QStringLiteral("/corpus/a.txt"), QStringLiteral("Titre corrig\u00e9"),
                                  QStringLiteral("Corps corrig\u00e9."), PartialDate(2025, 5, 12),
                                  QStringLiteral("AFP"));
    QCOMPARE(store.upsert(changed), ArticleStore::Outcome::Updated);
    QCOMPARE(changed.id, id);
    QCOMPARE(store.count({}), 2);

    const std::optional<Article> stored = store.article(id);
    QVERIFY(stored);
    QCOMPARE(stored->title, changed.title);
    QCOMPARE(stored->body, changed.body);
    QCOMPARE(stored->date, PartialDate(2025, 5, 12));
    QCOMPARE(stored->source, QStringLiteral("AFP"));
    QCOMPARE(stored->contentHash, changed.contentHash);

    Article changedAgain = changed;
    changedAgain.id = 0;
    QCOMPARE(store.upsert(changedAgain), ArticleStore::Outcome::Unchanged);
    QCOMPARE(changedAgain.id, id);
    QVERIFY(ftsIntegrityOk(db->connection()));
}

void TestArticleStore::fullTextIndexFollowsUpdates()
{
    const auto db = openDatabase();
    ArticleStore store(db->connection());

    Article article = makeArticle(QStringLiteral("/a.txt"), QStringLiteral("Titreancien"),
                                  QStringLiteral("Un motancien dans le corps."));
    QCOMPARE(store.upsert(article), ArticleStore::Outcome::Inserted);
    Article bystander = makeArticle(QStringLiteral("/b.txt"), QStringLiteral("\u00c9tat des lieux"),
                                    QStringLiteral("Un motancien aussi, \u00e0 Hano\u00ef."));
    QCOMPARE(store.upsert(bystander), ArticleStore::Outcome::Inserted);

    const QSqlDatabase connection = db->connection();
    QCOMPARE(ftsMatch(connection, QStringLiteral("motancien")), (QVector<qint64>{article.id, bystander.id}));
    QCOMPARE(ftsMatch(connection, QStringLiteral("titreancien")), QVector<qint64>{article.id});
    // remove_diacritics: "etat" finds "État", "hanoi" finds "Hanoï".
    QCOMPARE(ftsMatch(connection, QStringLiteral("etat")), QVector<qint64>{bystander.id});
    QCOMPARE(ftsMatch(connection, QStringLiteral("hanoi")), QVector<qint64>{bystander.id});

    Article updated = makeArticle(QStringLiteral("/a.txt"), QStringLiteral("Titrenouveau"),
                                  QStringLiteral("Un motnouveau dans le corps."));
    QCOMPARE(store.upsert(updated), ArticleStore::Outcome::Updated);
    QCOMPARE(updated.id, article.id);

    QCOMPARE(ftsMatch(connection, QStringLiteral("motnouveau")), QVector<qint64>{article.id});
    QCOMPARE(ftsMatch(connection, QStringLiteral("titrenouveau")), QVector<qint64>{article.id});
    QCOMPARE(ftsMatch(connection, QStringLiteral("motancien")), QVector<qint64>{bystander.id});
    QCOMPARE(ftsMatch(connection, QStringLiteral("titreancien")), QVector<qint64>());
    QVERIFY(ftsIntegrityOk(connection));
}

void TestArticleStore::rolledBackBatchLeavesNothing()
{
    const auto db = openDatabase();
    ArticleStore store(db->connection());
    Article kept = makeArticle(QStringLiteral("/kept.txt"), QStringLiteral("Gard\u00e9"), QStringLiteral("gardemot"));
    QCOMPARE(store.upsert(kept), ArticleStore::Outcome::Inserted);

    QVERIFY(store.beginTransaction());
    Article dropped = makeArticle(QStringLiteral("/dropped.txt"), QStringLiteral("Annul\u00e9"),
                                  QStringLiteral("annulemot"));
    QCOMPARE(store.upsert(dropped), ArticleStore::Outcome::Inserted);
    Article keptChanged = makeArticle(QStringLiteral("/kept.txt"), QStringLiteral("Modifi\u00e9"),
                                      QStringLiteral("modifiemot"));
    QCOMPARE(store.upsert(keptChanged), ArticleStore::Outcome::Updated);
    store.rollbackTransaction();

    QCOMPARE(store.count({}), 1);
    QVERIFY(!store.article(dropped.id));
    QCOMPARE(store.article(kept.id)->title, kept.title);
    QCOMPARE(ftsMatch(db->connection(), QStringLiteral("annulemot")), QVector<qint64>());
    QCOMPARE(ftsMatch(db->connection(), QStringLiteral("modifiemot")), QVector<qint64>());
    QCOMPARE(ftsMatch(db->connection(), QStringLiteral("gardemot")), QVector<qint64>{kept.id});
    QVERIFY(ftsIntegrityOk(db->connection()));
}

void TestArticleStore::articleRoundTrip_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("photo");
    QTest::addColumn<QString>("body");

    QTest::newRow("round trip: full date, every field")
        << QStringLiteral("Vietnam et \u00c9tats-Unis") << QStringLiteral("2025-08-12") << QStringLiteral("VNA/CVN")
        << QStringLiteral("Duong Giang/VNA/CVN")
        << QStringLiteral("L\u2019IA et l'industrie.\n\nDeuxi\u00e8me paragraphe \u00ab cit\u00e9 \u00bb.");
    QTest::newRow("round trip: month-only date") << QStringLiteral("Mois") << QStringLiteral("2025-05") << QString()
                                                 << QString() << QStringLiteral("Corps.");
    QTest::newRow("round trip: year-only date") << QStringLiteral("Ann\u00e9e") << QStringLiteral("2023") << QString()
                                                << QString() << QStringLiteral("Corps.");
    QTest::newRow("round trip: undated, empty body") << QStringLiteral("Sans date") << QString() << QString()
                                                     << QString() << QString();
    QTest::newRow("round trip: characters outside the BMP and SQL quotes")
        << QStringLiteral("\U0001F4F0 l'\u00e9dition \"sp\u00e9ciale\"; DROP TABLE articles; --")
        << QStringLiteral("1999-12-31") << QStringLiteral("O'Reilly") << QStringLiteral("%_\\")
        << QStringLiteral("Texte\ten tabulations.\n\n\U0001F600");
}

void TestArticleStore::articleRoundTrip()
{
    QFETCH(QString, title);
    QFETCH(QString, date);
    QFETCH(QString, source);
    QFETCH(QString, photo);
    QFETCH(QString, body);

    const auto db = openDatabase();
    ArticleStore store(db->connection());
    Article article = makeArticle(m_dir->filePath(QStringLiteral("corpus/\u00e9t\u00e9 2025.txt")), title, body,
                                  PartialDate::fromIsoString(date), source);
    article.photoCredit = photo;
    article.contentHash = hashOf(article);
    QCOMPARE(store.upsert(article), ArticleStore::Outcome::Inserted);

    const std::optional<Article> stored = store.article(article.id);
    QVERIFY(stored);
    QCOMPARE(stored->id, article.id);
    QCOMPARE(stored->path, article.path);
    QCOMPARE(stored->contentHash, article.contentHash);
    QCOMPARE(stored->title, title);
    QCOMPARE(stored->date.toIsoString(), date);
    QCOMPARE(stored->date.precision(), article.date.precision());
    QCOMPARE(stored->source, source);
    QCOMPARE(stored->photoCredit, photo);
    QCOMPARE(stored->body, body);

    const ArticleStore::Page page = store.page({}, std::nullopt, 10);
    QCOMPARE(int(page.rows.size()), 1);
    QCOMPARE(page.rows.first().id, article.id);
    QCOMPARE(page.rows.first().title, title);
    QCOMPARE(page.rows.first().date.toIsoString(), date);
    QCOMPARE(page.rows.first().source, source);
}

void TestArticleStore::missingArticle()
{
    const auto db = openDatabase();
    ArticleStore store(db->connection());
    QVERIFY(!store.article(1));
    QVERIFY(!store.article(-5));
    QCOMPARE(store.rowOf({}, 1), -1);
}

void TestArticleStore::sourcesAreListedOnceEach()
{
    const auto db = openDatabase();
    ArticleStore store(db->connection());
    QCOMPARE(store.sources(), QStringList());
    QVector<Article> articles;
    QVERIFY(fillStore(store, 60, &articles));
    // Sorted, each once, and no empty source (a fifth of the articles).
    QCOMPARE(store.sources(),
             (QStringList { QStringLiteral("AFP"), QStringLiteral("Le Monde"), QStringLiteral("Reuters"),
                            QStringLiteral("VNA/CVN") }));
}

void TestArticleStore::wordsBeginningAPrefix()
{
    const auto db = openDatabase();
    ArticleStore store(db->connection());
    Article article = makeArticle(QStringLiteral("/a.txt"), QStringLiteral("Cybers\u00e9curit\u00e9"),
                                  QStringLiteral("Une cyberattaque. Le cyber. La Cybern\u00e9tique. Le "
                                                 "cybers\u00e9curitaire."));
    QCOMPARE(store.upsert(article), ArticleStore::Outcome::Inserted);
    if (TestBackend::isPostgres()) {
        // The server's index lists no words: its prefixes stay prefixes.
        QCOMPARE(store.wordsBeginning(QStringLiteral("cyber"), 8), std::nullopt);
        return;
    }
    // Folded as the index folds: case and accents aside, in its order.
    const QStringList cyber { QStringLiteral("cyber"), QStringLiteral("cyberattaque"), QStringLiteral("cybernetique"),
                              QStringLiteral("cybersecuritaire"), QStringLiteral("cybersecurite") };
    QCOMPARE(store.wordsBeginning(QStringLiteral("CYB\u00c9R"), 8), std::make_optional(cyber));
    QCOMPARE(store.wordsBeginning(QStringLiteral("cybers\u00e9curit"), 8), std::make_optional(cyber.mid(3)));
    QCOMPARE(store.wordsBeginning(QStringLiteral("cyber"), 5), std::make_optional(cyber));
    // More words than asked for, or a prefix of no word.
    QCOMPARE(store.wordsBeginning(QStringLiteral("cyber"), 4), std::nullopt);
    QCOMPARE(store.wordsBeginning(QStringLiteral("zyx"), 8), std::make_optional(QStringList()));
    // What does not fold to plain letters and digits is left to FTS5.
    QCOMPARE(store.wordsBeginning(QStringLiteral("\u0153uvre"), 8), std::nullopt);
    QCOMPARE(store.wordsBeginning(QStringLiteral("cyber-"), 8), std::nullopt);
    QCOMPARE(store.wordsBeginning(QString(), 8), std::nullopt);
    QVERIFY2(store.lastError().isEmpty(), qPrintable(store.lastError()));
}

void TestArticleStore::addSortColumns()
{
    QTest::addColumn<ArticleQuery::SortKey>("sortKey");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::newRow("date ascending") << ArticleQuery::SortKey::Date << Qt::AscendingOrder;
    QTest::newRow("date descending") << ArticleQuery::SortKey::Date << Qt::DescendingOrder;
    QTest::newRow("title ascending") << ArticleQuery::SortKey::Title << Qt::AscendingOrder;
    QTest::newRow("title descending") << ArticleQuery::SortKey::Title << Qt::DescendingOrder;
    QTest::newRow("source ascending") << ArticleQuery::SortKey::Source << Qt::AscendingOrder;
    QTest::newRow("source descending") << ArticleQuery::SortKey::Source << Qt::DescendingOrder;
}

void TestArticleStore::keysetPaging_data()
{
    addSortColumns();
}

void TestArticleStore::keysetPaging()
{
    QFETCH(ArticleQuery::SortKey, sortKey);
    QFETCH(Qt::SortOrder, order);
    ArticleQuery query;
    query.sortKey = sortKey;
    query.order = order;
    constexpr int Count = 1000;

    const auto db = openDatabase();
    ArticleStore store(db->connection());
    QVector<Article> articles;
    QVERIFY(fillStore(store, Count, &articles));
    QCOMPARE(store.count(query), Count);
    const QVector<qint64> expected = expectedOrder(articles, query);
    QCOMPARE(int(expected.size()), Count);

    // One page holding everything.
    const ArticleStore::Page all = store.page(query, std::nullopt, Count + 10);
    QCOMPARE(idsOf(all.rows), expected);
    QCOMPARE(int(all.cursors.size()), Count);
    for (int i = 0; i < Count; ++i)
        QCOMPARE(all.cursors.at(i).id, all.rows.at(i).id);

    for (const int limit : {1, 37, 128, 999}) {
        // Forwards from the start, each page continuing after the last cursor.
        QVector<qint64> forwards;
        std::optional<ArticleCursor> cursor;
        for (int pages = 0; pages <= Count; ++pages) {
            const ArticleStore::Page page = store.page(query, cursor, limit);
            QVERIFY(page.rows.size() <= limit);
            QCOMPARE(page.cursors.size(), page.rows.size());
            if (page.rows.isEmpty())
                break;
            forwards += idsOf(page.rows);
            cursor = page.cursors.last();
        }
        QVERIFY2(forwards == expected, qPrintable(QStringLiteral("forwards, limit %1").arg(limit)));

        // Backwards from the end: each page holds the rows before the
        // first cursor of the previous one, still in the query's order.
        QVector<qint64> backwards;
        cursor.reset();
        for (int pages = 0; pages <= Count; ++pages) {
            const ArticleStore::Page page = store.page(query, cursor, limit, true);
            QVERIFY(page.rows.size() <= limit);
            if (page.rows.isEmpty())
                break;
            backwards = idsOf(page.rows) + backwards;
            cursor = page.cursors.first();
        }
        QVERIFY2(backwards == expected, qPrintable(QStringLiteral("backwards, limit %1").arg(limit)));
    }

    // Every id exactly once.
    QVector<qint64> sorted = expected;
    std::sort(sorted.begin(), sorted.end());
    QVERIFY(std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end());
}

void TestArticleStore::cursorBeforeAndRowOfAgree_data()
{
    addSortColumns();
}

void TestArticleStore::cursorBeforeAndRowOfAgree()
{
    QFETCH(ArticleQuery::SortKey, sortKey);
    QFETCH(Qt::SortOrder, order);
    ArticleQuery query;
    query.sortKey = sortKey;
    query.order = order;
    constexpr int Count = 1000;

    const auto db = openDatabase();
    ArticleStore store(db->connection());
    QVector<Article> articles;
    QVERIFY(fillStore(store, Count, &articles));
    const QVector<qint64> expected = expectedOrder(articles, query);

    QVERIFY(!store.cursorBefore(query, 0));
    for (int row = 0; row < Count; ++row) {
        QCOMPARE(store.rowOf(query, expected.at(row)), row);
        if (row % 7 != 0 && row != Count - 1 && row != 128 && row != 127)
            continue;
        const std::optional<ArticleCursor> cursor = store.cursorBefore(query, row);
        QCOMPARE(bool(cursor), row > 0);
        const ArticleStore::Page page = store.page(query, cursor, 3);
        QVERIFY(!page.rows.isEmpty());
        QCOMPARE(page.rows.first().id, expected.at(row));
        if (cursor)
            QCOMPARE(cursor->id, expected.at(row - 1));
    }
    // Past the end: no row to jump into.
    const std::optional<ArticleCursor> end = store.cursorBefore(query, Count);
    QVERIFY(end);
    QVERIFY(store.page(query, end, 10).rows.isEmpty());
    QCOMPARE(store.rowOf(query, 0), -1);
    QCOMPARE(store.rowOf(query, expected.last() + 1000), -1);
}

void TestArticleStore::checkpointsShortenJumps_data()
{
    addSortColumns();
}

// A far jump counts from the nearest checkpoint: the cursors it starts from
// must be those of rows step - 1, 2 * step - 1…, and counting from one must
// land on the same row as counting from the top.
void TestArticleStore::checkpointsShortenJumps()
{
    QFETCH(ArticleQuery::SortKey, sortKey);
    QFETCH(Qt::SortOrder, order);
    ArticleQuery query;
    query.sortKey = sortKey;
    query.order = order;
    constexpr int Count = 1000;
    constexpr int Step = 64;

    const auto db = openDatabase();
    ArticleStore store(db->connection());
    QVector<Article> articles;
    QVERIFY(fillStore(store, Count, &articles));
    const QVector<qint64> expected = expectedOrder(articles, query);

    const QVector<ArticleCursor> checkpoints = store.checkpoints(query, Step);
    QCOMPARE(int(checkpoints.size()), Count / Step);
    for (int i = 0; i < checkpoints.size(); ++i)
        QCOMPARE(checkpoints.at(i).id, expected.at((i + 1) * Step - 1));
    QVERIFY(store.checkpoints(query, 0).isEmpty());
    QCOMPARE(int(store.checkpoints(query, Count + 1).size()), 0);

    for (const int row : {Step, Step + 1, 2 * Step - 1, 2 * Step, 5 * Step + 17, Count - 1}) {
        const int index = row / Step - 1;
        const int fromRow = (index + 1) * Step - 1;
        const std::optional<ArticleCursor> cursor = store.cursorBefore(query, row, checkpoints.at(index), fromRow);
        QVERIFY2(cursor, qPrintable(QStringLiteral("row %1").arg(row)));
        QCOMPARE(cursor->id, expected.at(row - 1));
        QCOMPARE(store.page(query, cursor, 1).rows.first().id, expected.at(row));
    }
}

} // namespace Veille

QTEST_GUILESS_MAIN(Veille::TestArticleStore)
#include "text/textfold.h"
#include "tst_articlestore.moc"
