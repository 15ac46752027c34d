// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitiescommand.h"

#include "text/csvfield.h"
#include "db/database.h"
#include "entities/defaultgazetteer.h"
#include "entities/entitystore.h"
#include "entities/gazetteerfile.h"
#include "entities/katesyntaxexport.h"
#include "entities/mentionindexer.h"
#include "text/printable.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Veille {

namespace {
const QString typeOption = QStringLiteral("type");
const QString aliasOption = QStringLiteral("alias");
const QString jsonOption = QStringLiteral("json");
const QString formatOption = QStringLiteral("format");
const QString statusOption = QStringLiteral("status");

QStringList aliasTexts(const Entity &entity)
{
    QStringList texts;
    for (const Alias &alias : entity.aliases) {
        if (alias.text != entity.name)
            texts.append(alias.text);
    }
    return texts;
}

QStringList allTexts(const Entity &entity)
{
    return QStringList{entity.name} + aliasTexts(entity);
}

// The way a gazetteer file writes an alias, so export and import agree.
// A file says "case-sensitive" only with "=" (exact) or with an acronym's
// capitals; a case-sensitive alias that is neither, such as iso-codes'
// "Chili", is written exact: accents then count, but "chili" does not
// become Chile when the file is imported again.
QString writtenAlias(const Alias &alias)
{
    const Alias parsed = GazetteerFile::parseAlias(alias.text);
    if (alias.caseSensitive && !(parsed.caseSensitive && parsed.foldAccents == alias.foldAccents))
        return QLatin1Char('=') + alias.text;
    return alias.text;
}
} // namespace

QString EntitiesCommand::description() const
{
    return tr("Manage the gazetteer. Subcommands:\n"
              "  list [--type T] [--status S] [--json] entities with their aliases, articles and mentions;\n"
              "                                      S: confirmed (the gazetteer, the default) or detected\n"
              "  accept ID | reject ID               confirm a detected entity, or suppress its name\n"
              "  add NAME --type T [--alias A]...    add an entity\n"
              "  alias ID ALIAS                      add an alias to entity ID\n"
              "  merge KEEP_ID GONE_ID               merge GONE_ID into KEEP_ID\n"
              "  suppress TEXT                       never highlight TEXT\n"
              "  import FILE.csv                     add entities from a CSV with header name,type,aliases (aliases split by |)\n"
              "  export --format csv|ksyntax [--raw] write the gazetteer as CSV or as a Kate syntax definition\n"
              "  suggestions [--json]                typo variants of known names (\"Qualcom\"), with their articles");
}

void EntitiesCommand::setUp(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("subcommand"), tr("What to do, see above."),
                                 QStringLiteral("SUBCOMMAND [ARGS...]"));
    parser.addOption({typeOption, tr("The entity type: Company, Organisation, Person, Role, Place, or a new one."),
                      QStringLiteral("T")});
    parser.addOption({aliasOption, tr("Another name for the entity (repeatable)."), QStringLiteral("A")});
    parser.addOption({jsonOption, tr("Print JSON.")});
    parser.addOption({formatOption, tr("Export format: csv or ksyntax."), QStringLiteral("FORMAT")});
    parser.addOption({statusOption, tr("List confirmed or detected entities."), QStringLiteral("S")});
    addRawCsvOption(parser);
}

int EntitiesCommand::execute(const QCommandLineParser &parser, CommandContext &context)
{
    QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return usageError(context, tr("entities: give a subcommand; see veille-cli entities --help"));
    const QString subcommand = args.takeFirst();
    const auto database = openDatabase(context);
    if (!database)
        return ExitFailure;
    EntityStore store(database->connection());
    QString error;
    if (!DefaultGazetteer::ensureLoaded(*database, &error)) {
        context.err << error << '\n';
        return ExitFailure;
    }
    if (subcommand == QLatin1String("list"))
        return list(parser, store, context);
    if (subcommand == QLatin1String("add"))
        return args.size() == 1 ? add(parser, store, context)
                                : usageError(context, tr("entities add: give one NAME and --type"));
    if (subcommand == QLatin1String("alias"))
        return alias(args, store, context);
    if (subcommand == QLatin1String("merge"))
        return merge(args, store, context);
    if (subcommand == QLatin1String("accept") || subcommand == QLatin1String("reject"))
        return decide(subcommand == QLatin1String("accept"), args, store, context);
    if (subcommand == QLatin1String("suppress"))
        return suppress(args, store, context);
    if (subcommand == QLatin1String("import"))
        return importCsv(args, store, context);
    if (subcommand == QLatin1String("export"))
        return exportAs(parser, store, context);
    if (subcommand == QLatin1String("suggestions"))
        return suggestions(parser, store, context);
    return usageError(context, tr("entities: unknown subcommand “%1”").arg(subcommand));
}

int EntitiesCommand::list(const QCommandLineParser &parser, EntityStore &store, CommandContext &context)
{
    const QString type = parser.value(typeOption);
    const QString status = parser.value(statusOption);
    if (!status.isEmpty() && status != QLatin1String("detected") && status != QLatin1String("confirmed"))
        return usageError(context, tr("entities list: --status is detected or confirmed"));
    const bool detected = status == QLatin1String("detected");
    const QVector<Entity> entities =
        store.entities(type, detected ? EntityStatus::Detected : EntityStatus::Confirmed);
    QHash<qint64, EntityStore::Count> counts;
    const QVector<EntityStore::Count> all = store.counts(type);
    for (const EntityStore::Count &count : all)
        counts.insert(count.entityId, count);
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const Entity &entity : entities) {
            const EntityStore::Count count = counts.value(entity.id);
            array.append(QJsonObject{{QStringLiteral("id"), entity.id},
                                     {QStringLiteral("name"), entity.name},
                                     {QStringLiteral("type"), entity.type},
                                     {QStringLiteral("aliases"), QJsonArray::fromStringList(aliasTexts(entity))},
                                     {QStringLiteral("articles"), count.articles},
                                     {QStringLiteral("mentions"), count.mentions},
                                     {QStringLiteral("status"), status.isEmpty() ? QStringLiteral("confirmed") : status}});
        }
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    for (const Entity &entity : entities) {
        const EntityStore::Count count = counts.value(entity.id);
        context.out << entity.id << '\t' << printable(entity.type) << '\t' << printable(entity.name) << '\t'
                    << printable(aliasTexts(entity).join(QLatin1Char('|'))) << '\t'
                    << tr("%n article(s)", nullptr, count.articles) << ", "
                    << tr("%n mention(s)", nullptr, count.mentions) << '\n';
    }
    return ExitOk;
}

int EntitiesCommand::add(const QCommandLineParser &parser, EntityStore &store, CommandContext &context)
{
    if (!parser.isSet(typeOption))
        return usageError(context, tr("entities add: --type is required"));
    Entity entity{0, parser.positionalArguments().at(1), parser.value(typeOption), {}};
    entity.aliases.append(GazetteerFile::parseAlias(entity.name));
    const QStringList aliases = parser.values(aliasOption);
    for (const QString &alias : aliases)
        entity.aliases.append(GazetteerFile::parseAlias(alias));
    const qint64 id = store.addEntity(entity);
    if (!id) {
        context.err << store.lastError() << '\n';
        return ExitFailure;
    }
    context.out << id << '\n';
    return reindex(allTexts(entity), context);
}

int EntitiesCommand::alias(const QStringList &args, EntityStore &store, CommandContext &context)
{
    bool isId = false;
    const qint64 id = args.size() == 2 ? args.first().toLongLong(&isId) : 0;
    if (!isId)
        return usageError(context, tr("entities alias: give an entity ID and an ALIAS"));
    if (!store.entity(id)) {
        context.err << tr("no entity with id %1").arg(id) << '\n';
        return ExitFailure;
    }
    if (!store.addAlias(id, GazetteerFile::parseAlias(args.at(1)))) {
        context.err << store.lastError() << '\n';
        return ExitFailure;
    }
    return reindex({args.at(1)}, context);
}

int EntitiesCommand::decide(bool accept, const QStringList &args, EntityStore &store, CommandContext &context)
{
    bool ok = false;
    const qint64 id = args.size() == 1 ? args.first().toLongLong(&ok) : 0;
    if (!ok)
        return usageError(context, tr("entities accept|reject: give one entity ID"));
    const std::optional<Entity> entity = store.entity(id);
    if (!entity) {
        context.err << tr("entities: no entity %1").arg(id) << '\n';
        return ExitFailure;
    }
    if (!(accept ? store.confirm(id) : store.reject(id))) {
        context.err << store.lastError() << '\n';
        return ExitFailure;
    }
    // An accepted name is now matched everywhere; a rejected one nowhere.
    return reindex(allTexts(*entity), context);
}

int EntitiesCommand::merge(const QStringList &args, EntityStore &store, CommandContext &context)
{
    bool keepOk = false;
    bool goneOk = false;
    const qint64 keep = args.size() == 2 ? args.at(0).toLongLong(&keepOk) : 0;
    const qint64 gone = args.size() == 2 ? args.at(1).toLongLong(&goneOk) : 0;
    if (!keepOk || !goneOk)
        return usageError(context, tr("entities merge: give KEEP_ID and GONE_ID"));
    const auto goneEntity = store.entity(gone);
    if (!store.mergeEntities(keep, gone)) {
        context.err << store.lastError() << '\n';
        return ExitFailure;
    }
    return reindex(goneEntity ? allTexts(*goneEntity) : QStringList(), context);
}

int EntitiesCommand::suppress(const QStringList &args, EntityStore &store, CommandContext &context)
{
    if (args.size() != 1 || args.first().trimmed().isEmpty())
        return usageError(context, tr("entities suppress: give the TEXT never to highlight"));
    if (!store.suppress(args.first())) {
        context.err << store.lastError() << '\n';
        return ExitFailure;
    }
    return reindex(args, context);
}

int EntitiesCommand::importCsv(const QStringList &args, EntityStore &store, CommandContext &context)
{
    if (args.size() != 1)
        return usageError(context, tr("entities import: give one CSV file"));
    QFile file(args.first());
    if (!file.open(QIODevice::ReadOnly)) {
        context.err << tr("cannot read %1: %2").arg(shownPath(args.first()), file.errorString()) << '\n';
        return ExitFailure;
    }
    const GazetteerFile::Result result = GazetteerFile::readCsv(file);
    for (const QString &problem : result.errors)
        context.err << shownPath(args.first()) << ": " << printable(problem) << '\n';
    // Read inside the transaction, once no other client is loading names
    // (two analysts importing watch lists at once on a team server): names
    // already in the gazetteer gain the file's aliases instead of becoming
    // duplicates, so a watch list can be imported again.
    if (!store.beginTransaction()) {
        context.err << store.lastError() << '\n';
        return ExitFailure;
    }
    if (!store.lockGazetteer()) {
        context.err << store.lastError() << '\n';
        store.rollbackTransaction();
        return ExitFailure;
    }
    const QVector<Entity> existing = store.entities();
    QHash<QString, qint64> byName;
    for (const Entity &entity : existing)
        byName.insert(entity.type.toLower() + QLatin1Char('\t') + GazetteerFile::foldedName(entity.name), entity.id);
    QStringList texts;
    int added = 0;
    for (const Entity &entity : result.entities) {
        const qint64 known = byName.value(entity.type.toLower() + QLatin1Char('\t') + GazetteerFile::foldedName(entity.name));
        bool ok = true;
        if (known) {
            for (const Alias &alias : entity.aliases)
                ok = ok && store.addAlias(known, alias);
        } else {
            ok = store.addEntity(entity) != 0;
            added += ok ? 1 : 0;
        }
        if (!ok) {
            context.err << store.lastError() << '\n';
            store.rollbackTransaction();
            return ExitFailure;
        }
        texts += allTexts(entity);
    }
    if (!store.commitTransaction()) {
        context.err << store.lastError() << '\n';
        return ExitFailure;
    }
    context.out << tr("%n entities added", nullptr, added) << ", "
                << tr("%n updated", nullptr, int(result.entities.size()) - added) << ", "
                << tr("%n lines failed", nullptr, int(result.errors.size())) << '\n';
    const int indexed = reindex(texts, context);
    return indexed != ExitOk ? indexed : (result.errors.isEmpty() ? ExitOk : ExitFailure);
}

int EntitiesCommand::exportAs(const QCommandLineParser &parser, EntityStore &store, CommandContext &context)
{
    const QString format = parser.value(formatOption);
    const QVector<Entity> entities = store.entities();
    if (format == QLatin1String("ksyntax")) {
        context.out << QString::fromUtf8(KateSyntaxExport::write(entities));
        return ExitOk;
    }
    if (format != QLatin1String("csv"))
        return usageError(context, tr("entities export: --format is csv or ksyntax"));
    const CsvCells cells = csvCells(parser);
    context.out << "name,type,aliases\n";
    for (const Entity &entity : entities) {
        // The name is written with its own alias's options ("=Meta"). That
        // alias is not always the first: a renamed entity keeps its old
        // name first, and the user may have removed it.
        Alias name{0, entity.name, false, true};
        QStringList aliases;
        for (const Alias &alias : entity.aliases) {
            if (alias.text == entity.name)
                name = alias;
            else
                aliases.append(writtenAlias(alias));
        }
        context.out << csvField(writtenAlias(name), cells) << ',' << csvField(entity.type, cells) << ','
                    << csvField(aliases.join(QLatin1Char('|')), cells) << '\n';
    }
    return ExitOk;
}

int EntitiesCommand::suggestions(const QCommandLineParser &parser, EntityStore &store, CommandContext &context)
{
    const QVector<EntityStore::PendingSuggestion> pending = store.pendingSuggestions();
    QJsonArray array;
    for (const EntityStore::PendingSuggestion &suggestion : pending) {
        const QString variantOf = suggestion.variantOf ? store.entity(suggestion.variantOf).value_or(Entity()).name : QString();
        if (parser.isSet(jsonOption)) {
            QJsonObject json{{QStringLiteral("text"), suggestion.text},
                             {QStringLiteral("type"), suggestion.type},
                             {QStringLiteral("reason"), suggestion.reason},
                             {QStringLiteral("articles"), suggestion.articles}};
            if (suggestion.variantOf) {
                json.insert(QStringLiteral("variant_of"), suggestion.variantOf);
                json.insert(QStringLiteral("variant_of_name"), variantOf);
            }
            array.append(json);
        } else {
            context.out << suggestion.text << '\t' << suggestion.type << '\t' << suggestion.reason << '\t'
                        << tr("%n article(s)", nullptr, suggestion.articles) << '\n';
        }
    }
    if (parser.isSet(jsonOption))
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    return ExitOk;
}

int EntitiesCommand::reindex(const QStringList &texts, CommandContext &context)
{
    if (texts.isEmpty())
        return ExitOk;
    MentionIndexer indexer(context.databasePath);
    indexer.setNameDetection(nameDetection());
    const int count = indexer.run(texts);
    if (count < 0) {
        context.err << tr("the names changed, but finding them again failed: %1").arg(indexer.errorString()) << '\n';
        return ExitFailure;
    }
    context.err << tr("%n article(s) indexed again", nullptr, count) << '\n';
    return ExitOk;
}

} // namespace Veille
