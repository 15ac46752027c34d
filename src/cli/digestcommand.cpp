// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "digestcommand.h"

#include "db/database.h"
#include "text/printable.h"
#include "watches/digestwriter.h"
#include "watches/watchstore.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QSaveFile>

namespace Veille {

namespace {
const QString sinceOption = QStringLiteral("since");
const QString unreadOption = QStringLiteral("unread");
const QString formatOption = QStringLiteral("format");
const QString outOption = QStringLiteral("out");

// "2026-12-05" (from midnight, local time) or "2026-12-05T08:00"; 0 when neither.
qint64 sinceOf(const QString &text)
{
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid())
        return QDateTime(day, QTime(0, 0)).toSecsSinceEpoch();
    const QDateTime moment = QDateTime::fromString(text, Qt::ISODate);
    return moment.isValid() ? moment.toSecsSinceEpoch() : 0;
}
} // namespace

QString DigestCommand::description() const
{
    return tr("Write each watch's new articles (title, date, source, snippet, entities) as Markdown or HTML.");
}

void DigestCommand::setUp(QCommandLineParser &parser) const
{
    parser.addOption({ sinceOption,
                       tr("Articles imported or updated since DATE (2026-12-05 or 2026-12-05T08:00); "
                          "by default, the last 24 hours."),
                       QStringLiteral("DATE") });
    parser.addOption({ unreadOption, tr("The unread articles, whenever imported.") });
    parser.addOption({ formatOption, tr("md (default) or html: one self-contained page."), QStringLiteral("FORMAT"),
                       QStringLiteral("md") });
    parser.addOption({ outOption, tr("Write to FILE instead of the standard output."), QStringLiteral("FILE") });
}

int DigestCommand::execute(const QCommandLineParser &parser, CommandContext &context)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(context,
                          tr("digest: unexpected argument %1").arg(printable(parser.positionalArguments().first())));
    if (parser.isSet(sinceOption) && parser.isSet(unreadOption))
        return usageError(context, tr("digest: give --since or --unread, not both"));
    DigestWriter::Format format = DigestWriter::Format::Markdown;
    if (!DigestWriter::formatFromName(parser.value(formatOption), &format))
        return usageError(context, tr("digest: the format is md or html"));
    Digest::Selection selection;
    selection.unreadOnly = parser.isSet(unreadOption);
    if (parser.isSet(sinceOption)) {
        selection.importedSince = sinceOf(parser.value(sinceOption));
        if (!selection.importedSince)
            return usageError(
                context, tr("digest: “%1” is not a date like 2026-12-05").arg(printable(parser.value(sinceOption))));
    } else if (!selection.unreadOnly) {
        selection.importedSince = QDateTime::currentSecsSinceEpoch() - 24 * 3600;
    }
    const std::unique_ptr<Database> database = openDatabase(context);
    if (!database)
        return ExitFailure;
    const WatchStore store(database->connection());
    const Digest digest = Digest::collect(database->connection(), store.watches(), selection);
    const QString error = store.lastError().isEmpty() ? digest.error : store.lastError();
    if (!error.isEmpty()) {
        context.err << error << '\n';
        return ExitFailure;
    }
    const QString text = DigestWriter::write(digest, format, DigestWriter::title(QDate::currentDate()),
                                             DigestWriter::subtitle(selection));
    if (!parser.isSet(outOption)) {
        context.out << text;
        return ExitOk;
    }
    QSaveFile file(parser.value(outOption));
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        context.err << tr("cannot write %1: %2").arg(shownPath(parser.value(outOption)), file.errorString()) << '\n';
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace Veille
