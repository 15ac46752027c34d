// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "passages/passagesharecommand.h"

#include "passages/passagestore.h"

namespace Veille {

PassageShareCommand::PassageShareCommand(PassageStore &store, qint64 passageId, bool shared,
                                         PassageCommand::Changed changed)
    : QUndoCommand(shared ? tr("Share Passage") : tr("Stop Sharing Passage"))
    , m_store(store)
    , m_passageId(passageId)
    , m_shared(shared)
    , m_changed(std::move(changed))
{
}

void PassageShareCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    apply(m_shared);
}

void PassageShareCommand::undo()
{
    apply(!m_shared);
}

void PassageShareCommand::apply(bool shared)
{
    const bool ok = m_store.setShared(m_passageId, shared);
    m_changed(ok ? QString() : m_store.lastError());
}

} // namespace Veille
