// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/conllreader.h"
#include "ner/nertagger.h"
#include "ner/nertrainer.h"

#include <QBuffer>
#include <QTest>

using namespace Veille;

// Trains on a small fixture of made-up sentences (tests/data/ner), without
// the Debian name lists, so the test needs nothing outside the tree.
class TestNerTrainer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void readsConll();
    void bilou_data();
    void bilou();
    void learnsTheFixture();
    void tagsAHeldOutSentence_data();
    void tagsAHeldOutSentence();
    void isDeterministic();
    void seedChangesTheModel();

private:
    static double accuracy(const NerTagger &tagger, const QVector<Ner::ConllDocument> &documents);
    static NerModel train(quint64 seed, int epochs = 5);
    QVector<Ner::ConllDocument> m_fixture;
};

void TestNerTrainer::initTestCase()
{
    QString error;
    m_fixture = Ner::readConllFile(QStringLiteral(VEILLE_TEST_DATA_DIR "/ner/tiny-train.conll"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestNerTrainer::readsConll()
{
    QCOMPARE(m_fixture.size(), 6);
    QCOMPARE(m_fixture.first().id, QStringLiteral("1"));
    QCOMPARE(m_fixture.first().sentences.size(), 10);
    const Ner::ConllSentence &first = m_fixture.first().sentences.first();
    QCOMPARE(first.words.size(), first.tags.size());
    QCOMPARE(first.words.first(), QStringLiteral("Le"));
    QCOMPARE(first.tags.at(2), QStringLiteral("B-PER"));
}

void TestNerTrainer::bilou_data()
{
    QTest::addColumn<QString>("tags");
    QTest::addColumn<QString>("labels");
    QTest::newRow("a one-word name is a unit") << QStringLiteral("O B-LOC O") << QStringLiteral("O U-LOC O");
    QTest::newRow("a name of three words")
        << QStringLiteral("B-ORG I-ORG I-ORG") << QStringLiteral("B-ORG I-ORG L-ORG");
    QTest::newRow("two names side by side")
        << QStringLiteral("B-PER B-PER I-PER") << QStringLiteral("U-PER B-PER L-PER");
    QTest::newRow("an I- after O starts a name (BIO1)")
        << QStringLiteral("O I-PER I-PER") << QStringLiteral("O B-PER L-PER");
    QTest::newRow("a change of type ends a name") << QStringLiteral("B-PER I-LOC") << QStringLiteral("U-PER U-LOC");
    QTest::newRow("an unknown type is O") << QStringLiteral("B-DATE I-DATE") << QStringLiteral("O O");
}

void TestNerTrainer::bilou()
{
    QFETCH(QString, tags);
    QFETCH(QString, labels);
    QStringList actual;
    const char positions[] = "OBILU";
    for (const int label : Ner::bilouLabels(tags.split(QLatin1Char(' ')))) {
        const Ner::Position p = Ner::positionOf(label);
        actual.append(p == Ner::Position::Outside
                          ? QStringLiteral("O")
                          : QLatin1Char(positions[int(p)]) + QLatin1Char('-') + Ner::typeCode(Ner::typeOf(label)));
    }
    QCOMPARE(actual.join(QLatin1Char(' ')), labels);
}

double TestNerTrainer::accuracy(const NerTagger &tagger, const QVector<Ner::ConllDocument> &documents)
{
    int right = 0;
    int total = 0;
    for (const Ner::ConllDocument &document : documents) {
        for (const Ner::ConllSentence &sentence : document.sentences) {
            QVector<QStringView> words;
            for (const QString &word : sentence.words)
                words.append(word);
            const QVector<int> gold = Ner::bilouLabels(sentence.tags);
            const QVector<int> labels = tagger.labelSentence(words);
            for (int i = 0; i < gold.size(); ++i)
                right += labels.at(i) == gold.at(i) ? 1 : 0;
            total += int(gold.size());
        }
    }
    return total ? double(right) / total : 0.0;
}

NerModel TestNerTrainer::train(quint64 seed, int epochs)
{
    QFile file(QStringLiteral(VEILLE_TEST_DATA_DIR "/ner/tiny-train.conll"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    NerTrainer trainer({});
    trainer.addDocuments(Ner::readConll(file));
    NerTrainer::Options options;
    options.seed = seed;
    options.epochs = epochs;
    return trainer.train(options);
}

void TestNerTrainer::learnsTheFixture()
{
    // Before training: a model that knows nothing labels every word O.
    const double before = accuracy(NerTagger(train(1, 0)), m_fixture);
    const double after = accuracy(NerTagger(train(1)), m_fixture);
    QVERIFY2(after > before, qPrintable(QStringLiteral("%1 → %2").arg(before).arg(after)));
    QVERIFY2(after > 0.99, qPrintable(QString::number(after)));
}

void TestNerTrainer::tagsAHeldOutSentence_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("names"); // "surface/TYPE", joined by '|'
    // Names the fixture does not have, in its patterns.
    QTest::newRow("minister, company, town")
        << QStringLiteral("Le ministre Yvette Carrel a reçu les dirigeants de Zentra à Lormont.")
        << QStringLiteral("Yvette Carrel/PER|Zentra/ORG|Lormont/LOC");
    QTest::newRow("company, town, person")
        << QStringLiteral("La société Aubrac ouvre une usine à Trévol, selon Luc Marchal.")
        << QStringLiteral("Aubrac/ORG|Trévol/LOC|Luc Marchal/PER");
}

void TestNerTrainer::tagsAHeldOutSentence()
{
    QFETCH(QString, text);
    QFETCH(QString, names);
    const NerTagger tagger(train(1));
    QStringList found;
    for (const DetectedName &name : tagger.tag(text)) {
        found.append(text.mid(name.range.start, name.range.length()) + QLatin1Char('/') + Ner::typeCode(name.type));
        QVERIFY(name.confidence >= 0.5f && name.confidence <= 1.0f);
    }
    QCOMPARE(found.join(QLatin1Char('|')), names);
}

void TestNerTrainer::isDeterministic()
{
    const QByteArray first = train(42).toData();
    const QByteArray second = train(42).toData();
    QVERIFY(!first.isEmpty());
    QCOMPARE(first, second);
}

void TestNerTrainer::seedChangesTheModel()
{
    // Proves the determinism test could fail: the shuffling does matter.
    QVERIFY(train(1).toData() != train(2).toData());
}

QTEST_GUILESS_MAIN(TestNerTrainer)
#include "tst_nertrainer.moc"
