// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/partialdate.h"

#include <QLocale>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

Q_DECLARE_METATYPE(Veille::PartialDate::Precision)

namespace Veille {

// Found by QTest through ADL, so a failed QCOMPARE prints the dates.
char *toString(const PartialDate &date)
{
    const QString text = date.isNull() ? QStringLiteral("(null)") : date.toIsoString();
    return QTest::toString(text);
}

class TestPartialDate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fromIsoString_data();
    void fromIsoString();
    void constructorRejectsImpossibleDates_data();
    void constructorRejectsImpossibleDates();
    void sortKeyOrdersByPrecision();
    void sortKeyRoundTrip_data();
    void sortKeyRoundTrip();
    void fromSortKeyRejectsGarbage_data();
    void fromSortKeyRejectsGarbage();
    void toDisplayString_data();
    void toDisplayString();
};

void TestPartialDate::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPartialDate::fromIsoString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<PartialDate::Precision>("precision");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<QString>("iso");

    using P = PartialDate::Precision;
    QTest::newRow("partial date: year only") << QStringLiteral("2025") << true << P::Year << 2025 << 0 << 0
                                             << QStringLiteral("2025");
    QTest::newRow("partial date: month only") << QStringLiteral("2025-05") << true << P::Month << 2025 << 5 << 0
                                              << QStringLiteral("2025-05");
    QTest::newRow("full date") << QStringLiteral("2025-08-12") << true << P::Day << 2025 << 8 << 12
                               << QStringLiteral("2025-08-12");
    QTest::newRow("leap day in a leap year") << QStringLiteral("2024-02-29") << true << P::Day << 2024 << 2 << 29
                                             << QStringLiteral("2024-02-29");
    QTest::newRow("year below 1000 keeps four digits") << QStringLiteral("0987") << true << P::Year << 987 << 0 << 0
                                                       << QStringLiteral("0987");
    QTest::newRow("last day of December") << QStringLiteral("1999-12-31") << true << P::Day << 1999 << 12 << 31
                                          << QStringLiteral("1999-12-31");

    const auto invalid = [](const char *name, const QString &text) {
        QTest::newRow(name) << text << false << P::None << 0 << 0 << 0 << QString();
    };
    invalid("invalid: month 13, day 40", QStringLiteral("2025-13-40"));
    invalid("invalid: 30 February", QStringLiteral("2025-02-30"));
    invalid("invalid: 29 February in a common year", QStringLiteral("2025-02-29"));
    invalid("invalid: 31 April", QStringLiteral("2025-04-31"));
    invalid("invalid: month 00", QStringLiteral("2025-00"));
    invalid("invalid: day 00", QStringLiteral("2025-05-00"));
    invalid("invalid: year 0000", QStringLiteral("0000"));
    invalid("invalid: three-digit year", QStringLiteral("202"));
    invalid("invalid: five-digit year", QStringLiteral("20251"));
    invalid("invalid: one-digit month", QStringLiteral("2025-5"));
    invalid("invalid: one-digit day", QStringLiteral("2025-05-1"));
    invalid("invalid: letters", QStringLiteral("abcd"));
    invalid("invalid: empty", QString());
    invalid("invalid: leading space", QStringLiteral(" 2025"));
    invalid("invalid: trailing space", QStringLiteral("2025-05 "));
    invalid("invalid: time part", QStringLiteral("2025-05-12T10:00"));
    invalid("invalid: slashes", QStringLiteral("2025/05/12"));
    invalid("invalid: trailing dash", QStringLiteral("2025-"));
    invalid("invalid: negative year", QStringLiteral("-2025"));
    invalid("invalid: Arabic-Indic digits", QStringLiteral("\u0662\u0660\u0662\u0665"));
    invalid("invalid: full-width digits", QStringLiteral("\uFF12\uFF10\uFF12\uFF15"));
}

void TestPartialDate::fromIsoString()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(PartialDate::Precision, precision);
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(QString, iso);

    const PartialDate date = PartialDate::fromIsoString(text);
    QCOMPARE(date.isNull(), !valid);
    QCOMPARE(date.precision(), precision);
    QCOMPARE(date.year(), year);
    QCOMPARE(date.month(), month);
    QCOMPARE(date.day(), day);
    QCOMPARE(date.toIsoString(), iso);
    if (valid) {
        QCOMPARE(date, PartialDate(year, month, day));
        QCOMPARE(PartialDate::fromIsoString(date.toIsoString()), date);
    } else {
        QCOMPARE(date.sortKey(), 0);
        QVERIFY(date.toDisplayString(QLocale(QLocale::French)).isEmpty());
    }
}

void TestPartialDate::constructorRejectsImpossibleDates_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");

    QTest::newRow("day without a month") << 2025 << 0 << 5;
    QTest::newRow("month 13") << 2025 << 13 << 0;
    QTest::newRow("negative month") << 2025 << -1 << 0;
    QTest::newRow("negative day") << 2025 << 5 << -1;
    QTest::newRow("30 February") << 2025 << 2 << 30;
    QTest::newRow("year 0") << 0 << 5 << 12;
    QTest::newRow("year 10000") << 10000 << 1 << 1;
}

void TestPartialDate::constructorRejectsImpossibleDates()
{
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, day);
    const PartialDate date(year, month, day);
    QVERIFY(date.isNull());
    QCOMPARE(date.precision(), PartialDate::Precision::None);
    QCOMPARE(date.sortKey(), 0);
    QCOMPARE(date, PartialDate());
}

void TestPartialDate::sortKeyOrdersByPrecision()
{
    // Written in the expected order; sorting a shuffled copy by sortKey()
    // must give it back.
    const QVector<PartialDate> ordered = {
        PartialDate(),        PartialDate(2024),        PartialDate(2024, 12),   PartialDate(2024, 12, 31),
        PartialDate(2025),    PartialDate(2025, 1),     PartialDate(2025, 1, 1), PartialDate(2025, 1, 31),
        PartialDate(2025, 2), PartialDate(2025, 2, 1),  PartialDate(2025, 12),   PartialDate(2026),
    };
    for (int i = 1; i < ordered.size(); ++i)
        QVERIFY2(ordered.at(i - 1).sortKey() < ordered.at(i).sortKey(),
                 qPrintable(ordered.at(i - 1).toIsoString() + QStringLiteral(" !< ") + ordered.at(i).toIsoString()));

    QVector<PartialDate> shuffled = ordered;
    std::reverse(shuffled.begin(), shuffled.end());
    std::rotate(shuffled.begin(), shuffled.begin() + 5, shuffled.end());
    std::sort(shuffled.begin(), shuffled.end(),
              [](const PartialDate &a, const PartialDate &b) { return a.sortKey() < b.sortKey(); });
    QCOMPARE(shuffled, ordered);

    QCOMPARE(PartialDate(2025, 5).sortKey(), 20250500);
    QCOMPARE(PartialDate(2025, 5, 12).sortKey(), 20250512);
    QCOMPARE(PartialDate(2025).sortKey(), 20250000);
}

void TestPartialDate::sortKeyRoundTrip_data()
{
    QTest::addColumn<QString>("iso");
    QTest::newRow("round trip: null") << QString();
    QTest::newRow("round trip: year") << QStringLiteral("2025");
    QTest::newRow("round trip: month") << QStringLiteral("2025-05");
    QTest::newRow("round trip: day") << QStringLiteral("2025-08-12");
    QTest::newRow("round trip: first day of the era") << QStringLiteral("0001-01-01");
    QTest::newRow("round trip: last supported day") << QStringLiteral("9999-12-31");
}

void TestPartialDate::sortKeyRoundTrip()
{
    QFETCH(QString, iso);
    const PartialDate date = PartialDate::fromIsoString(iso);
    QCOMPARE(date.isNull(), iso.isEmpty());
    const PartialDate back = PartialDate::fromSortKey(date.sortKey());
    QCOMPARE(back, date);
    QCOMPARE(back.precision(), date.precision());
    QCOMPARE(back.toIsoString(), iso);
}

void TestPartialDate::fromSortKeyRejectsGarbage_data()
{
    QTest::addColumn<int>("key");
    QTest::newRow("sort key: month 13") << 20251300;
    QTest::newRow("sort key: day 40") << 20250540;
    QTest::newRow("sort key: day without month") << 20250005;
    QTest::newRow("sort key: negative") << -20250512;
    QTest::newRow("sort key: too small for a year") << 512;
}

void TestPartialDate::fromSortKeyRejectsGarbage()
{
    QFETCH(int, key);
    QVERIFY(PartialDate::fromSortKey(key).isNull());
}

void TestPartialDate::toDisplayString_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("iso");
    QTest::addColumn<QString>("expected");

    const QLocale french(QLocale::French, QLocale::France);
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    const QLocale uk(QLocale::English, QLocale::UnitedKingdom);

    QTest::newRow("French: month only") << french << QStringLiteral("2025-05") << QStringLiteral("mai 2025");
    QTest::newRow("French: full date, no weekday")
        << french << QStringLiteral("2025-08-12") << QStringLiteral("12 ao\u00fbt 2025");
    QTest::newRow("French: year only, not grouped as 2 025") << french << QStringLiteral("2025") << QStringLiteral("2025");
    QTest::newRow("French: null date is empty") << french << QString() << QString();
    QTest::newRow("US English: month only") << us << QStringLiteral("2025-05") << QStringLiteral("May 2025");
    QTest::newRow("US English: full date, no weekday")
        << us << QStringLiteral("2025-08-12") << QStringLiteral("August 12, 2025");
    QTest::newRow("US English: year only, no comma") << us << QStringLiteral("2025") << QStringLiteral("2025");
    QTest::newRow("UK English: full date, no weekday")
        << uk << QStringLiteral("2025-08-12") << QStringLiteral("12 August 2025");
}

void TestPartialDate::toDisplayString()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, iso);
    QFETCH(QString, expected);
    QCOMPARE(PartialDate::fromIsoString(iso).toDisplayString(locale), expected);
}

} // namespace Veille

QTEST_GUILESS_MAIN(Veille::TestPartialDate)
#include "tst_partialdate.moc"
