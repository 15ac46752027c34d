// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articles/articlestore.h"
#include "db/database.h"
#include "import/folderwatcher.h"
#include "import/watchedfolderstore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Veille {

class TestFolderWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void storeAddsListsAndRemoves();
    void newAndChangedFilesAreImported();
    void foldersNoLongerWatchedAreLeftAlone();

private:
    QString databasePath() const { return m_dir->filePath(QStringLiteral("veille.sqlite")); }
    QString folder() const { return m_dir->filePath(QStringLiteral("inbox")); }
    //! The stored titles, sorted.
    QStringList titles() const;
    void write(const QString &name, const QByteArray &bytes) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestFolderWatcher::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<ImportReport>();
}

void TestFolderWatcher::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir().mkpath(folder()));
    m_db = std::make_unique<Database>(databasePath(), Database::uniqueConnectionName(QStringLiteral("test")));
    QVERIFY2(m_db->open(), qPrintable(m_db->errorString()));
}

QStringList TestFolderWatcher::titles() const
{
    ArticleStore store(m_db->connection());
    QStringList titles;
    const QVector<ArticleSummary> rows = store.page({}, std::nullopt, 1000).rows;
    for (const ArticleSummary &row : rows)
        titles.append(row.title);
    titles.sort();
    return titles;
}

void TestFolderWatcher::write(const QString &name, const QByteArray &bytes) const
{
    QFile file(folder() + QLatin1Char('/') + name);
    if (!QDir().mkpath(QFileInfo(file).absolutePath()) || !file.open(QIODevice::WriteOnly)
        || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(name));
}

void TestFolderWatcher::storeAddsListsAndRemoves()
{
    WatchedFolderStore store(m_db->connection());
    QVERIFY(store.folders().isEmpty());
    QVERIFY(store.add(folder() + QStringLiteral("/")));
    QVERIFY(store.add(folder() + QStringLiteral("/sub/..")));
    QVERIFY(store.add(m_dir->filePath(QStringLiteral("other"))));
    QCOMPARE(store.folders(), (QStringList{m_dir->filePath(QStringLiteral("inbox")), m_dir->filePath(QStringLiteral("other"))}));
    QVERIFY(store.remove(m_dir->filePath(QStringLiteral("other/"))));
    QVERIFY(!store.remove(m_dir->filePath(QStringLiteral("other"))));
    QVERIFY(store.lastError().isEmpty());
    QCOMPARE(store.folders(), QStringList{folder()});

    // Kept in the database: another connection sees it.
    Database again(databasePath(), Database::uniqueConnectionName(QStringLiteral("again")));
    QVERIFY(again.open());
    QCOMPARE(WatchedFolderStore(again.connection()).folders(), QStringList{folder()});
}

void TestFolderWatcher::newAndChangedFilesAreImported()
{
    write(QStringLiteral("before.txt"), " date 2025-05 Déjà là\n\nAvant le départ.\n");
    FolderWatcher watcher(databasePath());
    watcher.setDebounce(200);
    QSignalSpy imported(&watcher, &FolderWatcher::imported);

    // The rescan on start takes what was there already.
    watcher.setFolders({folder()});
    QTRY_COMPARE_WITH_TIMEOUT(titles(), QStringList{QStringLiteral("Déjà là")}, 20000);

    // A new file, in a new subfolder too.
    write(QStringLiteral("new.txt"), " date 2025-06 Nouveau\n\nArrivé pendant que Veille tourne.\n");
    QTRY_COMPARE_WITH_TIMEOUT(titles(), (QStringList{QStringLiteral("Déjà là"), QStringLiteral("Nouveau")}), 20000);
    QVERIFY(QDir().mkpath(folder() + QStringLiteral("/sub")));
    write(QStringLiteral("sub/rows.csv"), "title,body\nLigne,Une ligne de table.\n");
    QTRY_COMPARE_WITH_TIMEOUT(titles().size(), 3, 20000);
    QVERIFY(titles().contains(QStringLiteral("Ligne")));

    // A file edited in place is updated, not added.
    write(QStringLiteral("new.txt"), " date 2025-06 Nouveau, corrigé\n\nArrivé pendant que Veille tourne.\n");
    QTRY_COMPARE_WITH_TIMEOUT(titles(), (QStringList{QStringLiteral("Déjà là"), QStringLiteral("Ligne"),
                                                     QStringLiteral("Nouveau, corrigé")}),
                              20000);
    QVERIFY(imported.size() >= 3);
}

void TestFolderWatcher::foldersNoLongerWatchedAreLeftAlone()
{
    FolderWatcher watcher(databasePath());
    watcher.setDebounce(100);
    QSignalSpy imported(&watcher, &FolderWatcher::imported);
    watcher.setFolders({folder()});
    write(QStringLiteral("a.txt"), "Premier\n\nTexte.\n");
    // The rows are committed a moment before the import's thread ends and signals.
    QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 20000);
    QCOMPARE(titles(), QStringList{QStringLiteral("Premier")});
    const int importsSoFar = int(imported.size());

    watcher.setFolders({});
    QCOMPARE(watcher.folders(), QStringList());
    write(QStringLiteral("b.txt"), "Second\n\nTexte.\n");
    // Nothing may come: wait as long as a watched change takes, then check.
    QVERIFY(!imported.wait(1500));
    QCOMPARE(int(imported.size()), importsSoFar);
    QCOMPARE(titles(), QStringList{QStringLiteral("Premier")});
}

} // namespace Veille

QTEST_GUILESS_MAIN(Veille::TestFolderWatcher)
#include "tst_folderwatcher.moc"
