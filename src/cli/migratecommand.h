// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"
#include "db/databasecopy.h"

namespace Veille {

/*! Copies a database to another (a file or a team server, either way):
 * articles, gazetteer and the user's passages. */
class MigrateCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Veille::MigrateCommand)
public:
    QString name() const override { return QStringLiteral("migrate"); }
    QString description() const override;

protected:
    void setUp(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser, CommandContext &context) override;

private:
    static int findMentions(const QString &location, CommandContext &context);
    static void printReport(const DatabaseCopy::Report &report, CommandContext &context);
};

} // namespace Veille
