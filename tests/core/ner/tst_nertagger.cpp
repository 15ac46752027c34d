// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nerevaluation.h"

#include "ner/nertagger.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTest>

using namespace Veille;

// The shipped model on sentences written for this test (none is from the
// training data), and, when ../shared/corpus is there, on WiNER-fr's dev.
class TestNerTagger : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void loadsQuickly();
    void sentences_data();
    void sentences();
    void findsNamesWithoutHints();
    void commonWordsAreNotNames_data();
    void commonWordsAreNotNames();
    void rangesPointIntoTheText();
    void emptyModelFindsNothing();
    void winerDev();

private:
    QString found(const QString &text, const QVector<NameHint> &hints = {}) const;
    std::optional<NerTagger> m_tagger;
};

void TestNerTagger::initTestCase()
{
    QString error;
    const std::optional<NerModel> model = NerModel::load(NerModel::shippedPath(), &error);
    QVERIFY2(model, qPrintable(error));
    m_tagger.emplace(*model);
}

void TestNerTagger::loadsQuickly()
{
    // The goal is 200 ms in a release build; a debug build with sanitizers
    // is slower, so this only catches something gone badly wrong.
    QElapsedTimer timer;
    timer.start();
    QVERIFY(NerModel::load(NerModel::shippedPath()));
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
}

QString TestNerTagger::found(const QString &text, const QVector<NameHint> &hints) const
{
    QStringList names;
    for (const DetectedName &name : m_tagger->tag(text, hints))
        names.append(text.mid(name.range.start, name.range.length()) + QLatin1Char('/') + Ner::typeCode(name.type));
    return names.join(QLatin1Char('|'));
}

void TestNerTagger::sentences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("names");
    QTest::addColumn<QString>("hinted"); // a word the user's gazetteer knows as an organisation
    const auto row = [](const char *name, const char16_t *text, const char16_t *names, const char *hinted = "") {
        QTest::newRow(name) << QString::fromUtf16(text) << QString::fromUtf16(names) << QString::fromLatin1(hinted);
    };
    // Without the hint, the model alone calls Qualcomm a place ("le PDG de
    // X" reads like "le maire de X"); the gazetteer knows better, and its
    // hint is how phase 2 passes that on.
    row("a minister, a city, a company known to the gazetteer and its head",
        u"Le ministre Nguyễn Chí Dũng a reçu jeudi à Hanoï le PDG de Qualcomm, Cristiano Amon.",
        u"Nguyễn Chí Dũng/PER|Hanoï/LOC|Qualcomm/ORG|Cristiano Amon/PER", "Qualcomm");
    row("a weekday before a person and a city", u"Mardi, la ministre Claire Morvan s'est rendue à Marseille.",
        u"Claire Morvan/PER|Marseille/LOC");
    row("an elided organisation and a city", u"Selon l'OTAN, les troupes ont quitté Kaboul hier.",
        u"OTAN/ORG|Kaboul/LOC");
    row("a company after a typographic elision", u"Les ingénieurs d’Intel ont rejoint la filiale.", u"Intel/ORG");
}

void TestNerTagger::sentences()
{
    QFETCH(QString, text);
    QFETCH(QString, names);
    QFETCH(QString, hinted);
    QVector<NameHint> hints;
    if (!hinted.isEmpty()) {
        const int at = int(text.indexOf(hinted));
        hints.append({ { at, at + int(hinted.size()) }, NameType::Organisation });
    }
    QCOMPARE(found(text, hints), names);
}

void TestNerTagger::findsNamesWithoutHints()
{
    const QString text =
        QString::fromUtf16(u"Le ministre Nguyễn Chí Dũng a reçu jeudi à Hanoï le PDG de Qualcomm, Cristiano Amon.");
    QStringList spans;
    for (const DetectedName &name : m_tagger->tag(text))
        spans.append(text.mid(name.range.start, name.range.length()));
    QCOMPARE(spans.join(QLatin1Char('|')), QString::fromUtf16(u"Nguyễn Chí Dũng|Hanoï|Qualcomm|Cristiano Amon"));
}

void TestNerTagger::commonWordsAreNotNames_data()
{
    QTest::addColumn<QString>("text");
    const auto row = [](const char *name, const char16_t *text) { QTest::newRow(name) << QString::fromUtf16(text); };
    row("sentence-initial Le", u"Le conseil a voté une hausse des tarifs.");
    row("a photo credit", u"Photo : archives.");
    row("Photo at a sentence start", u"Photo prise lors de la manifestation de samedi.");
    row("a weekday at a sentence start", u"Dimanche soir, les habitants ont manifesté.");
    row("a month at a sentence start", u"Janvier a été particulièrement froid cette année.");
    row("a month inside a sentence", u"Le conseil a voté en septembre une hausse des tarifs.");
    row("a weekday and a month", u"Lundi 3 février, le tribunal rendra sa décision.");
    row("a headline in capitals of common words",
        u"Le gouvernement annonce une réforme.\nLa réforme sera votée en mars.");
}

void TestNerTagger::commonWordsAreNotNames()
{
    QFETCH(QString, text);
    QCOMPARE(found(text), QString());
}

void TestNerTagger::rangesPointIntoTheText()
{
    // A text with a character outside the BMP before the name: the range
    // is in UTF-16 units.
    const QString text = QString::fromUtf16(u"🙂 Hier, Emmanuel Macron est arrivé à Berlin.");
    const QVector<DetectedName> names = m_tagger->tag(text);
    QVERIFY(!names.isEmpty());
    for (const DetectedName &name : names) {
        QVERIFY(name.range.isValid() && name.range.end <= text.size());
        QVERIFY(!text.at(name.range.start).isSpace() && !text.at(name.range.end - 1).isSpace());
    }
    QCOMPARE(text.mid(names.first().range.start, names.first().range.length()), QStringLiteral("Emmanuel Macron"));
}

void TestNerTagger::emptyModelFindsNothing()
{
    QVERIFY(NerTagger().tag(QStringLiteral("Emmanuel Macron est à Berlin.")).isEmpty());
}

void TestNerTagger::winerDev()
{
    const QString path = QStringLiteral(VEILLE_SHARED_CORPUS_DIR "/winer-fr/dev.conll");
    if (!QFile::exists(path))
        QSKIP("the shared WiNER-fr corpus is not present (../shared/corpus/winer-fr); a fresh clone does not have it");
    QString error;
    Ner::NerScores scores;
    for (const Ner::EvalDocument &document : Ner::documentsFromConll(Ner::readConllFile(path, &error)))
        scores.add(document.gold, m_tagger->tag(document.text));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // A floor under what the shipped model reaches (0.845 and 0.876, see
    // the README), so that a retrained model that does worse is noticed. The
    // issue's goals, 0.85 and 0.88, are not reached yet.
    QVERIFY2(scores.exactF1() >= 0.83, qPrintable(scores.table(QStringLiteral("tagger")).join(QLatin1Char('\n'))));
    QVERIFY2(scores.exactF1(int(NameType::Person)) >= 0.86,
             qPrintable(scores.table(QStringLiteral("tagger")).join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestNerTagger)
#include "tst_nertagger.moc"
