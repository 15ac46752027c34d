// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "passages/passagecommand.h"

namespace Veille {

namespace {
bool isDeleted(const QByteArray &snapshot)
{
    return snapshot.contains("\"deleted\":true");
}
} // namespace

PassageCommand::PassageCommand(PassageStore &store, const PassageStore::Change &change, Changed changed)
    : QUndoCommand(describe(change))
    , m_store(store)
    , m_change(change)
    , m_changed(std::move(changed))
{
}

QString PassageCommand::describe(const PassageStore::Change &change)
{
    if (change.before.isEmpty() || (isDeleted(change.before) && !isDeleted(change.after)))
        return tr("Bookmark Passage");
    if (isDeleted(change.after) && !isDeleted(change.before))
        return tr("Delete Passage");
    return tr("Edit Passage");
}

void PassageCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    apply(m_change.after);
}

void PassageCommand::undo()
{
    apply(m_change.before);
}

void PassageCommand::apply(const QByteArray &snapshot)
{
    const bool ok = m_store.restoreSnapshot(m_change.passageId, snapshot).has_value();
    m_changed(ok ? QString() : m_store.lastError());
}

} // namespace Veille
