// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articles/articlestore.h"
#include "db/database.h"
#include "entities/defaultgazetteer.h"
#include "entities/entitystore.h"
#include "support/testbackend.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Veille {

// The gazetteer's store on a real SQLite file, migrated as the application
// migrates it, one fresh file per test.
class TestEntityStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void defaultTypes();
    void addType_data();
    void addType();
    void addEntityPutsTheNameFirst();
    void addEntityCreatesANewType();
    void addEntityWithoutAName();
    void addAliasIsIdempotent();
    void find_data();
    void find();
    void entitiesByType();
    void renameKeepsTheOldNameAsAnAlias();
    void setEntityType();
    void mergeMovesAliasesAndMentions();
    void mergeNeedsTwoEntities();
    void removeEntityCascadesItsMentions();
    void removeAlias();
    void suppressFoldsText_data();
    void suppressFoldsText();
    void excludeAndIncludeSpans();
    void mentionsAndSuggestionsRoundTrip();
    void ruleAndTaggerNamesAreOneDetectedEntity();
    void acceptAndRejectRuleNames();
    void counts();
    void articlesMentioning();
    void defaultGazetteerLoadsOnce();
    void defaultGazetteerHasIsoCodesCountries();
    void articleQueryFiltersByEntity();

private:
    qint64 addArticle(const QString &name, const QString &body);
    qint64 addEntity(const QString &name, const QString &type, const QStringList &aliases = {});
    bool replaceMentions(qint64 articleId, const QVector<Mention> &mentions,
                         const QVector<Suggestion> &suggestions = {}, const QVector<DetectedMention> &detected = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<EntityStore> m_store;
    std::unique_ptr<ArticleStore> m_articles;
};

namespace {
QStringList aliasTexts(const Entity &entity)
{
    QStringList texts;
    for (const Alias &alias : entity.aliases)
        texts.append(alias.text);
    return texts;
}

QStringList names(const QVector<Entity> &entities)
{
    QStringList list;
    for (const Entity &entity : entities)
        list.append(entity.name);
    return list;
}

// "Intel 3/2": a count as one comparable string (mentions/articles).
QStringList describe(const QVector<EntityStore::Count> &counts)
{
    QStringList list;
    for (const EntityStore::Count &count : counts)
        list.append(QStringLiteral("%1 %2/%3").arg(count.name).arg(count.mentions).arg(count.articles));
    return list;
}

QString describe(const Mention &mention)
{
    return QStringLiteral("%1-%2 e%3 a%4 [%5]")
        .arg(mention.start)
        .arg(mention.end)
        .arg(mention.entityId)
        .arg(mention.aliasId)
        .arg(mention.role);
}

QStringList describe(const QVector<Mention> &mentions)
{
    QStringList list;
    for (const Mention &mention : mentions)
        list.append(describe(mention));
    return list;
}

QString describe(const Suggestion &suggestion)
{
    return QStringLiteral("%1-%2 %3 (%4) %5 v%6 [%7]")
        .arg(suggestion.start)
        .arg(suggestion.end)
        .arg(suggestion.text, suggestion.type, suggestion.reason)
        .arg(suggestion.variantOf)
        .arg(suggestion.role);
}

QStringList describe(const QVector<Suggestion> &suggestions)
{
    QStringList list;
    for (const Suggestion &suggestion : suggestions)
        list.append(describe(suggestion));
    return list;
}

const QString hanoi = QStringLiteral("Hano\u00ef");

// A name the tagger or a rule found at \a start in an article.
DetectedMention detectedName(int start, const QString &name, const QString &type, MentionOrigin origin,
                             float confidence, const QString &role = {})
{
    DetectedMention mention;
    mention.start = start;
    mention.end = start + int(name.size());
    mention.name = name;
    mention.type = type;
    mention.origin = origin;
    mention.confidence = confidence;
    mention.role = role;
    return mention;
}
} // namespace

void TestEntityStore::initTestCase()
{
    VEILLE_INIT_BACKEND_TEST();
}

void TestEntityStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>(TestBackend::newDatabase(*m_dir),
                                      Database::uniqueConnectionName(QStringLiteral("tst-entitystore")));
    QVERIFY2(m_db->open(), qPrintable(m_db->errorString()));
    m_store = std::make_unique<EntityStore>(m_db->connection());
    m_articles = std::make_unique<ArticleStore>(m_db->connection());
}

void TestEntityStore::cleanup()
{
    m_articles.reset();
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

qint64 TestEntityStore::addArticle(const QString &name, const QString &body)
{
    Article article;
    article.path = m_dir->filePath(name);
    article.contentHash = QString::fromLatin1(QCryptographicHash::hash(body.toUtf8(), QCryptographicHash::Sha256).toHex());
    article.title = name;
    article.date = PartialDate(2025, 5, 1);
    article.body = body;
    if (m_articles->upsert(article) != ArticleStore::Outcome::Inserted) {
        qWarning() << "cannot store" << name << m_articles->lastError();
        return 0;
    }
    return article.id;
}

qint64 TestEntityStore::addEntity(const QString &name, const QString &type, const QStringList &aliases)
{
    Entity entity{0, name, type, {}};
    for (const QString &alias : aliases)
        entity.aliases.append({0, alias, false, true});
    const qint64 id = m_store->addEntity(entity);
    if (!id)
        qWarning() << "cannot add" << name << m_store->lastError();
    return id;
}

bool TestEntityStore::replaceMentions(qint64 articleId, const QVector<Mention> &mentions,
                                      const QVector<Suggestion> &suggestions, const QVector<DetectedMention> &detected)
{
    if (!m_store->beginTransaction())
        return false;
    if (!m_store->replaceMentions(articleId, mentions, suggestions, detected)) {
        qWarning() << m_store->lastError();
        m_store->rollbackTransaction();
        return false;
    }
    return m_store->commitTransaction();
}

void TestEntityStore::defaultTypes()
{
    QCOMPARE(m_store->types(), (QStringList{QStringLiteral("Company"), QStringLiteral("Organisation"),
                                            QStringLiteral("Person"), QStringLiteral("Role"), QStringLiteral("Place")}));
    QVERIFY(m_store->entities().isEmpty());
}

void TestEntityStore::addType_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QStringList>("added"); // the types after the five defaults

    QTest::newRow("a new type goes last") << QStringLiteral("Product") << true << QStringList{QStringLiteral("Product")};
    QTest::newRow("spaces around a new type are trimmed")
        << QStringLiteral("  Event ") << true << QStringList{QStringLiteral("Event")};
    QTest::newRow("an existing type, other case: no duplicate") << QStringLiteral("company") << true << QStringList();
    QTest::newRow("a blank name is not a type") << QStringLiteral("   ") << false << QStringList();
}

void TestEntityStore::addType()
{
    QFETCH(QString, name);
    QFETCH(bool, ok);
    QFETCH(QStringList, added);

    QCOMPARE(m_store->addType(name), ok);
    QCOMPARE(m_store->types().mid(5), added);
    // Adding it again changes nothing.
    QCOMPARE(m_store->addType(name), ok);
    QCOMPARE(m_store->types().mid(5), added);
}

void TestEntityStore::addEntityPutsTheNameFirst()
{
    const qint64 id = m_store->addEntity(
        {0, QStringLiteral("  Jane   Roe "), QStringLiteral("Person"), {{0, QStringLiteral("J. Roe"), false, true}}});
    QVERIFY2(id > 0, qPrintable(m_store->lastError()));
    const std::optional<Entity> entity = m_store->entity(id);
    QVERIFY(entity);
    QCOMPARE(entity->id, id);
    QCOMPARE(entity->name, QStringLiteral("Jane Roe"));
    QCOMPARE(entity->type, QStringLiteral("Person"));
    QCOMPARE(aliasTexts(*entity), (QStringList{QStringLiteral("Jane Roe"), QStringLiteral("J. Roe")}));
    QVERIFY(!entity->aliases.first().caseSensitive);
    QVERIFY(entity->aliases.first().foldAccents);

    // A name given as an alias with its own options keeps them, once.
    const qint64 meta = m_store->addEntity(
        {0, QStringLiteral("Meta"), QStringLiteral("Company"),
         {{0, QStringLiteral("Meta"), true, false}, {0, QStringLiteral("Meta Platforms"), false, true}}});
    QVERIFY(meta > 0);
    const std::optional<Entity> exact = m_store->entity(meta);
    QVERIFY(exact);
    QCOMPARE(aliasTexts(*exact), (QStringList{QStringLiteral("Meta"), QStringLiteral("Meta Platforms")}));
    QVERIFY(exact->aliases.first().caseSensitive);
    QVERIFY(!exact->aliases.first().foldAccents);
}

void TestEntityStore::addEntityCreatesANewType()
{
    QVERIFY(!m_store->types().contains(QStringLiteral("Product")));
    const qint64 id = addEntity(QStringLiteral("Snapdragon"), QStringLiteral("Product"));
    QVERIFY(id > 0);
    QCOMPARE(m_store->types().last(), QStringLiteral("Product"));
    QCOMPARE(m_store->entity(id)->type, QStringLiteral("Product"));
    // The type is matched without case: no second "product" type.
    const qint64 other = addEntity(QStringLiteral("Exynos"), QStringLiteral("product"));
    QVERIFY(other > 0);
    QCOMPARE(m_store->types().count(QStringLiteral("Product")), 1);
    QCOMPARE(m_store->types().size(), 6);
    QCOMPARE(m_store->entity(other)->type, QStringLiteral("Product"));
}

void TestEntityStore::addEntityWithoutAName()
{
    QCOMPARE(m_store->addEntity({0, QStringLiteral("   "), QStringLiteral("Person"), {}}), qint64(0));
    QVERIFY(!m_store->lastError().isEmpty());
    QVERIFY(m_store->entities().isEmpty());
}

void TestEntityStore::addAliasIsIdempotent()
{
    const qint64 id = addEntity(QStringLiteral("Nexaro"), QStringLiteral("Company"));
    QVERIFY(id > 0);
    const qint64 first = m_store->addAlias(id, {0, QStringLiteral("NXR"), true, false});
    QVERIFY(first > 0);
    const qint64 second = m_store->addAlias(id, {0, QStringLiteral("NXR"), true, false});
    QCOMPARE(second, first);
    // Spaces are not part of an alias: the same text again.
    QCOMPARE(m_store->addAlias(id, {0, QStringLiteral(" NXR  "), true, false}), first);

    const std::optional<Entity> entity = m_store->entity(id);
    QVERIFY(entity);
    QCOMPARE(aliasTexts(*entity), (QStringList{QStringLiteral("Nexaro"), QStringLiteral("NXR")}));
    const Alias &alias = entity->aliases.at(1);
    QCOMPARE(alias.id, first);
    QVERIFY(alias.caseSensitive);
    QVERIFY(!alias.foldAccents);

    // The same text on another entity is another alias.
    const qint64 other = addEntity(QStringLiteral("Nexaro Labs"), QStringLiteral("Organisation"));
    const qint64 elsewhere = m_store->addAlias(other, {0, QStringLiteral("NXR"), true, false});
    QVERIFY(elsewhere > 0 && elsewhere != first);
}

void TestEntityStore::find_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("byId"); // look up the id of the entity named `query`
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("by id") << hanoi << true << QStringList{hanoi};
    QTest::newRow("by name") << hanoi << false << QStringList{hanoi};
    QTest::newRow("by alias") << QStringLiteral("Ha Noi") << false << QStringList{hanoi};
    QTest::newRow("no accent, lower case: hanoi finds Hano\u00ef") << QStringLiteral("hanoi") << false
                                                                      << QStringList{hanoi};
    QTest::newRow("upper case with accent") << QStringLiteral("HANO\u00cf") << false << QStringList{hanoi};
    QTest::newRow("alias without its accents") << QStringLiteral("ha noi") << false << QStringList{hanoi};
    QTest::newRow("extra spaces") << QStringLiteral("  Ha   Noi ") << false << QStringList{hanoi};
    QTest::newRow("Vietnamese spelling of an alias") << QStringLiteral("H\u00e0 N\u1ed9i") << false
                                                     << QStringList{hanoi};
    QTest::newRow("one name, two entities") << QStringLiteral("amkor") << false
                                            << QStringList{QStringLiteral("Amkor"), QStringLiteral("Amkor Technology")};
    QTest::newRow("part of a name is not the name") << QStringLiteral("Han") << false << QStringList();
    QTest::newRow("an id that no entity has is a name") << QStringLiteral("99999") << false << QStringList();
}

void TestEntityStore::find()
{
    QFETCH(QString, query);
    QFETCH(bool, byId);
    QFETCH(QStringList, expected);

    QVERIFY(addEntity(QStringLiteral("Intel"), QStringLiteral("Company")));
    const qint64 hanoiId = addEntity(hanoi, QStringLiteral("Place"), {QStringLiteral("Ha Noi"), QStringLiteral("Hanoi")});
    QVERIFY(hanoiId);
    QVERIFY(addEntity(QStringLiteral("Amkor Technology"), QStringLiteral("Company"), {QStringLiteral("Amkor")}));
    QVERIFY(addEntity(QStringLiteral("Amkor"), QStringLiteral("Place")));

    const QVector<Entity> found = m_store->find(byId ? QString::number(hanoiId) : query);
    QStringList actual = names(found);
    actual.sort();
    QCOMPARE(actual, expected);
    if (byId)
        QCOMPARE(found.first().id, hanoiId);
}

void TestEntityStore::entitiesByType()
{
    QVERIFY(addEntity(QStringLiteral("Qualcomm"), QStringLiteral("Company")));
    QVERIFY(addEntity(hanoi, QStringLiteral("Place")));
    QVERIFY(addEntity(QStringLiteral("Amkor"), QStringLiteral("Company"), {QStringLiteral("Amkor Technology")}));
    QVERIFY(addEntity(QStringLiteral("Sarah Kemp"), QStringLiteral("Person")));

    // By type (in the order types were made), then by name.
    QCOMPARE(names(m_store->entities()), (QStringList{QStringLiteral("Amkor"), QStringLiteral("Qualcomm"),
                                                      QStringLiteral("Sarah Kemp"), hanoi}));
    QCOMPARE(names(m_store->entities(QStringLiteral("company"))),
             (QStringList{QStringLiteral("Amkor"), QStringLiteral("Qualcomm")}));
    QCOMPARE(aliasTexts(m_store->entities(QStringLiteral("Company")).first()),
             (QStringList{QStringLiteral("Amkor"), QStringLiteral("Amkor Technology")}));
    QVERIFY(m_store->entities(QStringLiteral("Role")).isEmpty());
    QVERIFY(m_store->entities(QStringLiteral("NoSuchType")).isEmpty());
}

void TestEntityStore::renameKeepsTheOldNameAsAnAlias()
{
    const qint64 id = addEntity(QStringLiteral("Facebook"), QStringLiteral("Company"), {QStringLiteral("FB")});
    QVERIFY(m_store->renameEntity(id, QStringLiteral(" Meta  Platforms ")));
    const std::optional<Entity> entity = m_store->entity(id);
    QVERIFY(entity);
    QCOMPARE(entity->name, QStringLiteral("Meta Platforms"));
    QCOMPARE(aliasTexts(*entity),
             (QStringList{QStringLiteral("Facebook"), QStringLiteral("FB"), QStringLiteral("Meta Platforms")}));
    // Both names find it.
    QCOMPARE(names(m_store->find(QStringLiteral("facebook"))), QStringList{QStringLiteral("Meta Platforms")});
    QCOMPARE(names(m_store->find(QStringLiteral("meta platforms"))), QStringList{QStringLiteral("Meta Platforms")});

    QVERIFY(!m_store->renameEntity(id, QStringLiteral("  ")));
    QVERIFY(!m_store->lastError().isEmpty());
    QCOMPARE(m_store->entity(id)->name, QStringLiteral("Meta Platforms"));
}

void TestEntityStore::setEntityType()
{
    const qint64 id = addEntity(QStringLiteral("Hoa Lac"), QStringLiteral("Organisation"));
    QVERIFY(m_store->setEntityType(id, QStringLiteral("Place")));
    QCOMPARE(m_store->entity(id)->type, QStringLiteral("Place"));
    QVERIFY(m_store->setEntityType(id, QStringLiteral("Tech park")));
    QCOMPARE(m_store->entity(id)->type, QStringLiteral("Tech park"));
    QVERIFY(m_store->types().contains(QStringLiteral("Tech park")));
    QVERIFY(!m_store->setEntityType(id, QString()));
    QCOMPARE(m_store->entity(id)->type, QStringLiteral("Tech park"));
}

void TestEntityStore::mergeMovesAliasesAndMentions()
{
    const qint64 keep = addEntity(QStringLiteral("Qualcomm"), QStringLiteral("Company"), {QStringLiteral("Qualcomm Inc.")});
    const qint64 gone = addEntity(QStringLiteral("Qualcom"), QStringLiteral("Company"), {QStringLiteral("QCOM")});
    const qint64 other = addEntity(QStringLiteral("Viettel"), QStringLiteral("Company"));
    QVERIFY(keep && gone && other);
    const qint64 article = addArticle(QStringLiteral("a.txt"), QStringLiteral("Qualcomm et Qualcom avec Viettel."));
    const qint64 second = addArticle(QStringLiteral("b.txt"), QStringLiteral("Qualcom seul."));
    const qint64 goneAlias = m_store->entity(gone)->aliases.first().id;
    QVERIFY(replaceMentions(article, {{keep, 0, 0, 8, {}}, {gone, goneAlias, 12, 19, {}}, {other, 0, 25, 32, {}}}));
    QVERIFY(replaceMentions(second, {{gone, goneAlias, 0, 7, {}}}));

    QVERIFY2(m_store->mergeEntities(keep, gone), qPrintable(m_store->lastError()));
    QVERIFY(!m_store->entity(gone));
    QCOMPARE(aliasTexts(*m_store->entity(keep)), (QStringList{QStringLiteral("Qualcomm"), QStringLiteral("Qualcomm Inc."),
                                                              QStringLiteral("Qualcom"), QStringLiteral("QCOM")}));
    // The mentions are the kept entity's now; the alias that found them is gone.
    QCOMPARE(describe(m_store->mentions(article)),
             (QStringList{QStringLiteral("0-8 e%1 a0 []").arg(keep), QStringLiteral("12-19 e%1 a0 []").arg(keep),
                          QStringLiteral("25-32 e%1 a0 []").arg(other)}));
    QCOMPARE(describe(m_store->mentions(second)), QStringList{QStringLiteral("0-7 e%1 a0 []").arg(keep)});
    const std::optional<EntityStore::Count> count = m_store->count(keep);
    QVERIFY(count);
    QCOMPARE(count->mentions, 3);
    QCOMPARE(count->articles, 2);
    QCOMPARE(names(m_store->find(QStringLiteral("qcom"))), QStringList{QStringLiteral("Qualcomm")});
}

void TestEntityStore::mergeNeedsTwoEntities()
{
    const qint64 id = addEntity(QStringLiteral("Intel"), QStringLiteral("Company"));
    QVERIFY(!m_store->mergeEntities(id, id));
    QVERIFY(!m_store->lastError().isEmpty());
    QVERIFY(!m_store->mergeEntities(id, id + 1000));
    QVERIFY(m_store->entity(id));
}

void TestEntityStore::removeEntityCascadesItsMentions()
{
    const qint64 intel = addEntity(QStringLiteral("Intel"), QStringLiteral("Company"));
    const qint64 meta = addEntity(QStringLiteral("Meta"), QStringLiteral("Company"));
    const qint64 article = addArticle(QStringLiteral("a.txt"), QStringLiteral("Intel et Meta."));
    QVERIFY(replaceMentions(article, {{intel, 0, 0, 5, {}}, {meta, 0, 9, 13, {}}},
                            {{0, 5, QStringLiteral("Intel"), QStringLiteral("Company"), QStringLiteral("close to"), intel,
                              {}}}));
    QVERIFY(m_store->removeEntity(intel));
    QVERIFY(!m_store->entity(intel));
    QCOMPARE(describe(m_store->mentions(article)), QStringList{QStringLiteral("9-13 e%1 a0 []").arg(meta)});
    QVERIFY(!m_store->count(intel));
    // A suggestion that pointed at it goes too: it has nothing to be close to.
    QVERIFY(m_store->suggestions(article).isEmpty());
    QCOMPARE(names(m_store->entities()), QStringList{QStringLiteral("Meta")});
}

void TestEntityStore::removeAlias()
{
    const qint64 id = addEntity(QStringLiteral("Intel"), QStringLiteral("Company"), {QStringLiteral("Intel Corp.")});
    const Alias alias = m_store->entity(id)->aliases.at(1);
    const qint64 article = addArticle(QStringLiteral("a.txt"), QStringLiteral("Intel Corp. vend."));
    QVERIFY(replaceMentions(article, {{id, alias.id, 0, 11, {}}}));
    QVERIFY(m_store->removeAlias(alias.id));
    QCOMPARE(aliasTexts(*m_store->entity(id)), QStringList{QStringLiteral("Intel")});
    // The mention stays until the article is indexed again; it forgets its alias.
    QCOMPARE(describe(m_store->mentions(article)), QStringList{QStringLiteral("0-11 e%1 a0 []").arg(id)});
}

void TestEntityStore::suppressFoldsText_data()
{
    QTest::addColumn<QString>("suppressed");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("unsuppressedBy");

    QTest::newRow("accents and case folded") << QStringLiteral("HANO\u00cf") << QStringLiteral("hanoi")
                                             << QStringLiteral("Hanoi");
    QTest::newRow("spaces simplified") << QStringLiteral("  Pham   Minh ") << QStringLiteral("pham minh")
                                       << QStringLiteral("pham minh");
    QTest::newRow("Vietnamese \u0111 is d") << QStringLiteral("\u0110\u00e0 N\u1eb5ng") << QStringLiteral("da nang")
                                           << QStringLiteral("Da Nang");
}

void TestEntityStore::suppressFoldsText()
{
    QFETCH(QString, suppressed);
    QFETCH(QString, stored);
    QFETCH(QString, unsuppressedBy);

    QVERIFY(m_store->suppress(suppressed));
    QVERIFY(m_store->suppress(suppressed)); // twice is once
    QVERIFY(m_store->suppress(unsuppressedBy)); // and so is another spelling
    QCOMPARE(m_store->suppressions(), QStringList{stored});
    QVERIFY(m_store->unsuppress(unsuppressedBy));
    QVERIFY(m_store->suppressions().isEmpty());
}

void TestEntityStore::excludeAndIncludeSpans()
{
    const qint64 article = addArticle(QStringLiteral("a.txt"), QStringLiteral("Apple et Orange."));
    const qint64 other = addArticle(QStringLiteral("b.txt"), QStringLiteral("Apple."));
    QVERIFY(m_store->excludeSpan(article, {0, 5}));
    QVERIFY(m_store->excludeSpan(article, {9, 15}));
    QVERIFY(m_store->excludeSpan(article, {9, 15})); // twice is once
    QVERIFY(m_store->excludeSpan(other, {0, 5}));

    QVector<TextRange> spans = m_store->excludedSpans(article);
    std::sort(spans.begin(), spans.end());
    QCOMPARE(spans, (QVector<TextRange>{{0, 5}, {9, 15}}));
    QVERIFY(m_store->includeSpan(article, {0, 5}));
    QCOMPARE(m_store->excludedSpans(article), (QVector<TextRange>{{9, 15}}));
    // Another article's exclusion is its own.
    QCOMPARE(m_store->excludedSpans(other), (QVector<TextRange>{{0, 5}}));
    // A span that was never excluded: nothing to do, no error.
    QVERIFY(m_store->includeSpan(article, {1, 2}));
    QCOMPARE(m_store->excludedSpans(article).size(), 1);
}

void TestEntityStore::mentionsAndSuggestionsRoundTrip()
{
    const qint64 role = addEntity(QStringLiteral("Premier ministre"), QStringLiteral("Role"));
    const qint64 person = addEntity(QStringLiteral("Pham Minh Chinh"), QStringLiteral("Person"));
    const qint64 company = addEntity(QStringLiteral("Qualcomm"), QStringLiteral("Company"));
    const QString body = QStringLiteral("Le Premier ministre Pham Minh Chinh a re\u00e7u Qualcom et M. Delorme.");
    const qint64 article = addArticle(QStringLiteral("a.txt"), body);
    const qint64 personAlias = m_store->entity(person)->aliases.first().id;

    const QVector<Mention> mentions = {{role, 0, 3, 19, {}},
                                       {person, personAlias, 20, 35, QStringLiteral("Premier ministre")}};
    const QVector<Suggestion> suggestions = {
        {43, 50, QStringLiteral("Qualcom"), QStringLiteral("Company"), QStringLiteral("close to \u201cQualcomm\u201d"),
         company, {}},
        {54, 64, QStringLiteral("M. Delorme"), QStringLiteral("Person"), QStringLiteral("honorific"), 0,
         QStringLiteral("directeur")}};
    QVERIFY(replaceMentions(article, mentions, suggestions));
    QCOMPARE(describe(m_store->mentions(article)), describe(mentions));
    QCOMPARE(describe(m_store->suggestions(article)), describe(suggestions));

    // Pending suggestions: grouped by text, with the entity a variant is close to.
    const qint64 other = addArticle(QStringLiteral("b.txt"), QStringLiteral("Qualcom encore."));
    QVERIFY(replaceMentions(other, {}, {{0, 7, QStringLiteral("Qualcom"), QStringLiteral("Company"),
                                         QStringLiteral("close to \u201cQualcomm\u201d"), company, {}}}));
    const QVector<EntityStore::PendingSuggestion> pending = m_store->pendingSuggestions();
    QCOMPARE(pending.size(), 2);
    QCOMPARE(pending.at(0).text, QStringLiteral("Qualcom"));
    QCOMPARE(pending.at(0).articles, 2);
    QCOMPARE(pending.at(0).variantOf, company);
    QCOMPARE(pending.at(1).text, QStringLiteral("M. Delorme"));
    QCOMPARE(pending.at(1).variantOf, qint64(0));

    // Replacing replaces: nothing of the old findings stays.
    const QVector<Mention> again = {{company, 0, 43, 50, {}}};
    QVERIFY(replaceMentions(article, again));
    QCOMPARE(describe(m_store->mentions(article)), describe(again));
    QVERIFY(m_store->suggestions(article).isEmpty());
    QCOMPARE(m_store->suggestions(other).size(), 1);
    QVERIFY(replaceMentions(article, {}));
    QVERIFY(m_store->mentions(article).isEmpty());
}

void TestEntityStore::ruleAndTaggerNamesAreOneDetectedEntity()
{
    const qint64 byRule = addArticle(QStringLiteral("rule.txt"), QStringLiteral("Sarah Kemp, vice-présidente, a parlé."));
    const qint64 byTagger = addArticle(QStringLiteral("tagger.txt"), QStringLiteral("Selon Sarah Kemp, tout va bien."));
    QVERIFY(byRule && byTagger);
    const QString role = QStringLiteral("vice-présidente");
    QVERIFY(replaceMentions(byRule, {}, {},
                            {detectedName(0, QStringLiteral("Sarah Kemp"), QStringLiteral("Person"), MentionOrigin::Rule,
                                          0.9f, role)}));
    // The tagger writes the name in capitals: the same folded full form.
    QVERIFY(replaceMentions(byTagger, {}, {},
                            {detectedName(6, QStringLiteral("Sarah KEMP"), QStringLiteral("Person"),
                                          MentionOrigin::Model, 0.75f)}));
    const QVector<Mention> ruled = m_store->mentions(byRule);
    const QVector<Mention> tagged = m_store->mentions(byTagger);
    QCOMPARE(ruled.size(), 1);
    QCOMPARE(tagged.size(), 1);
    QCOMPARE(ruled.at(0).origin, MentionOrigin::Rule);
    QCOMPARE(tagged.at(0).origin, MentionOrigin::Model);
    QVERIFY(qAbs(ruled.at(0).confidence - 0.9f) < 1e-4f);
    QVERIFY(qAbs(tagged.at(0).confidence - 0.75f) < 1e-4f);
    QCOMPARE(ruled.at(0).role, role);
    QCOMPARE(ruled.at(0).entityId, tagged.at(0).entityId);
    const std::optional<Entity> entity = m_store->entity(ruled.at(0).entityId);
    QVERIFY(entity);
    QCOMPARE(entity->status, EntityStatus::Detected);
    QCOMPARE(entity->name, QStringLiteral("Sarah Kemp"));
    QCOMPARE(names(m_store->entities(QStringLiteral("Person"), EntityStatus::Detected)),
             QStringList{QStringLiteral("Sarah Kemp")});
    QVERIFY(!names(m_store->entities()).contains(QStringLiteral("Sarah Kemp")));
    // Read as another type elsewhere, it is still one entity, of the type
    // it was first detected with.
    QVERIFY(replaceMentions(
        byRule, {}, {},
        { detectedName(0, QStringLiteral("SARAH KEMP"), QStringLiteral("Company"), MentionOrigin::Rule, 0.9f) }));
    QCOMPARE(m_store->mentions(byRule).at(0).entityId, tagged.at(0).entityId);
    QCOMPARE(m_store->entity(tagged.at(0).entityId)->type, QStringLiteral("Person"));
    QCOMPARE(m_store->entities(QString(), EntityStatus::Detected).size(), 1);
}

void TestEntityStore::acceptAndRejectRuleNames()
{
    const qint64 article = addArticle(QStringLiteral("a.txt"), QStringLiteral("M. Delorme a rejoint le groupe Lumitek."));
    QVERIFY(article);
    Mention gazetteer;
    gazetteer.entityId = addEntity(QStringLiteral("groupe"), QStringLiteral("Topic"));
    gazetteer.start = 24;
    gazetteer.end = 30;
    QVERIFY(replaceMentions(article, {gazetteer}, {},
                            {detectedName(3, QStringLiteral("Delorme"), QStringLiteral("Person"), MentionOrigin::Rule,
                                          0.9f),
                             detectedName(31, QStringLiteral("Lumitek"), QStringLiteral("Company"),
                                          MentionOrigin::Rule, 0.9f)}));
    QVector<Mention> mentions = m_store->mentions(article);
    QCOMPARE(mentions.size(), 3);
    const qint64 delorme = mentions.at(0).entityId;
    const qint64 lumitek = mentions.at(2).entityId;
    // Accepted: in the gazetteer, with the type the rule gave it.
    QVERIFY2(m_store->confirm(delorme), qPrintable(m_store->lastError()));
    const std::optional<Entity> accepted = m_store->entity(delorme);
    QCOMPARE(accepted->status, EntityStatus::Confirmed);
    QCOMPARE(accepted->type, QStringLiteral("Person"));
    QCOMPARE(aliasTexts(*accepted), QStringList{QStringLiteral("Delorme")});
    QCOMPARE(m_store->detectedId(QStringLiteral("Delorme")), 0);
    // Undone: a detected name again, under the same id and key, that the
    // gazetteer no longer matches; accepted again.
    QVERIFY2(m_store->unconfirm(delorme), qPrintable(m_store->lastError()));
    const std::optional<Entity> undone = m_store->entity(delorme);
    QCOMPARE(undone->status, EntityStatus::Detected);
    QVERIFY(undone->aliases.isEmpty());
    QCOMPARE(m_store->detectedId(QStringLiteral("DELORME")), delorme);
    QVERIFY(m_store->find(QStringLiteral("Delorme")).isEmpty());
    QVERIFY2(m_store->confirm(delorme), qPrintable(m_store->lastError()));
    QCOMPARE(m_store->entity(delorme)->status, EntityStatus::Confirmed);
    // Rejected: suppressed as a suggestion was, and gone with its mention.
    QVERIFY2(m_store->reject(lumitek), qPrintable(m_store->lastError()));
    QVERIFY(!m_store->entity(lumitek));
    QVERIFY(m_store->suppressions().contains(QStringLiteral("lumitek")));
    mentions = m_store->mentions(article);
    QCOMPARE(mentions.size(), 2);
    QCOMPARE(mentions.at(1).entityId, gazetteer.entityId);
}

void TestEntityStore::counts()
{
    const qint64 intel = addEntity(QStringLiteral("Intel"), QStringLiteral("Company"));
    const qint64 meta = addEntity(QStringLiteral("Meta"), QStringLiteral("Company"));
    const qint64 nic = addEntity(QStringLiteral("NIC"), QStringLiteral("Organisation"));
    const qint64 kemp = addEntity(QStringLiteral("Sarah Kemp"), QStringLiteral("Person"));
    const qint64 unused = addEntity(QStringLiteral("Nvidia"), QStringLiteral("Company"));
    QVERIFY(intel && meta && nic && kemp && unused);
    const qint64 a = addArticle(QStringLiteral("a.txt"), QStringLiteral("Intel, Intel, Intel, Meta, Sarah Kemp."));
    const qint64 b = addArticle(QStringLiteral("b.txt"), QStringLiteral("Intel et le NIC."));
    const qint64 c = addArticle(QStringLiteral("c.txt"), QStringLiteral("Meta et le NIC, le NIC."));
    QVERIFY(a && b && c);
    QVERIFY(replaceMentions(a, {{intel, 0, 0, 5, {}}, {intel, 0, 7, 12, {}}, {intel, 0, 14, 19, {}},
                                {meta, 0, 21, 25, {}}, {kemp, 0, 27, 37, {}}}));
    QVERIFY(replaceMentions(b, {{intel, 0, 0, 5, {}}, {nic, 0, 12, 15, {}}}));
    QVERIFY(replaceMentions(c, {{meta, 0, 0, 4, {}}, {nic, 0, 11, 14, {}}, {nic, 0, 19, 22, {}}}));

    // In one article: by type, then the most named first.
    QCOMPARE(describe(m_store->countsInArticle(a)),
             (QStringList{QStringLiteral("Intel 3/1"), QStringLiteral("Meta 1/1"), QStringLiteral("Sarah Kemp 1/1")}));
    QVERIFY(m_store->countsInArticle(a + 100).isEmpty());

    // Everywhere, with the entities that are named nowhere.
    QCOMPARE(describe(m_store->counts()),
             (QStringList{QStringLiteral("Intel 4/2"), QStringLiteral("Meta 2/2"), QStringLiteral("Nvidia 0/0"),
                          QStringLiteral("NIC 3/2"), QStringLiteral("Sarah Kemp 1/1")}));
    QCOMPARE(describe(m_store->counts(QStringLiteral("Organisation"))), QStringList{QStringLiteral("NIC 3/2")});

    const std::optional<EntityStore::Count> one = m_store->count(intel);
    QVERIFY(one);
    QCOMPARE(one->name, QStringLiteral("Intel"));
    QCOMPARE(one->type, QStringLiteral("Company"));
    QCOMPARE(one->mentions, 4);
    QCOMPARE(one->articles, 2);
    QCOMPARE(m_store->count(unused)->mentions, 0);
    QVERIFY(!m_store->count(unused + 100));

    // Named with Intel: Meta (a), NIC (b), Sarah Kemp (a): once each, in
    // one article each, so by name.
    QCOMPARE(describe(m_store->cooccurring(intel, 10)),
             (QStringList{QStringLiteral("Meta 1/1"), QStringLiteral("NIC 1/1"), QStringLiteral("Sarah Kemp 1/1")}));
    // Named with Meta: NIC in one article (twice), Intel in one (three times).
    QCOMPARE(describe(m_store->cooccurring(meta, 10)),
             (QStringList{QStringLiteral("Intel 3/1"), QStringLiteral("NIC 2/1"), QStringLiteral("Sarah Kemp 1/1")}));
    QCOMPARE(describe(m_store->cooccurring(meta, 1)), QStringList{QStringLiteral("Intel 3/1")});
    QVERIFY(m_store->cooccurring(unused, 10).isEmpty());
}

void TestEntityStore::articlesMentioning()
{
    const qint64 intel = addEntity(QStringLiteral("Intel"), QStringLiteral("Company"));
    const qint64 meta = addEntity(QStringLiteral("Meta"), QStringLiteral("Company"));
    const qint64 unused = addEntity(QStringLiteral("Nvidia"), QStringLiteral("Company"));
    const qint64 a = addArticle(QStringLiteral("a.txt"), QStringLiteral("Intel et Meta."));
    const qint64 b = addArticle(QStringLiteral("b.txt"), QStringLiteral("Rien."));
    const qint64 c = addArticle(QStringLiteral("c.txt"), QStringLiteral("Meta, Meta."));
    QVERIFY(replaceMentions(a, {{intel, 0, 0, 5, {}}, {meta, 0, 9, 13, {}}}));
    QVERIFY(replaceMentions(c, {{meta, 0, 0, 4, {}}, {meta, 0, 6, 10, {}}}));

    QCOMPARE(m_store->articlesMentioning({intel}), QVector<qint64>{a});
    QCOMPARE(m_store->articlesMentioning({meta}), (QVector<qint64>{a, c}));
    // Sorted, each article once.
    QCOMPARE(m_store->articlesMentioning({meta, intel}), (QVector<qint64>{a, c}));
    QVERIFY(m_store->articlesMentioning({unused}).isEmpty());
    QVERIFY(m_store->articlesMentioning({}).isEmpty());
    QVERIFY(!m_store->articlesMentioning({meta}).contains(b));
}

void TestEntityStore::defaultGazetteerLoadsOnce()
{
    QString error;
    QVERIFY2(DefaultGazetteer::ensureLoaded(*m_db, &error), qPrintable(error));
    const int loaded = int(m_store->entities().size());
    QVERIFY2(loaded > 500, qPrintable(QString::number(loaded)));
    const QVector<Entity> intel = m_store->find(QStringLiteral("Intel"));
    QCOMPARE(names(intel), QStringList{QStringLiteral("Intel")});
    QCOMPARE(intel.first().type, QStringLiteral("Company"));
    // Exact aliases keep their options: "=Meta" is not "méta".
    const QVector<Entity> meta = m_store->find(QStringLiteral("Meta"));
    QCOMPARE(meta.size(), 1);
    QVERIFY(meta.first().aliases.first().caseSensitive);
    QVERIFY(!meta.first().aliases.first().foldAccents);
    QVERIFY(m_db->setting(QStringLiteral("default_gazetteer_loaded")).toBool());

    // A second call, after the user deleted an entity, does not bring it back.
    QVERIFY(m_store->removeEntity(intel.first().id));
    QVERIFY2(DefaultGazetteer::ensureLoaded(*m_db, &error), qPrintable(error));
    QVERIFY(m_store->find(QStringLiteral("Intel")).isEmpty());
    QCOMPARE(int(m_store->entities().size()), loaded - 1);

    // Nor does a new connection to the same file.
    Database again(m_db->path(), Database::uniqueConnectionName(QStringLiteral("tst-entitystore-again")));
    QVERIFY(again.open());
    EntityStore store(again.connection());
    QVERIFY(DefaultGazetteer::ensureLoaded(again, &error));
    QCOMPARE(int(store.entities().size()), loaded - 1);
}

void TestEntityStore::defaultGazetteerHasIsoCodesCountries()
{
    if (!QFileInfo::exists(QStringLiteral("/usr/share/iso-codes/json/iso_3166-1.json")))
        QSKIP("Debian's iso-codes is not installed: the default gazetteer has no countries");
    QString error;
    QVERIFY2(DefaultGazetteer::ensureLoaded(*m_db, &error), qPrintable(error));
    for (const QString &country : {QStringLiteral("Japon"), QStringLiteral("Allemagne"), QStringLiteral("Germany")}) {
        const QVector<Entity> found = m_store->find(country);
        QVERIFY2(found.size() == 1, qPrintable(country));
        QCOMPARE(found.first().type, QStringLiteral("Place"));
    }
    // The shipped spellings merged into the iso-codes country.
    const QVector<Entity> vietnam = m_store->find(QStringLiteral("Vietnam"));
    QCOMPARE(names(vietnam), QStringList{QStringLiteral("Vi\u00eat Nam")});
    QVERIFY(aliasTexts(vietnam.first()).contains(QStringLiteral("Socialist Republic of Viet Nam")));
}

void TestEntityStore::articleQueryFiltersByEntity()
{
    const qint64 intel = addEntity(QStringLiteral("Intel"), QStringLiteral("Company"));
    const qint64 unused = addEntity(QStringLiteral("Nvidia"), QStringLiteral("Company"));
    QVector<qint64> ids;
    for (int i = 0; i < 5; ++i) {
        Article article;
        article.path = m_dir->filePath(QStringLiteral("%1.txt").arg(i));
        article.contentHash = QString::number(i);
        article.title = QStringLiteral("Titre %1").arg(i);
        article.date = PartialDate(2025, 5, i + 1);
        article.body = i % 2 == 0 ? QStringLiteral("Intel.") : QStringLiteral("Rien.");
        QCOMPARE(m_articles->upsert(article), ArticleStore::Outcome::Inserted);
        ids.append(article.id);
        if (i % 2 == 0)
            QVERIFY(replaceMentions(article.id, {{intel, 0, 0, 5, {}}}));
    }

    ArticleQuery query; // newest first: 4, 2, 0
    query.entityId = intel;
    QCOMPARE(m_articles->count({}), 5);
    QCOMPARE(m_articles->count(query), 3);
    const ArticleStore::Page page = m_articles->page(query, std::nullopt, 10);
    QVector<qint64> listed;
    for (const ArticleSummary &row : page.rows)
        listed.append(row.id);
    QCOMPARE(listed, (QVector<qint64>{ids.at(4), ids.at(2), ids.at(0)}));
    // Paging within the filter.
    const ArticleStore::Page next = m_articles->page(query, page.cursors.first(), 10);
    QCOMPARE(next.rows.size(), 2);
    QCOMPARE(next.rows.first().id, ids.at(2));

    QCOMPARE(m_articles->rowOf(query, ids.at(4)), 0);
    QCOMPARE(m_articles->rowOf(query, ids.at(0)), 2);
    QCOMPARE(m_articles->rowOf(query, ids.at(1)), -1); // not in the filtered list
    QCOMPARE(m_articles->rowOf({}, ids.at(0)), 4);

    query.sortKey = ArticleQuery::SortKey::Title;
    query.order = Qt::AscendingOrder;
    QCOMPARE(m_articles->rowOf(query, ids.at(2)), 1);

    ArticleQuery none;
    none.entityId = unused;
    QCOMPARE(m_articles->count(none), 0);
    QVERIFY(m_articles->page(none, std::nullopt, 10).rows.isEmpty());
    QCOMPARE(m_articles->rowOf(none, ids.at(0)), -1);
}

} // namespace Veille

QTEST_GUILESS_MAIN(Veille::TestEntityStore)
#include "tst_entitystore.moc"
