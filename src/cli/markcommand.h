// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace Veille {

/*! "mark ID... --read|--unread|--star|--unstar": an article's read state and star. */
class MarkCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Veille::MarkCommand)
public:
    QString name() const override { return QStringLiteral("mark"); }
    QString description() const override;

protected:
    void setUp(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser, CommandContext &context) override;
};

} // namespace Veille
