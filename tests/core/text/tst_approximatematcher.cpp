// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/approximatematcher.h"

#include <QTest>

#include <algorithm>
#include <vector>

namespace Veille {

namespace {
// The textbook dynamic programme, unit by unit: with \a anywhere, a match may
// start at any text unit (row 0 is free); returns the last row.
std::vector<int> levenshteinRow(const QString &pattern, const QString &text, bool anywhere, int column)
{
    std::vector<int> previous(size_t(pattern.size()) + 1);
    for (size_t i = 0; i < previous.size(); ++i)
        previous[i] = int(i);
    std::vector<int> lastRow{int(pattern.size())};
    for (int j = 0; j < column; ++j) {
        std::vector<int> current(previous.size());
        current[0] = anywhere ? 0 : j + 1;
        for (int i = 1; i <= pattern.size(); ++i) {
            const int substitution = previous[size_t(i - 1)] + (pattern.at(i - 1) == text.at(j) ? 0 : 1);
            current[size_t(i)] = std::min({substitution, previous[size_t(i)] + 1, current[size_t(i - 1)] + 1});
        }
        previous.swap(current);
        lastRow.push_back(previous.back());
    }
    return lastRow;
}

QString reversed(const QString &text)
{
    QString result = text;
    std::reverse(result.begin(), result.end());
    return result;
}

QString filler(int size, const QString &alphabet)
{
    QString text;
    for (int i = 0; i < size; ++i)
        text += alphabet.at((i * 7 + i / 5) % alphabet.size());
    return text;
}
} // namespace

class TestApproximateMatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void distances_data();
    void distances();
    void reversedPatternReadsTextBackwards();
};

void TestApproximateMatcher::distances_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("distance"); // to the whole text
    QTest::addColumn<int>("best"); // to the best substring; -1 for an empty text
    QTest::addColumn<int>("bestEnd"); // where the first best substring ends

    const QString recherche = QStringLiteral("recherche");
    QTest::newRow("exact match") << QStringLiteral("Hanoï") << QStringLiteral("Hanoï") << 0 << 0 << 5;
    QTest::newRow("one substitution") << QStringLiteral("Hanoï") << QStringLiteral("Hanoi") << 1 << 1 << 4;
    // "Hano" is one deletion away, and ends first.
    QTest::newRow("one insertion") << QStringLiteral("Hanoï") << QStringLiteral("Hanooï") << 1 << 1 << 4;
    QTest::newRow("one deletion") << QStringLiteral("Hanoï") << QStringLiteral("Hanï") << 1 << 1 << 4;
    QTest::newRow("best of several occurrences: the exact one wins")
        << recherche << QStringLiteral("rechercha, rehcerche, recherche, rechrche") << 32 << 0 << 31;
    QTest::newRow("best of several occurrences: the first of equals")
        << recherche << QStringLiteral("rechercha puis recherchu") << 15 << 1 << 8;
    QTest::newRow("substring inside a longer text")
        << QStringLiteral("Minh") << QStringLiteral("Hô Chi Minh-Ville") << 13 << 0 << 11;
    const QString long64 = filler(64, QStringLiteral("abcdefgh"));
    QTest::newRow("64 units, one block: substitution in the last unit")
        << long64 << QString(long64).replace(63, 1, QLatin1Char('z')) << 1 << 1 << 63;
    const QString long100 = filler(100, QStringLiteral("abcdefghij"));
    QTest::newRow("100 units, two blocks: substitution at the block edge")
        << long100 << QString(long100).replace(64, 1, QLatin1Char('z')) << 1 << 1 << 100;
    const QString long200 = filler(200, QStringLiteral("puces électroniques"));
    QTest::newRow("200 units, four blocks: insertion and deletion")
        << long200 << QString(long200).insert(10, QLatin1Char('z')).remove(150, 1) << 2 << 2 << 200;
    QTest::newRow("200 units found inside a longer text")
        << long200 << QStringLiteral("début ") + long200 + QStringLiteral(" fin") << 10 << 0 << 206;
    QTest::newRow("a non-BMP character is two units")
        << QStringLiteral("a\U0001F680b") << QStringLiteral("ab") << 2 << 2 << 2;
    QTest::newRow("empty pattern: every unit inserted, empty substring free")
        << QString() << QStringLiteral("abc") << 3 << 0 << 1;
    QTest::newRow("empty text: every unit deleted") << QStringLiteral("abc") << QString() << 3 << -1 << -1;
    QTest::newRow("both empty") << QString() << QString() << 0 << -1 << -1;
}

void TestApproximateMatcher::distances()
{
    QFETCH(QString, pattern);
    QFETCH(QString, text);
    QFETCH(int, distance);
    QFETCH(int, best);
    QFETCH(int, bestEnd);

    const ApproximateMatcher matcher(pattern);
    QCOMPARE(matcher.length(), int(pattern.size()));
    QCOMPARE(matcher.distance(text), distance);
    QCOMPARE(levenshteinRow(pattern, text, false, int(text.size())).back(), distance);

    const std::vector<int> substrings = matcher.substringDistances(text);
    QCOMPARE(int(substrings.size()), int(text.size()));
    if (text.isEmpty()) {
        QCOMPARE(best, -1);
        return;
    }
    const auto lowest = std::min_element(substrings.begin(), substrings.end());
    QCOMPARE(*lowest, best);
    QCOMPARE(int(lowest - substrings.begin()) + 1, bestEnd);
    // Every position, not only the best, agrees with the textbook programme.
    const std::vector<int> expected = levenshteinRow(pattern, text, true, int(text.size()));
    QCOMPARE(substrings, std::vector<int>(expected.begin() + 1, expected.end()));
}

void TestApproximateMatcher::reversedPatternReadsTextBackwards()
{
    const QString pattern = filler(90, QStringLiteral("Qualcomm à Hanoï"));
    const QString text = QString(pattern).replace(3, 2, QStringLiteral("xyz"));
    const ApproximateMatcher forward(pattern);
    const ApproximateMatcher backward(pattern, true);
    QCOMPARE(backward.length(), forward.length());
    QCOMPARE(backward.distance(reversed(text)), forward.distance(text));
    QCOMPARE(backward.distance(reversed(text)), 3); // two substitutions, one insertion
    QCOMPARE(backward.distance(reversed(pattern)), 0);
    QVERIFY(backward.distance(pattern) > 0);
}

} // namespace Veille

QTEST_GUILESS_MAIN(Veille::TestApproximateMatcher)
#include "tst_approximatematcher.moc"
