// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articles/articlestore.h"
#include "db/database.h"
#include "entities/entitystore.h"
#include "import/importer.h"
#include "support/testbackend.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>
#include <thread>
#include <utility>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <sys/types.h>
#endif

Q_DECLARE_METATYPE(Veille::Importer::Batches)

namespace Veille {

class TestImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void importsFolderRecursively();
    void fileNamedDirectlyIsTakenWhateverItsName();
    void secondImportChangesNothing();
    void editedFileIsUpdatedInPlace();
    void hostileFile_data();
    void hostileFile();
    void brokenEditKeepsTheStoredArticle();
    void progressGoesFromZeroToTotal();
    void cancelAtTheFirstProgressSignal();
    void cancelMidwayLeavesAConsistentStore();
    void bulkBatchesHoldTheLockLonger_data();
    void bulkBatchesHoldTheLockLonger();
    void databaseThatCannotOpen();
    void bbcNewsCorpus();

private:
    QString corpusPath(const QString &relative = QString()) const;
    QString databasePath() const { return m_path; }
    // Opens the imported database the way the application reads it.
    std::unique_ptr<Database> openDatabase() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

namespace {
bool writeFile(const QString &path, const QByteArray &bytes)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray wire(const QString &title, const QString &body, const char *date = "2025-05")
{
    return QString(QStringLiteral(" date ") + QLatin1String(date) + QLatin1Char(' ') + title + QStringLiteral("\n\n")
                   + body + QStringLiteral("\n\nVNA/CVN"))
        .toUtf8();
}

QString canonical(const QString &path)
{
    return QFileInfo(path).canonicalFilePath();
}

// The article id stored for a file, found the way the importer names it.
qint64 idOfPath(const QSqlDatabase &db, const QString &path)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id FROM articles WHERE path = :path"));
    query.bindValue(QStringLiteral(":path"), canonical(path));
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

QHash<QString, QString> storedHashes(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    QHash<QString, QString> hashes;
    if (!query.exec(QStringLiteral("SELECT path, content_hash || title || body || date_key FROM articles")))
        return hashes;
    while (query.next())
        hashes.insert(query.value(0).toString(), query.value(1).toString());
    return hashes;
}

// The one number a query returns, or -1.
int scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

bool ftsIntegrityOk(const QSqlDatabase &db)
{
    // The server's index is a column it generates from title and body:
    // what can be checked is that every article has one.
    if (TestBackend::isPostgres())
        return scalar(db, QStringLiteral("SELECT count(*) FROM articles WHERE search IS NULL")) == 0;
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("INSERT INTO articles_fts(articles_fts) VALUES('integrity-check')")))
        return true;
    qWarning() << query.lastError().text();
    return false;
}

// SQLite's own check of every table and index; the server keeps its own.
bool integrityOk(const QSqlDatabase &db)
{
    if (TestBackend::isPostgres())
        return true;
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next()
        && query.value(0).toString() == QLatin1String("ok"))
        return true;
    qWarning() << query.lastError().text() << query.value(0).toString();
    return false;
}

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
    if (!query.exec())
        return {-1};
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

QString describe(const ImportReport &report)
{
    QStringList lines = {QStringLiteral("imported %1, updated %2, unchanged %3, failures %4, cancelled %5, error '%6'")
                             .arg(report.imported.size())
                             .arg(report.updated.size())
                             .arg(report.unchanged.size())
                             .arg(report.failures.size())
                             .arg(report.cancelled ? QStringLiteral("yes") : QStringLiteral("no"))
                             .arg(report.error)};
    for (int i = 0; i < report.failures.size() && i < 10; ++i)
        lines.append(report.failures.at(i).path + QStringLiteral(": ") + report.failures.at(i).reason);
    return lines.join(QLatin1Char('\n'));
}
} // namespace

void TestImporter::initTestCase()
{
    VEILLE_INIT_BACKEND_TEST();
}

void TestImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // In a folder that does not exist yet: the import creates it.
    m_path = TestBackend::isPostgres() ? TestBackend::newDatabase(*m_dir)
                                       : m_dir->filePath(QStringLiteral("db/veille.sqlite"));
    QVERIFY(QDir().mkpath(corpusPath()));
}

void TestImporter::cleanup()
{
    // A folder locked by a test is opened again, or it could not be removed.
    QFile::setPermissions(corpusPath(QStringLiteral("sub/locked")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_dir.reset();
}

QString TestImporter::corpusPath(const QString &relative) const
{
    const QString root = m_dir->filePath(QStringLiteral("corpus"));
    return relative.isEmpty() ? root : root + QLatin1Char('/') + relative;
}

std::unique_ptr<Database> TestImporter::openDatabase() const
{
    auto db = std::make_unique<Database>(databasePath(), Database::uniqueConnectionName(QStringLiteral("check")));
    if (!db->open())
        qWarning() << "cannot open the imported database:" << db->errorString();
    return db;
}

void TestImporter::importsFolderRecursively()
{
    QVERIFY(writeFile(corpusPath(QStringLiteral("one.txt")), wire(QStringLiteral("Premier"), QStringLiteral("Un."))));
    QVERIFY(writeFile(corpusPath(QStringLiteral("sub/two.md")), "# Deuxi\xC3\xA8me\n\nDeux.\n"));
    QVERIFY(writeFile(corpusPath(QStringLiteral("sub/deeper/three.TXT")),
                      wire(QStringLiteral("Troisi\u00e8me"), QStringLiteral("Trois."), "2024")));
    // Not articles: other extensions, no extension, the corpus's own notes.
    QVERIFY(writeFile(corpusPath(QStringLiteral("notes.docx")), "PK\x03\x04 not an article"));
    QVERIFY(writeFile(corpusPath(QStringLiteral("sub/photo.png")), QByteArray("\x89PNG\r\n\x1a\n\0\0", 10)));
    // (Tables, .csv/.tsv/.jsonl, are articles too: tst_tableimport.)
    QVERIFY(writeFile(corpusPath(QStringLiteral("sub/data.ods")), "PK\x03\x04 a spreadsheet"));
    QVERIFY(writeFile(corpusPath(QStringLiteral("Makefile")), "all:\n"));
    QVERIFY(writeFile(corpusPath(QStringLiteral("one.txt.bak")), "old copy\n"));
    QVERIFY(writeFile(corpusPath(QStringLiteral("README.md")), "# About this corpus\n\nNotes.\n"));
    QVERIFY(writeFile(corpusPath(QStringLiteral("sub/LICENSE.txt")), "All rights reserved.\n"));
    QVERIFY(QDir().mkpath(corpusPath(QStringLiteral("folder.txt")))); // a folder is never a file to read
#ifdef Q_OS_UNIX
    // A link to "." would loop forever. (A FIFO named like an article is a
    // failure with its reason: hostileFile.)
    QVERIFY(QFile::link(QStringLiteral("."), corpusPath(QStringLiteral("sub/loop"))));
#endif

    const QStringList expected = {canonical(corpusPath(QStringLiteral("one.txt"))),
                                  canonical(corpusPath(QStringLiteral("sub/deeper/three.TXT"))),
                                  canonical(corpusPath(QStringLiteral("sub/two.md")))};
    QVector<ImportReport::Failure> collectFailures;
    QCOMPARE(Importer::collectFiles({corpusPath()}, &collectFailures), expected);
    QVERIFY(collectFailures.isEmpty());

    Importer importer(databasePath());
    // The folder and one of its files named again: each file counts once.
    const ImportReport report = importer.run({corpusPath(), corpusPath(QStringLiteral("one.txt"))});
    QVERIFY2(report.failures.isEmpty() && report.error.isEmpty(), qPrintable(describe(report)));
    QCOMPARE(report.imported, expected);
    QVERIFY(report.updated.isEmpty());
    QVERIFY(report.unchanged.isEmpty());
    QVERIFY(!report.cancelled);
    QCOMPARE(report.processed(), 3);
    QVERIFY(report.changedStore());

    const auto db = openDatabase();
    ArticleStore store(db->connection());
    QCOMPARE(store.count({}), 3);
    const std::optional<Article> two = store.article(idOfPath(db->connection(), corpusPath(QStringLiteral("sub/two.md"))));
    QVERIFY(two);
    QCOMPARE(two->title, QStringLiteral("Deuxi\u00e8me"));
    QCOMPARE(two->path, expected.at(2));
    QVERIFY(two->date.isNull());
    const std::optional<Article> three =
        store.article(idOfPath(db->connection(), corpusPath(QStringLiteral("sub/deeper/three.TXT"))));
    QVERIFY(three);
    QCOMPARE(three->date, PartialDate(2024));
    QCOMPARE(three->source, QStringLiteral("VNA/CVN"));
    QVERIFY(ftsIntegrityOk(db->connection()));
}

void TestImporter::fileNamedDirectlyIsTakenWhateverItsName()
{
    const QString path = corpusPath(QStringLiteral("d\u00e9p\u00eache.text"));
    QVERIFY(writeFile(path, wire(QStringLiteral("Nomm\u00e9e"), QStringLiteral("Corps."))));
    Importer importer(databasePath());
    const ImportReport report = importer.run({path});
    QVERIFY2(report.failures.isEmpty(), qPrintable(describe(report)));
    QCOMPARE(report.imported, QStringList{canonical(path)});

    const auto db = openDatabase();
    ArticleStore store(db->connection());
    const std::optional<Article> article = store.article(idOfPath(db->connection(), path));
    QVERIFY(article);
    QCOMPARE(article->title, QStringLiteral("Nomm\u00e9e"));
}

void TestImporter::secondImportChangesNothing()
{
    for (int i = 0; i < 12; ++i)
        QVERIFY(writeFile(corpusPath(QStringLiteral("a/%1.txt").arg(i)),
                          wire(QStringLiteral("Titre %1").arg(i), QStringLiteral("Corps %1.").arg(i))));
    Importer importer(databasePath());
    const ImportReport first = importer.run({corpusPath()});
    QCOMPARE(first.imported.size(), 12);

    QHash<QString, qint64> ids;
    QHash<QString, QString> before;
    {
        const auto db = openDatabase();
        for (const QString &path : first.imported)
            ids.insert(path, idOfPath(db->connection(), path));
        before = storedHashes(db->connection());
    }

    const ImportReport second = importer.run({corpusPath()});
    QVERIFY2(second.failures.isEmpty(), qPrintable(describe(second)));
    QVERIFY(second.imported.isEmpty());
    QVERIFY(second.updated.isEmpty());
    QCOMPARE(second.unchanged, first.imported);
    QVERIFY(!second.changedStore());

    const auto db = openDatabase();
    QCOMPARE(ArticleStore(db->connection()).count({}), 12);
    for (auto it = ids.cbegin(); it != ids.cend(); ++it)
        QCOMPARE(idOfPath(db->connection(), it.key()), it.value());
    QCOMPARE(storedHashes(db->connection()), before);
}

void TestImporter::editedFileIsUpdatedInPlace()
{
    const QString edited = corpusPath(QStringLiteral("edited.txt"));
    const QString kept = corpusPath(QStringLiteral("kept.txt"));
    QVERIFY(writeFile(edited, wire(QStringLiteral("Version un"), QStringLiteral("Le motpremier."))));
    QVERIFY(writeFile(kept, wire(QStringLiteral("Gard\u00e9"), QStringLiteral("Rien ne change."))));
    Importer importer(databasePath());
    QCOMPARE(importer.run({corpusPath()}).imported.size(), 2);

    qint64 editedId = 0;
    qint64 keptId = 0;
    {
        const auto db = openDatabase();
        editedId = idOfPath(db->connection(), edited);
        keptId = idOfPath(db->connection(), kept);
    }
    QVERIFY(editedId > 0 && keptId > 0);

    QVERIFY(writeFile(edited, wire(QStringLiteral("Version deux"), QStringLiteral("Le motsecond."), "2025-05-12")));
    const ImportReport report = importer.run({corpusPath()});
    QVERIFY2(report.failures.isEmpty(), qPrintable(describe(report)));
    QCOMPARE(report.updated, QStringList{canonical(edited)});
    QCOMPARE(report.unchanged, QStringList{canonical(kept)});
    QVERIFY(report.imported.isEmpty());

    const auto db = openDatabase();
    ArticleStore store(db->connection());
    QCOMPARE(store.count({}), 2);
    QCOMPARE(idOfPath(db->connection(), edited), editedId);
    QCOMPARE(idOfPath(db->connection(), kept), keptId);
    const std::optional<Article> article = store.article(editedId);
    QVERIFY(article);
    QCOMPARE(article->title, QStringLiteral("Version deux"));
    QCOMPARE(article->date, PartialDate(2025, 5, 12));
    QCOMPARE(ftsMatch(db->connection(), QStringLiteral("motsecond")), QVector<qint64>{editedId});
    QCOMPARE(ftsMatch(db->connection(), QStringLiteral("motpremier")), QVector<qint64>());
    QVERIFY(ftsIntegrityOk(db->connection()));
}

void TestImporter::hostileFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason"); // a word the failure's reason must contain

    QTest::newRow("hostile: empty file") << QStringLiteral("empty") << QStringLiteral("empty");
    QTest::newRow("hostile: whitespace only") << QStringLiteral("whitespace") << QStringLiteral("empty");
    QTest::newRow("hostile: binary content") << QStringLiteral("binary") << QStringLiteral("binary");
    QTest::newRow("hostile: impossible date") << QStringLiteral("date") << QStringLiteral("2025-13-40");
    QTest::newRow("hostile: larger than MaxFileSize") << QStringLiteral("huge") << QStringLiteral("too large");
    QTest::newRow("hostile: unreadable permissions") << QStringLiteral("unreadable") << QStringLiteral("cannot be read");
    QTest::newRow("hostile: nonexistent path") << QStringLiteral("missing") << QStringLiteral("no such");
#ifdef Q_OS_UNIX
    QTest::newRow("hostile: FIFO named directly") << QStringLiteral("fifo") << QStringLiteral("not a regular file");
    QTest::newRow("hostile: FIFO named like an article in a folder")
        << QStringLiteral("fifo in folder") << QStringLiteral("not a regular file");
    QTest::newRow("hostile: unreadable sub-folder")
        << QStringLiteral("locked folder") << QStringLiteral("folder cannot be read");
    QTest::newRow("hostile: broken link named like an article")
        << QStringLiteral("broken link") << QStringLiteral("symbolic link to nothing");
    QTest::newRow("hostile: a name with a line end and an escape is reported as it is")
        << QStringLiteral("control name") << QStringLiteral("empty");
#endif
#ifdef Q_OS_LINUX
    QTest::newRow("hostile: endless device named directly") << QStringLiteral("device")
                                                            << QStringLiteral("not a regular file");
#endif
}

void TestImporter::hostileFile()
{
    QFETCH(QString, kind);
    QFETCH(QString, reason);

    const QString good1 = corpusPath(QStringLiteral("good-1.txt"));
    const QString good2 = corpusPath(QStringLiteral("sub/good-2.txt"));
    QVERIFY(writeFile(good1, wire(QStringLiteral("Bon un"), QStringLiteral("Corps un."))));
    QVERIFY(writeFile(good2, wire(QStringLiteral("Bon deux"), QStringLiteral("Corps deux."))));

    // The store before the hostile file arrives.
    Importer importer(databasePath());
    QCOMPARE(importer.run({corpusPath()}).imported.size(), 2);
    QHash<QString, QString> before;
    {
        const auto db = openDatabase();
        before = storedHashes(db->connection());
    }
    QCOMPARE(before.size(), 2);

    QString hostile = corpusPath(QStringLiteral("sub/hostile.txt"));
    QStringList paths = {corpusPath()};
    const QByteArray fixtureDir = VEILLE_TEST_DATA_DIR "/parser/";
    const auto copyFixture = [&](const char *name) {
        QFile fixture(QFile::decodeName(QByteArray(fixtureDir + name)));
        return fixture.open(QIODevice::ReadOnly) && writeFile(hostile, fixture.readAll());
    };
    if (kind == QLatin1String("empty")) {
        QVERIFY(copyFixture("empty.txt"));
    } else if (kind == QLatin1String("whitespace")) {
        QVERIFY(copyFixture("whitespace-only.txt"));
    } else if (kind == QLatin1String("binary")) {
        QVERIFY(copyFixture("binary.txt"));
    } else if (kind == QLatin1String("date")) {
        QVERIFY(copyFixture("impossible-date.txt"));
    } else if (kind == QLatin1String("huge")) {
        // Sparse: one byte over the limit without writing 32 MB.
        QFile file(hostile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(Importer::MaxFileSize + 1));
    } else if (kind == QLatin1String("unreadable")) {
        QVERIFY(writeFile(hostile, wire(QStringLiteral("Secret"), QStringLiteral("Corps."))));
        QVERIFY(QFile::setPermissions(hostile, QFileDevice::Permissions()));
        QFile probe(hostile);
        if (probe.open(QIODevice::ReadOnly))
            QSKIP("chmod 000 does not stop this user from reading (running as root?)");
    } else if (kind == QLatin1String("missing")) {
        hostile = corpusPath(QStringLiteral("no/such/file.txt"));
        paths.append(hostile);
    } else if (kind == QLatin1String("fifo")) {
#ifdef Q_OS_UNIX
        hostile = m_dir->filePath(QStringLiteral("pipe.txt"));
        QCOMPARE(::mkfifo(QFile::encodeName(hostile).constData(), 0600), 0);
        paths.append(hostile);
#endif
    } else if (kind == QLatin1String("fifo in folder")) {
#ifdef Q_OS_UNIX
        hostile = corpusPath(QStringLiteral("sub/pipe.txt"));
        QCOMPARE(::mkfifo(QFile::encodeName(hostile).constData(), 0600), 0);
#endif
    } else if (kind == QLatin1String("locked folder")) {
        hostile = corpusPath(QStringLiteral("sub/locked"));
        QVERIFY(writeFile(hostile + QStringLiteral("/inside.txt"),
                          wire(QStringLiteral("Caché"), QStringLiteral("Corps."))));
        QVERIFY(QFile::setPermissions(hostile, QFileDevice::Permissions()));
        if (!QDir(hostile).entryList(QDir::Files).isEmpty())
            QSKIP("chmod 000 does not stop this user from listing a folder (running as root?)");
    } else if (kind == QLatin1String("broken link")) {
        hostile = corpusPath(QStringLiteral("sub/gone.txt"));
        QVERIFY(QFile::link(m_dir->filePath(QStringLiteral("nowhere.txt")), hostile));
    } else if (kind == QLatin1String("control name")) {
        hostile = corpusPath(QStringLiteral("sub/a\nfailed: forged\x1b[31m.txt"));
        QVERIFY(writeFile(hostile, QByteArray()));
    } else if (kind == QLatin1String("device")) {
        hostile = QStringLiteral("/dev/zero");
        if (!QFileInfo::exists(hostile))
            QSKIP("no /dev/zero here");
        paths.append(hostile);
    }

    QSignalSpy progress(&importer, &Importer::progress);
    const ImportReport report = importer.run(paths);
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QVERIFY(!report.cancelled);
    QCOMPARE(report.failures.size(), 1);
    QVERIFY2(QFileInfo(report.failures.first().path) == QFileInfo(hostile), qPrintable(describe(report)));
    QVERIFY2(report.failures.first().reason.contains(reason), qPrintable(report.failures.first().reason));
    // The others still go through.
    QCOMPARE(report.unchanged.size(), 2);
    QVERIFY(report.imported.isEmpty());
    QVERIFY(report.updated.isEmpty());
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toInt(), progress.last().at(1).toInt());

    // Nothing in the store moved.
    const auto db = openDatabase();
    QCOMPARE(storedHashes(db->connection()), before);
    QCOMPARE(idOfPath(db->connection(), hostile), qint64(0));
    QVERIFY(ftsIntegrityOk(db->connection()));
}

void TestImporter::brokenEditKeepsTheStoredArticle()
{
    const QString path = corpusPath(QStringLiteral("article.txt"));
    QVERIFY(writeFile(path, wire(QStringLiteral("Intact"), QStringLiteral("Le motintact."))));
    Importer importer(databasePath());
    QCOMPARE(importer.run({corpusPath()}).imported.size(), 1);
    qint64 id = 0;
    QHash<QString, QString> before;
    {
        const auto db = openDatabase();
        id = idOfPath(db->connection(), path);
        before = storedHashes(db->connection());
    }

    // A save that went wrong: the file is now an impossible date, then empty.
    for (const QByteArray &broken : {QByteArray(" date 2025-13-40 Intact\n\nCorps."), QByteArray()}) {
        QVERIFY(writeFile(path, broken));
        const ImportReport report = importer.run({corpusPath()});
        QCOMPARE(report.failures.size(), 1);
        QVERIFY(report.updated.isEmpty());
        const auto db = openDatabase();
        QCOMPARE(idOfPath(db->connection(), path), id);
        QCOMPARE(storedHashes(db->connection()), before);
        QCOMPARE(ftsMatch(db->connection(), QStringLiteral("motintact")), QVector<qint64>{id});
    }
}

void TestImporter::progressGoesFromZeroToTotal()
{
    for (int i = 0; i < 5; ++i)
        QVERIFY(writeFile(corpusPath(QStringLiteral("%1.txt").arg(i)),
                          wire(QStringLiteral("T%1").arg(i), QStringLiteral("C."))));
    QVERIFY(writeFile(corpusPath(QStringLiteral("broken.txt")), QByteArray()));

    Importer importer(databasePath());
    QSignalSpy progress(&importer, &Importer::progress);
    const ImportReport report = importer.run({corpusPath(), corpusPath(QStringLiteral("missing.txt"))});
    QCOMPARE(report.imported.size(), 5);
    QCOMPARE(report.failures.size(), 2);

    // A missing path is reported but is no file to count.
    constexpr int Total = 6;
    QVERIFY(progress.size() >= 2);
    QCOMPARE(progress.first().at(0).toInt(), 0);
    QCOMPARE(progress.first().at(1).toInt(), Total);
    QCOMPARE(progress.last().at(0).toInt(), Total);
    QCOMPARE(progress.last().at(1).toInt(), Total);
    int previous = -1;
    for (const QList<QVariant> &emitted : std::as_const(progress)) {
        QCOMPARE(emitted.at(1).toInt(), Total);
        QVERIFY(emitted.at(0).toInt() >= previous);
        previous = emitted.at(0).toInt();
    }

    // An empty import still says where it stands.
    QSignalSpy empty(&importer, &Importer::progress);
    const QString emptyFolder = m_dir->filePath(QStringLiteral("empty"));
    QVERIFY(QDir().mkpath(emptyFolder));
    const ImportReport nothing = importer.run({emptyFolder});
    QCOMPARE(nothing.processed(), 0);
    QVERIFY(!empty.isEmpty());
    QCOMPARE(empty.last().at(0).toInt(), 0);
    QCOMPARE(empty.last().at(1).toInt(), 0);
}

void TestImporter::cancelAtTheFirstProgressSignal()
{
    constexpr int Files = 40;
    for (int i = 0; i < Files; ++i)
        QVERIFY(writeFile(corpusPath(QStringLiteral("%1.txt").arg(i, 3, 10, QLatin1Char('0'))),
                          wire(QStringLiteral("Titre %1").arg(i), QStringLiteral("Corps %1.").arg(i))));

    Importer importer(databasePath());
    int calls = 0;
    const QMetaObject::Connection connection = connect(
        &importer, &Importer::progress, this,
        [&](int, int) {
            ++calls;
            importer.cancel();
        },
        Qt::DirectConnection);
    const ImportReport cancelled = importer.run({corpusPath()});
    disconnect(connection);
    QVERIFY(calls >= 1);
    QVERIFY(cancelled.cancelled);
    QVERIFY(cancelled.error.isEmpty());
    QVERIFY2(cancelled.processed() < Files, qPrintable(describe(cancelled)));
    {
        const auto db = openDatabase();
        QCOMPARE(ArticleStore(db->connection()).count({}), int(cancelled.imported.size()));
        QVERIFY(ftsIntegrityOk(db->connection()));
    }

    // A second run finishes the job; cancel() before it does not stick.
    importer.cancel();
    const ImportReport finished = importer.run({corpusPath()});
    QVERIFY(!finished.cancelled);
    QVERIFY2(finished.failures.isEmpty(), qPrintable(describe(finished)));
    QCOMPARE(finished.imported.size() + cancelled.imported.size(), Files);
    QCOMPARE(finished.unchanged.size(), cancelled.imported.size());
    const auto db = openDatabase();
    QCOMPARE(ArticleStore(db->connection()).count({}), Files);
    QVERIFY(ftsIntegrityOk(db->connection()));
}

void TestImporter::cancelMidwayLeavesAConsistentStore()
{
    // More files than a batch holds (500), and a cancel after article 600:
    // one batch is committed by then and the next is being written.
    constexpr int Files = 700;
    constexpr int CancelAt = 600;
    for (int i = 0; i < Files; ++i)
        QVERIFY(writeFile(corpusPath(QStringLiteral("%1/%2.txt").arg(i % 10).arg(i, 4, 10, QLatin1Char('0'))),
                          " date 2025-05 Titre " + QByteArray::number(i) + "\n\nAcme publie ses comptes "
                              + QByteArray::number(i) + ".\n"));
    {
        // An entity every article names, so that each one also has mentions.
        const auto db = openDatabase();
        QVERIFY(EntityStore(db->connection()).addEntity({0, QStringLiteral("Acme"), QStringLiteral("Company"), {}}));
    }

    // The importing thread waits after article CancelAt until the test has
    // cancelled: the import is provably under way, however fast the machine.
    Importer importer(databasePath());
    QSemaphore reached;
    QSemaphore resume;
    importer.setArticleWrittenHook([&](int done) {
        if (done == CancelAt) {
            reached.release();
            resume.acquire();
        }
    });
    ImportReport first;
    std::thread worker([&] { first = importer.run({corpusPath()}); });
    const bool held = reached.tryAcquire(1, 120000);
    importer.cancel();
    resume.release();
    worker.join();
    importer.setArticleWrittenHook({});
    QVERIFY2(held, qPrintable(describe(first)));

    QVERIFY(first.cancelled);
    QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
    QVERIFY(first.failures.isEmpty());
    // It stopped before the next article, and kept the ones written.
    QCOMPARE(first.processed(), CancelAt);
    QCOMPARE(int(first.imported.size()), CancelAt);
    {
        // Exactly the files reported as imported are stored, each with its
        // mentions and in the index: no article is half written.
        const auto db = openDatabase();
        QCOMPARE(ArticleStore(db->connection()).count({}), CancelAt);
        for (const QString &path : std::as_const(first.imported))
            QVERIFY2(idOfPath(db->connection(), path) > 0, qPrintable(path));
        QCOMPARE(scalar(db->connection(), QStringLiteral("SELECT count(DISTINCT article_id) FROM mentions")), CancelAt);
        const QString indexed = TestBackend::isPostgres()
            ? QStringLiteral("SELECT count(*) FROM articles WHERE search IS NOT NULL")
            : QStringLiteral("SELECT count(*) FROM articles_fts");
        QCOMPARE(scalar(db->connection(), indexed), CancelAt);
        QVERIFY(ftsIntegrityOk(db->connection()));
        QVERIFY(integrityOk(db->connection()));
    }

    const ImportReport second = importer.run({corpusPath()});
    QVERIFY(!second.cancelled);
    QCOMPARE(second.unchanged, first.imported);
    QCOMPARE(second.imported.size() + first.imported.size(), Files);
    const auto db = openDatabase();
    QCOMPARE(ArticleStore(db->connection()).count({}), Files);
    QCOMPARE(scalar(db->connection(), QStringLiteral("SELECT count(DISTINCT article_id) FROM mentions")), Files);
    QVERIFY(ftsIntegrityOk(db->connection()));
}

void TestImporter::bulkBatchesHoldTheLockLonger_data()
{
    QTest::addColumn<Importer::Batches>("batches");
    QTest::addColumn<int>("seenByAnother");
    // The first article is held 300 ms: past a shared batch's quarter of a
    // second, so the second one ends that batch; far from a bulk one's 4 s.
    QTest::newRow("shared") << Importer::Batches::Shared << 2;
    QTest::newRow("bulk") << Importer::Batches::Bulk << 0;
}

void TestImporter::bulkBatchesHoldTheLockLonger()
{
    QFETCH(Importer::Batches, batches);
    QFETCH(int, seenByAnother);
    constexpr int Files = 5;
    for (int i = 0; i < Files; ++i)
        QVERIFY(writeFile(corpusPath(QStringLiteral("%1.txt").arg(i)),
                          wire(QStringLiteral("Titre %1").arg(i), QStringLiteral("Corps."))));
    Importer importer(databasePath());
    importer.setBatches(batches);
    int seen = -1;
    importer.setArticleWrittenHook([&](int done) {
        if (done == 1)
            QThread::msleep(300);
        if (done == 3) // another connection, on the importing thread, sees what is committed
            seen = ArticleStore(openDatabase()->connection()).count({});
    });
    const ImportReport report = importer.run({ corpusPath() });
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(int(report.imported.size()), Files);
    QCOMPARE(seen, seenByAnother);
    QCOMPARE(ArticleStore(openDatabase()->connection()).count({}), Files);
}

void TestImporter::databaseThatCannotOpen()
{
    if (TestBackend::isPostgres())
        QSKIP("SQLite file only: a file that is not a database");
    QVERIFY(writeFile(corpusPath(QStringLiteral("a.txt")), wire(QStringLiteral("A"), QStringLiteral("B."))));
    QVERIFY(writeFile(databasePath(), QByteArray("this is not a database, it only has the name of one\n").repeated(100)));

    Importer importer(databasePath());
    const ImportReport report = importer.run({corpusPath()});
    QVERIFY(!report.error.isEmpty());
    QCOMPARE(report.processed(), 0);
    QVERIFY(!report.changedStore());
}

void TestImporter::bbcNewsCorpus()
{
    const QString corpus = QStringLiteral(VEILLE_SHARED_CORPUS_DIR "/bbc-news-en");
    if (!QFileInfo(corpus + QStringLiteral("/business/001.txt")).isFile())
        QSKIP("the shared BBC News corpus is not present (../shared/corpus/bbc-news-en); a fresh clone does not have it");

    Importer importer(databasePath());
    const ImportReport report = importer.run({corpus});
    QVERIFY2(report.failures.isEmpty() && report.error.isEmpty(), qPrintable(describe(report)));
    QVERIFY(!report.cancelled);
    // 2,225 articles in five topic folders; README.TXT describes the corpus
    // and is not one of its articles, so the folder walk leaves it out.
    QCOMPARE(report.imported.size(), 2225);
    const QStringList topics = {QStringLiteral("business"), QStringLiteral("entertainment"),
                                QStringLiteral("politics"), QStringLiteral("sport"), QStringLiteral("tech")};
    for (const QString &path : report.imported) {
        const QFileInfo info(path);
        QVERIFY2(info.suffix() == QLatin1String("txt") && topics.contains(info.dir().dirName()), qPrintable(path));
    }

    const auto db = openDatabase();
    ArticleStore store(db->connection());
    QCOMPARE(store.count({}), 2225);
    QCOMPARE(idOfPath(db->connection(), corpus + QStringLiteral("/README.TXT")), qint64(0));

    const std::optional<Article> first =
        store.article(idOfPath(db->connection(), corpus + QStringLiteral("/business/001.txt")));
    QVERIFY(first);
    QCOMPARE(first->title, QStringLiteral("Ad sales boost Time Warner profit"));
    QVERIFY(first->date.isNull());
    QVERIFY(first->body.startsWith(QStringLiteral("Quarterly profits at US media giant TimeWarner jumped 76%")));
    QVERIFY(first->body.contains(QStringLiteral("\u00a3600m")));

    // The one Latin-1 file of the corpus: its pound sign survives.
    const std::optional<Article> latin1 =
        store.article(idOfPath(db->connection(), corpus + QStringLiteral("/sport/199.txt")));
    QVERIFY(latin1);
    QCOMPARE(latin1->title, QStringLiteral("Chelsea sack Mutu"));
    QVERIFY(latin1->body.contains(QStringLiteral("\u00a315.8m")));
    QVERIFY(ftsIntegrityOk(db->connection()));

    // And a second pass finds nothing to do.
    const ImportReport again = importer.run({corpus});
    QCOMPARE(again.unchanged.size(), 2225);
    QVERIFY(again.imported.isEmpty() && again.updated.isEmpty() && again.failures.isEmpty());
}

} // namespace Veille

QTEST_GUILESS_MAIN(Veille::TestImporter)
#include "tst_importer.moc"
