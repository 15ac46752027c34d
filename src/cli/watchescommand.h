// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace Veille {

class WatchStore;

/*! \brief "watches": saved searches with their unread counts. */
class WatchesCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Veille::WatchesCommand)
public:
    QString name() const override { return QStringLiteral("watches"); }
    QString description() const override;

protected:
    void setUp(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser, CommandContext &context) override;

private:
    static int add(const QCommandLineParser &parser, const Database &database, CommandContext &context);
    static int list(const QCommandLineParser &parser, const Database &database, CommandContext &context);
    static int show(const QCommandLineParser &parser, const Database &database, CommandContext &context);
    static int remove(const QString &name, const Database &database, CommandContext &context);
};

} // namespace Veille
