// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importsummarydialog.h"

#include "plaintext.h"
#include "ui_importsummarydialog.h"

#include "text/printable.h"

#include <QDir>
#include <QHeaderView>

namespace Veille {

ImportSummaryDialog::ImportSummaryDialog(const ImportReport &report, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportSummaryDialog>())
{
    m_ui->setupUi(this);
    m_ui->summaryLabel->setTextFormat(Qt::PlainText);
    m_ui->problemLabel->setTextFormat(Qt::PlainText);
    showPlainToolTips(m_ui->filesView);
    m_ui->summaryLabel->setText(summaryText(report));
    QString problem = report.error.isEmpty() ? QString() : tr("The import stopped: %1.").arg(report.error);
    if (report.cancelled)
        problem = tr("The import was cancelled; the files imported so far are kept.");
    m_ui->problemLabel->setText(problem);
    m_ui->problemLabel->setVisible(!problem.isEmpty());

    QTreeWidget *files = m_ui->filesView;
    const auto add = [files](const QString &path, const QString &result, const QString &reason) {
        // Names from the disk may hold line ends or escapes: shown escaped.
        auto *item =
            new QTreeWidgetItem(files, { printable(QDir::toNativeSeparators(path)), result, printable(reason) });
        item->setToolTip(0, item->text(0));
        item->setToolTip(2, item->text(2));
    };
    for (const ImportReport::Failure &failure : report.failures)
        add(failure.path, tr("failed"), failure.reason);
    for (const QString &path : report.updated)
        add(path, tr("updated"), {});
    for (const QString &path : report.imported)
        add(path, tr("imported"), {});
    for (const QString &path : report.unchanged)
        add(path, tr("unchanged"), {});
    files->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    files->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    files->setColumnWidth(0, fontMetrics().averageCharWidth() * 60);
}

ImportSummaryDialog::~ImportSummaryDialog() = default;

QString ImportSummaryDialog::summaryText(const ImportReport &report)
{
    return tr("%n imported", nullptr, int(report.imported.size())) + QStringLiteral(", ")
        + tr("%n updated", nullptr, int(report.updated.size())) + QStringLiteral(", ")
        + tr("%n unchanged", nullptr, int(report.unchanged.size())) + QStringLiteral(", ")
        + tr("%n failed", nullptr, int(report.failures.size()));
}

} // namespace Veille
