// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/csvfield.h"

#include <QTest>

namespace Veille {

class TestCsvField : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void field_data();
    void field();
    void unprefixedUndoesTheSafeMode_data();
    void unprefixedUndoesTheSafeMode();
};

void TestCsvField::field_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("safe");
    QTest::addColumn<QString>("raw");
    const QString plain = QStringLiteral("Reuters");
    QTest::newRow("plain text is written as it is") << plain << plain << plain;
    QTest::newRow("empty") << QString() << QString() << QString();
    QTest::newRow("= starts a formula") << QStringLiteral("=1+2") << QStringLiteral("'=1+2") << QStringLiteral("=1+2");
    QTest::newRow("+ starts a formula") << QStringLiteral("+cmd") << QStringLiteral("'+cmd") << QStringLiteral("+cmd");
    QTest::newRow("- starts a formula, even a negative number")
        << QStringLiteral("-3") << QStringLiteral("'-3") << QStringLiteral("-3");
    QTest::newRow("@ starts a formula") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)")
                                        << QStringLiteral("@SUM(A1)");
    QTest::newRow("a leading tab is prefixed, not quoted")
        << QStringLiteral("\t=1") << QStringLiteral("'\t=1") << QStringLiteral("\t=1");
    QTest::newRow("a leading carriage return is prefixed and quoted")
        << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"") << QStringLiteral("\"\r=1\"");
    QTest::newRow("only the first character counts: a space before =")
        << QStringLiteral(" =1") << QStringLiteral(" =1") << QStringLiteral(" =1");
    QTest::newRow("only the first character counts: = inside")
        << QStringLiteral("a=b-c") << QStringLiteral("a=b-c") << QStringLiteral("a=b-c");
    QTest::newRow("the prefix goes inside the quotes of a formula with quotes and commas")
        << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")
        << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")
        << QStringLiteral("\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    QTest::newRow("a formula with a line end is prefixed and quoted")
        << QStringLiteral("-a\nb") << QStringLiteral("\"'-a\nb\"") << QStringLiteral("\"-a\nb\"");
    QTest::newRow("a comma is quoted") << QStringLiteral("Roe, Jane") << QStringLiteral("\"Roe, Jane\"")
                                       << QStringLiteral("\"Roe, Jane\"");
    QTest::newRow("a quote is doubled") << QStringLiteral("a \"b\"") << QStringLiteral("\"a \"\"b\"\"\"")
                                        << QStringLiteral("\"a \"\"b\"\"\"");
    QTest::newRow("an apostrophe already there is kept")
        << QStringLiteral("'=x") << QStringLiteral("'=x") << QStringLiteral("'=x");
}

void TestCsvField::field()
{
    QFETCH(QString, text);
    QFETCH(QString, safe);
    QFETCH(QString, raw);
    QCOMPARE(csvField(text, CsvCells::Safe), safe);
    QCOMPARE(csvField(text, CsvCells::Raw), raw);
}

void TestCsvField::unprefixedUndoesTheSafeMode_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("read");
    QTest::newRow("a defused formula comes back") << QStringLiteral("'=Meta") << QStringLiteral("=Meta");
    QTest::newRow("a defused tab comes back") << QStringLiteral("'\tx") << QStringLiteral("\tx");
    QTest::newRow("an apostrophe before a letter stays") << QStringLiteral("'Aqaba") << QStringLiteral("'Aqaba");
    QTest::newRow("a lone apostrophe stays") << QStringLiteral("'") << QStringLiteral("'");
    QTest::newRow("plain text stays") << QStringLiteral("Meta") << QStringLiteral("Meta");
}

void TestCsvField::unprefixedUndoesTheSafeMode()
{
    QFETCH(QString, text);
    QFETCH(QString, read);
    QCOMPARE(csvFieldUnprefixed(text), read);
}

} // namespace Veille

QTEST_GUILESS_MAIN(Veille::TestCsvField)
#include "tst_csvfield.moc"
