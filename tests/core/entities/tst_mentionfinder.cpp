// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/mentionfinder.h"

#include <QTest>

Q_DECLARE_METATYPE(Veille::TextRange)

namespace Veille {

// MentionFinder without the tagger: the rules' new names come out as
// detected names of origin rule, in the same stream the tagger's join; a
// typo variant of a known name stays a suggestion; curation holds.
class TestMentionFinder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ruleNames_data();
    void ruleNames();
};

namespace {
Entity known(qint64 id, const QString &name, const QString &type)
{
    return { id, name, type, { { id * 10, name, false, true } } };
}

// "surface|full name|type|role" for each detected name.
QStringList describe(QStringView body, const QVector<DetectedMention> &names)
{
    QStringList lines;
    for (const DetectedMention &name : names)
        lines.append(
            QStringList { body.mid(name.start, name.length()).toString(), name.name, name.type, name.role }.join(
                QLatin1Char('|')));
    return lines;
}
} // namespace

void TestMentionFinder::ruleNames_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QStringList>("suppressions");
    QTest::addColumn<QVector<TextRange>>("excluded");
    QTest::addColumn<float>("minConfidence");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("variants");

    const float byDefault = NameDetection::DefaultMinConfidence;
    const QString delorme = QStringLiteral("M. Delorme a démissionné mardi.");
    const QStringList none;
    QTest::newRow("an honorific is cut off a rule's name")
        << delorme << none << QVector<TextRange> {} << byDefault
        << QStringList { QStringLiteral("Delorme|Delorme|Person|") } << none;
    QTest::newRow("a later short form takes the article's full name")
        << QStringLiteral("Mme Anne Delorme a parlé. Selon Mme Delorme, rien ne presse.") << none
        << QVector<TextRange> {} << byDefault
        << QStringList { QStringLiteral("Anne Delorme|Anne Delorme|Person|"),
                         QStringLiteral("Delorme|Anne Delorme|Person|") }
        << none;
    QTest::newRow("an English honorific with a full stop")
        << QStringLiteral("Dr. Jane Roe said the plant would open.") << none << QVector<TextRange> {} << byDefault
        << QStringList { QStringLiteral("Jane Roe|Jane Roe|Person|") } << none;
    QTest::newRow("the role a rule links stays on the name")
        << QStringLiteral("Le ministre, Tran Van Hoa, a signé.") << none << QVector<TextRange> {} << byDefault
        << QStringList { QStringLiteral("Tran Van Hoa|Tran Van Hoa|Person|ministre") } << none;
    QTest::newRow("a typo of a known name stays a suggestion")
        << QStringLiteral("Le partenariat avec Qualcom reste à signer.") << none << QVector<TextRange> {} << byDefault
        << none << QStringList { QStringLiteral("Qualcom") };
    QTest::newRow("a threshold above the rules' confidence hides their names")
        << delorme << none << QVector<TextRange> {} << 0.95f << none << none;
    QTest::newRow("a name rejected with its honorific, as suggestions were")
        << delorme << QStringList { QStringLiteral("M. Delorme") } << QVector<TextRange> {} << byDefault << none
        << none;
    QTest::newRow("never highlight the name")
        << delorme << QStringList { QStringLiteral("DELORME") } << QVector<TextRange> {} << byDefault << none << none;
    QTest::newRow("not an entity here, on the name")
        << delorme << none << QVector<TextRange> { { 3, 10 } } << byDefault << none << none;
}

void TestMentionFinder::ruleNames()
{
    QFETCH(QString, body);
    QFETCH(QStringList, suppressions);
    QFETCH(QVector<TextRange>, excluded);
    QFETCH(float, minConfidence);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, variants);

    const QVector<Entity> gazetteer { known(1, QStringLiteral("Qualcomm"), QStringLiteral("Company")),
                                      known(2, QStringLiteral("ministre"), QStringLiteral("Role")) };
    NameDetection detection;
    detection.minConfidence = minConfidence;
    const MentionFinder finder(gazetteer, suppressions, detection);
    const MentionFinder::Findings found = finder.find(body, excluded);
    QCOMPARE(describe(body, found.detected), expected);
    for (const DetectedMention &name : found.detected) {
        QCOMPARE(name.origin, MentionOrigin::Rule);
        QCOMPARE(name.confidence, NameDetection::RuleConfidence);
        QVERIFY(!name.reason.isEmpty());
    }
    QStringList suggested;
    for (const Suggestion &suggestion : found.suggestions) {
        QCOMPARE(suggestion.variantOf, qint64(1));
        suggested.append(suggestion.text);
    }
    QCOMPARE(suggested, variants);
}

} // namespace Veille

QTEST_GUILESS_MAIN(Veille::TestMentionFinder)
#include "tst_mentionfinder.moc"
