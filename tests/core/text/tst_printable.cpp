// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/printable.h"

#include <QTest>

namespace Veille {

class TestPrintable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void printable_data();
    void printable();
};

void TestPrintable::printable_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    const QString plain = QStringLiteral("/corpus/Viêt Nam/été 2025.txt");
    QTest::newRow("a path without control characters is unchanged") << plain << plain;
    QTest::newRow("a backslash is unchanged")
        << QStringLiteral("C:\\corpus\\a.txt") << QStringLiteral("C:\\corpus\\a.txt");
    QTest::newRow("a line end") << QStringLiteral("a\nfailed: b") << QStringLiteral("a\\nfailed: b");
    QTest::newRow("a carriage return") << QStringLiteral("a\rb") << QStringLiteral("a\\rb");
    QTest::newRow("a tab") << QStringLiteral("a\tb") << QStringLiteral("a\\tb");
    QTest::newRow("an escape") << QStringLiteral("a\x1b[31mred") << QStringLiteral("a\\x1b[31mred");
    QTest::newRow("a NUL") << QString(QChar(0)) << QStringLiteral("\\x00");
    QTest::newRow("DEL") << QStringLiteral("a\x7f") << QStringLiteral("a\\x7f");
    QTest::newRow("a C1 control") << QString(QChar(0x9b)) << QStringLiteral("\\x9b");
    QTest::newRow("a line separator") << QString(QChar(0x2028)) << QStringLiteral("\\u2028");
    QTest::newRow("a right-to-left override")
        << QStringLiteral("a") + QChar(0x202e) + QStringLiteral("txt.exe") << QStringLiteral("a\\u202etxt.exe");
    QTest::newRow("an isolate") << QString(QChar(0x2066)) << QStringLiteral("\\u2066");
}

void TestPrintable::printable()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(Veille::printable(text), shown);
}

} // namespace Veille

QTEST_GUILESS_MAIN(Veille::TestPrintable)
#include "tst_printable.moc"
