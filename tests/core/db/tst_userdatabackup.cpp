// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articles/articlestore.h"
#include "db/database.h"
#include "db/userdatabackup.h"
#include "entities/entitystore.h"
#include "import/importer.h"
#include "passages/passagestore.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

namespace Veille {

// Backups on real files: a database with the user's work, backed up,
// restored into another database that imported the same articles (with
// other ids), compared by what the user sees rather than by ids.
class TestUserDataBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void restoreBringsBackEverything();
    void restoringTwiceAddsNothing();
    void passageWithoutItsArticleIsReportedThenRestoredLater();
    void dueOncePerDayAndSevenKept_data();
    void dueOncePerDayAndSevenKept();
    void refusesWhatIsNotABackup_data();
    void refusesWhatIsNotABackup();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    void writeArticle(const QString &folder, const QString &name, const QByteArray &body) const;
    std::unique_ptr<Database> openImported(const QString &name, const QStringList &folders) const;
    void addUserWork(Database &db) const;
    static QStringList fingerprint(Database &db);
    // The corpus imported into m_original, with the user's work, backed up.
    void backUpOriginal();
    QString backupFile() const { return path(QStringLiteral("backup.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_original;
};

void TestUserDataBackup::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestUserDataBackup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    writeArticle(QStringLiteral("corpus"), QStringLiteral("a.txt"),
                 "Intel ouvre une usine à Hanoï, a indiqué le groupe.\n\nLes puces y seront testées.\n");
    writeArticle(QStringLiteral("corpus"), QStringLiteral("b.txt"),
                 "Qualcomm ouvre un centre de recherche à Hô Chi Minh-Ville.\n\nCristiano Amon l'a dit.\n");
    writeArticle(QStringLiteral("other"), QStringLiteral("c.txt"), "Un autre article, importé d'abord ailleurs.\n");
}

void TestUserDataBackup::cleanup()
{
    m_original.reset();
    m_dir.reset();
}

void TestUserDataBackup::writeArticle(const QString &folder, const QString &name, const QByteArray &body) const
{
    QVERIFY(QDir(m_dir->path()).mkpath(folder));
    QFile file(path(folder + QLatin1Char('/') + name));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(" date 2025-05-13 " + name.toUtf8() + "\n\n" + body);
}

std::unique_ptr<Database> TestUserDataBackup::openImported(const QString &name, const QStringList &folders) const
{
    for (const QString &folder : folders) {
        Importer importer(path(name));
        const ImportReport report = importer.run({ path(folder) });
        if (!report.error.isEmpty() || !report.failures.isEmpty())
            return nullptr;
    }
    auto db = std::make_unique<Database>(path(name), Database::uniqueConnectionName(QStringLiteral("test")));
    return db->open() ? std::move(db) : nullptr;
}

// Something in every table the backup keeps, the trash included.
void TestUserDataBackup::addUserWork(Database &db) const
{
    const ArticleStore articles(db.connection());
    PassageStore passages(db.connection());
    EntityStore entities(db.connection());
    for (const qint64 id : articles.articleIds()) {
        const Article article = *articles.article(id);
        Passage passage;
        passage.articleId = id;
        passage.articlePath = article.path;
        passage.anchor = TextAnchor::fromRange(article.body, { 0, 12 }, article.contentHash);
        passage.note = QStringLiteral("note on ") + article.title;
        passage.labelId = 2;
        passage.tags = QStringList { QStringLiteral("usine"), QStringLiteral("vietnam") };
        QVERIFY(passages.add(passage));
        passage.anchor = TextAnchor::fromRange(article.body, { 3, 9 }, article.contentHash);
        passage.tags.clear();
        passage.id = 0;
        QVERIFY(passages.add(passage));
        QVERIFY(passages.moveToTrash(passage.id));
        QVERIFY(entities.excludeSpan(id, { 0, 5 }));
    }
    QVERIFY(passages.renameLabel(3, QStringLiteral("à vérifier")));
    QVERIFY(entities.addType(QStringLiteral("Ship")));
    Entity ship {
        0, QStringLiteral("Ever Given"), QStringLiteral("Ship"), { { 0, QStringLiteral("EG"), true, false } }
    };
    QVERIFY(entities.addEntity(ship) > 0);
    QVERIFY(entities.suppress(QStringLiteral("groupe")));
}

QStringList TestUserDataBackup::fingerprint(Database &db)
{
    const ArticleStore articles(db.connection());
    const PassageStore passages(db.connection());
    const EntityStore entities(db.connection());
    QStringList rows;
    for (const bool trash : { false, true }) {
        PassageQuery query;
        query.trash = trash;
        for (const Passage &p : passages.passages(query)) {
            QStringList tags = p.tags;
            tags.sort();
            rows << QStringLiteral("passage|%1|%2|%3|%4|%5|%6|%7")
                        .arg(p.articlePath, p.quote(), p.note)
                        .arg(p.labelId)
                        .arg(tags.join(QLatin1Char(',')))
                        .arg(trash)
                        .arg(p.created.toMSecsSinceEpoch());
        }
    }
    for (const PassageLabel &label : passages.labels())
        rows << QStringLiteral("label|%1|%2|%3").arg(label.id).arg(label.name, label.color);
    for (const Entity &entity : entities.entities()) {
        QStringList aliases;
        for (const Alias &alias : entity.aliases)
            aliases << QStringLiteral("%1/%2/%3").arg(alias.text).arg(alias.caseSensitive).arg(alias.foldAccents);
        aliases.sort();
        rows << QStringLiteral("entity|%1|%2|%3").arg(entity.type, entity.name, aliases.join(QLatin1Char(',')));
    }
    for (const QString &text : entities.suppressions())
        rows << QStringLiteral("suppressed|") + text;
    for (const qint64 id : articles.articleIds()) {
        for (const TextRange &range : entities.excludedSpans(id))
            rows << QStringLiteral("excluded|%1|%2|%3").arg(articles.article(id)->path).arg(range.start).arg(range.end);
    }
    rows << QStringLiteral("types|") + entities.types().join(QLatin1Char(','));
    rows.sort();
    return rows;
}

void TestUserDataBackup::backUpOriginal()
{
    m_original = openImported(QStringLiteral("a.sqlite"), { QStringLiteral("corpus") });
    QVERIFY(m_original);
    addUserWork(*m_original);
    UserDataBackup backup(m_original->connection());
    QVERIFY2(backup.write(backupFile()), qPrintable(backup.lastError()));
}

void TestUserDataBackup::restoreBringsBackEverything()
{
    backUpOriginal();
    if (QTest::currentTestFailed())
        return;
    const QString file = backupFile();
    Database *original = m_original.get();

    // Another article first: the same articles get other ids here.
    const auto fresh = openImported(QStringLiteral("b.sqlite"), { QStringLiteral("other"), QStringLiteral("corpus") });
    QVERIFY(fresh);
    QVERIFY(fingerprint(*fresh) != fingerprint(*original));
    UserDataBackup restorer(fresh->connection());
    const std::optional<RestoreReport> report = restorer.restore(file);
    QVERIFY2(report, qPrintable(restorer.lastError()));
    QCOMPARE(report->passages, 4);
    QCOMPARE(report->tags, 4);
    QCOMPARE(report->exclusions, 2);
    QCOMPARE(report->unattachedPassages, 0);
    QCOMPARE(fingerprint(*fresh), fingerprint(*original));
}

void TestUserDataBackup::restoringTwiceAddsNothing()
{
    backUpOriginal();
    if (QTest::currentTestFailed())
        return;
    const QString file = backupFile();
    Database *original = m_original.get();

    const auto fresh = openImported(QStringLiteral("b.sqlite"), { QStringLiteral("corpus") });
    QVERIFY(fresh);
    UserDataBackup restorer(fresh->connection());
    QVERIFY(restorer.restore(file));
    const QStringList once = fingerprint(*fresh);
    const std::optional<RestoreReport> again = restorer.restore(file);
    QVERIFY2(again, qPrintable(restorer.lastError()));
    QCOMPARE(again->added(), 0);
    QCOMPARE(fingerprint(*fresh), once);

    // Restoring into the database it came from adds nothing either.
    const std::optional<RestoreReport> home = UserDataBackup(original->connection()).restore(file);
    QVERIFY(home);
    QCOMPARE(home->added(), 0);
}

void TestUserDataBackup::passageWithoutItsArticleIsReportedThenRestoredLater()
{
    backUpOriginal();
    if (QTest::currentTestFailed())
        return;
    const QString file = backupFile();
    Database *original = m_original.get();

    const auto fresh = openImported(QStringLiteral("b.sqlite"), { QStringLiteral("other") });
    QVERIFY(fresh);
    UserDataBackup restorer(fresh->connection());
    std::optional<RestoreReport> report = restorer.restore(file);
    QVERIFY2(report, qPrintable(restorer.lastError()));
    QCOMPARE(report->passages, 0);
    QCOMPARE(report->unattachedPassages, 4);
    QCOMPARE(report->unattachedExclusions, 2);
    QCOMPARE(report->missingArticles,
             QStringList({ path(QStringLiteral("corpus/a.txt")), path(QStringLiteral("corpus/b.txt")) }));

    Importer importer(path(QStringLiteral("b.sqlite")));
    QVERIFY(importer.run({ path(QStringLiteral("corpus")) }).error.isEmpty());
    report = restorer.restore(file);
    QVERIFY2(report, qPrintable(restorer.lastError()));
    QCOMPARE(report->passages, 4);
    QCOMPARE(report->unattachedPassages, 0);
    QCOMPARE(report->missingArticles, QStringList());
    QCOMPARE(fingerprint(*fresh), fingerprint(*original));
}

void TestUserDataBackup::dueOncePerDayAndSevenKept_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("runsPerDay");
    QTest::newRow("one run a day for three days keeps three") << 3 << 1;
    QTest::newRow("three runs a day write one backup a day") << 4 << 3;
    QTest::newRow("ten days keep the seven newest") << 10 << 1;
}

void TestUserDataBackup::dueOncePerDayAndSevenKept()
{
    QFETCH(int, days);
    QFETCH(int, runsPerDay);
    const auto db = openImported(QStringLiteral("a.sqlite"), { QStringLiteral("corpus") });
    QVERIFY(db);
    const QString folder = UserDataBackup::folderFor(db->path());
    QCOMPARE(folder, path(QStringLiteral("backups")));
    UserDataBackup backup(db->connection());
    const QDate first(2026, 3, 28);
    // Articles alone are no work of the user's: nothing to back up yet.
    QVERIFY(backup.backUpIfDue(folder, first.addDays(-1)).isEmpty());
    QVERIFY(UserDataBackup::backupsIn(folder).isEmpty());
    addUserWork(*db);
    for (int day = 0; day < days; ++day) {
        for (int run = 0; run < runsPerDay; ++run) {
            const QString written = backup.backUpIfDue(folder, first.addDays(day));
            QCOMPARE(written.isEmpty(), run > 0);
            QVERIFY2(backup.lastError().isEmpty(), qPrintable(backup.lastError()));
        }
    }
    QStringList expected;
    for (int day = days - 1; day >= std::max(0, days - UserDataBackup::Kept); --day)
        expected << QDir(folder).filePath(UserDataBackup::fileNameFor(first.addDays(day)));
    QCOMPARE(UserDataBackup::backupsIn(folder), expected);
    QVERIFY(!QFileInfo::exists(expected.first() + QStringLiteral(".part")));
}

void TestUserDataBackup::refusesWhatIsNotABackup_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("a missing file") << QStringLiteral("missing.sqlite") << QByteArray();
    QTest::newRow("a text file") << QStringLiteral("notes.txt") << QByteArray("not a database\n");
    QTest::newRow("a Veille database") << QStringLiteral("a.sqlite") << QByteArray();
}

void TestUserDataBackup::refusesWhatIsNotABackup()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    if (!content.isEmpty()) {
        QFile file(path(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const auto db = openImported(QStringLiteral("a.sqlite"), { QStringLiteral("corpus") });
    QVERIFY(db);
    const QStringList before = fingerprint(*db);
    UserDataBackup restorer(db->connection());
    QVERIFY(!restorer.restore(path(name)));
    QVERIFY(!restorer.lastError().isEmpty());
    QCOMPARE(fingerprint(*db), before);
}

} // namespace Veille

QTEST_GUILESS_MAIN(Veille::TestUserDataBackup)
#include "tst_userdatabackup.moc"
