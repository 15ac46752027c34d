// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace Veille {

class ArticleStore;
class EntityStore;
class PassageStore;
struct PassageQuery;

/*! "bookmarks add|list|remove|share|unshare|export|import": bookmarked passages. */
class BookmarksCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Veille::BookmarksCommand)
public:
    QString name() const override { return QStringLiteral("bookmarks"); }
    QString description() const override;

protected:
    void setUp(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser, CommandContext &context) override;

private:
    struct Stores {
        ArticleStore &articles;
        EntityStore &entities;
        PassageStore &passages;
    };
    int add(const QCommandLineParser &parser, const QStringList &args, Stores stores, CommandContext &context);
    int list(const QCommandLineParser &parser, Stores stores, CommandContext &context);
    int remove(const QStringList &args, Stores stores, CommandContext &context);
    /*! Shares passage args[0] with the team, or takes it back (\a shared false). */
    int share(const QStringList &args, bool shared, Stores stores, CommandContext &context);
    int exportAs(const QCommandLineParser &parser, Stores stores, CommandContext &context);
    int import(const QStringList &args, Stores stores, CommandContext &context);
    /*! The filters of "list" and "export"; false after printing why not. */
    bool readQuery(const QCommandLineParser &parser, Stores stores, PassageQuery *query, CommandContext &context);
};

} // namespace Veille
