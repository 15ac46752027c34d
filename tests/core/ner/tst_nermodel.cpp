// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/nermodel.h"

#include <QBuffer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Veille;

namespace {
// \a bytes with their checksum made right again, so a test reaches the
// checks behind it.
QByteArray withChecksum(QByteArray bytes)
{
    qToLittleEndian(NerModel::checksum(bytes, bytes.size() - 8), bytes.data() + bytes.size() - 8);
    return bytes;
}
} // namespace

class TestNerModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void roundTrip();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void refusesEveryTruncation();
    void refusesAMissingFile();

private:
    static NerModel smallModel();
};

void TestNerModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

NerModel TestNerModel::smallModel()
{
    NerModel::Parts parts;
    parts.featureKeys = { 3, 17, 900 };
    for (int i = 0; i < 3 * Ner::LabelCount; ++i)
        parts.weights.append(qint16(i * 7 - 100));
    parts.weightScale = 2.5f;
    parts.marginScale = 0.75f;
    parts.nameKeys = { 5, 6 };
    parts.nameFlags = { 1, 8 };
    parts.starterKeys = { 11 };
    return NerModel(parts);
}

void TestNerModel::roundTrip()
{
    const NerModel model = smallModel();
    QString error;
    const std::optional<NerModel> read = NerModel::fromData(model.toData(), &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->toData(), model.toData());
    QVERIFY(read->row(17));
    QCOMPARE(read->row(17)[2], qint16((Ner::LabelCount + 2) * 7 - 100));
    QVERIFY(!read->row(18));
    QCOMPARE(read->nameFlags(6), quint8(8));
    QCOMPARE(read->nameFlags(7), quint8(0));
    QVERIFY(read->startsNames(11));
    QCOMPARE(read->weightScale(), 2.5f);
    QCOMPARE(read->marginScale(), 0.75f);
}

void TestNerModel::refusesBadFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error"); // a part of the message

    const QByteArray good = smallModel().toData();
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not a model");
    QTest::newRow("another file's magic")
        << QByteArray("PK\x03\x04").append(good.mid(4)) << QStringLiteral("not a model");
    QByteArray version = good;
    qToLittleEndian<quint32>(NerModel::Version + 1, version.data() + 8);
    QTest::newRow("a newer version") << version << QStringLiteral("version");
    QByteArray labels = good;
    qToLittleEndian<quint32>(9, labels.data() + 12);
    QTest::newRow("another label count") << labels << QStringLiteral("labels");
    QByteArray huge = good;
    qToLittleEndian<quint32>(0xffffffffu, huge.data() + 16);
    QTest::newRow("a feature count past the end") << huge << QStringLiteral("truncated");
    // Found by fuzz_nermodel: a file it accepted wrote back other bytes.
    QByteArray reserved = good;
    reserved[36] = 1;
    QTest::newRow("a reserved word not zero") << withChecksum(reserved) << QStringLiteral("impossible values");
    QByteArray scale = good;
    qToLittleEndian<quint32>(0xff800000u, scale.data() + 28); // -infinity
    QTest::newRow("a negative weight scale") << withChecksum(scale) << QStringLiteral("impossible values");
    QByteArray order = good;
    std::swap(order.data()[40], order.data()[48]); // the first two feature keys' low bytes: 3 and 17
    QTest::newRow("keys out of order") << withChecksum(order) << QStringLiteral("out of order");
    QTest::newRow("a byte more") << QByteArray(good).append('\0') << QStringLiteral("too long");
    QByteArray flipped = good;
    flipped[50] = char(flipped.at(50) ^ 0x10);
    QTest::newRow("a flipped bit in the weights") << flipped << QStringLiteral("checksum");
}

void TestNerModel::refusesBadFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    QString message;
    QVERIFY(!NerModel::fromData(bytes, &message));
    QVERIFY2(message.contains(error), qPrintable(message));
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QVERIFY(!NerModel::load(buffer));
}

void TestNerModel::refusesEveryTruncation()
{
    const QByteArray good = smallModel().toData();
    for (int size = 0; size < good.size(); ++size) {
        QString message;
        QVERIFY2(!NerModel::fromData(good.left(size), &message), qPrintable(QString::number(size)));
        QVERIFY(!message.isEmpty());
    }
}

void TestNerModel::refusesAMissingFile()
{
    QTemporaryDir dir;
    QString message;
    QVERIFY(!NerModel::load(dir.filePath(QStringLiteral("none.model")), &message));
    QVERIFY2(message.contains(QLatin1String("none.model")), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestNerModel)
#include "tst_nermodel.moc"
