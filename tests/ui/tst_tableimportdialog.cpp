// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/tableimportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

namespace Veille {

class TestTableImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void guessIsPrefilledAndPreviewed();
    void unreadableFileSaysWhy();
};

void TestTableImportDialog::guessIsPrefilledAndPreviewed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.tsv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray bytes("category\theadline\ttext\turl\n");
    for (int i = 0; i < 20; ++i)
        bytes += "monde\tTitre " + QByteArray::number(i) + "\t\"Corps \"\"cité\"\"\"\thttp://x/" + QByteArray::number(i) + '\n';
    bytes += "monde\t\"jamais fermé\n";
    file.write(bytes);
    file.close();

    TableImportDialog dialog(path, TableReader::Format::Tsv);
    QVERIFY(dialog.isReadable());
    QCOMPARE(dialog.mapping().toString(), QStringLiteral("title=headline,body=text,date=,source=,url=url"));
    auto *preview = dialog.findChild<QTableWidget *>(QStringLiteral("previewTable"));
    QVERIFY(preview);
    QCOMPARE(preview->rowCount(), TableImportDialog::PreviewRows);
    QCOMPARE(preview->columnCount(), 4);
    QCOMPARE(preview->item(0, 2)->text(), QStringLiteral("Corps \"cité\""));
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());

    // Neither title nor body: nothing to import.
    dialog.comboFor(ColumnMapping::Field::Title)->setCurrentIndex(0);
    dialog.comboFor(ColumnMapping::Field::Body)->setCurrentIndex(0);
    QVERIFY(!ok->isEnabled());
    dialog.comboFor(ColumnMapping::Field::Body)->setCurrentText(QStringLiteral("category"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.mapping().toString(), QStringLiteral("title=,body=category,date=,source=,url=url"));

    const QByteArray shot = qgetenv("VEILLE_SCREENSHOT");
    if (!shot.isEmpty()) {
        TableImportDialog real(QString::fromLocal8Bit(qgetenv("VEILLE_SCREENSHOT_TABLE")), TableReader::Format::Tsv);
        real.show();
        QVERIFY(QTest::qWaitForWindowExposed(&real));
        real.grab().save(QString::fromLocal8Bit(shot));
    }
}

void TestTableImportDialog::unreadableFileSaysWhy()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    TableImportDialog dialog(path, TableReader::Format::Csv);
    QVERIFY(!dialog.isReadable());
    QCOMPARE(dialog.problem(), QStringLiteral("empty file"));
    QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
}

} // namespace Veille

QTEST_MAIN(Veille::TestTableImportDialog)
#include "tst_tableimportdialog.moc"
