// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importreport.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ImportSummaryDialog;
}

namespace Veille {

/*! What an import did: counts, and every file with its result; failed
 * files first, each with its reason. */
class ImportSummaryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportSummaryDialog(const ImportReport &report, QWidget *parent = nullptr);
    ~ImportSummaryDialog() override;

    /*! The one-line summary, also shown in the status bar. */
    static QString summaryText(const ImportReport &report);

private:
    std::unique_ptr<Ui::ImportSummaryDialog> m_ui;
};

} // namespace Veille
