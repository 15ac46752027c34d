// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace Veille {

class EntityStore;

/*! "entities list|add|alias|merge|suppress|import|export|suggestions". */
class EntitiesCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Veille::EntitiesCommand)
public:
    QString name() const override { return QStringLiteral("entities"); }
    QString description() const override;

protected:
    void setUp(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser, CommandContext &context) override;

private:
    int list(const QCommandLineParser &parser, EntityStore &store, CommandContext &context);
    int add(const QCommandLineParser &parser, EntityStore &store, CommandContext &context);
    int alias(const QStringList &args, EntityStore &store, CommandContext &context);
    int merge(const QStringList &args, EntityStore &store, CommandContext &context);
    int decide(bool accept, const QStringList &args, EntityStore &store, CommandContext &context);
    int suppress(const QStringList &args, EntityStore &store, CommandContext &context);
    int importCsv(const QStringList &args, EntityStore &store, CommandContext &context);
    int exportAs(const QCommandLineParser &parser, EntityStore &store, CommandContext &context);
    int suggestions(const QCommandLineParser &parser, EntityStore &store, CommandContext &context);
    /*! Finds mentions again in the articles containing \a texts. */
    static int reindex(const QStringList &texts, CommandContext &context);
};

} // namespace Veille
