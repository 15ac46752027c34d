// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articles/tsquerytext.h"
#include "search/searchquery.h"

#include <QTest>

namespace Veille {

// The server's tsquery for each FTS5 expression a search makes: every
// term one quoted lexeme, whatever was typed in it.
class TestTsQueryText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void translates_data();
    void translates();
    void readsWhatFts5Reads_data();
    void readsWhatFts5Reads();
};

void TestTsQueryText::translates_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("tsquery");
    QTest::newRow("a word") << QStringLiteral("Hanoï") << QStringLiteral("'Hanoï'");
    QTest::newRow("two words, both needed") << QStringLiteral("puces Intel") << QStringLiteral("'puces' & 'Intel'");
    QTest::newRow("a phrase is one lexeme the server splits")
        << QStringLiteral("\"Premier ministre\"") << QStringLiteral("'Premier ministre'");
    QTest::newRow("a prefix") << QStringLiteral("invest*") << QStringLiteral("'invest':*");
    QTest::newRow("title: weighs A") << QStringLiteral("title:Intel") << QStringLiteral("'Intel':A");
    QTest::newRow("title: a prefix") << QStringLiteral("title:Qualc*") << QStringLiteral("'Qualc':*A");
    QTest::newRow("OR in parentheses") << QStringLiteral("Nvidia OR Qualcomm Hanoï")
                                       << QStringLiteral("( 'Nvidia' | 'Qualcomm' ) & 'Hanoï'");
    QTest::newRow("a quote is doubled") << QStringLiteral("l'IA") << QStringLiteral("'l''IA'");
    QTest::newRow("a backslash is escaped") << QStringLiteral("a\\b") << QStringLiteral("'a\\\\b'");
    QTest::newRow("operators typed stay text")
        << QStringLiteral("\"a & !b | c:*\"") << QStringLiteral("'a & !b | c:*'");
}

void TestTsQueryText::translates()
{
    QFETCH(QString, typed);
    QFETCH(QString, tsquery);
    QCOMPARE(TsQueryText::fromFts5(SearchQuery::parse(typed).match()), tsquery);
}

void TestTsQueryText::readsWhatFts5Reads_data()
{
    QTest::addColumn<QString>("fts5");
    QTest::addColumn<QString>("tsquery");
    QTest::newRow("a doubled quote in a string")
        << QStringLiteral("\"dit \"\"oui\"\"\"") << QStringLiteral("'dit \"oui\"'");
    QTest::newRow("a bareword") << QStringLiteral("corps") << QStringLiteral("'corps'");
    QTest::newRow("NOT between two terms") << QStringLiteral("a NOT b") << QStringLiteral("'a' & ! 'b'");
    QTest::newRow("the body column weighs B") << QStringLiteral("body : \"puces\"") << QStringLiteral("'puces':B");
    QTest::newRow("nothing") << QString() << QString();
}

void TestTsQueryText::readsWhatFts5Reads()
{
    QFETCH(QString, fts5);
    QFETCH(QString, tsquery);
    QCOMPARE(TsQueryText::fromFts5(fts5), tsquery);
}

} // namespace Veille

QTEST_GUILESS_MAIN(Veille::TestTsQueryText)
#include "tst_tsquerytext.moc"
