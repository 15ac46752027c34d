// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/curationcommands.h"

#include "entities/entitystore.h"
#include "plaintext.h"

namespace Veille {

namespace {
// The part after the newline is the undo action's text, where a name's & would be a mnemonic.
QString commandText(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text + QLatin1Char('\n') + literalActionText(text);
}
} // namespace

CurationCommand::CurationCommand(EntityStore &store, Reindex reindex, const QString &text)
    : QUndoCommand(commandText(text))
    , m_store(store)
    , m_reindex(std::move(reindex))
{
}

QStringList CurationCommand::textsOf(const Entity &entity)
{
    QStringList texts{entity.name};
    for (const Alias &alias : entity.aliases)
        texts.append(alias.text);
    texts.removeDuplicates();
    return texts;
}

AddEntityCommand::AddEntityCommand(EntityStore &store, Reindex reindex, const Entity &entity)
    : CurationCommand(store, std::move(reindex), tr("Mark “%1” as %2").arg(entity.name, entity.type))
    , m_entity(entity)
{
}

void AddEntityCommand::redo()
{
    m_entity.id = m_store.addEntity(m_entity);
    m_reindex(textsOf(m_entity));
}

void AddEntityCommand::undo()
{
    m_store.removeEntity(m_entity.id);
    m_reindex(textsOf(m_entity));
}

AliasCommand::AliasCommand(EntityStore &store, Reindex reindex, Change change, qint64 entityId,
                           const QString &entityName, const Alias &alias)
    : CurationCommand(store, std::move(reindex),
                      change == Change::Add ? tr("Add “%1” as an alias of %2").arg(alias.text, entityName)
                                            : tr("Remove the alias “%1” of %2").arg(alias.text, entityName))
    , m_change(change)
    , m_entityId(entityId)
    , m_alias(alias)
{
}

void AliasCommand::redo()
{
    apply(m_change);
}

void AliasCommand::undo()
{
    apply(m_change == Change::Add ? Change::Remove : Change::Add);
}

void AliasCommand::apply(Change change)
{
    if (change == Change::Add)
        m_alias.id = m_store.addAlias(m_entityId, m_alias);
    else
        m_store.removeAlias(m_alias.id);
    m_reindex({m_alias.text});
}

SuppressCommand::SuppressCommand(EntityStore &store, Reindex reindex, const QString &text)
    : CurationCommand(store, std::move(reindex), tr("Never highlight “%1”").arg(text))
    , m_text(text)
{
}

void SuppressCommand::redo()
{
    m_store.suppress(m_text);
    m_reindex({m_text});
}

void SuppressCommand::undo()
{
    m_store.unsuppress(m_text);
    m_reindex({m_text});
}

DecideDetectedCommand::DecideDetectedCommand(EntityStore &store, Reindex reindex, Decision decision,
                                             const QVector<Entity> &entities)
    : CurationCommand(store, std::move(reindex), textFor(decision, entities))
    , m_decision(decision)
    , m_entities(entities)
{
}

QString DecideDetectedCommand::textFor(Decision decision, const QVector<Entity> &entities)
{
    if (entities.size() == 1) {
        return decision == Decision::Accept ? tr("Accept “%1”").arg(entities.first().name)
                                            : tr("Reject “%1”").arg(entities.first().name);
    }
    const int count = int(entities.size());
    return decision == Decision::Accept ? tr("Accept %n detected name(s)", nullptr, count)
                                        : tr("Reject %n detected name(s)", nullptr, count);
}

QStringList DecideDetectedCommand::names() const
{
    QStringList names;
    for (const Entity &entity : m_entities)
        names.append(entity.name);
    return names;
}

void DecideDetectedCommand::redo()
{
    for (Entity &entity : m_entities) {
        // A rejected name that an undo brought back was detected again at
        // the re-index, under a new id: it is found by its name.
        const qint64 detected = m_store.detectedId(entity.name);
        if (detected)
            entity.id = detected;
        if (m_decision == Decision::Accept)
            m_store.confirm(entity.id);
        else if (!m_store.reject(entity.id))
            m_store.suppress(entity.name);
    }
    m_reindex(names());
}

void DecideDetectedCommand::undo()
{
    // An accepted name is a detected one again under its id, which the
    // re-index finds by its key; a rejected one comes back at the re-index.
    for (const Entity &entity : std::as_const(m_entities)) {
        if (m_decision == Decision::Accept)
            m_store.unconfirm(entity.id);
        else
            m_store.unsuppress(entity.name);
    }
    m_reindex(names());
}

ExcludeSpanCommand::ExcludeSpanCommand(EntityStore &store, Reindex reindex, qint64 articleId,
                                       const TextRange &range, const QString &written)
    : CurationCommand(store, std::move(reindex), tr("“%1” is not an entity here").arg(written))
    , m_articleId(articleId)
    , m_range(range)
    , m_written(written)
{
}

void ExcludeSpanCommand::redo()
{
    m_store.excludeSpan(m_articleId, m_range);
    m_reindex({m_written});
}

void ExcludeSpanCommand::undo()
{
    m_store.includeSpan(m_articleId, m_range);
    m_reindex({m_written});
}

namespace {
QString editText(EditEntityCommand::Kind kind, const Entity &entity, const QString &value, const Entity &other)
{
    switch (kind) {
    case EditEntityCommand::Kind::Rename:
        return EditEntityCommand::tr("Rename %1 to %2").arg(entity.name, value);
    case EditEntityCommand::Kind::SetType:
        return EditEntityCommand::tr("Make %1 a %2").arg(entity.name, value);
    case EditEntityCommand::Kind::Merge:
        return EditEntityCommand::tr("Merge %1 into %2").arg(other.name, entity.name);
    case EditEntityCommand::Kind::Remove:
        break;
    }
    return EditEntityCommand::tr("Delete %1").arg(entity.name);
}
} // namespace

EditEntityCommand::EditEntityCommand(EntityStore &store, Reindex reindex, Kind kind, const Entity &entity,
                                     const QString &value, const Entity &other)
    : CurationCommand(store, std::move(reindex), editText(kind, entity, value, other))
    , m_kind(kind)
    , m_entity(entity)
    , m_other(other)
    , m_value(value)
{
}

void EditEntityCommand::redo()
{
    switch (m_kind) {
    case Kind::Rename:
        m_store.renameEntity(m_entity.id, m_value);
        m_reindex({m_value});
        return;
    case Kind::SetType:
        m_store.setEntityType(m_entity.id, m_value);
        m_reindex({});
        return;
    case Kind::Merge:
        m_store.mergeEntities(m_entity.id, m_other.id);
        m_reindex(textsOf(m_other));
        return;
    case Kind::Remove:
        m_store.removeEntity(m_entity.id);
        m_reindex(textsOf(m_entity));
        return;
    }
}

void EditEntityCommand::undo()
{
    switch (m_kind) {
    case Kind::Rename:
        m_store.renameEntity(m_entity.id, m_entity.name);
        m_reindex({m_value, m_entity.name});
        return;
    case Kind::SetType:
        m_store.setEntityType(m_entity.id, m_entity.type);
        m_reindex({});
        return;
    case Kind::Merge: {
        // The merged entity comes back with its own aliases, which the
        // kept one gives up again.
        const QVector<Alias> kept = m_entity.aliases;
        if (const auto now = m_store.entity(m_entity.id)) {
            for (const Alias &alias : now->aliases) {
                const bool own = std::any_of(kept.cbegin(), kept.cend(),
                                             [&alias](const Alias &a) { return a.text == alias.text; });
                if (!own)
                    m_store.removeAlias(alias.id);
            }
        }
        m_other.id = m_store.addEntity(m_other);
        m_reindex(textsOf(m_other));
        return;
    }
    case Kind::Remove:
        m_entity.id = m_store.addEntity(m_entity);
        m_reindex(textsOf(m_entity));
        return;
    }
}

} // namespace Veille
