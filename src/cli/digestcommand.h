// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace Veille {

/*! \brief "digest": each watch's new articles, as Markdown or HTML. */
class DigestCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Veille::DigestCommand)
public:
    QString name() const override { return QStringLiteral("digest"); }
    QString description() const override;

protected:
    void setUp(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser, CommandContext &context) override;
};

} // namespace Veille
