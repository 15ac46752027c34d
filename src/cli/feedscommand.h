// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace Veille {

class Database;

class FeedsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Veille::FeedsCommand)
public:
    QString name() const override { return QStringLiteral("feeds"); }
    QString description() const override;

protected:
    void setUp(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser, CommandContext &context) override;

private:
    static int addOrRemove(const QString &subcommand, const QString &url, Database &database, CommandContext &context);
    static int list(bool json, Database &database, CommandContext &context);
    static int refresh(const QStringList &urls, Database &database, CommandContext &context);
    static int importOpml(const QString &file, Database &database, CommandContext &context);
    static int exportOpml(const QString &file, Database &database, CommandContext &context);
};

} // namespace Veille
