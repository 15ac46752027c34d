// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"
#include "db/userdatabackup.h"

namespace Veille {

class RestoreCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Veille::RestoreCommand)
public:
    QString name() const override { return QStringLiteral("restore"); }
    QString description() const override;

protected:
    void setUp(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser, CommandContext &context) override;

private:
    static void printReport(const RestoreReport &report, CommandContext &context);
};

} // namespace Veille
