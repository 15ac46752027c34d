// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/frenchtext.h"

#include <QTest>

namespace Veille {

// The gate that keeps the French tagger off text in other languages.
class TestFrenchText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void looksFrench_data();
    void looksFrench();
};

void TestFrenchText::looksFrench_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("french");
    QTest::newRow("French wire copy")
        << QStringLiteral("Le Vietnam s’est fixé pour objectif de devenir un maillon incontournable de la chaîne "
                          "d’approvisionnement mondiale des semi-conducteurs d’ici à 2030, en s’appuyant sur ses "
                          "partenariats avec les groupes américains du secteur, a indiqué le ministère.")
        << true;
    QTest::newRow("English news")
        << QStringLiteral("The company said on Monday that it would invest in the new plant, which is expected to "
                          "create thousands of jobs in the region by the end of the decade, according to officials.")
        << false;
    QTest::newRow("English with French names")
        << QStringLiteral("The minister of La Réunion met the president of Le Monde in Paris on Tuesday, and the "
                          "two said that the talks were useful for the region and for the people of the island.")
        << false;
    QTest::newRow("too short to tell") << QStringLiteral("Le Vietnam et les États-Unis.") << false;
    QTest::newRow("Vietnamese") << QStringLiteral("Việt Nam và Hoa Kỳ hợp tác về trí tuệ nhân tạo và bán dẫn trong "
                                                  "nhiều năm tới, theo Bộ Khoa học và Công nghệ cho biết hôm nay.")
                                << false;
    QTest::newRow("empty") << QString() << false;
}

void TestFrenchText::looksFrench()
{
    QFETCH(QString, text);
    QFETCH(bool, french);
    QCOMPARE(Veille::looksFrench(text), french);
}

} // namespace Veille

QTEST_GUILESS_MAIN(Veille::TestFrenchText)
#include "tst_frenchtext.moc"
