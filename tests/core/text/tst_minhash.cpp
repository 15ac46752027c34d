// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../articles/generatedstories.h"
#include "text/minhash.h"

#include <QTest>

namespace Veille {

// The near-duplicate signature: what a copy keeps, what a distinct
// article on the same topic does not share, and the stored form.
class TestMinHash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void similarity_data();
    void similarity();
    void tooShortHasNoSignature();
    void bytesRoundTrip();
    void bandKeysFollowTheValues();
    void overlap_data();
    void overlap();
};

void TestMinHash::similarity_data()
{
    QTest::addColumn<QString>("original");
    QTest::addColumn<QString>("other");
    QTest::addColumn<double>("atLeast");
    QTest::addColumn<double>("below");

    const QStringList paragraphs = GeneratedStories::paragraphs(0, 1);
    const QString body = paragraphs.join(QStringLiteral("\n\n"));
    QString typographic = body;
    typographic.replace(QStringLiteral("’"), QStringLiteral("'"));
    QVERIFY(typographic != body);
    QString crlf = body;
    crlf.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    const QString added = body + QStringLiteral("\n\n") + GeneratedStories::paragraphs(0, 99, 1).constFirst();
    QStringList fewer = paragraphs;
    fewer.removeLast();

    QTest::newRow("the same text is 1") << body << body << 1.0 << 1.01;
    QTest::newRow("straight apostrophes for curly ones are 1") << body << typographic << 1.0 << 1.01;
    QTest::newRow("CRLF line ends are 1") << body << crlf << 1.0 << 1.01;
    QTest::newRow("case and accents aside are 1")
        << body << body.toUpper().replace(QStringLiteral("É"), QStringLiteral("E")) << 1.0 << 1.01;
    QTest::newRow("a paragraph added keeps >= 0.8") << body << added << 0.8 << 1.0;
    QTest::newRow("the last paragraph removed keeps >= 0.8")
        << body << fewer.join(QStringLiteral("\n\n")) << 0.8 << 1.0;
    QTest::newRow("another article on the same topic is < 0.3") << body << GeneratedStories::body(0, 2) << 0.0 << 0.3;
    QTest::newRow("an article on another topic is < 0.3") << body << GeneratedStories::body(1, 1) << 0.0 << 0.3;
}

void TestMinHash::similarity()
{
    QFETCH(QString, original);
    QFETCH(QString, other);
    QFETCH(double, atLeast);
    QFETCH(double, below);
    const double similarity = MinHash::ofText(original).similarity(MinHash::ofText(other));
    QVERIFY2(similarity >= atLeast && similarity < below, qPrintable(QString::number(similarity)));
    QCOMPARE(MinHash::ofText(other).similarity(MinHash::ofText(original)), similarity);
}

void TestMinHash::tooShortHasNoSignature()
{
    QVERIFY(MinHash::ofText(QStringLiteral("Trois mots seulement")).isNull());
    QVERIFY(MinHash::ofText(QString()).isNull());
    QVERIFY(!MinHash::ofText(QStringLiteral("Quatre mots font assez")).isNull());
    QCOMPARE(MinHash::ofText(QStringLiteral("a b c")).similarity(MinHash::ofText(QStringLiteral("a b c"))), 0.0);
    QVERIFY(MinHash().bandKeys().isEmpty());
}

void TestMinHash::bytesRoundTrip()
{
    const MinHash signature = MinHash::ofText(GeneratedStories::body(1, 3));
    const QByteArray bytes = signature.toBytes();
    QCOMPARE(bytes.size(), int((MinHash::HashCount + 1) * sizeof(quint32)));
    const MinHash back = MinHash::fromBytes(bytes);
    QVERIFY(!back.isNull());
    QCOMPARE(back.shingleCount(), signature.shingleCount());
    QCOMPARE(back.similarity(signature), 1.0);
    QCOMPARE(back.bandKeys(), signature.bandKeys());
    QVERIFY(MinHash::fromBytes(bytes.left(10)).isNull());
    QVERIFY(MinHash().toBytes().isEmpty());
}

void TestMinHash::bandKeysFollowTheValues()
{
    const QVector<qint64> keys = MinHash::ofText(GeneratedStories::body(0, 4)).bandKeys();
    QCOMPARE(keys.size(), MinHash::BandCount);
    // Every band has its own key, even for equal values.
    QCOMPARE(QSet<qint64>(keys.cbegin(), keys.cend()).size(), MinHash::BandCount);
    const QVector<qint64> other = MinHash::ofText(GeneratedStories::body(0, 5)).bandKeys();
    int shared = 0;
    for (int band = 0; band < MinHash::BandCount; ++band)
        shared += keys.at(band) == other.at(band) ? 1 : 0;
    QVERIFY2(shared < 3, qPrintable(QString::number(shared)));
}

void TestMinHash::overlap_data()
{
    QTest::addColumn<QString>("larger");
    QTest::addColumn<QString>("smaller");
    QTest::addColumn<bool>("contained");

    const QStringList eight = GeneratedStories::paragraphs(1, 7, 8);
    const QString whole = eight.join(QStringLiteral("\n\n"));
    QTest::newRow("three paragraphs of eight are held whole")
        << whole << QStringList(eight.mid(0, 3)).join(QStringLiteral("\n\n")) << true;
    QTest::newRow("one paragraph of eight is too small to count") << whole << eight.constFirst() << false;
    QTest::newRow("another article on the topic is not held")
        << whole << GeneratedStories::paragraphs(1, 8, 3).join(QStringLiteral("\n\n")) << false;
}

void TestMinHash::overlap()
{
    QFETCH(QString, larger);
    QFETCH(QString, smaller);
    QFETCH(bool, contained);
    const MinHash a = MinHash::ofText(larger);
    const MinHash b = MinHash::ofText(smaller);
    QVERIFY(b.shingleCount() < a.shingleCount());
    const double overlap = a.overlap(b);
    QCOMPARE(b.overlap(a), overlap);
    if (contained) {
        QVERIFY2(overlap >= 0.9, qPrintable(QString::number(overlap)));
        QVERIFY2(a.similarity(b) < 0.8, qPrintable(QString::number(a.similarity(b))));
    } else {
        QVERIFY2(overlap < 0.3, qPrintable(QString::number(overlap)));
    }
}

} // namespace Veille

QTEST_GUILESS_MAIN(Veille::TestMinHash)
#include "tst_minhash.moc"
