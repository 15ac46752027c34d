// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/tableimportdialog.h"

#include "plaintext.h"
#include "ui_tableimportdialog.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QPushButton>

namespace Veille {

TableImportDialog::TableImportDialog(const QString &path, TableReader::Format format, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TableImportDialog>())
{
    m_ui->setupUi(this);
    m_ui->fileLabel->setTextFormat(Qt::PlainText);
    m_ui->problemLabel->setTextFormat(Qt::PlainText);
    showPlainToolTips(m_ui->previewTable);
    m_ui->fileLabel->setText(QDir::toNativeSeparators(path));

    const std::unique_ptr<TableReader> reader = TableReader::open(path, format, &m_problem);
    QVector<TableRow> rows;
    if (reader) {
        TableRow row;
        while (rows.size() < PreviewRows && reader->next(row))
            rows.append(row);
        m_columns = reader->columns();
    }

    QTableWidget *preview = m_ui->previewTable;
    preview->setColumnCount(int(m_columns.size()));
    preview->setHorizontalHeaderLabels(m_columns);
    preview->setRowCount(int(rows.size()));
    QStringList lines;
    for (int r = 0; r < rows.size(); ++r) {
        const TableRow &row = rows.at(r);
        lines.append(QString::number(row.line));
        if (!row.ok()) {
            auto *item = new QTableWidgetItem(tr("malformed: %1").arg(row.error));
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            preview->setItem(r, 0, item);
            continue;
        }
        for (int c = 0; c < row.values.size() && c < m_columns.size(); ++c) {
            // A cell may hold a whole article: show its start.
            const QString text = row.values.at(c).left(300).simplified();
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(row.values.at(c).left(1000));
            preview->setItem(r, c, item);
        }
    }
    preview->setVerticalHeaderLabels(lines);
    preview->horizontalHeader()->setDefaultSectionSize(fontMetrics().averageCharWidth() * 24);
    preview->horizontalHeader()->setStretchLastSection(true);

    const ColumnMapping guess = ColumnMapping::guess(m_columns);
    for (const ColumnMapping::Field field : ColumnMapping::Fields) {
        QComboBox *combo = comboFor(field);
        combo->addItem(tr("(none)"), QString());
        for (const QString &column : std::as_const(m_columns))
            combo->addItem(column, column);
        combo->setCurrentIndex(std::max(0, combo->findData(guess.column(field))));
        connect(combo, qOverload<int>(&QComboBox::currentIndexChanged), this, &TableImportDialog::updateState);
    }
    updateState();
}

TableImportDialog::~TableImportDialog() = default;

QComboBox *TableImportDialog::comboFor(ColumnMapping::Field field) const
{
    switch (field) {
    case ColumnMapping::Field::Title:
        return m_ui->titleCombo;
    case ColumnMapping::Field::Body:
        return m_ui->bodyCombo;
    case ColumnMapping::Field::Date:
        return m_ui->dateCombo;
    case ColumnMapping::Field::Source:
        return m_ui->sourceCombo;
    case ColumnMapping::Field::Url:
        return m_ui->urlCombo;
    }
    return nullptr;
}

ColumnMapping TableImportDialog::mapping() const
{
    ColumnMapping mapping;
    for (const ColumnMapping::Field field : ColumnMapping::Fields)
        mapping.set(field, comboFor(field)->currentData().toString());
    return mapping;
}

void TableImportDialog::updateState()
{
    QString problem = m_problem;
    if (problem.isEmpty() && isReadable())
        problem = mapping().problem(m_columns);
    m_ui->problemLabel->setText(problem);
    m_ui->problemLabel->setVisible(!problem.isEmpty());
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
}

} // namespace Veille
