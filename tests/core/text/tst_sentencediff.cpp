// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/sentencediff.h"

#include <QTest>

namespace Veille {

// The sentences two versions of a wire story do not share, as the
// "Other versions" diff highlights them.
class TestSentenceDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sentences_data();
    void sentences();
    void compare_data();
    void compare();
};

namespace {
QStringList texts(const QString &text, const QVector<TextRange> &ranges)
{
    QStringList result;
    for (const TextRange &range : ranges)
        result << text.mid(range.start, range.length());
    return result;
}
} // namespace

void TestSentenceDiff::sentences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("ends at a full stop and a space")
        << QStringLiteral("Hanoï exporte du riz. Le port attend.")
        << QStringList { QStringLiteral("Hanoï exporte du riz."), QStringLiteral("Le port attend.") };
    QTest::newRow("a number's point does not end one")
        << QStringLiteral("Le prix monte de 2.5 % en mai.")
        << QStringList { QStringLiteral("Le prix monte de 2.5 % en mai.") };
    QTest::newRow("a paragraph without a full stop ends at its line end")
        << QStringLiteral("VNA/CVN\n\nPhoto : AFP")
        << QStringList { QStringLiteral("VNA/CVN"), QStringLiteral("Photo : AFP") };
    QTest::newRow("CRLF and questions") << QStringLiteral("Pourquoi ?\r\nParce que…  Voilà")
                                        << QStringList { QStringLiteral("Pourquoi ?"), QStringLiteral("Parce que…"),
                                                         QStringLiteral("Voilà") };
}

void TestSentenceDiff::sentences()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(texts(text, SentenceDiff::sentences(text)), expected);
}

void TestSentenceDiff::compare_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<QStringList>("onlyInFirst");
    QTest::addColumn<QStringList>("onlyInSecond");
    const QString base =
        QStringLiteral("Le Vietnam exporte du riz. Le port de Hai Phong attend des navires.\n\nVNA/CVN");
    QTest::newRow("the same text differs nowhere") << base << base << QStringList() << QStringList();
    QTest::newRow("a paragraph added is only in the copy")
        << base << base + QStringLiteral("\n\nLes prix ont baissé. Selon l’AFP.") << QStringList()
        << QStringList { QStringLiteral("Les prix ont baissé."), QStringLiteral("Selon l’AFP.") };
    QTest::newRow("apostrophes, case and spacing are no difference")
        << QStringLiteral("Selon l’agence, c’est fini.") << QStringLiteral("SELON  l'agence, c'est fini.")
        << QStringList() << QStringList();
    QTest::newRow("a changed word marks its sentence on both sides")
        << QStringLiteral("Le port attend. Il pleut.") << QStringLiteral("Le port patiente. Il pleut.")
        << QStringList { QStringLiteral("Le port attend.") } << QStringList { QStringLiteral("Le port patiente.") };
    QTest::newRow("sentences moved are not differences")
        << QStringLiteral("Un. Deux.") << QStringLiteral("Deux. Un.") << QStringList() << QStringList();
}

void TestSentenceDiff::compare()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(QStringList, onlyInFirst);
    QFETCH(QStringList, onlyInSecond);
    const SentenceDiff diff = SentenceDiff::compare(first, second);
    QCOMPARE(texts(first, diff.onlyInFirst), onlyInFirst);
    QCOMPARE(texts(second, diff.onlyInSecond), onlyInSecond);
}

} // namespace Veille

QTEST_GUILESS_MAIN(Veille::TestSentenceDiff)
#include "tst_sentencediff.moc"
