// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articles/articlestatestore.h"
#include "articles/articlestore.h"
#include "db/database.h"
#include "entities/entitystore.h"
#include "import/importer.h"
#include "watches/watchcounter.h"
#include "watches/watchstore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Veille {

// Unread counts per watch: a count after an import reads only the new
// rows and must agree with counting everything again.
class TestWatchCounter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void newRowsAddUpToAFullRecount_data();
    void newRowsAddUpToAFullRecount();
    void counterReportsNewArticlesPerWatch();
    void counterRecountsAfterAnUpdate();
    void finderAnswersAsFind_data();
    void finderAnswersAsFind();

private:
    // Copies the sample corpus's files [first, last) into the corpus folder.
    void copySamples(int first, int last);
    ImportReport import();
    QVector<Watch> saveWatches(const QSqlDatabase &db);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_corpus;
    QString m_dbPath;
};

namespace {
Watch watchOf(const QString &name, const QString &search)
{
    Watch watch;
    watch.name = name;
    watch.search = search;
    return watch;
}
} // namespace

void TestWatchCounter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestWatchCounter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_corpus = m_dir->filePath(QStringLiteral("corpus"));
    QVERIFY(QDir().mkpath(m_corpus));
    m_dbPath = m_dir->filePath(QStringLiteral("veille.sqlite"));
}

void TestWatchCounter::copySamples(int first, int last)
{
    const QDir samples(QStringLiteral(VEILLE_SOURCE_DIR "/resources/sample-corpus"));
    const QStringList files = samples.entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= last);
    for (int i = first; i < last; ++i)
        QVERIFY(QFile::copy(samples.filePath(files.at(i)), QDir(m_corpus).filePath(files.at(i))));
}

ImportReport TestWatchCounter::import()
{
    Importer importer(m_dbPath);
    return importer.run({ m_corpus });
}

QVector<Watch> TestWatchCounter::saveWatches(const QSqlDatabase &db)
{
    QVector<Watch> watches = {
        watchOf(QStringLiteral("every article"), {}),
        watchOf(QStringLiteral("a word"), QStringLiteral("semi-conducteurs")),
        watchOf(QStringLiteral("an entity by name"), QStringLiteral("entity:Intel")),
        watchOf(QStringLiteral("a word without another"), QStringLiteral("Vietnam -Samsung")),
        watchOf(QStringLiteral("a source typed"), QStringLiteral("source:VNA")),
    };
    Watch chip = watchOf(QStringLiteral("the entity chip and a date"), {});
    chip.entityId = EntityStore(db).find(QStringLiteral("Intel")).value(0).id;
    chip.dateFrom = QStringLiteral("2023");
    watches << chip;
    Watch starred = watchOf(QStringLiteral("starred only"), {});
    starred.starredOnly = true;
    watches << starred;
    WatchStore store(db);
    for (Watch &watch : watches)
        watch.id = store.add(watch);
    return watches;
}

void TestWatchCounter::newRowsAddUpToAFullRecount_data()
{
    QTest::addColumn<int>("firstImport");
    QTest::addColumn<int>("secondImport");
    QTest::newRow("half, then the other half") << 8 << 16;
    QTest::newRow("one article, then the rest") << 1 << 16;
    QTest::newRow("an import that adds nothing new") << 16 << 16;
}

void TestWatchCounter::newRowsAddUpToAFullRecount()
{
    QFETCH(int, firstImport);
    QFETCH(int, secondImport);
    copySamples(0, firstImport);
    QVERIFY(import().error.isEmpty());
    Database database(m_dbPath, Database::uniqueConnectionName(QStringLiteral("t")));
    QVERIFY(database.open());
    const QVector<Watch> watches = saveWatches(database.connection());
    QVERIFY(watches.last().id > 0);
    // Some articles read and one starred before the second import.
    ArticleStore articles(database.connection());
    ArticleStateStore states(database.connection());
    const QVector<qint64> ids = articles.articleIds();
    QVERIFY(states.setRead(ids.mid(0, ids.size() / 2), true));
    QVERIFY(states.setStarred({ ids.last() }, true));
    const WatchCounter::Counts before = WatchCounter::count(database.connection(), watches);
    QVERIFY(before.error.isEmpty());
    QCOMPARE(before.lastId, articles.lastArticleId());

    copySamples(firstImport, secondImport);
    const ImportReport report = import();
    QCOMPARE(report.imported.size(), secondImport - firstImport);
    const WatchCounter::Counts added = WatchCounter::count(database.connection(), watches, before.lastId);
    const WatchCounter::Counts all = WatchCounter::count(database.connection(), watches);
    QCOMPARE(added.lastId, all.lastId);
    int newMatches = 0;
    for (const Watch &watch : watches) {
        QVERIFY2(added.unread.value(watch.id) <= secondImport - firstImport, qPrintable(watch.name));
        QCOMPARE(before.unread.value(watch.id) + added.unread.value(watch.id), all.unread.value(watch.id));
        newMatches += added.unread.value(watch.id);
    }
    // The rows are really new ones: the every-article watch counts each.
    QCOMPARE(added.unread.value(watches.first().id), secondImport - firstImport);
    QCOMPARE(newMatches > 0, secondImport > firstImport);
}

void TestWatchCounter::counterReportsNewArticlesPerWatch()
{
    copySamples(0, 6);
    QVERIFY(import().error.isEmpty());
    Database database(m_dbPath, Database::uniqueConnectionName(QStringLiteral("t")));
    QVERIFY(database.open());
    const QVector<Watch> watches = saveWatches(database.connection());
    WatchCounter counter(m_dbPath);
    QSignalSpy counted(&counter, &WatchCounter::countsChanged);
    QSignalSpy reported(&counter, &WatchCounter::newArticles);
    counter.recount();
    QVERIFY(counted.wait());
    QCOMPARE(reported.size(), 0);
    const WatchCounter::Counts before = WatchCounter::count(database.connection(), watches);
    for (const Watch &watch : watches)
        QCOMPARE(counter.unread(watch.id), before.unread.value(watch.id));

    copySamples(6, 16);
    const ImportReport report = import();
    QVERIFY(!report.imported.isEmpty());
    counter.countNew(!report.updated.isEmpty());
    QVERIFY(counted.wait());
    const WatchCounter::Counts after = WatchCounter::count(database.connection(), watches);
    QHash<QString, int> expected;
    for (const Watch &watch : watches) {
        QCOMPARE(counter.unread(watch.id), after.unread.value(watch.id));
        const int added = after.unread.value(watch.id) - before.unread.value(watch.id);
        if (added > 0)
            expected.insert(watch.name, added);
    }
    QCOMPARE(reported.size(), 1);
    const auto added = reported.first().first().value<QVector<QPair<QString, int>>>();
    QHash<QString, int> got;
    for (const auto &pair : added)
        got.insert(pair.first, pair.second);
    QCOMPARE(got, expected);
    QVERIFY(got.contains(QStringLiteral("every article")));
}

void TestWatchCounter::counterRecountsAfterAnUpdate()
{
    copySamples(0, 6);
    QVERIFY(import().error.isEmpty());
    Database database(m_dbPath, Database::uniqueConnectionName(QStringLiteral("t")));
    QVERIFY(database.open());
    const QVector<Watch> watches = saveWatches(database.connection());
    ArticleStateStore(database.connection()).setRead(ArticleStore(database.connection()).articleIds(), true);
    WatchCounter counter(m_dbPath);
    QSignalSpy counted(&counter, &WatchCounter::countsChanged);
    counter.recount();
    QVERIFY(counted.wait());
    QCOMPARE(counter.unread(watches.first().id), 0);

    // An edited file: its article is unread again, though its id is old.
    const QStringList files = QDir(m_corpus).entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name);
    QFile file(QDir(m_corpus).filePath(files.first()));
    QVERIFY(file.open(QIODevice::Append));
    file.write("\n\nUn paragraphe ajouté sur Intel et les semi-conducteurs.\n");
    file.close();
    const ImportReport report = import();
    QCOMPARE(report.updated.size(), 1);
    counter.countNew(true);
    QVERIFY(counted.wait());
    const WatchCounter::Counts all = WatchCounter::count(database.connection(), watches);
    QCOMPARE(all.unread.value(watches.first().id), 1);
    for (const Watch &watch : watches)
        QCOMPARE(counter.unread(watch.id), all.unread.value(watch.id));
}

void TestWatchCounter::finderAnswersAsFind_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("a canonical name") << QStringLiteral("Intel");
    QTest::newRow("an alias, case and accents aside") << QStringLiteral("intel CORPORATION");
    QTest::newRow("an alias shared or not") << QStringLiteral("Samsung");
    QTest::newRow("spaces around") << QStringLiteral("  Qualcomm ");
    QTest::newRow("an id") << QStringLiteral("3");
    QTest::newRow("an unknown name") << QStringLiteral("Nobody at all");
}

void TestWatchCounter::finderAnswersAsFind()
{
    QFETCH(QString, text);
    copySamples(0, 1);
    QVERIFY(import().error.isEmpty());
    Database database(m_dbPath, Database::uniqueConnectionName(QStringLiteral("t")));
    QVERIFY(database.open());
    const EntityStore entities(database.connection());
    QVector<qint64> expected;
    for (const Entity &entity : entities.find(text))
        expected.append(entity.id);
    QCOMPARE(entities.finder()(text), expected);
}

} // namespace Veille

QTEST_GUILESS_MAIN(Veille::TestWatchCounter)
#include "tst_watchcounter.moc"
