// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"
#include "db/databasecheck.h"
#include "import/databaserecovery.h"

namespace Veille {

class DoctorCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Veille::DoctorCommand)
public:
    QString name() const override { return QStringLiteral("doctor"); }
    QString description() const override;

protected:
    void setUp(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser, CommandContext &context) override;

private:
    static QString recoveredPathFor(const QString &databasePath);
    static void printCheck(const DatabaseCheck::Result &result, const QString &path, CommandContext &context);
    static void printReport(const RecoveryReport &report, const QString &recovered, CommandContext &context);
    static void printSetAside(const RecoveryReport &report, const QString &recovered, CommandContext &context);
    static void printLatestBackup(const QString &databasePath, CommandContext &context);
};

} // namespace Veille
