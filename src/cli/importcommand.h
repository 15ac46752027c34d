// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"
#include "import/importreport.h"

namespace Veille {

class ImportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Veille::ImportCommand)
public:
    QString name() const override { return QStringLiteral("import"); }
    QString description() const override;
    /*! \brief The summary line of an import: "2 imported, 0 updated, 0
     * unchanged, 1 failed"; feeds refresh prints it too. */
    static void printSummary(QTextStream &out, const ImportReport &report, int failed);

protected:
    void setUp(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser, CommandContext &context) override;
};

} // namespace Veille
