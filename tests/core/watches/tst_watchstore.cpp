// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/database.h"
#include "db/userdatabackup.h"
#include "entities/entitystore.h"
#include "support/testbackend.h"
#include "watches/watchstore.h"

#include <QFileInfo>
#include <QHash>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Veille {

// Watches in a real SQLite file: saving, names, folders, order, and what
// backups, restores and an older schema do with them.
class TestWatchStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void addKeepsEverySavedField();
    void names_data();
    void names();
    void foldersAndOrder();
    void moveSwapsWithinItsFolder_data();
    void moveSwapsWithinItsFolder();
    void updateRewritesTheSearch();
    void removingTheChipsEntityKeepsTheWatch();
    void migrationFromVersion7AddsTheTable();
    void backupAndRestoreCarryWatches();

private:
    std::unique_ptr<Database> openDatabase(const QString &fileName = QStringLiteral("veille.sqlite"));
    static QStringList names(const QVector<Watch> &watches);

    std::unique_ptr<QTemporaryDir> m_dir;
    QHash<QString, QString> m_locations; //!< by file name: a file, or a database on the test server
};

namespace {
Watch makeWatch(const QString &name, const QString &folder = {}, const QString &search = {})
{
    Watch watch;
    watch.name = name;
    watch.folder = folder;
    watch.search = search;
    return watch;
}
} // namespace

void TestWatchStore::initTestCase()
{
    VEILLE_INIT_BACKEND_TEST();
}

void TestWatchStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_locations.clear();
}

std::unique_ptr<Database> TestWatchStore::openDatabase(const QString &fileName)
{
    if (!m_locations.contains(fileName))
        m_locations.insert(fileName,
                           TestBackend::isPostgres() ? TestBackend::newDatabase(*m_dir) : m_dir->filePath(fileName));
    auto db =
        std::make_unique<Database>(m_locations.value(fileName), Database::uniqueConnectionName(QStringLiteral("t")));
    if (!db->open())
        qWarning() << db->errorString();
    return db;
}

QStringList TestWatchStore::names(const QVector<Watch> &watches)
{
    QStringList result;
    for (const Watch &watch : watches)
        result << watch.name;
    return result;
}

void TestWatchStore::addKeepsEverySavedField()
{
    auto db = openDatabase();
    QVERIFY(db->isOpen());
    EntityStore entities(db->connection());
    Entity qualcomm;
    qualcomm.name = QStringLiteral("Qualcomm");
    qualcomm.type = QStringLiteral("Company");
    const qint64 entityId = entities.addEntity(qualcomm);
    QVERIFY(entityId > 0);

    Watch watch = makeWatch(QStringLiteral("Semiconductors Vietnam"), QStringLiteral("Asia"),
                            QStringLiteral("semi-conducteurs entity:\"Intel\" -Samsung"));
    watch.dateFrom = QStringLiteral("2024");
    watch.dateTo = QStringLiteral("2025-06");
    watch.source = QStringLiteral("VNA");
    watch.bookmarkedOnly = true;
    watch.starredOnly = true;
    watch.unreadOnly = true;
    watch.entityId = entityId;
    watch.entityLabel = QStringLiteral("Qualcomm (Company)");
    WatchStore store(db->connection());
    const qint64 id = store.add(watch);
    QVERIFY2(id > 0, qPrintable(store.lastError()));

    // Read back from another connection to the same file.
    auto again = openDatabase();
    const std::optional<Watch> read = WatchStore(again->connection()).watch(id);
    QVERIFY(read);
    QVERIFY(read->sameSearch(watch));
    QCOMPARE(read->name, watch.name);
    QCOMPARE(read->folder, watch.folder);
    QCOMPARE(read->entityLabel, watch.entityLabel);
    QCOMPARE(read->position, 0);
}

void TestWatchStore::names_data()
{
    QTest::addColumn<QString>("second");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("a new name is accepted") << QStringLiteral("Intel") << true;
    QTest::newRow("the same name is refused") << QStringLiteral("Qualcomm") << false;
    QTest::newRow("the same name with spaces around is refused") << QStringLiteral("  Qualcomm ") << false;
    QTest::newRow("an empty name is refused") << QStringLiteral("   ") << false;
}

void TestWatchStore::names()
{
    QFETCH(QString, second);
    QFETCH(bool, accepted);
    auto db = openDatabase();
    WatchStore store(db->connection());
    QVERIFY(store.add(makeWatch(QStringLiteral("Qualcomm"))) > 0);
    const qint64 id = store.add(makeWatch(second));
    QCOMPARE(id > 0, accepted);
    QCOMPARE(store.lastError().isEmpty(), accepted);
    QCOMPARE(store.watches().size(), accepted ? 2 : 1);
}

void TestWatchStore::foldersAndOrder()
{
    auto db = openDatabase();
    WatchStore store(db->connection());
    for (const Watch &watch :
         { makeWatch(QStringLiteral("z loose")), makeWatch(QStringLiteral("b"), QStringLiteral("Tech")),
           makeWatch(QStringLiteral("a"), QStringLiteral("Tech")),
           makeWatch(QStringLiteral("c"), QStringLiteral("Asia")), makeWatch(QStringLiteral("a loose")) })
        QVERIFY(store.add(watch) > 0);
    // Loose watches first, then folders by name, each in the order added.
    QCOMPARE(names(store.watches()),
             QStringList({ QStringLiteral("z loose"), QStringLiteral("a loose"), QStringLiteral("c"),
                           QStringLiteral("b"), QStringLiteral("a") }));
    QCOMPARE(store.folders(), QStringList({ QStringLiteral("Asia"), QStringLiteral("Tech") }));
}

void TestWatchStore::moveSwapsWithinItsFolder_data()
{
    QTest::addColumn<QString>("moved");
    QTest::addColumn<int>("delta");
    QTest::addColumn<bool>("moves");
    QTest::addColumn<QStringList>("expected");
    const QStringList unchanged = { QStringLiteral("loose"), QStringLiteral("one"), QStringLiteral("two"),
                                    QStringLiteral("three") };
    QTest::newRow("down swaps with the next") << QStringLiteral("one") << 1 << true
                                              << QStringList({ QStringLiteral("loose"), QStringLiteral("two"),
                                                               QStringLiteral("one"), QStringLiteral("three") });
    QTest::newRow("up swaps with the previous") << QStringLiteral("three") << -1 << true
                                                << QStringList({ QStringLiteral("loose"), QStringLiteral("one"),
                                                                 QStringLiteral("three"), QStringLiteral("two") });
    QTest::newRow("the first of a folder does not go up") << QStringLiteral("one") << -1 << false << unchanged;
    QTest::newRow("the last of a folder does not go down") << QStringLiteral("three") << 1 << false << unchanged;
    QTest::newRow("a move never leaves the folder") << QStringLiteral("loose") << 1 << false << unchanged;
}

void TestWatchStore::moveSwapsWithinItsFolder()
{
    QFETCH(QString, moved);
    QFETCH(int, delta);
    QFETCH(bool, moves);
    QFETCH(QStringList, expected);
    auto db = openDatabase();
    WatchStore store(db->connection());
    store.add(makeWatch(QStringLiteral("loose")));
    for (const QString &name : { QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three") })
        QVERIFY(store.add(makeWatch(name, QStringLiteral("F"))) > 0);
    QCOMPARE(store.move(store.watchNamed(moved)->id, delta), moves);
    QCOMPARE(names(store.watches()), expected);
}

void TestWatchStore::updateRewritesTheSearch()
{
    auto db = openDatabase();
    WatchStore store(db->connection());
    const qint64 id = store.add(makeWatch(QStringLiteral("Chips"), {}, QStringLiteral("puce")));
    QVERIFY(store.add(makeWatch(QStringLiteral("Other"), QStringLiteral("F"))) > 0);
    Watch edited = *store.watch(id);
    edited.search = QStringLiteral("semi-conducteurs");
    edited.source = QStringLiteral("AFP");
    edited.folder = QStringLiteral("F");
    QVERIFY2(store.update(edited), qPrintable(store.lastError()));
    const Watch read = *store.watch(id);
    QVERIFY(read.sameSearch(edited));
    QCOMPARE(read.folder, QStringLiteral("F"));
    QCOMPARE(read.position, 1); // at the end of its new folder

    edited.name = QStringLiteral("Other");
    QVERIFY(!store.update(edited));
    QCOMPARE(store.watch(id)->name, QStringLiteral("Chips"));
    QVERIFY(store.remove(id));
    QVERIFY(!store.watch(id));
    QVERIFY(!store.remove(id));
}

void TestWatchStore::removingTheChipsEntityKeepsTheWatch()
{
    auto db = openDatabase();
    EntityStore entities(db->connection());
    Entity intel;
    intel.name = QStringLiteral("Intel");
    intel.type = QStringLiteral("Company");
    Watch watch = makeWatch(QStringLiteral("Intel"));
    watch.entityId = entities.addEntity(intel);
    watch.entityLabel = QStringLiteral("Intel");
    WatchStore store(db->connection());
    const qint64 id = store.add(watch);
    QVERIFY(entities.removeEntity(watch.entityId));
    const std::optional<Watch> read = store.watch(id);
    QVERIFY(read);
    QCOMPARE(read->entityId, qint64(0));
    QCOMPARE(read->entityLabel, QStringLiteral("Intel"));
}

void TestWatchStore::migrationFromVersion7AddsTheTable()
{
    if (TestBackend::isPostgres())
        QSKIP("SQLite file only: sets the file's user_version back");
    {
        // Version 8 added the table.
        auto db = openDatabase();
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("DROP TABLE watches")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 7")));
    }
    auto db = openDatabase();
    QVERIFY(db->isOpen());
    QCOMPARE(db->schemaVersion(), Database::SchemaVersion);
    WatchStore store(db->connection());
    QVERIFY(store.add(makeWatch(QStringLiteral("after the migration"))) > 0);
}

void TestWatchStore::backupAndRestoreCarryWatches()
{
    const QString backup = m_dir->filePath(QStringLiteral("backup.sqlite"));
    Watch chip = makeWatch(QStringLiteral("Intel news"), QStringLiteral("Tech"), QStringLiteral("usine"));
    chip.entityLabel = QStringLiteral("Intel");
    {
        auto db = openDatabase();
        EntityStore entities(db->connection());
        Entity intel;
        intel.name = QStringLiteral("Intel");
        intel.type = QStringLiteral("Company");
        // Other entities first, so the ids differ in the second database.
        Entity other;
        other.name = QStringLiteral("Samsung");
        other.type = QStringLiteral("Company");
        entities.addEntity(other);
        chip.entityId = entities.addEntity(intel);
        WatchStore store(db->connection());
        QVERIFY(store.add(chip) > 0);
        QVERIFY(store.add(makeWatch(QStringLiteral("Loose"), {}, QStringLiteral("date:2025"))) > 0);
        UserDataBackup writer(db->connection());
        if (TestBackend::isPostgres()) {
            // The server's data is backed up on the server: Veille says so
            // and writes no file.
            QVERIFY(!writer.write(backup));
            QVERIFY(writer.lastError().contains(QStringLiteral("administrator")));
            QVERIFY(!QFileInfo::exists(backup));
            QVERIFY(!writer.restore(backup));
            QVERIFY(writer.lastError().contains(QStringLiteral("team server")));
            QCOMPARE(store.watches().size(), 2);
            return;
        }
        QVERIFY2(writer.write(backup), qPrintable(writer.lastError()));
    }
    auto db = openDatabase(QStringLiteral("other.sqlite"));
    UserDataBackup restorer(db->connection());
    const std::optional<RestoreReport> report = restorer.restore(backup);
    QVERIFY2(report, qPrintable(restorer.lastError()));
    QCOMPARE(report->watches, 2);
    WatchStore store(db->connection());
    QCOMPARE(names(store.watches()), QStringList({ QStringLiteral("Loose"), QStringLiteral("Intel news") }));
    const Watch restored = *store.watchNamed(QStringLiteral("Intel news"));
    QCOMPARE(restored.search, chip.search);
    QCOMPARE(restored.folder, chip.folder);
    // The chip finds the same entity under its new id.
    const std::optional<Entity> entity = EntityStore(db->connection()).entity(restored.entityId);
    QVERIFY(entity);
    QCOMPARE(entity->name, QStringLiteral("Intel"));
    // A second restore adds nothing.
    QCOMPARE(restorer.restore(backup)->watches, 0);
}

} // namespace Veille

QTEST_GUILESS_MAIN(Veille::TestWatchStore)
#include "tst_watchstore.moc"
