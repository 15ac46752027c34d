// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/textfold.h"

#include <QTest>

namespace Veille {

class TestTextFold : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void foldText_data();
    void foldText();
    void comparisonKey_data();
    void comparisonKey();
};

void TestTextFold::foldText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");

    QTest::newRow("accents and case") << QStringLiteral("\u00c9TAT Hano\u00ef") << QStringLiteral("etat hanoi");
    QTest::newRow("Vietnamese stacked marks") << QStringLiteral("Vi\u1ec7t Nam") << QStringLiteral("viet nam");
    QTest::newRow("stroked letters") << QStringLiteral("\u0110\u1eb7ng \u0141\u00f3d\u017a") << QStringLiteral("dang lodz");
    QTest::newRow("no-break spaces are spaces") << QStringLiteral("10\u202f000\u00a0$") << QStringLiteral("10 000 $");
    QTest::newRow("\u0153 stays one unit") << QStringLiteral("\u0152uvre") << QStringLiteral("\u0153uvre");
    QTest::newRow("apostrophes kept") << QStringLiteral("d\u2019Intel l'OTAN") << QStringLiteral("d\u2019intel l'otan");
    QTest::newRow("empty") << QString() << QString();
}

void TestTextFold::foldText()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    const QString result = Veille::foldText(text);
    QCOMPARE(result, folded);
    // Offsets in the folded text are offsets in the text.
    QCOMPARE(result.size(), text.size());
    for (int i = 0; i < text.size(); ++i)
        QCOMPARE(isWordChar(result.at(i)), isWordChar(text.at(i)));
}

void TestTextFold::comparisonKey_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");

    QTest::newRow("\u00c9tat folds with etat") << QStringLiteral("\u00c9tat") << QStringLiteral("etat");
    QTest::newRow("upper case folds") << QStringLiteral("\u00c9TAT") << QStringLiteral("etat");
    QTest::newRow("diaeresis") << QStringLiteral("Hano\u00ef") << QStringLiteral("hanoi");
    QTest::newRow("cedilla") << QStringLiteral("\u00c7a") << QStringLiteral("ca");
    QTest::newRow("Vietnamese stacked marks") << QStringLiteral("Vi\u1ec7t Nam")
                                                         << QStringLiteral("viet nam");
    QTest::newRow("decomposed input") << QStringLiteral("E\u0301tat") << QStringLiteral("etat");
    QTest::newRow("ligature fi") << QStringLiteral("\ufb01n") << QStringLiteral("fin");
    QTest::newRow("Vietnamese \u0110 sorts as d") << QStringLiteral("\u0110\u00e0 N\u1eb5ng")
                                                            << QStringLiteral("da nang");
    QTest::newRow("\u0153 and \u00e6 as oe and ae") << QStringLiteral("\u0152uvre \u00e6on")
                                                               << QStringLiteral("oeuvre aeon");
}

void TestTextFold::comparisonKey()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QCOMPARE(Veille::comparisonKey(a), Veille::comparisonKey(b));
    QCOMPARE(Veille::comparisonKey(a), b);
    QVERIFY(Veille::comparisonKey(a + QLatin1Char('x')) != Veille::comparisonKey(b));
}

} // namespace Veille

QTEST_GUILESS_MAIN(Veille::TestTextFold)
#include "tst_textfold.moc"
