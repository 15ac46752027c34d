// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/namevariants.h"

#include <QTest>

#include <initializer_list>

namespace Veille {

// How one article's ways of writing a name become one name.
class TestNameVariants : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullForm_data();
    void fullForm();
    void gazetteerNameTakesTheVariant();
    void commonAbbreviations();
    void honorificIsNotPartOfTheName_data();
    void honorificIsNotPartOfTheName();
};

namespace {
QStringList texts(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

// The detected mentions of \a names in \a body, at their first place after
// the previous one, all of \a type.
QVector<DetectedMention> detectedIn(const QString &body, const QStringList &names, const QString &type)
{
    QVector<DetectedMention> detected;
    int from = 0;
    for (const QString &name : names) {
        DetectedMention mention;
        mention.start = int(body.indexOf(name, from));
        mention.end = mention.start + int(name.size());
        mention.type = type;
        from = mention.end;
        detected.append(mention);
    }
    return detected;
}
} // namespace

void TestNameVariants::fullForm_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QStringList>("fullForms");

    const QString poutine = QStringLiteral("Vladimir Poutine a parlé. Selon Poutine, rien ne change. Poutine part.");
    QTest::newRow("surname after the full name")
        << poutine << texts({"Vladimir Poutine", "Poutine", "Poutine"}) << QStringLiteral("Person")
        << texts({"Vladimir Poutine", "Vladimir Poutine", "Vladimir Poutine"});
    QTest::newRow("the longest full form wins")
        << QStringLiteral("Jean Dupont et Marie Jean Dupont, puis Dupont.")
        << texts({"Jean Dupont", "Marie Jean Dupont", "Dupont"}) << QStringLiteral("Person")
        << texts({"Marie Jean Dupont", "Marie Jean Dupont", "Marie Jean Dupont"});
    QTest::newRow("a surname alone stays itself")
        << QStringLiteral("Poutine a parlé à Macron.") << texts({"Poutine", "Macron"}) << QStringLiteral("Person")
        << texts({"Poutine", "Macron"});
    QTest::newRow("a titled surname written first")
        << QStringLiteral("Xi Jinping est arrivé. M. Xi a salué la délégation.") << texts({ "Xi Jinping", "Xi" })
        << QStringLiteral("Person") << texts({ "Xi Jinping", "Xi Jinping" });
    QTest::newRow("a title before a first name")
        << QStringLiteral("Keir Starmer a parlé. Sir Keir a promis des mesures.") << texts({ "Keir Starmer", "Keir" })
        << QStringLiteral("Person") << texts({ "Keir Starmer", "Keir Starmer" });
    QTest::newRow("a last word wins over a first word")
        << QStringLiteral("Jean Martin et Martin Dubois sont venus. M. Martin a parlé.")
        << texts({ "Jean Martin", "Martin Dubois", "Martin" }) << QStringLiteral("Person")
        << texts({ "Jean Martin", "Martin Dubois", "Jean Martin" });
    QTest::newRow("an untitled first name stands for no one")
        << QStringLiteral("Xi Jinping est arrivé. Selon Xi, rien ne change.") << texts({ "Xi Jinping", "Xi" })
        << QStringLiteral("Person") << texts({ "Xi Jinping", "Xi" });
    QTest::newRow("a place is not a person's surname")
        << QStringLiteral("Jean Paris est venu à Paris.") << texts({"Paris"}) << QStringLiteral("Place")
        << texts({"Paris"});
    QTest::newRow("an acronym the article introduces")
        << QStringLiteral("L’Organisation mondiale de la santé (OMS) alerte. L’OMS demande des tests.")
        << texts({"Organisation mondiale de la santé", "OMS", "OMS"}) << QStringLiteral("Organisation")
        << texts({"Organisation mondiale de la santé", "Organisation mondiale de la santé",
                       "Organisation mondiale de la santé"});
    QTest::newRow("an acronym nobody introduced stays itself")
        << QStringLiteral("L’Organisation mondiale de la santé alerte. L’OMS demande des tests.")
        << texts({"Organisation mondiale de la santé", "OMS"}) << QStringLiteral("Organisation")
        << texts({"Organisation mondiale de la santé", "OMS"});
}

void TestNameVariants::fullForm()
{
    QFETCH(QString, body);
    QFETCH(QStringList, names);
    QFETCH(QString, type);
    QFETCH(QStringList, fullForms);
    QVector<DetectedMention> detected = detectedIn(body, names, type);
    linkNameVariants(body, detected, {});
    QStringList got;
    for (const DetectedMention &mention : qAsConst(detected)) {
        got.append(mention.name);
        QCOMPARE(mention.entityId, qint64(0));
    }
    QCOMPARE(got, fullForms);
}

void TestNameVariants::gazetteerNameTakesTheVariant()
{
    // The gazetteer knows "Pham Minh Chinh"; the tagger finds "Chinh" later.
    const QString body = QStringLiteral("Le Premier ministre Pham Minh Chinh a reçu Intel. Chinh a salué le projet.");
    TypedSpan known;
    known.start = int(body.indexOf(QStringLiteral("Pham Minh Chinh")));
    known.end = known.start + 15;
    known.type = QStringLiteral("Person");
    known.entityId = 42;
    QVector<DetectedMention> detected = detectedIn(body, {QStringLiteral("Chinh")}, QStringLiteral("Person"));
    detected[0].start = int(body.lastIndexOf(QStringLiteral("Chinh")));
    detected[0].end = detected[0].start + 5;
    linkNameVariants(body, detected, {known});
    QCOMPARE(detected.at(0).entityId, qint64(42));
    QCOMPARE(detected.at(0).name, QStringLiteral("Pham Minh Chinh"));
}

void TestNameVariants::commonAbbreviations()
{
    QVERIFY(isCommonAbbreviation(QStringLiteral("IA")));
    QVERIFY(isCommonAbbreviation(QStringLiteral("PIB")));
    QVERIFY(isCommonAbbreviation(QStringLiteral("Wi-Fi")));
    // Names, and abbreviations that name an organisation, stay names.
    QVERIFY(!isCommonAbbreviation(QStringLiteral("OMS")));
    QVERIFY(!isCommonAbbreviation(QStringLiteral("Intel")));
    QVERIFY(!isCommonAbbreviation(QStringLiteral("ia")));
}

void TestNameVariants::honorificIsNotPartOfTheName_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("name");
    QTest::newRow("M.") << QStringLiteral("M. Poutine") << QStringLiteral("Poutine");
    QTest::newRow("Mme") << QStringLiteral("Mme Nguyen Thi Lan") << QStringLiteral("Nguyen Thi Lan");
    QTest::newRow("no honorific") << QStringLiteral("Marc Dupont") << QStringLiteral("Marc Dupont");
    QTest::newRow("a name that starts like one") << QStringLiteral("Meunier") << QStringLiteral("Meunier");
    QTest::newRow("an honorific alone stays") << QStringLiteral("M.") << QStringLiteral("M.");
}

void TestNameVariants::honorificIsNotPartOfTheName()
{
    QFETCH(QString, written);
    QFETCH(QString, name);
    const QString body = QStringLiteral("Hier, ") + written + QStringLiteral(" a parlé.");
    const TextRange range{6, 6 + int(written.size())};
    const TextRange kept = withoutHonorific(body, range);
    QCOMPARE(body.mid(kept.start, kept.length()), name);
}

} // namespace Veille

QTEST_GUILESS_MAIN(Veille::TestNameVariants)
#include "tst_namevariants.moc"
