// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/damageddatabase.h"
#include "core/import/importedcorpus.h"

#include "articles/articlestatestore.h"
#include "articles/articlestore.h"
#include "db/database.h"
#include "db/userdatabackup.h"
#include "import/databaserecovery.h"
#include "passages/passagestore.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QtTest>

#include <memory>

namespace Veille {

namespace {
constexpr int Articles = 300;

// A count straight from the file, on a connection of the test's own.
qint64 countOf(const QString &databasePath, const QString &sql)
{
    qint64 count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        db.setDatabaseName(databasePath);
        QSqlQuery query(db);
        if (db.open() && query.exec(sql) && query.next())
            count = query.value(0).toLongLong();
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return count;
}
} // namespace

// Recovery of real damaged files: a database of 300 imported articles,
// one passage with a tag on each, a leaf page of the articles overwritten
// with random bytes, and files removed from the disk.
class TestDatabaseRecovery : public QObject
{
    Q_OBJECT

    std::unique_ptr<ImportedCorpus> m_corpus;
    QString m_damaged;

    QString recovered() const { return m_corpus->path(QStringLiteral("recovered.sqlite")); }

    void addPassages(const QString &databasePath)
    {
        Database db(databasePath, Database::uniqueConnectionName(QStringLiteral("passages")));
        QVERIFY(db.open());
        const ArticleStore articles(db.connection());
        PassageStore passages(db.connection());
        // Read and starred articles are user data too: every third one.
        ArticleStateStore states(db.connection());
        QVector<qint64> everyThird;
        for (const qint64 id : articles.articleIds()) {
            if (id % 3 == 0)
                everyThird.append(id);
        }
        QVERIFY(states.setRead(everyThird, true));
        QVERIFY(states.setStarred(everyThird, true));
        for (const qint64 id : articles.articleIds()) {
            const Article article = *articles.article(id);
            Passage passage;
            passage.articleId = id;
            passage.articlePath = article.path;
            passage.anchor = TextAnchor::fromRange(article.body, { 0, 9 }, article.contentHash);
            passage.note = QStringLiteral("note on ") + article.title;
            passage.tags = QStringList { QStringLiteral("usine") };
            QVERIFY(passages.add(passage));
        }
    }

    // Removes every second article file; returns how many.
    int removeEverySecondFile()
    {
        const QStringList files = QDir(m_corpus->corpus()).entryList(QDir::Files, QDir::Name);
        int removed = 0;
        for (int i = 0; i < files.size(); i += 2)
            removed += QFile::remove(QDir(m_corpus->corpus()).filePath(files.at(i))) ? 1 : 0;
        return removed;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_corpus = std::make_unique<ImportedCorpus>();
        QVERIFY(m_corpus->create(QStringLiteral("recovery"), Articles));
        addPassages(m_corpus->database());
        m_damaged = m_corpus->copy();
        QVERIFY(!m_damaged.isEmpty());
    }

    void cleanup() { m_corpus.reset(); }

    void soundFileComesBackWhole()
    {
        DatabaseRecovery recovery(m_damaged, recovered());
        const std::optional<RecoveryReport> report = recovery.run();
        QVERIFY2(report, qPrintable(recovery.errorString()));
        QCOMPARE(report->check.outcome, DatabaseCheck::Outcome::Sound);
        for (const DatabaseSalvage::TableReport &table : report->tables)
            QCOMPARE(table.damagedReads, 0);
        for (const char *table :
             { "articles", "passages", "passage_tags", "entities", "aliases", "mentions", "article_states" }) {
            const QString sql = QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table));
            QCOMPARE(countOf(recovered(), sql), countOf(m_damaged, sql));
        }
        QCOMPARE(countOf(recovered(),
                         QStringLiteral("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'Qualcomm'")),
                 qint64(Articles));
        QCOMPARE(report->passagesSetAside, 0);
        QVERIFY(QFileInfo(report->userDataBackup).isFile());
        QCOMPARE(countOf(recovered(), QStringLiteral("SELECT count(*) FROM article_states WHERE read AND starred")),
                 qint64(Articles / 3));
    }

    void damagedFileKeepsEveryPassage()
    {
        QVERIFY(damageDatabase(m_damaged, 12));
        const QByteArray before = fileHash(m_damaged);
        QVERIFY(removeEverySecondFile() > 0);

        DatabaseRecovery recovery(m_damaged, recovered());
        const std::optional<RecoveryReport> report = recovery.run();
        QVERIFY2(report, qPrintable(recovery.errorString()));
        QCOMPARE(fileHash(m_damaged), before); // only read
        QCOMPARE(report->check.outcome, DatabaseCheck::Outcome::Sound);
        const qint64 articles = countOf(recovered(), QStringLiteral("SELECT count(*) FROM articles"));
        QVERIFY2(articles < Articles, "the damage cost no article: the test proves nothing");
        QVERIFY(articles > Articles / 2);
        // Passages of lost articles come back when the file is still there,
        // and are set aside, never dropped, when it is not.
        QVERIFY(!report->reimported.isEmpty());
        QVERIFY(report->passagesSetAside > 0);
        QCOMPARE(report->missingArticles.size(), report->passagesSetAside);
        for (const QString &path : report->missingArticles)
            QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(countOf(recovered(), QStringLiteral("SELECT count(*) FROM passages")) + report->passagesSetAside,
                 qint64(Articles));
        QCOMPARE(countOf(recovered(),
                         QStringLiteral("SELECT count(*) FROM passages p JOIN articles a"
                                        " ON a.id = p.article_id AND a.path = p.article_path")),
                 countOf(recovered(), QStringLiteral("SELECT count(*) FROM passages")));
        QCOMPARE(countOf(recovered(), QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), qint64(0));
        // The search index and the mentions are made again, for every article.
        QCOMPARE(countOf(recovered(),
                         QStringLiteral("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'Qualcomm'")),
                 countOf(recovered(), QStringLiteral("SELECT count(*) FROM articles")));
        QCOMPARE(countOf(recovered(), QStringLiteral("SELECT count(DISTINCT article_id) FROM mentions")),
                 countOf(recovered(), QStringLiteral("SELECT count(*) FROM articles")));

        // The set-aside passages are in the backup: once their files are
        // back and imported, a restore attaches every one.
        QVERIFY(writeGeneratedCorpus(m_corpus->corpus(), QStringLiteral("recovery"), Articles));
        Importer importer(recovered());
        QVERIFY(importer.run({ m_corpus->corpus() }).error.isEmpty());
        Database db(recovered(), Database::uniqueConnectionName(QStringLiteral("restore")));
        QVERIFY(db.open());
        UserDataBackup backup(db.connection());
        const std::optional<RestoreReport> restored = backup.restore(report->userDataBackup);
        QVERIFY2(restored, qPrintable(backup.lastError()));
        QCOMPARE(restored->passages, report->passagesSetAside);
        QCOMPARE(countOf(recovered(), QStringLiteral("SELECT count(*) FROM passages")), qint64(Articles));
    }

    void foldersImportedAgainBringBackLostArticles()
    {
        QVERIFY(damageDatabase(m_damaged, 12));
        DatabaseRecovery recovery(m_damaged, recovered());
        recovery.setReimportFolders(true);
        const std::optional<RecoveryReport> report = recovery.run();
        QVERIFY2(report, qPrintable(recovery.errorString()));
        QVERIFY(report->articlesBack > 0);
        QCOMPARE(countOf(recovered(), QStringLiteral("SELECT count(*) FROM articles")), qint64(Articles));
        QCOMPARE(countOf(recovered(), QStringLiteral("SELECT count(*) FROM passages")), qint64(Articles));
        QCOMPARE(report->passagesSetAside, 0);
    }

    void refusesToOverwrite()
    {
        QFile existing(recovered());
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("mine");
        existing.close();
        DatabaseRecovery recovery(m_damaged, recovered());
        QVERIFY(!recovery.run());
        QVERIFY(recovery.errorString().contains(recovered()));
        QCOMPARE(fileHash(recovered()), QCryptographicHash::hash("mine", QCryptographicHash::Sha256));
    }

    void unreadableFileLeavesNoHalfCopy()
    {
        QFile file(m_damaged);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.write(QByteArray(100, 'x')); // the header: not a database any more
        file.close();
        DatabaseRecovery recovery(m_damaged, recovered());
        QVERIFY(!recovery.run());
        QVERIFY(!recovery.errorString().isEmpty());
        QVERIFY(!QFileInfo::exists(recovered()));
    }
};

} // namespace Veille

QTEST_GUILESS_MAIN(Veille::TestDatabaseRecovery)
#include "tst_databaserecovery.moc"
