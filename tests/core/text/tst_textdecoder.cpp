// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/textdecoder.h"

#include <QFile>
#include <QStandardPaths>
#include <QTest>

Q_DECLARE_METATYPE(Veille::TextDecoder::Encoding)

namespace Veille {

class TestTextDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void decode_data();
    void decode();
    void fixtures_data();
    void fixtures();
    void isValidUtf8_data();
    void isValidUtf8();

private:
    static QByteArray fixture(const char *name);
};

namespace {
QByteArray utf16(const QString &text, bool bigEndian)
{
    QByteArray bytes = bigEndian ? QByteArray("\xFE\xFF") : QByteArray("\xFF\xFE");
    for (const QChar c : text) {
        const char hi = char(c.unicode() >> 8);
        const char lo = char(c.unicode() & 0xFF);
        bytes.append(bigEndian ? hi : lo);
        bytes.append(bigEndian ? lo : hi);
    }
    return bytes;
}
} // namespace

void TestTextDecoder::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

QByteArray TestTextDecoder::fixture(const char *name)
{
    QFile file(QStringLiteral(VEILLE_TEST_DATA_DIR "/parser/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

void TestTextDecoder::decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<TextDecoder::Encoding>("encoding");
    QTest::addColumn<bool>("binary");

    using E = TextDecoder::Encoding;
    QTest::newRow("empty input is empty UTF-8 text") << QByteArray() << QString() << E::Utf8 << false;
    QTest::newRow("ASCII") << QByteArray("Hanoi 2025") << QStringLiteral("Hanoi 2025") << E::Utf8 << false;
    QTest::newRow("UTF-8 accents and curly apostrophe")
        << QByteArray("l\xE2\x80\x99\xC3\xA9t\xC3\xA9 \xC3\x89tats-Unis")
        << QStringLiteral("l\u2019\u00e9t\u00e9 \u00c9tats-Unis") << E::Utf8 << false;
    QTest::newRow("UTF-8 four-byte character") << QByteArray("a\xF0\x9F\x93\xB0z")
                                               << QStringLiteral("a\U0001F4F0z") << E::Utf8 << false;
    QTest::newRow("UTF-8 BOM is stripped") << QByteArray("\xEF\xBB\xBF\xC3\xA9t\xC3\xA9")
                                           << QStringLiteral("\u00e9t\u00e9") << E::Utf8 << false;
    QTest::newRow("BOM-only file is empty text") << QByteArray("\xEF\xBB\xBF") << QString() << E::Utf8 << false;
    QTest::newRow("zero-width no-break space inside text is dropped")
        << QByteArray("a\xEF\xBB\xBF" "b") << QStringLiteral("ab") << E::Utf8 << false;

    // ’ « » é — € in Windows-1252: 0x92 0xAB 0xBB 0xE9 0x97 0x80.
    QTest::newRow("CP1252: curly apostrophe, guillemets, e acute, em dash, euro")
        << QByteArray("l\x92" "\xE9t\xE9 \xAB" "chaud\xBB \x97 5 \x80")
        << QStringLiteral("l\u2019\u00e9t\u00e9 \u00abchaud\u00bb \u2014 5 \u20ac") << E::Windows1252 << false;
    QTest::newRow("CP1252: curly double quotes, ellipsis, oe ligature")
        << QByteArray("\x93" "c\x9Cur\x94\x85") << QStringLiteral("\u201cc\u0153ur\u201d\u2026") << E::Windows1252
        << false;
    QTest::newRow("CP1252: undefined byte 0x81 becomes U+FFFD")
        << QByteArray("a\x81" "b\xE9") << QStringLiteral("a\uFFFDb\u00e9") << E::Windows1252 << false;
    QTest::newRow("CP1252: a lone UTF-8 lead byte means not UTF-8")
        << QByteArray("caf\xC3") << QStringLiteral("caf\u00c3") << E::Windows1252 << false;

    QTest::newRow("decomposed accents are composed (NFC)")
        << QByteArray("E\xCC\x81tat Tua\xCC\x82n") << QStringLiteral("\u00c9tat Tu\u00e2n") << E::Utf8 << false;
    QTest::newRow("line ends: CRLF becomes LF") << QByteArray("a\r\nb\r\n") << QStringLiteral("a\nb\n") << E::Utf8
                                                << false;
    QTest::newRow("line ends: lone CR becomes LF") << QByteArray("a\rb\rc") << QStringLiteral("a\nb\nc") << E::Utf8
                                                   << false;
    QTest::newRow("line ends: CR CR LF is two line ends") << QByteArray("a\r\r\nb") << QStringLiteral("a\n\nb")
                                                          << E::Utf8 << false;
    QTest::newRow("line ends: LF CR is two line ends") << QByteArray("a\n\rb") << QStringLiteral("a\n\nb") << E::Utf8
                                                       << false;
    QTest::newRow("line ends: CRLF in CP1252") << QByteArray("\xE9\r\n\xE9") << QStringLiteral("\u00e9\n\u00e9")
                                               << E::Windows1252 << false;
    QTest::newRow("tab is kept, form feed and escape become spaces")
        << QByteArray("a\tb\fc\x1B" "d") << QStringLiteral("a\tb c d") << E::Utf8 << false;

    const QString sample = QStringLiteral("\u00c9t\u00e9\r\nl\u2019IA \U0001F4F0\rfin");
    const QString normalisedSample = QStringLiteral("\u00c9t\u00e9\nl\u2019IA \U0001F4F0\nfin");
    QTest::newRow("UTF-16LE with BOM, line ends normalised")
        << utf16(sample, false) << normalisedSample << E::Utf16 << false;
    QTest::newRow("UTF-16BE with BOM, line ends normalised")
        << utf16(sample, true) << normalisedSample << E::Utf16 << false;
    QTest::newRow("UTF-16LE: NUL high bytes are not binary")
        << utf16(QStringLiteral("abc"), false) << QStringLiteral("abc") << E::Utf16 << false;
    QTest::newRow("UTF-16LE: odd trailing byte is dropped")
        << QByteArray(utf16(QStringLiteral("ab"), false) + 'x') << QStringLiteral("ab") << E::Utf16 << false;

    QTest::newRow("binary: one NUL byte") << QByteArray("text\0more", 9) << QString() << E::Utf8 << true;
    QTest::newRow("binary: NUL at the very start") << QByteArray("\0abc", 4) << QString() << E::Utf8 << true;
    QTest::newRow("binary: mostly control characters")
        << QByteArray("\x01\x02\x03\x04\x05\x06\x07\x08\x0B\x0E\x0F\x10\x11") << QString() << E::Utf8 << true;
    QTest::newRow("not binary: a few stray control characters in long text")
        << QByteArray(QByteArray("x\x01y") + QByteArray(200, 'z'))
        << QString(QStringLiteral("x y") + QString(200, QLatin1Char('z')))
        << E::Utf8 << false;
}

void TestTextDecoder::decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(TextDecoder::Encoding, encoding);
    QFETCH(bool, binary);

    const TextDecoder::Result result = TextDecoder::decode(bytes);
    QCOMPARE(result.binary, binary);
    if (binary) {
        QVERIFY(result.text.isEmpty());
        return;
    }
    QCOMPARE(result.text, text);
    QCOMPARE(result.encoding, encoding);
    QVERIFY(!result.text.contains(QLatin1Char('\r')));
    QVERIFY(!result.text.contains(QChar(0xFEFF)));
}

void TestTextDecoder::fixtures_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<TextDecoder::Encoding>("encoding");
    QTest::addColumn<QString>("text");

    using E = TextDecoder::Encoding;
    const QString utf16Text = QStringLiteral(" date 2025-05-02 Titre en UTF-16\n\nCorps accentu\u00e9.\n");
    QTest::newRow("fixture: CP1252 with CRLF")
        << fixture("cp1252-crlf.txt") << E::Windows1252
        << QStringLiteral(" date 2025-06-10 L\u2019\u00e9t\u00e9 \u00ab chaud \u00bb \u2014 5 \u20ac\n\n"
                          "Corps \u00e9crit en Windows-1252.\n");
    QTest::newRow("fixture: UTF-8 with BOM") << fixture("utf8-bom.txt") << E::Utf8
                                             << QStringLiteral(" date 2025-05 Titre apr\u00e8s un BOM\n\nCorps.\n");
    QTest::newRow("fixture: UTF-16LE with BOM and CRLF") << fixture("utf16le-bom.txt") << E::Utf16 << utf16Text;
    QTest::newRow("fixture: UTF-16BE with BOM and CRLF") << fixture("utf16be-bom.txt") << E::Utf16 << utf16Text;
}

void TestTextDecoder::fixtures()
{
    QFETCH(QByteArray, bytes);
    QFETCH(TextDecoder::Encoding, encoding);
    QFETCH(QString, text);

    const TextDecoder::Result result = TextDecoder::decode(bytes);
    QVERIFY(!result.binary);
    QCOMPARE(result.encoding, encoding);
    QCOMPARE(result.text, text);
}

void TestTextDecoder::isValidUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");

    QTest::newRow("valid: empty") << QByteArray() << true;
    QTest::newRow("valid: ASCII") << QByteArray("plain") << true;
    QTest::newRow("valid: two-byte e acute") << QByteArray("\xC3\xA9") << true;
    QTest::newRow("valid: three-byte euro sign") << QByteArray("\xE2\x82\xAC") << true;
    QTest::newRow("valid: four-byte U+1F4F0") << QByteArray("\xF0\x9F\x93\xB0") << true;
    QTest::newRow("valid: U+FFFF") << QByteArray("\xEF\xBF\xBF") << true;
    QTest::newRow("valid: U+10FFFF, the last code point") << QByteArray("\xF4\x8F\xBF\xBF") << true;
    QTest::newRow("valid: U+D7FF just below the surrogates") << QByteArray("\xED\x9F\xBF") << true;
    QTest::newRow("valid: U+E000 just above the surrogates") << QByteArray("\xEE\x80\x80") << true;

    QTest::newRow("invalid: overlong two-byte slash") << QByteArray("\xC0\xAF") << false;
    QTest::newRow("invalid: overlong two-byte NUL") << QByteArray("\xC0\x80") << false;
    QTest::newRow("invalid: overlong C1 lead") << QByteArray("\xC1\xBF") << false;
    QTest::newRow("invalid: overlong three-byte slash") << QByteArray("\xE0\x80\xAF") << false;
    QTest::newRow("invalid: overlong three-byte U+07FF") << QByteArray("\xE0\x9F\xBF") << false;
    QTest::newRow("invalid: overlong four-byte slash") << QByteArray("\xF0\x80\x80\xAF") << false;
    QTest::newRow("invalid: overlong four-byte U+FFFF") << QByteArray("\xF0\x8F\xBF\xBF") << false;
    QTest::newRow("invalid: high surrogate U+D800") << QByteArray("\xED\xA0\x80") << false;
    QTest::newRow("invalid: low surrogate U+DFFF") << QByteArray("\xED\xBF\xBF") << false;
    QTest::newRow("invalid: past U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << false;
    QTest::newRow("invalid: F5 lead byte") << QByteArray("\xF5\x80\x80\x80") << false;
    QTest::newRow("invalid: five-byte form") << QByteArray("\xF8\x88\x80\x80\x80") << false;
    QTest::newRow("invalid: FF byte") << QByteArray("a\xFF" "b") << false;
    QTest::newRow("invalid: lone continuation byte") << QByteArray("a\x80" "b") << false;
    QTest::newRow("invalid: truncated two-byte at end") << QByteArray("caf\xC3") << false;
    QTest::newRow("invalid: truncated three-byte at end") << QByteArray("\xE2\x82") << false;
    QTest::newRow("invalid: truncated four-byte at end") << QByteArray("\xF0\x9F\x93") << false;
    QTest::newRow("invalid: truncated sequence before ASCII") << QByteArray("\xE2\x82" "a") << false;
    QTest::newRow("invalid: CP1252 e acute") << QByteArray("caf\xE9 noir") << false;
}

void TestTextDecoder::isValidUtf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QCOMPARE(TextDecoder::isValidUtf8(bytes), valid);
}

} // namespace Veille

QTEST_GUILESS_MAIN(Veille::TestTextDecoder)
#include "tst_textdecoder.moc"
