// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articles/articlestore.h"
#include "db/database.h"
#include "db/userdatabackup.h"
#include "entities/entitystore.h"
#include "entities/mentionindexer.h"
#include "import/importer.h"
#include "ner/lazytagger.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace Veille {

// The shipped French tagger at work in the product: real articles written
// to disk, imported into a real SQLite file, its names stored as detected
// entities beside the gazetteer's, and the user's curation over them.
class TestDetectedNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void unknownPersonBecomesOneDetectedEntity();
    void gazetteerWinsWhereTheyOverlap();
    void englishTextIsNotTagged();
    void withoutTaggerNothingIsDetected();
    void aNewWayOfDetectingFindsEveryNameAgain();
    void acceptJoinsTheGazetteer();
    void rejectSuppressesTheName();
    void notAnEntityHereHoldsForModelMentions();
    void detectedEntityWithoutMentionsGoesAfterAnUpdate();
    void backupKeepsOnlyConfirmedEntities();
    void noCommonWordIsDetected_data();
    void noCommonWordIsDetected();

private:
    QString databasePath() const { return m_dir->filePath(QStringLiteral("veille.sqlite")); }
    QString write(const QString &name, const QString &title, const QString &body) const;
    ImportReport import(const QStringList &paths, bool tagger = true);
    int reindex(const QStringList &texts);
    // Every mention of article 1: its text, its entity's name and status, its origin.
    struct Seen {
        QString text;
        QString name;
        EntityStatus status = EntityStatus::Confirmed;
        MentionOrigin origin = MentionOrigin::Gazetteer;
        float confidence = 1.0f;
        qint64 entityId = 0;
    };
    QVector<Seen> seen(qint64 articleId) const;
    // By value: callers pass seen()'s temporary.
    std::optional<Seen> find(const QVector<Seen> &all, const QString &text) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    LazyTagger m_tagger;
};

namespace {
const QString poutineBody = QStringLiteral(
    "Le président russe Vladimir Poutine a reçu mardi à Moscou une délégation venue de Hanoï, a annoncé le Kremlin. "
    "Selon M. Poutine, les échanges entre les deux pays doivent encore progresser dans l’énergie et les "
    "semi-conducteurs.\n\n"
    "La délégation, conduite par Nguyen Van Thanh, a également rencontré des responsables du groupe Rosatom. "
    "Poutine a salué « une coopération ancienne et solide ».");
} // namespace

void TestDetectedNames::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_tagger.get(), qPrintable(m_tagger.error()));
}

void TestDetectedNames::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDetectedNames::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QString TestDetectedNames::write(const QString &name, const QString &title, const QString &body) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write((QStringLiteral(" date 2025-03-04 ") + title + QStringLiteral("\n\n") + body
                + QStringLiteral("\n\nVNA/CVN\n"))
                   .toUtf8());
    return path;
}

ImportReport TestDetectedNames::import(const QStringList &paths, bool tagger)
{
    Importer importer(databasePath());
    if (tagger)
        importer.setNameDetection({m_tagger.get()});
    const ImportReport report = importer.run(paths);
    if (!m_db) {
        m_db = std::make_unique<Database>(databasePath(), Database::uniqueConnectionName(QStringLiteral("check")));
        if (!m_db->open())
            qWarning() << m_db->errorString();
    }
    return report;
}

int TestDetectedNames::reindex(const QStringList &texts)
{
    MentionIndexer indexer(databasePath());
    indexer.setNameDetection({m_tagger.get()});
    return indexer.run(texts);
}

QVector<TestDetectedNames::Seen> TestDetectedNames::seen(qint64 articleId) const
{
    ArticleStore articles(m_db->connection());
    EntityStore entities(m_db->connection());
    const QString body = articles.article(articleId).value_or(Article()).body;
    QVector<Seen> all;
    for (const Mention &mention : entities.mentions(articleId)) {
        const Entity entity = entities.entity(mention.entityId).value_or(Entity());
        all.append({body.mid(mention.start, mention.end - mention.start), entity.name, entity.status, mention.origin,
                    mention.confidence, mention.entityId});
    }
    return all;
}

std::optional<TestDetectedNames::Seen> TestDetectedNames::find(const QVector<Seen> &all, const QString &text) const
{
    for (const Seen &one : all) {
        if (one.text == text)
            return one;
    }
    return std::nullopt;
}

void TestDetectedNames::unknownPersonBecomesOneDetectedEntity()
{
    const ImportReport report = import({write(QStringLiteral("a.txt"), QStringLiteral("Moscou reçoit Hanoï"), poutineBody)});
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    const QVector<Seen> all = seen(1);
    const std::optional<Seen> full = find(all, QStringLiteral("Vladimir Poutine"));
    const std::optional<Seen> shortForm = find(all, QStringLiteral("Poutine"));
    QVERIFY(full && shortForm);
    QCOMPARE(full->origin, MentionOrigin::Model);
    QCOMPARE(full->status, EntityStatus::Detected);
    QVERIFY(full->confidence >= NameDetection::DefaultMinConfidence && full->confidence <= 1.0f);
    // "M. Poutine" and a later "Poutine" are the same man, under his full name.
    QCOMPARE(shortForm->entityId, full->entityId);
    QCOMPARE(shortForm->name, QStringLiteral("Vladimir Poutine"));
    QVERIFY(!find(all, QStringLiteral("M. Poutine")));
    int poutines = 0;
    for (const Seen &one : all)
        poutines += one.entityId == full->entityId ? 1 : 0;
    QCOMPARE(poutines, 3);
    // Listed with the detected, not with the gazetteer.
    EntityStore entities(m_db->connection());
    const QVector<Entity> detected = entities.entities(QStringLiteral("Person"), EntityStatus::Detected);
    QVERIFY(std::any_of(detected.begin(), detected.end(),
                        [](const Entity &e) { return e.name == QLatin1String("Vladimir Poutine"); }));
    const QVector<Entity> gazetteer = entities.entities(QStringLiteral("Person"));
    QVERIFY(std::none_of(gazetteer.begin(), gazetteer.end(),
                         [](const Entity &e) { return e.name == QLatin1String("Vladimir Poutine"); }));
}

void TestDetectedNames::gazetteerWinsWhereTheyOverlap()
{
    QVERIFY(import({write(QStringLiteral("a.txt"), QStringLiteral("Moscou reçoit Hanoï"), poutineBody)})
                .error.isEmpty());
    const QVector<Seen> all = seen(1);
    // Hanoï is in the default gazetteer: a sure match, not a guess.
    const std::optional<Seen> hanoi = find(all, QStringLiteral("Hanoï"));
    QVERIFY(hanoi);
    QCOMPARE(hanoi->origin, MentionOrigin::Gazetteer);
    QCOMPARE(hanoi->status, EntityStatus::Confirmed);
    for (int i = 0; i < all.size(); ++i) {
        for (int j = i + 1; j < all.size(); ++j)
            QVERIFY2(all.at(i).text != all.at(j).text || all.at(i).entityId == all.at(j).entityId,
                     qPrintable(all.at(i).text));
    }
}

void TestDetectedNames::englishTextIsNotTagged()
{
    const QString body = QStringLiteral(
        "President Vladimir Putin received a delegation from Hanoi on Tuesday, the Kremlin said. According to "
        "Mr Putin, trade between the two countries must still grow in energy and in semiconductors, and the "
        "delegation led by Nguyen Van Thanh also met officials of the Rosatom group.");
    QVERIFY(import({write(QStringLiteral("en.txt"), QStringLiteral("Moscow hosts Hanoi"), body)}).error.isEmpty());
    const QVector<Seen> all = seen(1);
    for (const Seen &one : all)
        QVERIFY2(one.origin != MentionOrigin::Model, qPrintable(one.text));
    // The rules still read English: "Mr Putin" is the person Putin.
    const std::optional<Seen> putin = find(all, QStringLiteral("Putin"));
    QVERIFY(putin);
    QCOMPARE(putin->origin, MentionOrigin::Rule);
    QCOMPARE(putin->status, EntityStatus::Detected);
}

void TestDetectedNames::withoutTaggerNothingIsDetected()
{
    QVERIFY(import({write(QStringLiteral("a.txt"), QStringLiteral("Moscou reçoit Hanoï"), poutineBody)}, false)
                .error.isEmpty());
    const QVector<Seen> all = seen(1);
    QVERIFY(!all.isEmpty());
    for (const Seen &one : all)
        QVERIFY2(one.origin != MentionOrigin::Model, qPrintable(one.text));
}

void TestDetectedNames::aNewWayOfDetectingFindsEveryNameAgain()
{
    // Imported before the tagger existed (or with it turned off)…
    QVERIFY(import({write(QStringLiteral("a.txt"), QStringLiteral("Moscou reçoit Hanoï"), poutineBody)}, false)
                .error.isEmpty());
    QCOMPARE(m_db->setting(NameDetection::settingKey()).toString(), NameDetection().signature());
    QVERIFY(!find(seen(1), QStringLiteral("Vladimir Poutine")));
    // …then opened with it: every article is indexed again, once.
    MentionIndexer indexer(databasePath());
    const NameDetection detection{m_tagger.get()};
    indexer.setNameDetection(detection);
    QCOMPARE(indexer.runIfDetectionChanged(), 1);
    QCOMPARE(m_db->setting(NameDetection::settingKey()).toString(), detection.signature());
    QVERIFY(find(seen(1), QStringLiteral("Vladimir Poutine")));
    QCOMPARE(indexer.runIfDetectionChanged(), 0);
    // Another threshold is another way.
    indexer.setNameDetection({m_tagger.get(), 0.9f});
    QCOMPARE(indexer.runIfDetectionChanged(), 1);
    QVERIFY(!find(seen(1), QStringLiteral("Vladimir Poutine")));
}

void TestDetectedNames::acceptJoinsTheGazetteer()
{
    QVERIFY(import({write(QStringLiteral("a.txt"), QStringLiteral("Moscou reçoit Hanoï"), poutineBody),
                    write(QStringLiteral("b.txt"), QStringLiteral("Énergie"),
                          QStringLiteral("Vladimir Poutine a inauguré une centrale. Le projet, annoncé en 2023, "
                                         "doit fournir de l’électricité à la région et aux usines du groupe.")),
                    })
                .error.isEmpty());
    const qint64 id = find(seen(1), QStringLiteral("Vladimir Poutine"))->entityId;
    EntityStore entities(m_db->connection());
    QVERIFY2(entities.confirm(id), qPrintable(entities.lastError()));
    QCOMPARE(entities.entity(id)->status, EntityStatus::Confirmed);
    QVERIFY(reindex({QStringLiteral("Vladimir Poutine")}) > 0);
    // Now the gazetteer's: matched with certainty in every article.
    for (const qint64 article : {1, 2}) {
        const std::optional<Seen> full = find(seen(article), QStringLiteral("Vladimir Poutine"));
        QVERIFY(full);
        QCOMPARE(full->entityId, id);
        QCOMPARE(full->origin, MentionOrigin::Gazetteer);
    }
    // The variants follow the confirmed entity.
    const std::optional<Seen> shortForm = find(seen(1), QStringLiteral("Poutine"));
    QVERIFY(shortForm);
    QCOMPARE(shortForm->entityId, id);
}

void TestDetectedNames::rejectSuppressesTheName()
{
    const QString path = write(QStringLiteral("a.txt"), QStringLiteral("Moscou reçoit Hanoï"), poutineBody);
    QVERIFY(import({path}).error.isEmpty());
    const qint64 id = find(seen(1), QStringLiteral("Vladimir Poutine"))->entityId;
    EntityStore entities(m_db->connection());
    QVERIFY2(entities.reject(id), qPrintable(entities.lastError()));
    QVERIFY(!entities.entity(id));
    QVERIFY(reindex({QStringLiteral("Vladimir Poutine")}) >= 0);
    const QVector<Seen> all = seen(1);
    QVERIFY(!find(all, QStringLiteral("Vladimir Poutine")));
    for (const Seen &one : all)
        QVERIFY2(one.name != QLatin1String("Vladimir Poutine"), qPrintable(one.text));
}

void TestDetectedNames::notAnEntityHereHoldsForModelMentions()
{
    QVERIFY(import({write(QStringLiteral("a.txt"), QStringLiteral("Moscou reçoit Hanoï"), poutineBody)})
                .error.isEmpty());
    ArticleStore articles(m_db->connection());
    const QString body = articles.article(1)->body;
    const int start = int(body.indexOf(QStringLiteral("Nguyen Van Thanh")));
    QVERIFY(start > 0);
    QVERIFY(find(seen(1), QStringLiteral("Nguyen Van Thanh")));
    EntityStore entities(m_db->connection());
    QVERIFY(entities.excludeSpan(1, {start, start + 16}));
    QVERIFY(reindex({QStringLiteral("Nguyen Van Thanh")}) > 0);
    QVERIFY(!find(seen(1), QStringLiteral("Nguyen Van Thanh")));
}

void TestDetectedNames::detectedEntityWithoutMentionsGoesAfterAnUpdate()
{
    const QString path = write(QStringLiteral("a.txt"), QStringLiteral("Moscou reçoit Hanoï"), poutineBody);
    QVERIFY(import({path}).error.isEmpty());
    const qint64 id = find(seen(1), QStringLiteral("Nguyen Van Thanh"))->entityId;
    QString changed = poutineBody;
    changed.replace(QStringLiteral("Nguyen Van Thanh"), QStringLiteral("le vice-ministre"));
    write(QStringLiteral("a.txt"), QStringLiteral("Moscou reçoit Hanoï"), changed);
    const ImportReport report = import({path});
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.updated.size(), 1);
    EntityStore entities(m_db->connection());
    QVERIFY(!entities.entity(id));
    QVERIFY(find(seen(1), QStringLiteral("Vladimir Poutine")));
}

void TestDetectedNames::backupKeepsOnlyConfirmedEntities()
{
    QVERIFY(import({write(QStringLiteral("a.txt"), QStringLiteral("Moscou reçoit Hanoï"), poutineBody)})
                .error.isEmpty());
    const std::optional<Seen> thanh = find(seen(1), QStringLiteral("Nguyen Van Thanh"));
    QVERIFY(thanh);
    EntityStore entities(m_db->connection());
    QVERIFY(entities.confirm(thanh->entityId));
    const QString file = m_dir->filePath(QStringLiteral("backup.sqlite"));
    UserDataBackup backup(m_db->connection());
    QVERIFY2(backup.write(file), qPrintable(backup.lastError()));
    QSqlDatabase raw = QSqlDatabase::cloneDatabase(m_db->connection(), QStringLiteral("raw-backup"));
    raw.setDatabaseName(file);
    QVERIFY(raw.open());
    {
        QSqlQuery query(raw);
        QVERIFY(query.exec(QStringLiteral("SELECT name FROM entities WHERE name IN ('Vladimir Poutine', "
                                          "'Nguyen Van Thanh')")));
        QStringList names;
        while (query.next())
            names.append(query.value(0).toString());
        QCOMPARE(names, QStringList{QStringLiteral("Nguyen Van Thanh")});
    }
    raw.close();
}

void TestDetectedNames::noCommonWordIsDetected_data()
{
    QTest::addColumn<QString>("corpus");
    QTest::newRow("the sample corpus") << QStringLiteral(VEILLE_SOURCE_DIR "/resources/sample-corpus");
    QTest::newRow("BBC Afrique") << QStringLiteral(VEILLE_SHARED_CORPUS_DIR "/bbc-afrique-fr");
}

void TestDetectedNames::noCommonWordIsDetected()
{
    // A tagger (or a rule) that paints "Photo", "Mardi", a sentence-initial
    // "Le" or a month is worse than none: every detected name is checked.
    QFETCH(QString, corpus);
    if (!QFileInfo::exists(corpus))
        QSKIP("the shared corpus is not present (../shared/corpus); a fresh clone does not have it");
    const ImportReport report = import({corpus});
    QVERIFY2(report.error.isEmpty() && !report.imported.isEmpty(), qPrintable(report.error));
    static const QStringList commonWords = QStringLiteral(
        "le la les l un une des du de d au aux ce cette ces il elle ils elles on nous vous je et ou mais donc or ni car "
        "selon pour par avec sans dans sur sous après avant depuis photo photos lundi mardi mercredi jeudi vendredi "
        "samedi dimanche janvier février mars avril mai juin juillet août septembre octobre novembre décembre "
        "hier aujourd’hui demain président ministre gouvernement monsieur madame")
                                               .split(QLatin1Char(' '));
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT substr(a.body, m.start_pos + 1, m.end_pos - m.start_pos), m.origin"
                                      " FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.origin <> 0")));
    int detected = 0;
    int byRules = 0;
    while (query.next()) {
        const QString text = query.value(0).toString();
        ++detected;
        byRules += query.value(1).toInt() == int(MentionOrigin::Rule) ? 1 : 0;
        QVERIFY2(!commonWords.contains(text.toLower()), qPrintable(text));
        // "ministère de la justice" is a name in lower case; one word with
        // no capital ("eBay" has one) is a common word.
        QVERIFY2(text.contains(QLatin1Char(' ')) || text.toLower() != text, qPrintable(text));
    }
    qInfo("%d names detected, %d of them by the rules", detected, byRules);
}

} // namespace Veille

QTEST_GUILESS_MAIN(Veille::TestDetectedNames)
#include "tst_detectednames.moc"
