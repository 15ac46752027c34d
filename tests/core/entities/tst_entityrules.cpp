// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/entitymatcher.h"
#include "entities/entityrules.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

#include <thread>

namespace Veille {

class TestEntityRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void suggestions_data();
    void suggestions();
    void roleLinks_data();
    void roleLinks();
    void typoVariants_data();
    void typoVariants();
    void reasonsAndOffsets();
    void emptyGazetteerAndText();
    void deterministicAcrossThreads();
    void tenThousandNames();
    void realSeeds();
    void sampleCorpus();
};

namespace {
Entity entity(qint64 id, const QString &name, const char *type, bool caseSensitive = false)
{
    Entity e;
    e.id = id;
    e.name = name;
    e.type = QString::fromLatin1(type);
    Alias alias;
    alias.id = id * 10;
    alias.text = name;
    alias.caseSensitive = caseSensitive;
    alias.foldAccents = !caseSensitive;
    e.aliases.append(alias);
    return e;
}

// A name that is also a word: the gazetteer keeps "Micron" exact.
Entity micron()
{
    Entity e = entity(19, QStringLiteral("Micron Technology"), "Company");
    Alias exact;
    exact.id = 191;
    exact.text = QStringLiteral("Micron");
    exact.caseSensitive = true;
    exact.foldAccents = false;
    e.aliases.append(exact);
    return e;
}

// The seeds' own small gazetteer, plus a few words the rows below need.
QVector<Entity> testGazetteer()
{
    return {
        entity(1, QStringLiteral("Intel"), "Company"),
        entity(2, QStringLiteral("Meta"), "Company", true),
        entity(3, QStringLiteral("Qualcomm"), "Company"),
        entity(4, QStringLiteral("Cao Anh Tu\u00e2n"), "Person"),
        entity(5, QStringLiteral("Pham Minh Chinh"), "Person"),
        entity(6, QStringLiteral("vice-ministre des Finances"), "Role"),
        entity(7, QStringLiteral("vice-pr\u00e9sidente"), "Role"),
        entity(8, QStringLiteral("Premier ministre"), "Role"),
        entity(9, QStringLiteral("directrice des politiques publiques"), "Role"),
        entity(10, QStringLiteral("Nvidia"), "Company"),
        entity(11, QStringLiteral("pr\u00e9sident"), "Role"),
        entity(12, QStringLiteral("ministre"), "Role"),
        entity(13, QStringLiteral("Hano\u00ef"), "Place"),
        entity(14, QStringLiteral("Vietnam"), "Place"),
        entity(15, QStringLiteral("PDG"), "Role", true),
        entity(16, QStringLiteral("ambassadeur"), "Role"),
        entity(17, QStringLiteral("Durand"), "Person"),
        entity(18, QStringLiteral("Italie"), "Place"),
        micron(),
        entity(20, QStringLiteral("Austin"), "Place"),
    };
}

QVector<Entity> seedGazetteer()
{
    QVector<Entity> all = testGazetteer();
    return { all.at(0), all.at(1), all.at(2), all.at(3), all.at(4), all.at(5), all.at(6), all.at(7), all.at(8) };
}

// What the gazetteer side of Veille finds: the matcher's spans, typed.
QVector<TypedSpan> knownMentions(const QVector<Entity> &gazetteer, QStringView text)
{
    QVector<EntityMatcher::Pattern> patterns;
    QVector<const Entity *> owners;
    for (const Entity &e : gazetteer) {
        for (const Alias &alias : e.aliases) {
            EntityMatcher::Pattern pattern;
            pattern.text = alias.text;
            pattern.entityId = e.id;
            pattern.aliasId = alias.id;
            pattern.caseSensitive = alias.caseSensitive;
            pattern.foldAccents = alias.foldAccents;
            patterns.append(pattern);
            owners.append(&e);
        }
    }
    const EntityMatcher matcher(patterns);
    QVector<TypedSpan> known;
    for (const EntityMatcher::Match &match : matcher.find(text))
        known.append({ match.start, match.end, owners.at(match.pattern)->type, owners.at(match.pattern)->id });
    return known;
}

// "Person Sarah Kemp", or "Company Qualcom ~3" for a variant of entity 3.
QStringList describe(const QVector<Suggestion> &suggestions)
{
    QStringList out;
    for (const Suggestion &s : suggestions) {
        QString line = s.type + QLatin1Char(' ') + s.text;
        if (s.variantOf != 0)
            line += QStringLiteral(" ~") + QString::number(s.variantOf);
        out.append(line);
    }
    return out;
}

// "Sarah Kemp = vice-présidente"
QStringList describe(QStringView text, const QVector<RoleLink> &links)
{
    QStringList out;
    for (const RoleLink &link : links) {
        out.append(text.mid(link.person.start, link.person.length()).toString() + QStringLiteral(" = ")
                   + text.mid(link.role.start, link.role.length()).toString());
    }
    return out;
}

EntityRules::Result run(const EntityRules &rules, const QVector<Entity> &gazetteer, const QString &text)
{
    return rules.apply(text, knownMentions(gazetteer, text));
}

QString readUtf8(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}
} // namespace

void TestEntityRules::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestEntityRules::suggestions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    const auto row = [](const char *name, const QString &text, const QStringList &expected) {
        QTest::newRow(name) << text << expected;
    };
    const auto none = QStringList();

    // Roles and names.
    row("role, known person: no suggestion",
        QStringLiteral("Le vice-ministre des Finances, Cao Anh Tu\u00e2n, a re\u00e7u la d\u00e9l\u00e9gation."), none);
    row("name, role with complement: the name",
        QStringLiteral("Hier, la d\u00e9l\u00e9gation a vu Julia Brandt, vice-pr\u00e9sidente des affaires "
                       "publiques chez Intel, \u00e0 Hano\u00ef."),
        { QStringLiteral("Person Julia Brandt") });
    row("role then unknown name, no comma",
        QStringLiteral("Le Premier ministre Tr\u00e2n Thanh M\u00e2n a salu\u00e9 les efforts."),
        { QStringLiteral("Person Tr\u00e2n Thanh M\u00e2n") });
    row("role, complement, comma, name",
        QStringLiteral("le ministre des Sciences et des Technologies, Bui Hoang Lan, a sign\u00e9 l'accord."),
        { QStringLiteral("Person Bui Hoang Lan") });
    row("hyphenated first name and particle",
        QStringLiteral("Jean-Pierre de Montfort, pr\u00e9sident du comit\u00e9, a ouvert la s\u00e9ance."),
        { QStringLiteral("Person Jean-Pierre de Montfort") });
    row("sentence-start word before a role is not a name",
        QStringLiteral("Selon, pr\u00e9sident du jury, rien ne change."), none);
    row("role then lower-case verb: nothing",
        QStringLiteral("De plus, le Premier ministre a sollicit\u00e9 le soutien du groupe."), none);
    row("English: name, role", QStringLiteral("Pat Gelsinger, PDG of the company, said so."),
        { QStringLiteral("Person Pat Gelsinger") });

    // Honorifics: the span includes them, as in HIPE's gold.
    row("HIPE honorific M.", QStringLiteral("Puisque nous sommes s\u00fbrs que M. Ch\u00e9ron ne fera rien."),
        { QStringLiteral("Person M. Ch\u00e9ron") });
    row("honorific with particle", QStringLiteral("aux op\u00e9rations de M. de Lasteyrie ? Rien."),
        { QStringLiteral("Person M. de Lasteyrie") });
    row("OCR: no space after M.", QStringLiteral("de graves soucis ? M.Poincar\u00e9 a en ce moment"),
        { QStringLiteral("Person M.Poincar\u00e9") });
    row("OCR: lines run together before M.", QStringLiteral("nous sommes s\u00fbreM. Ch\u00e9ron ne fera rien"),
        { QStringLiteral("Person M. Ch\u00e9ron") });
    row("honorific then a known role: nothing over the role",
        QStringLiteral("Hier, M. le pr\u00e9sident du Conseil a parl\u00e9."), none);
    row("MM. and a list of names",
        QStringLiteral("Toutes nos f\u00e9licitations \u00e0 MM. Davidson et Aenesmann qui savent."),
        { QStringLiteral("Person MM. Davidson"), QStringLiteral("Person Aenesmann") });
    row("Madame, Mme, Dr", QStringLiteral("Madame Curie, Mme Lefort et Dr Rieux sont venus."),
        { QStringLiteral("Person Madame Curie"), QStringLiteral("Person Mme Lefort"),
          QStringLiteral("Person Dr Rieux") });
    row("English Mr.", QStringLiteral("Mr. Smith said the deal was done."), { QStringLiteral("Person Mr. Smith") });
    row("initial and surname", QStringLiteral("CLUNY, 9 h., Au bagne ! (E. Dieudonn\u00e9)."),
        { QStringLiteral("Person E. Dieudonn\u00e9") });
    row("particles after an initial", QStringLiteral("conf\u00e9rence par G. de la Fouchardi\u00e8re. Fin."),
        { QStringLiteral("Person G. de la Fouchardi\u00e8re") });
    row("pronoun Me is no honorific", QStringLiteral("Me voici devant vous."), none);
    row("OCR: madame then a full stop ends a sentence",
        QStringLiteral("Samedi, Pardon ! madame.MiCHODI\u00c8RE, 8.45, Le sexe faible."), none);
    row("honorific then a common word", QStringLiteral("Merci, Madame. Le train part."), none);
    row("U.S. is no initial", QStringLiteral("Le rachat de U.S. Steel a \u00e9chou\u00e9."), none);

    // Organisations.
    row("chez X", QStringLiteral("Molly Hart travaille chez Vinasemi depuis 2020."),
        { QStringLiteral("Company Vinasemi") });
    row("le groupe + adjective + two words",
        QStringLiteral("Le groupe am\u00e9ricain Amkor Technology a lanc\u00e9 la phase deux."),
        { QStringLiteral("Company Amkor Technology") });
    row("l\u2019entreprise with a curly apostrophe",
        QStringLiteral("Selon l\u2019entreprise Viettel High Tech, le r\u00e9seau est pr\u00eat."),
        { QStringLiteral("Company Viettel High Tech") });
    row("l'entreprise with a straight apostrophe", QStringLiteral("Pour l'entreprise Hyperlogic, tout va bien."),
        { QStringLiteral("Company Hyperlogic") });
    row("la start-up X", QStringLiteral("la start-up Zalopay a lev\u00e9 des fonds."),
        { QStringLiteral("Company Zalopay") });
    row("le groupe de t\u00e9l\u00e9communications X",
        QStringLiteral("Le groupe de t\u00e9l\u00e9communications Viettel a annonc\u00e9."),
        { QStringLiteral("Company Viettel") });
    row("plural cue and a pair", QStringLiteral("Des dirigeants des groupes Samsung et Foxconn sont venus."),
        { QStringLiteral("Company Samsung"), QStringLiteral("Company Foxconn") });
    row("plural cue, known names: nothing",
        QStringLiteral("avec des dirigeants des groupes Intel et Meta afin de promouvoir"), none);
    row("organisation cue: la fondation", QStringLiteral("la fondation Rockefeller a financ\u00e9 le projet."),
        { QStringLiteral("Organisation Rockefeller") });
    row("suffix Inc.", QStringLiteral("Amkor Technology Inc. a annonc\u00e9 un bilan."),
        { QStringLiteral("Company Amkor Technology Inc.") });
    row("suffix JSC", QStringLiteral("La compagnie Bamboo Airways JSC a command\u00e9 des avions."),
        { QStringLiteral("Company Bamboo Airways JSC") });
    row("suffix S.A.", QStringLiteral("Le contrat avec Alstom S.A. est sign\u00e9."),
        { QStringLiteral("Company Alstom S.A.") });
    row("suffix after a known name: nothing", QStringLiteral("Intel Corp. et Qualcomm Inc. ont publi\u00e9."), none);
    row("cue then a lower-case word: nothing",
        QStringLiteral("Il a appel\u00e9 le groupe am\u00e9ricain \u00e0 co-construire un \u00e9cosyst\u00e8me."),
        none);
    row("cue d\u2019IA is no name",
        QStringLiteral("il vient d\u2019acqu\u00e9rir l\u2019entreprise d\u2019IA g\u00e9n\u00e9rative de VinAI."),
        none);
    row("cue then a participle then a name: nothing",
        QStringLiteral("Le groupe collabore \u00e9galement avec Viettel et VNPT."), none);

    // Ordinary words.
    row("sentence starts are not names",
        QStringLiteral("Pr\u00e9sent au Vietnam depuis plus de 20 ans, Qualcomm a cr\u00e9\u00e9 un centre. "
                       "Parmi les initiatives figure un concours. Depuis mardi, rien."),
        none);
    row("months and days are not names", QStringLiteral("Le 13 Mai, Intel a ouvert. Lundi, Meta a suivi."), none);
    row("case-sensitive Meta: no variant of m\u00e9ta", QStringLiteral("Une m\u00e9ta-analyse et un m\u00e9tal rare."),
        none);
    row("capitalised words without a cue", QStringLiteral("Cristiano Amon a assur\u00e9 que la collaboration."), none);
    row("no suggestion inside a known mention", QStringLiteral("L\u2019usine Intel Products Vietnam (IPV) est grande."),
        none);
}

void TestEntityRules::suggestions()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const QVector<Entity> gazetteer = testGazetteer();
    const EntityRules rules(gazetteer);
    const EntityRules::Result result = run(rules, gazetteer, text);
    QCOMPARE(describe(result.suggestions), expected);
}

void TestEntityRules::roleLinks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("role, comma, known person")
        << QStringLiteral("Le vice-ministre des Finances, Cao Anh Tu\u00e2n, a rencontr\u00e9 des dirigeants.")
        << QStringList { QStringLiteral("Cao Anh Tu\u00e2n = vice-ministre des Finances") };
    QTest::newRow("role then known person, no comma")
        << QStringLiteral("Re\u00e7u par le Premier ministre Pham Minh Chinh, le dirigeant a parl\u00e9.")
        << QStringList { QStringLiteral("Pham Minh Chinh = Premier ministre") };
    QTest::newRow("unknown name, comma, role: linked to the suggestion")
        << QStringLiteral("a rencontr\u00e9 Nora Vance, vice-pr\u00e9sidente des affaires gouvernementales chez "
                          "Intel, le 13 mai.")
        << QStringList { QStringLiteral("Nora Vance = vice-pr\u00e9sidente") };
    QTest::newRow("both orders in one sentence")
        << QStringLiteral("Le vice-ministre des Finances, Cao Anh Tu\u00e2n, a rencontr\u00e9 Nora Vance, "
                          "vice-pr\u00e9sidente chez Intel.")
        << QStringList { QStringLiteral("Cao Anh Tu\u00e2n = vice-ministre des Finances"),
                         QStringLiteral("Nora Vance = vice-pr\u00e9sidente") };
    QTest::newRow("the longer role wins in the gazetteer")
        << QStringLiteral("Tess Lowe, directrice des politiques publiques chez Meta, a soulign\u00e9.")
        << QStringList { QStringLiteral("Tess Lowe = directrice des politiques publiques") };
    QTest::newRow("determiner between name and role")
        << QStringLiteral("Marc Knapper, l\u2019ambassadeur, a visit\u00e9 l\u2019usine.")
        << QStringList { QStringLiteral("Marc Knapper = ambassadeur") };
    QTest::newRow("role and complement before the name")
        << QStringLiteral("L\u2019ambassadeur des \u00c9tats-Unis au Vietnam, Marc Knapper, a visit\u00e9.")
        << QStringList { QStringLiteral("Marc Knapper = ambassadeur") };
    QTest::newRow("honorific name and role")
        << QStringLiteral("a d\u00e9clar\u00e9 M. Nguyen Chi Dung, ministre du Plan, lors d'un forum.")
        << QStringList { QStringLiteral("M. Nguyen Chi Dung = ministre") };
    QTest::newRow("a place before the comma, the name after it")
        << QStringLiteral("En Australie, la ministre des Affaires \u00e9trang\u00e8res, Marise Payne, a parl\u00e9.")
        << QStringList { QStringLiteral("Marise Payne = ministre") };
    QTest::newRow("an adverb before the comma")
        << QStringLiteral("Entre-temps, le ministre de la Sant\u00e9, Jiang Chaoliang, a d\u00e9missionn\u00e9.")
        << QStringList { QStringLiteral("Jiang Chaoliang = ministre") };
    QTest::newRow("names on both sides, an article: the one after")
        << QStringLiteral("Paul Durand a vu Tom Hale, et la ministre de la Sant\u00e9, Nia Long, a parl\u00e9.")
        << QStringList { QStringLiteral("Nia Long = ministre") };
    QTest::newRow("names on both sides, no article: the one before")
        << QStringLiteral("Marc Knapper, ambassadeur, Paul Durand et d'autres.")
        << QStringList { QStringLiteral("Marc Knapper = ambassadeur") };
    QTest::newRow("role alone: no link") << QStringLiteral("Le Premier ministre a sollicit\u00e9 le soutien.")
                                         << QStringList();
    QTest::newRow("role next to a company: no link")
        << QStringLiteral("Intel, vice-pr\u00e9sidente des ventes, a dit.") << QStringList();
}

void TestEntityRules::roleLinks()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const QVector<Entity> gazetteer = testGazetteer();
    const EntityRules rules(gazetteer);
    QCOMPARE(describe(text, run(rules, gazetteer, text).roles), expected);
}

void TestEntityRules::typoVariants_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("deletion: Qualcom") << QStringLiteral("a sollicit\u00e9 le soutien de Qualcom pour la suite.")
                                       << QStringList { QStringLiteral("Company Qualcom ~3") };
    QTest::newRow("substitution: Nvidea") << QStringLiteral("Nvidia vend ses puces Nvidea dans des centres")
                                          << QStringList { QStringLiteral("Company Nvidea ~10") };
    QTest::newRow("insertion: Qualcommm") << QStringLiteral("Qualcommm a publi\u00e9 ses r\u00e9sultats.")
                                          << QStringList { QStringLiteral("Company Qualcommm ~3") };
    QTest::newRow("transposition: Qualcmom")
        << QStringLiteral("Le rachat par Qualcmom est fait.") << QStringList { QStringLiteral("Company Qualcmom ~3") };
    QTest::newRow("after an elided article: d\u2019Nvidai")
        << QStringLiteral("Nvidia : les puces d\u2019Nvidai sont rares")
        << QStringList { QStringLiteral("Company Nvidai ~10") };
    QTest::newRow("a person's name, one word off")
        << QStringLiteral("Pham Minh Chinh est l\u00e0. Pham Minh Chin a re\u00e7u la d\u00e9l\u00e9gation.")
        << QStringList { QStringLiteral("Person Pham Minh Chin ~5") };
    QTest::newRow("accents only: the matcher's job, no variant")
        << QStringLiteral("Cao Anh Tuan a parl\u00e9.") << QStringList();
    QTest::newRow("five-letter name: no variant, only the cue")
        << QStringLiteral("Le groupe Intell a parl\u00e9.") << QStringList { QStringLiteral("Company Intell") };
    QTest::newRow("two edits: no variant") << QStringLiteral("Quallcom a parl\u00e9.") << QStringList();
    QTest::newRow("lower case: no variant") << QStringLiteral("une qualcom ou une nvidea") << QStringList();
    QTest::newRow("plural of a name: no variant") << QStringLiteral("Deux Qualcomms, ce serait trop.") << QStringList();
    QTest::newRow("demonym of a place: no variant")
        << QStringLiteral("Le gouvernement Italien a parl\u00e9.") << QStringList();
    QTest::newRow("short name one edit off, spelt right in the text: a variant")
        << QStringLiteral("Durand arrive. Durant a sign\u00e9 le contrat.")
        << QStringList { QStringLiteral("Person Durant ~17") };
    QTest::newRow("short name one edit off, not in the text: no variant")
        << QStringLiteral("Durant a sign\u00e9 le contrat.") << QStringList();
    QTest::newRow("long name one edit off, alone: a variant")
        << QStringLiteral("Qualcomn a sign\u00e9 le contrat.") << QStringList { QStringLiteral("Company Qualcomn ~3") };
    QTest::newRow("one edit, but a common word of the text: no variant")
        << QStringLiteral("Durand arrive. Durant la nuit, et durant le jour, rien.") << QStringList();
    QTest::newRow("exact alias of an everyday word: no variant")
        << QStringLiteral("Emmanuel Macron et Omicron.") << QStringList();
    QTest::newRow("another first letter: no variant") << QStringLiteral("Justin est venu.") << QStringList();
    QTest::newRow("roles have no variants")
        << QStringLiteral("Pr\u00e9sidant la s\u00e9ance, il parle.") << QStringList();
    QTest::newRow("an honorific says person, whatever company is close")
        << QStringLiteral("Selon M. Qualcom, rien.") << QStringList { QStringLiteral("Person M. Qualcom") };
    QTest::newRow("variant wins over a cue")
        << QStringLiteral("chez Qualcom, on travaille.") << QStringList { QStringLiteral("Company Qualcom ~3") };
}

void TestEntityRules::typoVariants()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const QVector<Entity> gazetteer = testGazetteer();
    const EntityRules rules(gazetteer);
    QCOMPARE(describe(run(rules, gazetteer, text).suggestions), expected);
}

void TestEntityRules::reasonsAndOffsets()
{
    const QVector<Entity> gazetteer = testGazetteer();
    const EntityRules rules(gazetteer);
    const QString text = QStringLiteral("Le Premier ministre Tr\u00e2n Thanh M\u00e2n a vu M. Ch\u00e9ron chez "
                                        "Vinasemi et Qualcom.");
    const EntityRules::Result result = run(rules, gazetteer, text);
    QCOMPARE(result.suggestions.size(), 4);
    for (const Suggestion &s : result.suggestions) {
        QCOMPARE(text.mid(s.start, s.end - s.start), s.text);
        QVERIFY(!s.reason.isEmpty());
    }
    QCOMPARE(result.suggestions.at(0).reason, QStringLiteral("role before a name"));
    QCOMPARE(result.suggestions.at(1).reason, QStringLiteral("honorific"));
    QCOMPARE(result.suggestions.at(2).reason, QStringLiteral("organisation cue \u201cchez\u201d"));
    QCOMPARE(result.suggestions.at(3).reason, QStringLiteral("close to \u201cQualcomm\u201d"));
    QCOMPARE(result.suggestions.at(3).variantOf, qint64(3));
    for (int i = 1; i < result.suggestions.size(); ++i)
        QVERIFY(result.suggestions.at(i - 1).end <= result.suggestions.at(i).start);
    QCOMPARE(result.roles.size(), 1);
    QCOMPARE(result.roles.at(0).person, TextRange(result.suggestions.at(0)));
}

void TestEntityRules::emptyGazetteerAndText()
{
    const EntityRules rules({});
    QVERIFY(rules.apply(QStringView(), {}).suggestions.isEmpty());
    QVERIFY(rules.apply(QStringView(u"- , . \u00ac M."), {}).suggestions.isEmpty());
    const EntityRules::Result result = rules.apply(QStringView(u"Il travaille chez Vinasemi."), {});
    QCOMPARE(describe(result.suggestions), QStringList { QStringLiteral("Company Vinasemi") });
}

void TestEntityRules::deterministicAcrossThreads()
{
    const QVector<Entity> gazetteer = testGazetteer();
    const EntityRules rules(gazetteer);
    QString text;
    for (int i = 0; i < 50; ++i) {
        text +=
            QStringLiteral("Le vice-ministre des Finances, Cao Anh Tu\u00e2n, a vu Nora Vance, "
                           "vice-pr\u00e9sidente chez Intel, et M. Ch\u00e9ron chez Vinasemi. Qualcom a parl\u00e9. ");
    }
    const QVector<TypedSpan> known = knownMentions(gazetteer, text);
    const QStringList reference = describe(rules.apply(text, known).suggestions);
    QCOMPARE(reference.size(), 200);
    QVector<QStringList> results(4);
    std::vector<std::thread> threads;
    for (int t = 0; t < results.size(); ++t)
        threads.emplace_back([&, t] { results[t] = describe(rules.apply(text, known).suggestions); });
    for (std::thread &thread : threads)
        thread.join();
    for (const QStringList &result : qAsConst(results))
        QCOMPARE(result, reference);
}

void TestEntityRules::tenThousandNames()
{
    const auto name = [](int i) { return QStringLiteral("Entreprise%1x").arg(i, 5, 36, QLatin1Char('0')); };
    QVector<Entity> gazetteer;
    for (int i = 0; i < 10000; ++i)
        gazetteer.append(entity(i + 1, name(i), "Company"));
    gazetteer.append(entity(20000, QStringLiteral("Qualcomm"), "Company"));
    const EntityRules rules(gazetteer);
    QString text;
    for (int i = 0; i < 200; ++i)
        text += QStringLiteral("Le soutien de Qualcom pour la consolidation de l\u2019\u00e9conomie de march\u00e9. ");
    // How long this takes is bench_matcher's to print, not a unit test's.
    const EntityRules::Result result = rules.apply(text, {});
    QCOMPARE(result.suggestions.size(), 200);
    for (const Suggestion &suggestion : result.suggestions) {
        QCOMPARE(suggestion.text, QStringLiteral("Qualcom"));
        QCOMPARE(suggestion.variantOf, qint64(20000));
    }

    // Among 10,000 names one letter apart from each other, a typo of one
    // (its final "x" left out) names that one.
    const QString typo = name(1234).chopped(1);
    const QString sentence = QStringLiteral("Le rachat de ") + typo + QStringLiteral(" mardi.");
    const EntityRules::Result one = rules.apply(sentence, {});
    QCOMPARE(one.suggestions.size(), 1);
    QCOMPARE(one.suggestions.at(0).text, typo);
    QCOMPARE(one.suggestions.at(0).variantOf, qint64(1235));
}

void TestEntityRules::realSeeds()
{
    const QString seeds = QStringLiteral(VEILLE_SHARED_CORPUS_DIR "/seeds");
    const QString first = readUtf8(seeds + QStringLiteral("/000_661b19726214a793.txt"));
    const QString second = readUtf8(seeds + QStringLiteral("/002_2364271af330d281.txt"));
    if (first.isEmpty() || second.isEmpty())
        QSKIP("the shared seed articles are not present (../shared/corpus/seeds); a fresh clone does not have them");

    const QVector<Entity> gazetteer = seedGazetteer();
    const EntityRules rules(gazetteer);

    const EntityRules::Result a = run(rules, gazetteer, first);
    QCOMPARE(describe(a.suggestions),
             (QStringList { QStringLiteral("Person Sarah Kemp"), QStringLiteral("Person Molly Montgomery") }));
    QCOMPARE(describe(first, a.roles),
             (QStringList { QStringLiteral("Cao Anh Tu\u00e2n = vice-ministre des Finances"),
                            QStringLiteral("Sarah Kemp = vice-pr\u00e9sidente"),
                            QStringLiteral("Molly Montgomery = directrice des politiques publiques") }));

    const EntityRules::Result b = run(rules, gazetteer, second);
    QCOMPARE(describe(b.suggestions), QStringList { QStringLiteral("Company Qualcom ~3") });
    QCOMPARE(b.suggestions.at(0).reason, QStringLiteral("close to \u201cQualcomm\u201d"));
    QVERIFY(b.roles.isEmpty()); // "le Premier ministre a sollicité": no name follows
}

void TestEntityRules::sampleCorpus()
{
    const QDir dir(QStringLiteral(VEILLE_SOURCE_DIR "/resources/sample-corpus"));
    const QStringList files = dir.entryList({ QStringLiteral("0*.txt") }, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 10);
    const QVector<Entity> gazetteer = testGazetteer();
    const EntityRules rules(gazetteer);
    const QStringList common { QStringLiteral("Le"),     QStringLiteral("La"),    QStringLiteral("Les"),
                               QStringLiteral("Il"),     QStringLiteral("Elle"),  QStringLiteral("Ce"),
                               QStringLiteral("Selon"),  QStringLiteral("Pour"),  QStringLiteral("Dans"),
                               QStringLiteral("Depuis"), QStringLiteral("Parmi"), QStringLiteral("Plusieurs") };
    bool sawNvidea = false;
    for (const QString &name : files) {
        const QString text = readUtf8(dir.filePath(name));
        const EntityRules::Result result = run(rules, gazetteer, text);
        for (const Suggestion &s : result.suggestions) {
            const QString firstWord = s.text.section(QLatin1Char(' '), 0, 0);
            QVERIFY2(!common.contains(firstWord), qPrintable(name + QStringLiteral(": ") + s.text));
            if (s.text == QLatin1String("Nvidea")) {
                QCOMPARE(s.variantOf, qint64(10));
                sawNvidea = true;
            }
        }
    }
    QVERIFY(sawNvidea);
}

} // namespace Veille

QTEST_GUILESS_MAIN(Veille::TestEntityRules)
#include "tst_entityrules.moc"
