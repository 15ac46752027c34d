// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities/curationcommands.h"
#include "entities/entity.h"

#include <QDialog>

#include <memory>
#include <optional>

class QUndoStack;

namespace Ui {
class EntitiesDialog;
}

namespace Veille {

class EntityStore;

/*! The Entities manager: find an entity, edit its name, type and aliases,
 * merge two, delete one. Every change goes through the undo stack. */
class EntitiesDialog : public QDialog
{
    Q_OBJECT
public:
    EntitiesDialog(EntityStore &store, QUndoStack &undoStack, CurationCommand::Reindex reindex,
                   QWidget *parent = nullptr);
    ~EntitiesDialog() override;

    /*! Reads the gazetteer again, e.g. after an undo. */
    void reload();
    void selectEntity(qint64 id);

private:
    std::optional<Entity> current() const;
    void showCurrent();
    void push(QUndoCommand *command);
    void addEntity();
    void rename();
    void changeType(const QString &type);
    void addAlias();
    void removeAlias();
    void mergeInto();
    void removeEntity();
    EntityStatus status() const;
    QVector<qint64> selectedIds() const;
    void acceptShown();
    /*! Accepts (into the gazetteer) or rejects (suppresses) detected names. */
    void decide(const QVector<qint64> &ids, bool accept);

    std::unique_ptr<Ui::EntitiesDialog> m_ui;
    EntityStore &m_store;
    QUndoStack &m_undoStack;
    CurationCommand::Reindex m_reindex;
    QVector<Entity> m_entities;
    bool m_updating = false;
};

} // namespace Veille
