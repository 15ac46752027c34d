// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "passages/passagecommand.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Veille {

class PassageStore;

/*! Sharing one's passage with the team, or taking it back, made already by
 * the store: undo sets it back, redo again. The store journals no sharing
 * (the passage is unchanged), so this lives only on the session's stack. */
class PassageShareCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Veille::PassageShareCommand)
public:
    PassageShareCommand(PassageStore &store, qint64 passageId, bool shared, PassageCommand::Changed changed);
    void redo() override;
    void undo() override;

private:
    void apply(bool shared);

    PassageStore &m_store;
    qint64 m_passageId = 0;
    bool m_shared = false; //!< what the command did: share, or stop sharing
    PassageCommand::Changed m_changed;
    bool m_done = true; //!< the store made the change before the push
};

} // namespace Veille
