// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/textrange.h"

#include <QTest>

#include <algorithm>

namespace Veille {

class TestTextRange : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validity_data();
    void validity();
    void overlaps_data();
    void overlaps();
    void readingOrder();
};

void TestTextRange::validity_data()
{
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("length");
    QTest::newRow("a word") << 3 << 8 << true << 5;
    QTest::newRow("a cursor selects nothing") << 4 << 4 << false << 0;
    QTest::newRow("off the body") << -1 << -1 << false << 0;
    QTest::newRow("reversed") << 8 << 3 << false << -5;
}

void TestTextRange::validity()
{
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(bool, valid);
    QFETCH(int, length);
    const TextRange range{start, end};
    QCOMPARE(range.isValid(), valid);
    QCOMPARE(range.length(), length);
    QCOMPARE(range.contains(start), valid);
    QVERIFY(!range.contains(end));
}

void TestTextRange::overlaps_data()
{
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<bool>("overlaps");
    // Against [10, 20).
    QTest::newRow("inside") << 12 << 15 << true;
    QTest::newRow("around") << 5 << 25 << true;
    QTest::newRow("across the start") << 5 << 11 << true;
    QTest::newRow("across the end") << 19 << 30 << true;
    QTest::newRow("touching before") << 5 << 10 << false;
    QTest::newRow("touching after") << 20 << 30 << false;
    QTest::newRow("far away") << 40 << 50 << false;
}

void TestTextRange::overlaps()
{
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(bool, overlaps);
    const TextRange word{10, 20};
    const TextRange other{start, end};
    QCOMPARE(word.overlaps(other), overlaps);
    QCOMPARE(other.overlaps(word), overlaps);
}

void TestTextRange::readingOrder()
{
    QVector<TextRange> ranges{{9, 15}, {0, 5}, {0, 3}, {9, 12}};
    std::sort(ranges.begin(), ranges.end());
    QCOMPARE(ranges, (QVector<TextRange>{{0, 3}, {0, 5}, {9, 12}, {9, 15}}));
    QVERIFY(TextRange({1, 2}) != TextRange({1, 3}));
}

} // namespace Veille

QTEST_GUILESS_MAIN(Veille::TestTextRange)
#include "tst_textrange.moc"
