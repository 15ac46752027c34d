// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "markcommand.h"

#include "articles/articlestatestore.h"
#include "db/database.h"

#include <QCommandLineParser>

namespace Veille {

namespace {
const QString readOption = QStringLiteral("read");
const QString unreadOption = QStringLiteral("unread");
const QString starOption = QStringLiteral("star");
const QString unstarOption = QStringLiteral("unstar");
} // namespace

QString MarkCommand::description() const
{
    return tr("Mark articles read or unread, or star them.");
}

void MarkCommand::setUp(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("ids"), tr("The articles' ids (see list)."), QStringLiteral("ID..."));
    parser.addOption({ readOption, tr("Mark them read.") });
    parser.addOption({ unreadOption, tr("Mark them unread.") });
    parser.addOption({ starOption, tr("Star them.") });
    parser.addOption({ unstarOption, tr("Remove their star.") });
}

int MarkCommand::execute(const QCommandLineParser &parser, CommandContext &context)
{
    const bool read = parser.isSet(readOption);
    const bool unread = parser.isSet(unreadOption);
    const bool star = parser.isSet(starOption);
    const bool unstar = parser.isSet(unstarOption);
    if ((read && unread) || (star && unstar) || !(read || unread || star || unstar))
        return usageError(context, tr("mark: give --read or --unread, and/or --star or --unstar"));
    if (parser.positionalArguments().isEmpty())
        return usageError(context, tr("mark: give the ids of the articles"));
    QVector<qint64> ids;
    for (const QString &argument : parser.positionalArguments()) {
        bool ok = false;
        const qint64 id = argument.toLongLong(&ok);
        if (!ok || id <= 0)
            return usageError(context, tr("mark: “%1” is not an article id").arg(argument));
        ids.append(id);
    }
    const auto database = openDatabase(context);
    if (!database)
        return ExitFailure;
    ArticleStateStore states(database->connection());
    const QVector<qint64> found = states.existing(ids);
    for (const qint64 id : std::as_const(ids)) {
        if (!found.contains(id))
            context.err << tr("no article has the id %1").arg(id) << '\n';
    }
    const bool written =
        ((!read && !unread) || states.setRead(found, read)) && ((!star && !unstar) || states.setStarred(found, star));
    if (!written) {
        context.err << states.lastError() << '\n';
        return ExitFailure;
    }
    return found.size() == ids.size() ? ExitOk : ExitFailure;
}

} // namespace Veille
