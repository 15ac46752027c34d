// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities/entity.h"
#include "text/textrange.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace Veille {

class EntityStore;

/*! The undoable changes a user makes to the gazetteer. Each one tells the
 * window which names it touched, so only the articles containing them are
 * indexed again. */
class CurationCommand : public QUndoCommand
{
public:
    using Reindex = std::function<void(const QStringList &texts)>;
    CurationCommand(EntityStore &store, Reindex reindex, const QString &text);

protected:
    static QStringList textsOf(const Entity &entity);

    EntityStore &m_store;
    Reindex m_reindex;
};

class AddEntityCommand : public CurationCommand
{
    Q_DECLARE_TR_FUNCTIONS(Veille::AddEntityCommand)
public:
    AddEntityCommand(EntityStore &store, Reindex reindex, const Entity &entity);
    void redo() override;
    void undo() override;
    qint64 entityId() const { return m_entity.id; }

private:
    Entity m_entity;
};

/*! Adds an alias to an entity, or removes one; undo does the other. */
class AliasCommand : public CurationCommand
{
    Q_DECLARE_TR_FUNCTIONS(Veille::AliasCommand)
public:
    enum class Change { Add, Remove };

    AliasCommand(EntityStore &store, Reindex reindex, Change change, qint64 entityId, const QString &entityName,
                 const Alias &alias);
    void redo() override;
    void undo() override;

private:
    void apply(Change change);

    Change m_change = Change::Add;
    qint64 m_entityId = 0;
    Alias m_alias;
};

/*! "Never highlight this", and rejecting a suggestion. */
class SuppressCommand : public CurationCommand
{
    Q_DECLARE_TR_FUNCTIONS(Veille::SuppressCommand)
public:
    SuppressCommand(EntityStore &store, Reindex reindex, const QString &text);
    void redo() override;
    void undo() override;

private:
    QString m_text;
};

/*! Accepting detected names (they join the gazetteer under their own ids)
 * or rejecting them (suppressed, their mentions gone), one or many in one
 * step, with one re-index. */
class DecideDetectedCommand : public CurationCommand
{
    Q_DECLARE_TR_FUNCTIONS(Veille::DecideDetectedCommand)
public:
    enum class Decision { Accept, Reject };

    DecideDetectedCommand(EntityStore &store, Reindex reindex, Decision decision, const QVector<Entity> &entities);
    void redo() override;
    void undo() override;

private:
    static QString textFor(Decision decision, const QVector<Entity> &entities);
    QStringList names() const;

    Decision m_decision = Decision::Accept;
    QVector<Entity> m_entities;
};

/*! "Not an entity here": one span of one article. */
class ExcludeSpanCommand : public CurationCommand
{
    Q_DECLARE_TR_FUNCTIONS(Veille::ExcludeSpanCommand)
public:
    ExcludeSpanCommand(EntityStore &store, Reindex reindex, qint64 articleId, const TextRange &range,
                       const QString &written);
    void redo() override;
    void undo() override;

private:
    qint64 m_articleId = 0;
    TextRange m_range;
    QString m_written;
};

/*! Edits of the Entities manager: rename, retype, merge, delete. Each keeps
 * a snapshot of what it changes, so undo restores names and aliases. */
class EditEntityCommand : public CurationCommand
{
    Q_DECLARE_TR_FUNCTIONS(Veille::EditEntityCommand)
public:
    enum class Kind { Rename, SetType, Merge, Remove };
    /*! \a value: the new name, the new type, or the id (as text) of the
     * entity merged into \a entity. */
    EditEntityCommand(EntityStore &store, Reindex reindex, Kind kind, const Entity &entity, const QString &value,
                      const Entity &other = {});
    void redo() override;
    void undo() override;

private:
    Kind m_kind;
    Entity m_entity; //!< the entity as it was
    Entity m_other; //!< for Merge: the entity merged away, as it was
    QString m_value;
};

} // namespace Veille
