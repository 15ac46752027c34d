// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/tablereader.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(Veille::TableReader::Format)

namespace Veille {

class TestTableReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void read_data();
    void read();
    void formatNames_data();
    void formatNames();
    void hugeFieldIsReportedAndSkipped();
    void manyBrokenRecordsStopTheFile();
    void missingAndSpecialFiles();

private:
    QString write(const QByteArray &bytes, const QString &name = QStringLiteral("table.txt"));
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {
// "LINE: a|b|c" for a row read, "LINE!" for a malformed one.
QStringList describe(TableReader &reader, QString *firstError)
{
    QStringList rows;
    TableRow row;
    while (reader.next(row)) {
        if (row.ok()) {
            rows.append(QString::number(row.line) + QStringLiteral(": ") + row.values.join(QLatin1Char('|')));
        } else {
            rows.append(QString::number(row.line) + QLatin1Char('!'));
            if (firstError->isEmpty())
                *firstError = row.error;
        }
    }
    return rows;
}

QByteArray utf16le(const QString &text)
{
    QByteArray bytes("\xFF\xFE");
    for (const QChar c : text) {
        bytes.append(char(c.unicode() & 0xFF));
        bytes.append(char(c.unicode() >> 8));
    }
    return bytes;
}
} // namespace

void TestTableReader::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestTableReader::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestTableReader::write(const QByteArray &bytes, const QString &name)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestTableReader::read_data()
{
    QTest::addColumn<TableReader::Format>("format");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("openError"); // a part of it; empty when the file opens
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<QString>("rowError"); // a part of the first row error

    const auto csv = TableReader::Format::Csv;
    const auto tsv = TableReader::Format::Tsv;
    const auto jsonl = TableReader::Format::JsonLines;
    const QStringList ab = {QStringLiteral("a"), QStringLiteral("b")};

    QTest::newRow("csv: plain") << csv << QByteArray("a,b\n1,2\n3,4\n") << QString() << ab
                                << QStringList{QStringLiteral("2: 1|2"), QStringLiteral("3: 3|4")} << QString();
    QTest::newRow("csv: quoted comma, doubled quotes and a newline")
        << csv << QByteArray("a,b\n\"x, y\",\"He said \"\"hi\"\"\nagain\"\n3,4\n") << QString() << ab
        << QStringList{QStringLiteral("2: x, y|He said \"hi\"\nagain"), QStringLiteral("4: 3|4")} << QString();
    QTest::newRow("csv: CRLF, also inside quotes")
        << csv << QByteArray("a,b\r\n1,\"x\r\ny\"\r\n3,4\r\n") << QString() << ab
        << QStringList{QStringLiteral("2: 1|x\ny"), QStringLiteral("4: 3|4")} << QString();
    QTest::newRow("csv: UTF-8 BOM") << csv << QByteArray("\xEF\xBB\xBF" "a,b\n1,2\n") << QString() << ab
                                    << QStringList{QStringLiteral("2: 1|2")} << QString();
    QTest::newRow("csv: Windows-1252") << csv << QByteArray("a,b\nCaf\xE9,\x93" "cit\xE9\x94\n") << QString() << ab
                                       << QStringList{QStringLiteral("2: Café|“cité”")} << QString();
    QTest::newRow("csv: UTF-16 with a BOM") << csv << utf16le(QStringLiteral("a,b\nÉté,2\n")) << QString() << ab
                                            << QStringList{QStringLiteral("2: Été|2")} << QString();
    QTest::newRow("csv: no newline at the end") << csv << QByteArray("a,b\n1,2") << QString() << ab
                                                << QStringList{QStringLiteral("2: 1|2")} << QString();
    QTest::newRow("csv: quoted header") << csv << QByteArray("\"a\",\"b\"\n1,2\n") << QString() << ab
                                        << QStringList{QStringLiteral("2: 1|2")} << QString();
    QTest::newRow("csv: empty header names are numbered")
        << csv << QByteArray("a,,c\n1,2,3\n") << QString()
        << QStringList{QStringLiteral("a"), QStringLiteral("column 2"), QStringLiteral("c")}
        << QStringList{QStringLiteral("2: 1|2|3")} << QString();
    QTest::newRow("csv: fewer fields are padded") << csv << QByteArray("a,b\n1\n") << QString() << ab
                                                  << QStringList{QStringLiteral("2: 1|")} << QString();
    QTest::newRow("csv: extra empty fields are dropped") << csv << QByteArray("a,b\n1,2,,\n") << QString() << ab
                                                         << QStringList{QStringLiteral("2: 1|2")} << QString();
    QTest::newRow("csv: too many fields is malformed, the next row reads")
        << csv << QByteArray("a,b\n1,2,3\n4,5\n") << QString() << ab
        << QStringList{QStringLiteral("2!"), QStringLiteral("3: 4|5")} << QStringLiteral("3 fields where the header has 2");
    QTest::newRow("csv: unterminated quote, the next rows read")
        << csv << QByteArray("a,b\n1,2\n3,\"never closed\n5,6\n7,8\n") << QString() << ab
        << QStringList{QStringLiteral("2: 1|2"), QStringLiteral("3!"), QStringLiteral("4: 5|6"), QStringLiteral("5: 7|8")}
        << QStringLiteral("unterminated quote");
    QTest::newRow("csv: text after a closing quote")
        << csv << QByteArray("a,b\n1,\"x\"y\n3,4\n") << QString() << ab
        << QStringList{QStringLiteral("2!"), QStringLiteral("3: 3|4")} << QStringLiteral("after the closing quote");
    QTest::newRow("csv: a malformed row after a multi-line one keeps line numbers")
        << csv << QByteArray("a,b\n1,\"x\ny\nz\"\n2,\"bad\"x\n3,4\n") << QString() << ab
        << QStringList{QStringLiteral("2: 1|x\ny\nz"), QStringLiteral("5!"), QStringLiteral("6: 3|4")}
        << QStringLiteral("line 5");
    {
        // Past the first 64 KB, which are checked for binary content when the file opens.
        QByteArray bytes("a,b\n");
        QStringList rows;
        for (int i = 0; i < 10000; ++i) {
            bytes.append("r," + QByteArray::number(i) + '\n');
            rows.append(QStringLiteral("%1: r|%2").arg(i + 2).arg(i));
        }
        bytes.append(QByteArray("1,\"x\0y\"\n3,4\n", 12));
        rows << QStringLiteral("10002!") << QStringLiteral("10003: 3|4");
        QTest::newRow("csv: binary bytes in a field") << csv << bytes << QString() << ab << rows << QStringLiteral("binary");
    }
    QTest::newRow("csv: blank lines are skipped") << csv << QByteArray("\na,b\n\n1,2\n\n") << QString() << ab
                                                  << QStringList{QStringLiteral("4: 1|2")} << QString();
    QTest::newRow("csv: header only") << csv << QByteArray("a,b\n") << QString() << ab << QStringList() << QString();
    QTest::newRow("csv: empty file") << csv << QByteArray() << QStringLiteral("empty file") << QStringList()
                                     << QStringList() << QString();
    QTest::newRow("csv: only blank lines") << csv << QByteArray("\n \r\n\n") << QStringLiteral("empty file")
                                           << QStringList() << QStringList() << QString();
    QTest::newRow("csv: binary garbage") << csv << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20)
                                         << QStringLiteral("binary") << QStringList() << QStringList() << QString();
    QTest::newRow("csv: unterminated quote in the header")
        << csv << QByteArray("\"a,b\n1,2\n") << QStringLiteral("header") << QStringList() << QStringList() << QString();

    QTest::newRow("tsv: quoted tab, quotes and newline")
        << tsv << QByteArray("a\tb\n\"x\ty\"\t\"say \"\"hi\"\"\nthen\"\n") << QString() << ab
        << QStringList{QStringLiteral("2: x\ty|say \"hi\"\nthen")} << QString();
    QTest::newRow("tsv: a comma is data") << tsv << QByteArray("a\tb\n1,5\t2\n") << QString() << ab
                                          << QStringList{QStringLiteral("2: 1,5|2")} << QString();
    QTest::newRow("tsv: a quote inside an unquoted field is data")
        << tsv << QByteArray("a\tb\nsay \"hi\"\tx\n") << QString() << ab
        << QStringList{QStringLiteral("2: say \"hi\"|x")} << QString();
    QTest::newRow("tsv: an unquoted tab too many")
        << tsv << QByteArray("a\tb\n1\t2\t3\n4\t5\n") << QString() << ab
        << QStringList{QStringLiteral("2!"), QStringLiteral("3: 4|5")} << QStringLiteral("3 fields");

    QTest::newRow("jsonl: objects, columns in the order met")
        << jsonl << QByteArray("{\"title\":\"A\",\"body\":\"B\"}\n{\"title\":\"C\",\"date\":\"2025\"}\n") << QString()
        << QStringList{QStringLiteral("body"), QStringLiteral("title"), QStringLiteral("date")}
        << QStringList{QStringLiteral("1: B|A|"), QStringLiteral("2: |C|2025")} << QString();
    QTest::newRow("jsonl: bad lines are reported, the others read")
        << jsonl << QByteArray("{\"t\":\"A\"}\nnot json\n[1,2]\n\n{\"t\":\"B\"}\n{\"t\":\n") << QString()
        << QStringList{QStringLiteral("t")}
        << QStringList{QStringLiteral("1: A"), QStringLiteral("2!"), QStringLiteral("3!"), QStringLiteral("5: B"),
                       QStringLiteral("6!")}
        << QStringLiteral("invalid JSON");
    QTest::newRow("jsonl: numbers, booleans, arrays, objects and null")
        << jsonl << QByteArray("{\"t\":\"x\",\"n\":3,\"f\":1.5,\"b\":true,\"p\":[\"a\",\"b\"],\"o\":{\"k\":1},\"z\":null}\n")
        << QString()
        << QStringList{QStringLiteral("b"), QStringLiteral("f"), QStringLiteral("n"), QStringLiteral("o"),
                       QStringLiteral("p"), QStringLiteral("t"), QStringLiteral("z")}
        << QStringList{QStringLiteral("1: true|1.5|3|{\"k\":1}|a\n\nb|x|")} << QString();
    QTest::newRow("jsonl: CRLF and a BOM")
        << jsonl << QByteArray("\xEF\xBB\xBF{\"t\":\"A\"}\r\n{\"t\":\"B\"}\r\n") << QString() << QStringList{QStringLiteral("t")}
        << QStringList{QStringLiteral("1: A"), QStringLiteral("2: B")} << QString();
    QTest::newRow("jsonl: a key first met late becomes a column")
        << jsonl << QByteArray("{\"t\":\"A\"}\n") + QByteArray(1100 * 1024, ' ') + QByteArray("\n{\"u\":\"x\"}\n")
        << QString() << QStringList{QStringLiteral("t")}
        << QStringList{QStringLiteral("1: A"), QStringLiteral("3: |x")} << QString();
    QTest::newRow("jsonl: empty file") << jsonl << QByteArray() << QStringLiteral("empty file") << QStringList()
                                       << QStringList() << QString();
    QTest::newRow("jsonl: binary garbage") << jsonl << QByteArray("\0\0\0\x01\x02garbage", 12) << QStringLiteral("binary")
                                           << QStringList() << QStringList() << QString();
}

void TestTableReader::read()
{
    QFETCH(TableReader::Format, format);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, openError);
    QFETCH(QStringList, columns);
    QFETCH(QStringList, rows);
    QFETCH(QString, rowError);

    QString error;
    const std::unique_ptr<TableReader> reader = TableReader::open(write(bytes), format, &error);
    if (!openError.isEmpty()) {
        QVERIFY(!reader);
        QVERIFY2(error.contains(openError), qPrintable(error));
        return;
    }
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(reader->columns(), columns);
    QString firstError;
    QCOMPARE(describe(*reader, &firstError), rows);
    QVERIFY2(firstError.contains(rowError), qPrintable(firstError));
    QVERIFY(rowError.isEmpty() == firstError.isEmpty());
    QVERIFY2(reader->error().isEmpty(), qPrintable(reader->error()));
    if (format != TableReader::Format::JsonLines)
        QCOMPARE(reader->columns(), columns);
}

void TestTableReader::formatNames_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("byPath"); // -1: none
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("byName");
    QTest::newRow("csv") << QStringLiteral("/a/b.CSV") << int(TableReader::Format::Csv) << QStringLiteral("csv")
                         << int(TableReader::Format::Csv);
    QTest::newRow("tsv") << QStringLiteral("b.tsv") << int(TableReader::Format::Tsv) << QStringLiteral("TSV")
                         << int(TableReader::Format::Tsv);
    QTest::newRow("jsonl") << QStringLiteral("b.jsonl") << int(TableReader::Format::JsonLines) << QStringLiteral("jsonl")
                           << int(TableReader::Format::JsonLines);
    QTest::newRow("ndjson") << QStringLiteral("b.ndjson") << int(TableReader::Format::JsonLines)
                            << QStringLiteral("ndjson") << int(TableReader::Format::JsonLines);
    QTest::newRow("not a table") << QStringLiteral("b.txt") << -1 << QStringLiteral("xlsx") << -1;
}

void TestTableReader::formatNames()
{
    QFETCH(QString, path);
    QFETCH(int, byPath);
    QFETCH(QString, name);
    QFETCH(int, byName);
    const auto code = [](std::optional<TableReader::Format> format) { return format ? int(*format) : -1; };
    QCOMPARE(code(TableReader::formatOfPath(path)), byPath);
    QCOMPARE(code(TableReader::formatFromName(name)), byName);
}

void TestTableReader::hugeFieldIsReportedAndSkipped()
{
    QByteArray bytes("a,b\n1,\"");
    bytes.append(QByteArray(TableReader::MaxRecordBytes + 10, 'x'));
    bytes.append("\"\n3,4\n");
    QString error;
    const std::unique_ptr<TableReader> reader = TableReader::open(write(bytes), TableReader::Format::Csv, &error);
    QVERIFY2(reader, qPrintable(error));
    QString firstError;
    QCOMPARE(describe(*reader, &firstError), (QStringList{QStringLiteral("2!"), QStringLiteral("3: 3|4")}));
    QVERIFY2(firstError.contains(QLatin1String("longer than")), qPrintable(firstError));
}

void TestTableReader::manyBrokenRecordsStopTheFile()
{
    QByteArray bytes("a,b\n");
    for (int i = 0; i < 500; ++i)
        bytes.append("1,\"x\"y\n");
    QString error;
    const std::unique_ptr<TableReader> reader = TableReader::open(write(bytes), TableReader::Format::Csv, &error);
    QVERIFY2(reader, qPrintable(error));
    QString firstError;
    const QStringList rows = describe(*reader, &firstError);
    QCOMPARE(rows.size(), 100);
    QVERIFY2(reader->error().contains(QLatin1String("malformed records in a row")), qPrintable(reader->error()));
}

void TestTableReader::missingAndSpecialFiles()
{
    QString error;
    QVERIFY(!TableReader::open(m_dir->filePath(QStringLiteral("missing.csv")), TableReader::Format::Csv, &error));
    QCOMPARE(error, QStringLiteral("no such file"));
    QVERIFY(!TableReader::open(m_dir->path(), TableReader::Format::Csv, &error));
    QCOMPARE(error, QStringLiteral("not a regular file"));
}

} // namespace Veille

QTEST_GUILESS_MAIN(Veille::TestTableReader)
#include "tst_tablereader.moc"
