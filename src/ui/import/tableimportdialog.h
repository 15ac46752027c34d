// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/columnmapping.h"
#include "import/tablereader.h"

#include <QDialog>

#include <array>
#include <memory>

class QComboBox;

namespace Ui {
class TableImportDialog;
}

namespace Veille {

/*! Confirms how a table's columns map to articles before it is imported:
 * the guess pre-filled, and a preview of the first rows. */
class TableImportDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int PreviewRows = 8;

    TableImportDialog(const QString &path, TableReader::Format format, QWidget *parent = nullptr);
    ~TableImportDialog() override;

    /*! Whether the file could be read as a table; if not, problem() says why. */
    bool isReadable() const { return !m_columns.isEmpty(); }
    QString problem() const { return m_problem; }
    /*! The mapping as the user left it. */
    ColumnMapping mapping() const;
    QComboBox *comboFor(ColumnMapping::Field field) const;

private:
    void updateState();

    std::unique_ptr<Ui::TableImportDialog> m_ui;
    QStringList m_columns;
    QString m_problem;
};

} // namespace Veille
