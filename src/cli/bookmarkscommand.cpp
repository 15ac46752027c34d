// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookmarkscommand.h"

#include "articles/articlestore.h"
#include "text/codepoints.h"
#include "db/database.h"
#include "entities/entitystore.h"
#include "passages/passageexport.h"
#include "passages/passagestore.h"
#include "passages/webannotation.h"
#include "text/printable.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

namespace Veille {

namespace {
const QString quoteOption = QStringLiteral("quote");
const QString occurrenceOption = QStringLiteral("occurrence");
const QString startOption = QStringLiteral("start");
const QString endOption = QStringLiteral("end");
const QString noteOption = QStringLiteral("note");
const QString labelOption = QStringLiteral("label");
const QString tagOption = QStringLiteral("tag");
const QString jsonOption = QStringLiteral("json");
const QString entityOption = QStringLiteral("entity");
const QString articleOption = QStringLiteral("article");
const QString stateOption = QStringLiteral("state");
const QString formatOption = QStringLiteral("format");
const QString outOption = QStringLiteral("out");

QJsonObject toJson(const Passage &p, const QString &body, const QString &label)
{
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("article_id"), p.articleId},
            {QStringLiteral("quote"), p.quote()},
            {QStringLiteral("start"), CodePoints::fromUtf16(body, p.anchor.start)},
            {QStringLiteral("end"), CodePoints::fromUtf16(body, p.anchor.end)},
            {QStringLiteral("state"), passageStateName(p.state)},
            {QStringLiteral("note"), p.note},
            {QStringLiteral("label"), label},
            {QStringLiteral("tags"), QJsonArray::fromStringList(p.tags)},
            {QStringLiteral("entities"), QJsonArray::fromStringList(p.entities)},
            {QStringLiteral("owner"), p.owner},
            {QStringLiteral("shared"), p.shared}};
}

} // namespace

QString BookmarksCommand::description() const
{
    return tr("Bookmarked passages. Subcommands:\n"
              "  add ARTICLE_ID (--quote TEXT [--occurrence N] | --start S --end E)\n"
              "      [--note TEXT] [--label L] [--tag T]...   bookmark a passage (positions in code points)\n"
              "  list [--json] [--entity X] [--tag T] [--label L] [--article ID] [--state anchored|moved|orphaned]\n"
              "  remove ID                                     move a passage to the trash\n"
              "  share ID | unshare ID                         let the team read one of your passages, or stop\n"
              "                                                (on a team server)\n"
              "  export --format md|csv|jsonld [--raw] [--out FILE] [filters as for list]\n"
              "  import FILE.jsonld                            add passages from W3C Web Annotation JSON-LD");
}

void BookmarksCommand::setUp(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("subcommand"), tr("What to do, see above."),
                                 QStringLiteral("SUBCOMMAND [ARGS...]"));
    parser.addOptions({
        {quoteOption, tr("The text to bookmark, as written in the article."), QStringLiteral("TEXT")},
        {occurrenceOption, tr("Which occurrence of the quote, from 1."), QStringLiteral("N")},
        {startOption, tr("First code point of the passage in the body."), QStringLiteral("S")},
        {endOption, tr("Code point after the passage."), QStringLiteral("E")},
        {noteOption, tr("A note on the passage."), QStringLiteral("TEXT")},
        {labelOption, tr("A label, by name or number: evidence, question, follow up, important."),
         QStringLiteral("L")},
        {tagOption, tr("A tag (repeatable)."), QStringLiteral("T")},
        {jsonOption, tr("Print JSON.")},
        {entityOption, tr("Only passages naming this entity (name, alias or id)."), QStringLiteral("X")},
        {articleOption, tr("Only the passages of this article."), QStringLiteral("ID")},
        {stateOption, tr("Only passages in this state: anchored, moved or orphaned."), QStringLiteral("STATE")},
        {formatOption, tr("Export format: md, csv or jsonld."), QStringLiteral("FORMAT")},
        {outOption, tr("Write the export to FILE instead of the standard output."), QStringLiteral("FILE")},
    });
    addRawCsvOption(parser);
}

int BookmarksCommand::execute(const QCommandLineParser &parser, CommandContext &context)
{
    QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return usageError(context, tr("bookmarks: give a subcommand; see veille-cli bookmarks --help"));
    const QString subcommand = args.takeFirst();
    static const QStringList known{QStringLiteral("add"),    QStringLiteral("list"),  QStringLiteral("remove"),
                                   QStringLiteral("export"), QStringLiteral("import"), QStringLiteral("share"),
                                   QStringLiteral("unshare")};
    if (!known.contains(subcommand))
        return usageError(context, tr("bookmarks: unknown subcommand “%1”").arg(subcommand));
    const auto database = openDatabase(context);
    if (!database)
        return ExitFailure;
    ArticleStore articles(database->connection());
    EntityStore entities(database->connection());
    PassageStore passages(database->connection());
    const Stores stores{articles, entities, passages};
    if (subcommand == QLatin1String("add"))
        return add(parser, args, stores, context);
    if (subcommand == QLatin1String("list"))
        return list(parser, stores, context);
    if (subcommand == QLatin1String("remove"))
        return remove(args, stores, context);
    if (subcommand == QLatin1String("share") || subcommand == QLatin1String("unshare"))
        return share(args, subcommand == QLatin1String("share"), stores, context);
    if (subcommand == QLatin1String("export"))
        return exportAs(parser, stores, context);
    return import(args, stores, context);
}

int BookmarksCommand::add(const QCommandLineParser &parser, const QStringList &args, Stores stores,
                          CommandContext &context)
{
    bool ok = false;
    const qint64 articleId = args.size() == 1 ? args.first().toLongLong(&ok) : 0;
    if (!ok)
        return usageError(context, tr("bookmarks add: give one ARTICLE_ID"));
    const bool byQuote = parser.isSet(quoteOption);
    const bool byRange = parser.isSet(startOption) || parser.isSet(endOption);
    if (byQuote == byRange)
        return usageError(context, tr("bookmarks add: give either --quote or --start and --end"));
    const std::optional<Article> article = stores.articles.article(articleId);
    if (!article) {
        context.err << tr("no article %1").arg(articleId) << '\n';
        return ExitFailure;
    }
    TextRange range{-1, -1};
    if (byQuote) {
        const QString quote = parser.value(quoteOption);
        const int occurrence = parser.isSet(occurrenceOption) ? parser.value(occurrenceOption).toInt(&ok) : 1;
        if (quote.isEmpty() || (parser.isSet(occurrenceOption) && (!ok || occurrence < 1)))
            return usageError(context, tr("bookmarks add: --quote needs text and --occurrence a number from 1"));
        for (int seen = 0; seen < occurrence; ++seen) {
            range.start = int(article->body.indexOf(quote, range.start + 1));
            if (range.start < 0)
                break;
        }
        if (range.start < 0) {
            context.err << (occurrence == 1
                                ? tr("“%1” is not in article %2").arg(quote).arg(articleId)
                                : tr("“%1” occurs fewer than %2 times in article %3").arg(quote).arg(occurrence).arg(articleId))
                        << '\n';
            return ExitFailure;
        }
        range.end = range.start + int(quote.size());
    } else {
        bool startOk = false;
        bool endOk = false;
        const int s = parser.value(startOption).toInt(&startOk);
        const int e = parser.value(endOption).toInt(&endOk);
        range.start = startOk ? CodePoints::toUtf16(article->body, s) : -1;
        range.end = endOk ? CodePoints::toUtf16(article->body, e) : -1;
        if (!range.isValid())
            return usageError(context, tr("bookmarks add: --start and --end must be code points with start < end ≤ %1")
                                           .arg(CodePoints::fromUtf16(article->body, int(article->body.size()))));
    }
    Passage passage;
    passage.articleId = article->id;
    passage.articlePath = article->path;
    passage.anchor = TextAnchor::fromRange(article->body, range, article->contentHash);
    passage.note = parser.value(noteOption);
    passage.tags = parser.values(tagOption);
    if (parser.isSet(labelOption)) {
        passage.labelId = stores.passages.labelIdFor(parser.value(labelOption));
        if (passage.labelId == 0)
            return usageError(context, tr("bookmarks add: unknown label “%1”").arg(parser.value(labelOption)));
    }
    if (!stores.passages.add(passage)) {
        context.err << stores.passages.lastError() << '\n';
        return ExitFailure;
    }
    context.out << passage.id << '\n';
    return ExitOk;
}

bool BookmarksCommand::readQuery(const QCommandLineParser &parser, Stores stores, PassageQuery *query,
                                 CommandContext &context)
{
    if (parser.isSet(entityOption)) {
        const QVector<Entity> found = stores.entities.find(parser.value(entityOption));
        if (found.isEmpty()) {
            context.err << tr("no entity is named “%1”").arg(parser.value(entityOption)) << '\n';
            return false;
        }
        query->entityId = found.first().id;
    }
    query->tag = parser.value(tagOption);
    if (parser.isSet(labelOption)) {
        query->labelId = stores.passages.labelIdFor(parser.value(labelOption));
        if (query->labelId == 0) {
            context.err << tr("unknown label “%1”").arg(parser.value(labelOption)) << '\n';
            return false;
        }
    }
    if (parser.isSet(articleOption)) {
        query->articleId = parser.value(articleOption).toLongLong();
        if (query->articleId <= 0) {
            context.err << tr("--article needs an article id") << '\n';
            return false;
        }
    }
    if (parser.isSet(stateOption)) {
        query->state = passageStateFromName(parser.value(stateOption));
        if (!query->state) {
            context.err << tr("--state is anchored, moved or orphaned") << '\n';
            return false;
        }
    }
    return true;
}

int BookmarksCommand::list(const QCommandLineParser &parser, Stores stores, CommandContext &context)
{
    PassageQuery query;
    if (!readQuery(parser, stores, &query, context))
        return ExitUsage;
    const QVector<Passage> passages = stores.passages.passages(query, PassageStore::Order::ByArticle);
    if (!stores.passages.lastError().isEmpty()) {
        context.err << stores.passages.lastError() << '\n';
        return ExitFailure;
    }
    const QHash<int, QString> labels = stores.passages.labelNames();
    QJsonArray array;
    qint64 loaded = 0;
    QString body;
    for (const Passage &p : passages) {
        if (p.articleId != loaded) {
            const std::optional<Article> article = stores.articles.article(p.articleId);
            body = article ? article->body : QString();
            loaded = p.articleId;
        }
        const QJsonObject object = toJson(p, body, labels.value(p.labelId));
        if (parser.isSet(jsonOption)) {
            array.append(object);
            continue;
        }
        QString quote = p.quote().simplified();
        if (quote.size() > 60)
            quote = quote.left(59) + QChar(0x2026);
        // Owner and sharing last: the columns before keep their places. A
        // file's passages have no owner (its user's) and are not shared.
        context.out << p.id << '\t' << p.articleId << '\t' << passageStateName(p.state) << '\t' << printable(quote)
                    << '\t' << printable(p.note.simplified()) << '\t' << printable(p.tags.join(QLatin1Char(',')))
                    << '\t' << printable(p.owner) << '\t'
                    << (p.shared ? QStringLiteral("shared") : QStringLiteral("private")) << '\n';
    }
    if (parser.isSet(jsonOption))
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    return ExitOk;
}

int BookmarksCommand::remove(const QStringList &args, Stores stores, CommandContext &context)
{
    bool ok = false;
    const qint64 id = args.size() == 1 ? args.first().toLongLong(&ok) : 0;
    if (!ok)
        return usageError(context, tr("bookmarks remove: give one passage ID"));
    if (!stores.passages.moveToTrash(id)) {
        context.err << stores.passages.lastError() << '\n';
        return ExitFailure;
    }
    context.out << tr("passage %1 moved to the trash").arg(id) << '\n';
    return ExitOk;
}

int BookmarksCommand::share(const QStringList &args, bool shared, Stores stores, CommandContext &context)
{
    bool ok = false;
    const qint64 id = args.size() == 1 ? args.first().toLongLong(&ok) : 0;
    if (!ok) {
        return usageError(context,
                          shared ? tr("bookmarks share: give one passage ID")
                                 : tr("bookmarks unshare: give one passage ID"));
    }
    if (!stores.passages.canShare()) {
        context.err << tr("sharing needs a team server: a local database has no team (see --server)") << '\n';
        return ExitFailure;
    }
    if (!stores.passages.setShared(id, shared)) {
        context.err << printable(stores.passages.lastError()) << '\n';
        return ExitFailure;
    }
    context.out << (shared ? tr("passage %1 shared with the team: the others may read it, not change it")
                           : tr("passage %1 no longer shared: it is yours only"))
                       .arg(id)
                << '\n';
    return ExitOk;
}

int BookmarksCommand::exportAs(const QCommandLineParser &parser, Stores stores, CommandContext &context)
{
    const std::optional<PassageExport::Format> format = PassageExport::formatFromName(parser.value(formatOption));
    if (!format)
        return usageError(context, tr("bookmarks export: --format is md, csv or jsonld"));
    PassageQuery query;
    if (!readQuery(parser, stores, &query, context))
        return ExitUsage;
    const QByteArray data =
        PassageExport::write(*format, query, stores.passages, stores.articles, QLocale(), csvCells(parser));
    if (!parser.isSet(outOption)) {
        context.out << QString::fromUtf8(data);
        return ExitOk;
    }
    // Written whole or not at all: a full disk leaves the old file.
    QSaveFile file(parser.value(outOption));
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        context.err << tr("cannot write %1: %2").arg(shownPath(parser.value(outOption)), file.errorString()) << '\n';
        return ExitFailure;
    }
    return ExitOk;
}

int BookmarksCommand::import(const QStringList &args, Stores stores, CommandContext &context)
{
    if (args.size() != 1)
        return usageError(context, tr("bookmarks import: give one FILE.jsonld"));
    QFile file(args.first());
    if (!file.open(QIODevice::ReadOnly)) {
        context.err << tr("cannot read %1: %2").arg(shownPath(args.first()), file.errorString()) << '\n';
        return ExitFailure;
    }
    if (file.size() > 256 * 1024 * 1024) {
        context.err << tr("%1 is too large for an annotation file").arg(shownPath(args.first())) << '\n';
        return ExitFailure;
    }
    const WebAnnotation::ImportReport report = WebAnnotation::import(file.readAll(), stores.articles, stores.passages);
    if (!report.error.isEmpty()) {
        context.err << shownPath(args.first()) << ": " << report.error << '\n';
        return ExitFailure;
    }
    for (const QString &failure : report.failures)
        context.err << printable(failure) << '\n';
    context.out << tr("%1 passages added, %2 already there, %3 not imported")
                       .arg(report.added)
                       .arg(report.alreadyThere)
                       .arg(report.failures.size())
                << '\n';
    return report.failures.isEmpty() ? ExitOk : ExitFailure;
}

} // namespace Veille
