// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "passages/passagestore.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace Veille {

/*! One change to a passage (bookmarked, edited, deleted, re-attached), made
 * already by the store: redo and undo write the after and before snapshots
 * back. Built from the store's journal too, so undo works after a restart. */
class PassageCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Veille::PassageCommand)
public:
    /*! Called after each undo or redo, with an error in words, or empty. */
    using Changed = std::function<void(const QString &error)>;

    PassageCommand(PassageStore &store, const PassageStore::Change &change, Changed changed);
    void redo() override;
    void undo() override;

    /*! "Bookmark Passage", "Edit Passage"… for \a change. */
    static QString describe(const PassageStore::Change &change);

private:
    void apply(const QByteArray &snapshot);

    PassageStore &m_store;
    PassageStore::Change m_change;
    Changed m_changed;
    bool m_done = true; //!< the store made the change before the push
};

} // namespace Veille
