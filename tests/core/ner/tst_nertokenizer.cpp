// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/nertokenizer.h"

#include <QTest>

using namespace Veille;

class TestNerTokenizer : public QObject
{
    Q_OBJECT
private slots:
    void tokens_data();
    void tokens();
    void rangesAreUtf16Offsets();
    void sentenceStarts_data();
    void sentenceStarts();
    void elision_data();
    void elision();
};

void TestNerTokenizer::tokens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // joined by '|'

    const auto row = [](const char *name, const char16_t *text, const char16_t *tokens) {
        QTest::newRow(name) << QString::fromUtf16(text) << QString::fromUtf16(tokens).split(QLatin1Char('|'));
    };
    row("ASCII elision splits after the apostrophe", u"l'OTAN", u"l'|OTAN");
    row("typographic elision splits too", u"d’Intel", u"d’|Intel");
    row("capital elision", u"L'Oréal", u"L'|Oréal");
    row("two elisions in a row", u"qu'aujourd'hui", u"qu'|aujourd'hui");
    row("a word with an apostrophe inside stays whole", u"aujourd'hui", u"aujourd'hui");
    row("hyphenated names stay whole", u"Saint-Denis et Jean-Yves", u"Saint-Denis|et|Jean-Yves");
    row("a hyphenated place with an elision inside stays whole", u"Villeneuve-d'Ascq", u"Villeneuve-d'Ascq");
    row("punctuation is a token of its own", u"Valence (Drôme), France.", u"Valence|(|Drôme|)|,|France|.");
    row("the full stop of M. stays", u"M. Dupont", u"M.|Dupont");
    row("the full stop of Mme stays", u"Mme Durand", u"Mme|Durand");
    row("an initial keeps its full stop", u"George W. Bush", u"George|W.|Bush");
    row("a dotted acronym stays whole", u"les U.S. et", u"les|U.S.|et");
    row("decimals stay whole", u"3,5 % et 2.0", u"3,5|%|et|2.0");
    row("a sentence's last full stop is a token", u"fin. Le", u"fin|.|Le");
    row("guillemets", u"« Bonjour »", u"«|Bonjour|»");
    row("no-break spaces separate", u"Hô\u00a0Chi\u202fMinh", u"Hô|Chi|Minh");
}

void TestNerTokenizer::tokens()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QStringList actual;
    for (const Ner::Token &token : Ner::tokenize(text))
        actual.append(text.mid(token.range.start, token.range.length()));
    QCOMPARE(actual, expected);
}

void TestNerTokenizer::rangesAreUtf16Offsets()
{
    // "𝔸" is two UTF-16 units; the ranges after it count both.
    const QString text = QString::fromUtf16(u"𝔸 Hanoï");
    const QVector<Ner::Token> tokens = Ner::tokenize(text);
    QCOMPARE(tokens.size(), 2);
    QCOMPARE(tokens.at(0).range, (TextRange { 0, 2 }));
    QCOMPARE(tokens.at(1).range, (TextRange { 3, 8 }));
}

void TestNerTokenizer::sentenceStarts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("starts");

    QTest::newRow("after a full stop and a capital")
        << QStringLiteral("Il part. Le train") << QStringLiteral("Il|Le").split(QLatin1Char('|'));
    QTest::newRow("not after a full stop and lower case")
        << QStringLiteral("Il part. le train") << QStringLiteral("Il").split(QLatin1Char('|'));
    QTest::newRow("after a line break") << QStringLiteral("Titre\nmardi soir")
                                        << QStringLiteral("Titre|mardi").split(QLatin1Char('|'));
    QTest::newRow("after a closing guillemet")
        << QString::fromUtf16(u"« Partez. » Puis") << QString::fromUtf16(u"«|Puis").split(QLatin1Char('|'));
    QTest::newRow("not after M.") << QStringLiteral("Selon M. Durand")
                                  << QStringLiteral("Selon").split(QLatin1Char('|'));
}

void TestNerTokenizer::sentenceStarts()
{
    QFETCH(QString, text);
    QFETCH(QStringList, starts);
    QStringList actual;
    for (const Ner::Token &token : Ner::tokenize(text)) {
        if (token.sentenceStart)
            actual.append(text.mid(token.range.start, token.range.length()));
    }
    QCOMPARE(actual, starts);
}

void TestNerTokenizer::elision_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<bool>("elided");
    QTest::newRow("l'") << QStringLiteral("l'") << true;
    QTest::newRow("D’") << QString::fromUtf16(u"D’") << true;
    QTest::newRow("jusqu'") << QStringLiteral("jusqu'") << true;
    QTest::newRow("aujourd' is no elision") << QStringLiteral("aujourd'") << false;
    QTest::newRow("a lone apostrophe") << QStringLiteral("'") << false;
}

void TestNerTokenizer::elision()
{
    QFETCH(QString, token);
    QFETCH(bool, elided);
    QCOMPARE(Ner::isElision(token), elided);
}

QTEST_GUILESS_MAIN(TestNerTokenizer)
#include "tst_nertokenizer.moc"
