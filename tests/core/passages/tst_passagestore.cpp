// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articles/articlestore.h"
#include "db/database.h"
#include "entities/entitystore.h"
#include "import/importer.h"
#include "passages/passagestore.h"
#include "passages/webannotation.h"
#include "support/testbackend.h"
#include "text/codepoints.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

namespace Veille {

// PassageStore on a real SQLite file, or a team server's database (the
// "-postgresql" twin), with articles imported from real files, so
// re-anchoring runs the way a re-import runs it.
class TestPassageStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void addedPassageReadsBack();
    void filters_data();
    void filters();
    void entitiesInsideAPassage();
    void trashAndRestore();
    void undoSurvivesReopening();
    void emptyTrashRemovesOnlyTrash();
    void reanchorOnReimport_data();
    void reanchorOnReimport();
    void webAnnotationImportAgreesWithStore_data() { reanchorOnReimport_data(); }
    void webAnnotationImportAgreesWithStore();
    void webAnnotationImportReadsOldAndNewExports_data();
    void webAnnotationImportReadsOldAndNewExports();
    void databaseUuidIsStoredOnce();
    void databaseUuidOfAReadOnlyDatabase();
    void orphanIsReattached();
    void killedWriterLosesNoCommittedPassage();
    void codePointsRoundTrip_data();
    void codePointsRoundTrip();
    void builtInPaletteIsNamedByKind_data();
    void builtInPaletteIsNamedByKind();
    void eachAnalystHasAPaletteOfTheirOwn();
    void fileOfSchema10KeepsItsLabels();

private:
    QString databasePath() const { return m_location; }
    QString articlePath() const { return m_dir->filePath(QStringLiteral("corpus/article.txt")); }
    void writeArticle(const QByteArray &text) const;
    qint64 importArticle() const;
    Passage passageOn(const Article &article, const QString &quote, int occurrence = 0) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_location; //!< the database: a file, or a server's address
    std::unique_ptr<Database> m_db;
};

namespace {
const QByteArray Header = " date 2025-05-13 Intel et Qualcomm renforcent leur présence au Vietnam\n\n";
const QByteArray Body = "Le groupe Intel a annoncé un investissement à Hô Chi Minh-Ville.\n\n"
                        "Qualcomm ouvre un centre de recherche à Hanoï, a indiqué Cristiano Amon.\n\n"
                        "Les deux groupes visent la main-d’œuvre qualifiée du pays.\n\nVNA/CVN\n";
} // namespace

void TestPassageStore::initTestCase()
{
    VEILLE_INIT_BACKEND_TEST();
}

void TestPassageStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = TestBackend::newDatabase(*m_dir);
    QVERIFY(!m_location.isEmpty());
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("corpus")));
    writeArticle(Header + Body);
    QVERIFY(importArticle() > 0);
    m_db = std::make_unique<Database>(databasePath(), Database::uniqueConnectionName(QStringLiteral("test")));
    QVERIFY2(m_db->open(), qPrintable(m_db->errorString()));
}

void TestPassageStore::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestPassageStore::writeArticle(const QByteArray &text) const
{
    QFile file(articlePath());
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
}

qint64 TestPassageStore::importArticle() const
{
    Importer importer(databasePath());
    const ImportReport report = importer.run({ m_dir->filePath(QStringLiteral("corpus")) });
    if (!report.error.isEmpty() || !report.failures.isEmpty())
        return 0;
    Database db(databasePath(), Database::uniqueConnectionName(QStringLiteral("check")));
    if (!db.open())
        return 0;
    const QVector<qint64> ids = ArticleStore(db.connection()).articleIds();
    return ids.isEmpty() ? 0 : ids.first();
}

Passage TestPassageStore::passageOn(const Article &article, const QString &quote, int occurrence) const
{
    int start = -1;
    for (int i = 0; i <= occurrence; ++i)
        start = int(article.body.indexOf(quote, start + 1));
    Passage passage;
    passage.articleId = article.id;
    passage.articlePath = article.path;
    passage.anchor = TextAnchor::fromRange(article.body, { start, start + int(quote.size()) }, article.contentHash);
    return passage;
}

void TestPassageStore::addedPassageReadsBack()
{
    const Article article = *ArticleStore(m_db->connection()).article(1);
    PassageStore store(m_db->connection());
    Passage passage = passageOn(article, QStringLiteral("un investissement"));
    passage.note = QStringLiteral("Montant ?\nÀ vérifier");
    passage.labelId = 2;
    passage.tags = QStringList { QStringLiteral("intel"), QStringLiteral(" usine  "), QStringLiteral("intel") };
    const auto change = store.add(passage);
    QVERIFY2(change, qPrintable(store.lastError()));
    QVERIFY(passage.id > 0);
    QVERIFY(change->before.isEmpty());
    QVERIFY(!change->after.isEmpty());

    const std::optional<Passage> read = store.passage(passage.id);
    QVERIFY(read);
    QCOMPARE(read->quote(), QStringLiteral("un investissement"));
    QCOMPARE(read->anchor.start, passage.anchor.start);
    QCOMPARE(read->anchor.prefix, passage.anchor.prefix);
    QCOMPARE(read->note, passage.note);
    QCOMPARE(read->labelId, 2);
    QCOMPARE(read->tags, (QStringList { QStringLiteral("intel"), QStringLiteral("usine") }));
    QCOMPARE(read->articleTitle, article.title);
    QCOMPARE(read->articleDate.toIsoString(), QStringLiteral("2025-05-13"));
    QCOMPARE(read->state, Passage::State::Anchored);
    QVERIFY(!read->deleted);
    QCOMPARE(store.tags(), (QStringList { QStringLiteral("intel"), QStringLiteral("usine") }));

    Passage empty = passageOn(article, QStringLiteral("Intel"));
    empty.anchor.exact.clear();
    QVERIFY(!store.add(empty));
    QVERIFY(!store.lastError().isEmpty());
}

void TestPassageStore::filters_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("no filter: all, newest first")
        << QString() << QString()
        << QStringList { QStringLiteral("main-d’œuvre"), QStringLiteral("Hanoï"), QStringLiteral("Intel") };
    QTest::newRow("text in the quote, accents and case aside")
        << QStringLiteral("text") << QStringLiteral("HANOI") << QStringList { QStringLiteral("Hanoï") };
    QTest::newRow("text in the note") << QStringLiteral("text") << QStringLiteral("à suivre")
                                      << QStringList { QStringLiteral("main-d’œuvre") };
    QTest::newRow("text with LIKE wildcards is literal")
        << QStringLiteral("text") << QStringLiteral("%") << QStringList();
    QTest::newRow("label") << QStringLiteral("label") << QStringLiteral("3") << QStringList { QStringLiteral("Hanoï") };
    QTest::newRow("tag, any case") << QStringLiteral("tag") << QStringLiteral("EMPLOI")
                                   << QStringList { QStringLiteral("main-d’œuvre"), QStringLiteral("Intel") };
    QTest::newRow("entity inside the range") << QStringLiteral("entity") << QStringLiteral("Qualcomm") << QStringList();
    QTest::newRow("entity: place") << QStringLiteral("entity") << QStringLiteral("Hanoï")
                                   << QStringList { QStringLiteral("Hanoï") };
    QTest::newRow("state") << QStringLiteral("state") << QStringLiteral("anchored")
                           << QStringList { QStringLiteral("main-d’œuvre"), QStringLiteral("Hanoï"),
                                            QStringLiteral("Intel") };
}

void TestPassageStore::filters()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QStringList, expected);

    const Article article = *ArticleStore(m_db->connection()).article(1);
    PassageStore store(m_db->connection());
    const struct {
        const char *quote;
        const char *note;
        int label;
        QStringList tags;
    } rows[] = {
        { "Intel", "", 1, { QStringLiteral("emploi") } },
        { "Hanoï", "", 3, {} },
        { "main-d’œuvre", "À suivre", 0, { QStringLiteral("Emploi"), QStringLiteral("formation") } },
    };
    for (const auto &row : rows) {
        Passage passage = passageOn(article, QString::fromUtf8(row.quote));
        passage.note = QString::fromUtf8(row.note);
        passage.labelId = row.label;
        passage.tags = row.tags;
        QVERIFY2(store.add(passage), qPrintable(store.lastError()));
    }

    PassageQuery query;
    if (field == QLatin1String("text"))
        query.text = value;
    else if (field == QLatin1String("label"))
        query.labelId = value.toInt();
    else if (field == QLatin1String("tag"))
        query.tag = value;
    else if (field == QLatin1String("state"))
        query.state = passageStateFromName(value);
    else if (field == QLatin1String("entity")) {
        const QVector<Entity> found = EntityStore(m_db->connection()).find(value);
        QVERIFY(!found.isEmpty());
        query.entityId = found.first().id;
    }
    QStringList quotes;
    const QVector<Passage> passages = store.passages(query);
    for (const Passage &passage : passages)
        quotes.append(passage.quote());
    QCOMPARE(quotes, expected);
    QCOMPARE(store.count(query), expected.size());
}

void TestPassageStore::entitiesInsideAPassage()
{
    const Article article = *ArticleStore(m_db->connection()).article(1);
    PassageStore store(m_db->connection());
    Passage passage =
        passageOn(article, QStringLiteral("Qualcomm ouvre un centre de recherche à Hanoï, a indiqué Cristiano Amon."));
    QVERIFY(store.add(passage));
    QCOMPARE(store.passage(passage.id)->entities,
             (QStringList { QStringLiteral("Qualcomm"), QStringLiteral("Hanoï"), QStringLiteral("Cristiano Amon") }));

    PassageQuery byEntity;
    byEntity.entityId = EntityStore(m_db->connection()).find(QStringLiteral("Qualcomm")).first().id;
    QCOMPARE(store.count(byEntity), 1);
    byEntity.entityId = EntityStore(m_db->connection()).find(QStringLiteral("Intel")).first().id;
    QCOMPARE(store.count(byEntity), 0);
}

void TestPassageStore::trashAndRestore()
{
    const Article article = *ArticleStore(m_db->connection()).article(1);
    PassageStore store(m_db->connection());
    Passage passage = passageOn(article, QStringLiteral("Intel"));
    passage.note = QStringLiteral("garder");
    QVERIFY(store.add(passage));

    const auto trashed = store.moveToTrash(passage.id);
    QVERIFY(trashed);
    QCOMPARE(store.count({}), 0);
    PassageQuery trash;
    trash.trash = true;
    QCOMPARE(store.count(trash), 1);
    QVERIFY(store.passage(passage.id)->deleted);

    QVERIFY(store.restoreSnapshot(passage.id, trashed->before));
    QCOMPARE(store.count({}), 1);
    QCOMPARE(store.passage(passage.id)->note, QStringLiteral("garder"));
    QVERIFY(!store.moveToTrash(4242));
}

void TestPassageStore::undoSurvivesReopening()
{
    const Article article = *ArticleStore(m_db->connection()).article(1);
    {
        PassageStore store(m_db->connection());
        Passage passage = passageOn(article, QStringLiteral("Intel"));
        passage.note = QStringLiteral("first");
        QVERIFY(store.add(passage));
        passage.note = QStringLiteral("second");
        passage.tags = QStringList { QStringLiteral("relu") };
        QVERIFY(store.update(passage));
        QVERIFY(store.moveToTrash(passage.id));
    }
    m_db.reset();
    m_db = std::make_unique<Database>(databasePath(), Database::uniqueConnectionName(QStringLiteral("reopened")));
    QVERIFY(m_db->open());
    PassageStore store(m_db->connection());
    const QVector<PassageStore::Change> changes = store.recentChanges(10);
    QCOMPARE(changes.size(), 3);
    // Undo, newest first: the deletion, then the edit.
    QVERIFY(store.restoreSnapshot(changes.at(2).passageId, changes.at(2).before));
    QCOMPARE(store.count({}), 1);
    QCOMPARE(store.passage(changes.at(2).passageId)->note, QStringLiteral("second"));
    QVERIFY(store.restoreSnapshot(changes.at(1).passageId, changes.at(1).before));
    const Passage undone = *store.passage(changes.at(1).passageId);
    QCOMPARE(undone.note, QStringLiteral("first"));
    QVERIFY(undone.tags.isEmpty());
    // Undoing the creation puts it in the trash; it is not destroyed.
    QVERIFY(store.restoreSnapshot(changes.at(0).passageId, changes.at(0).before));
    QCOMPARE(store.count({}), 0);
    QVERIFY(store.passage(changes.at(0).passageId));
}

void TestPassageStore::emptyTrashRemovesOnlyTrash()
{
    const Article article = *ArticleStore(m_db->connection()).article(1);
    PassageStore store(m_db->connection());
    Passage kept = passageOn(article, QStringLiteral("Intel"));
    Passage gone = passageOn(article, QStringLiteral("Hanoï"));
    QVERIFY(store.add(kept));
    QVERIFY(store.add(gone));
    const auto trashed = store.moveToTrash(gone.id);
    QVERIFY(trashed);
    QCOMPARE(store.emptyTrash(), 1);
    QVERIFY(!store.passage(gone.id));
    QVERIFY(store.passage(kept.id));
    QCOMPARE(store.recentChanges(10).size(), 1); // only kept's creation
    // Redo after the trash was emptied writes the passage again, same id.
    QVERIFY(store.restoreSnapshot(gone.id, trashed->before));
    QCOMPARE(store.passage(gone.id)->quote(), QStringLiteral("Hanoï"));
}

void TestPassageStore::reanchorOnReimport_data()
{
    QTest::addColumn<QByteArray>("edited");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<int>("occurrence");
    QTest::addColumn<int>("expectedState");
    QTest::addColumn<QString>("expectedText");

    const QByteArray quote = "un centre de recherche";
    QTest::newRow("unchanged article") << QByteArray(Header + Body) << QString::fromUtf8(quote) << 0
                                       << int(Passage::State::Anchored) << QString::fromUtf8(quote);
    QTest::newRow("CRLF and CP1252 only: same text, untouched")
        << QByteArray(Header + Body)
               .replace("\n", "\r\n")
               .replace("Hô", "H\xf4")
               .replace("’", "\x92")
               .replace("œ", "\x9c")
               .replace("à", "\xe0")
               .replace("ï", "\xef")
               .replace("é", "\xe9")
        << QString::fromUtf8(quote) << 0 << int(Passage::State::Anchored) << QString::fromUtf8(quote);
    QTest::newRow("text inserted before the passage")
        << QByteArray(Header + "Un paragraphe ajouté en tête.\n\n" + Body) << QString::fromUtf8(quote) << 0
        << int(Passage::State::Moved) << QString::fromUtf8(quote);
    QTest::newRow("a word inside the passage corrected")
        << QByteArray(Header
                      + QByteArray(Body).replace("Qualcomm ouvre un centre de recherche",
                                                 "Qualcomm ouvre un centre de recherches"))
        << QStringLiteral("Qualcomm ouvre un centre de recherche à Hanoï") << 0 << int(Passage::State::Moved)
        << QStringLiteral("Qualcomm ouvre un centre de recherches à Hanoï");
    QTest::newRow("quoted twice: the second occurrence stays chosen")
        << QByteArray(Header + "Intré : les deux groupes.\n\n" + Body) << QStringLiteral("groupe") << 1
        << int(Passage::State::Moved) << QStringLiteral("groupe");
    QTest::newRow("passage deleted: orphaned, kept with its quote")
        << QByteArray(Header
                      + QByteArray(Body).replace(
                          "Qualcomm ouvre un centre de recherche à Hanoï, a indiqué Cristiano Amon.\n\n", ""))
        << QStringLiteral("Qualcomm ouvre un centre de recherche à Hanoï") << 0 << int(Passage::State::Orphaned)
        << QStringLiteral("Qualcomm ouvre un centre de recherche à Hanoï");
}

void TestPassageStore::reanchorOnReimport()
{
    QFETCH(QByteArray, edited);
    QFETCH(QString, quote);
    QFETCH(int, occurrence);
    QFETCH(int, expectedState);
    QFETCH(QString, expectedText);

    ArticleStore articles(m_db->connection());
    const Article before = *articles.article(1);
    PassageStore store(m_db->connection());
    Passage passage = passageOn(before, quote, occurrence);
    QVERIFY(passage.anchor.start >= 0);
    passage.note = QStringLiteral("note");
    QVERIFY(store.add(passage));
    // Which occurrence it was: the text that follows it, before the edit.
    const QString followedBy = before.body.mid(passage.anchor.end, 20);

    writeArticle(edited);
    QCOMPARE(importArticle(), qint64(1));
    const Article after = *articles.article(1);
    const Passage read = *store.passage(passage.id);
    QCOMPARE(int(read.state), expectedState);
    QCOMPARE(read.note, QStringLiteral("note"));
    QCOMPARE(read.quote(), expectedText);
    if (read.state != Passage::State::Orphaned) {
        QCOMPARE(after.body.mid(read.anchor.start, read.anchor.end - read.anchor.start), expectedText);
        QCOMPARE(after.body.mid(read.anchor.end, 20), followedBy.left(after.body.mid(read.anchor.end, 20).size()));
        QCOMPARE(read.anchor.contentHash, after.contentHash);
    } else {
        QCOMPARE(read.anchor.contentHash, before.contentHash);
    }
    QCOMPARE(store.count({}), 1);
}

// The same passage, exported before the edit and imported after it, gets
// the state and the place the store gave it on re-import.
void TestPassageStore::webAnnotationImportAgreesWithStore()
{
    QFETCH(QByteArray, edited);
    QFETCH(QString, quote);
    QFETCH(int, occurrence);
    QFETCH(int, expectedState);

    ArticleStore articles(m_db->connection());
    PassageStore store(m_db->connection());
    Passage passage = passageOn(*articles.article(1), quote, occurrence);
    passage.note = QStringLiteral("note");
    QVERIFY(store.add(passage));
    // The body is in the BMP: UTF-16 offsets are the code points exported.
    const QByteArray jsonLd =
        WebAnnotation::toJsonLd({ *store.passage(passage.id) }, store.labelNames(), store.databaseUuid());

    writeArticle(edited);
    QCOMPARE(importArticle(), qint64(1));
    const Passage reanchored = *store.passage(passage.id);
    QCOMPARE(int(reanchored.state), expectedState);
    // Out of the way of the import's duplicate check, which reads live passages.
    QVERIFY(store.moveToTrash(passage.id));

    const WebAnnotation::ImportReport report = WebAnnotation::import(jsonLd, articles, store);
    QVERIFY2(report.failures.isEmpty() && report.error.isEmpty(), qPrintable(report.failures.join(QLatin1Char('\n'))));
    QCOMPARE(report.added, 1);
    const QVector<Passage> live = store.inArticle(1);
    QCOMPARE(live.size(), 1);
    const Passage &imported = live.first();
    QCOMPARE(imported.state, reanchored.state);
    QCOMPARE(imported.quote(), reanchored.quote());
    QCOMPARE(imported.anchor.start, reanchored.anchor.start);
    QCOMPARE(imported.anchor.end, reanchored.anchor.end);
}

void TestPassageStore::webAnnotationImportReadsOldAndNewExports_data()
{
    QTest::addColumn<bool>("asBefore");
    QTest::newRow("export with ids and an encoded source") << false;
    QTest::newRow("export from before: no ids, the source as written") << true;
}

// Exports now name the collection and its page, and encode the source's
// path; an export written before either still imports.
void TestPassageStore::webAnnotationImportReadsOldAndNewExports()
{
    QFETCH(bool, asBefore);
    // A space and accents in the path, which a URI must encode.
    const QString folder = m_dir->filePath(QStringLiteral("corpus/Dossier Hanoï"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/à lire.txt");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(Header + Body);
    file.close();
    QVERIFY(importArticle() > 0);
    ArticleStore articles(m_db->connection());
    const qint64 articleId = articles.findByPath(path);
    QVERIFY(articleId > 0);
    PassageStore store(m_db->connection());
    Passage passage = passageOn(*articles.article(articleId), QStringLiteral("un investissement"));
    passage.note = QStringLiteral("note");
    QVERIFY(store.add(passage));

    const QByteArray jsonLd =
        WebAnnotation::toJsonLd({ *store.passage(passage.id) }, store.labelNames(), store.databaseUuid());
    QJsonObject collection = QJsonDocument::fromJson(jsonLd).object();
    QJsonObject page = collection.value(QStringLiteral("first")).toObject();
    QJsonArray items = page.value(QStringLiteral("items")).toArray();
    QJsonObject item = items.at(0).toObject();
    QJsonObject target = item.value(QStringLiteral("target")).toObject();
    const QString id = collection.value(QStringLiteral("id")).toString();
    QCOMPARE(id, WebAnnotation::collectionIri(store.databaseUuid()));
    QCOMPARE(page.value(QStringLiteral("id")).toString(), id + QStringLiteral(":page:1"));
    QCOMPARE(page.value(QStringLiteral("partOf")).toObject().value(QStringLiteral("id")).toString(), id);
    const QString source = target.value(QStringLiteral("source")).toString();
    QVERIFY2(!source.contains(QLatin1Char(' ')) && !source.contains(QStringLiteral("à")), qPrintable(source));
    QCOMPARE(QUrl(source).toLocalFile(), path);

    if (asBefore) {
        collection.remove(QStringLiteral("id"));
        page.remove(QStringLiteral("id"));
        page.remove(QStringLiteral("partOf"));
        // As Veille wrote it before: QUrl's default, decoded form.
        target.insert(QStringLiteral("source"), QUrl::fromLocalFile(path).toString());
        QVERIFY(target.value(QStringLiteral("source")).toString().contains(QLatin1Char(' ')));
        item.insert(QStringLiteral("target"), target);
        items.replace(0, item);
        page.insert(QStringLiteral("items"), items);
        collection.insert(QStringLiteral("first"), page);
    }
    QVERIFY(store.moveToTrash(passage.id));
    const WebAnnotation::ImportReport report =
        WebAnnotation::import(QJsonDocument(collection).toJson(), articles, store);
    QVERIFY2(report.failures.isEmpty() && report.error.isEmpty(), qPrintable(report.failures.join(QLatin1Char('\n'))));
    QCOMPARE(report.added, 1);
    const QVector<Passage> live = store.inArticle(articleId);
    QCOMPARE(live.size(), 1);
    QCOMPARE(live.first().quote(), QStringLiteral("un investissement"));
    QCOMPARE(live.first().note, QStringLiteral("note"));
    QCOMPARE(live.first().state, Passage::State::Anchored);
}

// The collection's IRI comes from the database: the same at every export
// and after reopening, stored in the settings (so a backup carries it),
// and another for another database.
void TestPassageStore::databaseUuidIsStoredOnce()
{
    const QUuid uuid = PassageStore(m_db->connection()).databaseUuid();
    QVERIFY(!uuid.isNull());
    QCOMPARE(PassageStore(m_db->connection()).databaseUuid(), uuid);
    QCOMPARE(m_db->setting(QStringLiteral("database_uuid")).toString(), uuid.toString(QUuid::WithoutBraces));

    m_db = std::make_unique<Database>(databasePath(), Database::uniqueConnectionName(QStringLiteral("again")));
    QVERIFY(m_db->open());
    QCOMPARE(PassageStore(m_db->connection()).databaseUuid(), uuid);

    Database other(TestBackend::newDatabase(*m_dir), Database::uniqueConnectionName(QStringLiteral("o")));
    QVERIFY(other.open());
    const QUuid otherUuid = PassageStore(other.connection()).databaseUuid();
    QVERIFY(!otherUuid.isNull());
    QVERIFY(otherUuid != uuid);
}

// A database that cannot store one still gets the same identity each time.
void TestPassageStore::databaseUuidOfAReadOnlyDatabase()
{
    if (TestBackend::isPostgres())
        QSKIP("SQLite file only: opens the file read-only");
    QVERIFY(!m_db->setting(QStringLiteral("database_uuid")).isValid());
    const QString name = Database::uniqueConnectionName(QStringLiteral("readonly"));
    {
        QSqlDatabase readOnly = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        readOnly.setDatabaseName(databasePath());
        readOnly.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY(readOnly.open());
        const QUuid uuid = PassageStore(readOnly).databaseUuid();
        QVERIFY(!uuid.isNull());
        QCOMPARE(PassageStore(readOnly).databaseUuid(), uuid);
        readOnly.close();
    }
    QSqlDatabase::removeDatabase(name);
    QVERIFY(!m_db->setting(QStringLiteral("database_uuid")).isValid());
}

void TestPassageStore::orphanIsReattached()
{
    ArticleStore articles(m_db->connection());
    PassageStore store(m_db->connection());
    Passage passage = passageOn(*articles.article(1), QStringLiteral("Qualcomm ouvre un centre"));
    QVERIFY(store.add(passage));
    writeArticle(Header + "Le groupe Intel a annoncé un investissement.\n\nAutre chose.\n");
    QCOMPARE(importArticle(), qint64(1));
    QCOMPARE(store.passage(passage.id)->state, Passage::State::Orphaned);
    PassageQuery orphans;
    orphans.state = Passage::State::Orphaned;
    QCOMPARE(store.count(orphans), 1);

    const Article article = *articles.article(1);
    const int start = int(article.body.indexOf(QStringLiteral("Autre chose")));
    QVERIFY(store.reattach(passage.id, article, { start, start + 11 }));
    const Passage read = *store.passage(passage.id);
    QCOMPARE(read.state, Passage::State::Anchored);
    QCOMPARE(read.quote(), QStringLiteral("Autre chose"));
    QVERIFY(!store.reattach(passage.id, article, { start, start }));
}

void TestPassageStore::killedWriterLosesNoCommittedPassage()
{
    // A separate process adds passages one by one and prints each id once
    // its transaction has committed; it is killed with SIGKILL mid-way.
    QProcess writer;
    writer.start(QStringLiteral(VEILLE_PASSAGE_WRITER), { databasePath(), QStringLiteral("100000") });
    QVERIFY(writer.waitForStarted());
    QStringList committed;
    while (committed.size() < 200) {
        QVERIFY2(writer.waitForReadyRead(10000), "the writer printed nothing");
        while (writer.canReadLine())
            committed.append(QString::fromLatin1(writer.readLine()).trimmed());
    }
    writer.kill();
    QVERIFY(writer.waitForFinished());
    committed.append(QString::fromLatin1(writer.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts));

    Database db(databasePath(), Database::uniqueConnectionName(QStringLiteral("after-kill")));
    QVERIFY2(db.open(), qPrintable(db.errorString()));
    if (!TestBackend::isPostgres()) {
        QSqlQuery check(db.connection());
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    }
    PassageStore store(db.connection());
    for (const QString &line : qAsConst(committed)) {
        const qint64 id = line.toLongLong();
        const std::optional<Passage> passage = store.passage(id);
        QVERIFY2(passage, qPrintable(line));
        QCOMPARE(passage->note, QStringLiteral("note %1").arg(id));
        QCOMPARE(passage->tags, QStringList { QStringLiteral("kill") });
    }
    QVERIFY(store.count({}) >= committed.size());
}

void TestPassageStore::codePointsRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("utf16");
    QTest::addColumn<int>("points");
    const QString emoji = QStringLiteral("a\U0001F600b");
    QTest::newRow("BMP only") << QStringLiteral("Hanoï") << 5 << 5;
    QTest::newRow("before the surrogate pair") << emoji << 1 << 1;
    QTest::newRow("after the surrogate pair") << emoji << 3 << 2;
    QTest::newRow("end") << emoji << 4 << 3;
}

void TestPassageStore::codePointsRoundTrip()
{
    QFETCH(QString, text);
    QFETCH(int, utf16);
    QFETCH(int, points);
    QCOMPARE(CodePoints::fromUtf16(text, utf16), points);
    QCOMPARE(CodePoints::toUtf16(text, points), utf16);
    QCOMPARE(CodePoints::toUtf16(text, points + 10), -1);
}

void TestPassageStore::builtInPaletteIsNamedByKind_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("name");
    QTest::newRow("1 evidence") << 1 << QStringLiteral("evidence");
    QTest::newRow("2 question") << 2 << QStringLiteral("question");
    QTest::newRow("3 follow up") << 3 << QStringLiteral("follow up");
    QTest::newRow("4 important") << 4 << QStringLiteral("important");
}

// The reader's palette holds the four built-in labels in order, named by
// their kind, found by name or number; in a file their ids are 1 to 4, as
// they always were.
void TestPassageStore::builtInPaletteIsNamedByKind()
{
    QFETCH(int, kind);
    QFETCH(QString, name);
    PassageStore store(m_db->connection());
    const QVector<PassageLabel> palette = store.labels();
    QCOMPARE(palette.size(), 4);
    const PassageLabel label = palette.at(kind - 1);
    QCOMPARE(label.builtIn, kind);
    QVERIFY(label.name.isEmpty());
    QCOMPARE(PassageStore::labelName(label), name);
    QCOMPARE(store.labelIdFor(name), label.id);
    QCOMPARE(store.labelIdFor(QString::number(kind)), label.id);
    QCOMPARE(store.labelNames().value(label.id), name);
    if (!TestBackend::isPostgres())
        QCOMPARE(label.id, kind);
    QVERIFY(store.renameLabel(label.id, QStringLiteral("à recouper")));
    QCOMPARE(store.labelIdFor(QStringLiteral("à recouper")), label.id);
    QCOMPARE(store.labelIdFor(name), label.id); // the English name still finds it
}

// A second analyst on the same server gets the four built-in labels for
// themselves, whose renaming and use leave the first's alone. A file has
// one user, and one palette.
void TestPassageStore::eachAnalystHasAPaletteOfTheirOwn()
{
    if (!TestBackend::isPostgres())
        QSKIP("A file has one user: the server's analysts only");
    PassageStore alice(m_db->connection());
    Database bobDb(TestBackend::asUser(m_location, QStringLiteral("bob")),
                   Database::uniqueConnectionName(QStringLiteral("bob")));
    QVERIFY2(bobDb.open(), qPrintable(bobDb.errorString()));
    PassageStore bob(bobDb.connection());
    const QVector<PassageLabel> alices = alice.labels();
    const QVector<PassageLabel> bobs = bob.labels();
    QCOMPARE(bobs.size(), 4);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(bobs.at(i).builtIn, i + 1);
        QCOMPARE(bobs.at(i).color, alices.at(i).color);
        QVERIFY(bobs.at(i).id != alices.at(i).id);
    }
    // Opening again gives no second palette.
    Database again(TestBackend::asUser(m_location, QStringLiteral("bob")),
                   Database::uniqueConnectionName(QStringLiteral("bob")));
    QVERIFY(again.open());
    QCOMPARE(PassageStore(again.connection()).labels().size(), 4);

    QVERIFY(bob.renameLabel(bobs.at(1).id, QStringLiteral("à creuser")));
    QVERIFY(!bob.renameLabel(alices.at(1).id, QStringLiteral("de bob")));
    QVERIFY(!bob.lastError().isEmpty());
    QVERIFY(alice.labels().at(1).name.isEmpty());
    QCOMPARE(alice.labelIdFor(QStringLiteral("question")), alices.at(1).id);
    QCOMPARE(bob.labelIdFor(QStringLiteral("à creuser")), bobs.at(1).id);
    QCOMPARE(bob.labelIdFor(QStringLiteral("question")), bobs.at(1).id);
    QCOMPARE(bob.labelIdFor(QStringLiteral("2")), bobs.at(1).id); // a number is the kind, in one's own palette
    QVERIFY(alice.renameLabel(alices.at(2).id, QStringLiteral("d'alice")));
    QCOMPARE(bob.labelIdFor(QStringLiteral("d'alice")), 0);
}

// A file written before labels had owners keeps its four labels, their ids
// and the names the user gave them, and its passages keep theirs.
void TestPassageStore::fileOfSchema10KeepsItsLabels()
{
    if (TestBackend::isPostgres())
        QSKIP("SQLite file only (the server's upgrade is in tst_passageprivacy)");
    const Article article = *ArticleStore(m_db->connection()).article(1);
    PassageStore store(m_db->connection());
    QVERIFY(store.renameLabel(3, QStringLiteral("à suivre")));
    Passage passage = passageOn(article, QStringLiteral("Intel"));
    passage.labelId = 3;
    QVERIFY(store.add(passage));
    {
        QSqlQuery query(m_db->connection());
        for (const char *sql : { "DROP INDEX passage_labels_by_owner", "ALTER TABLE passage_labels DROP COLUMN owner",
                                 "ALTER TABLE passage_labels DROP COLUMN builtin", "PRAGMA user_version = 10" })
            QVERIFY2(query.exec(QLatin1String(sql)), sql);
    }
    m_db.reset();
    m_db = std::make_unique<Database>(databasePath(), Database::uniqueConnectionName(QStringLiteral("again")));
    QVERIFY2(m_db->open(), qPrintable(m_db->errorString()));
    QCOMPARE(m_db->schemaVersion(), Database::SchemaVersion);
    PassageStore reopened(m_db->connection());
    const QVector<PassageLabel> labels = reopened.labels();
    QCOMPARE(labels.size(), 4);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(labels.at(i).id, i + 1);
        QCOMPARE(labels.at(i).builtIn, i + 1);
    }
    QCOMPARE(PassageStore::labelName(labels.at(0)), QStringLiteral("evidence"));
    QCOMPARE(PassageStore::labelName(labels.at(2)), QStringLiteral("à suivre"));
    QCOMPARE(reopened.passage(passage.id)->labelId, 3);
    QCOMPARE(reopened.labelNames().value(3), QStringLiteral("à suivre"));
}

} // namespace Veille

QTEST_GUILESS_MAIN(Veille::TestPassageStore)
#include "tst_passagestore.moc"
