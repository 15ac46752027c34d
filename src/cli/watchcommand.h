// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace Veille {

class WatchCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Veille::WatchCommand)
public:
    QString name() const override { return QStringLiteral("watch"); }
    QString description() const override;

protected:
    void setUp(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser, CommandContext &context) override;
};

} // namespace Veille
