// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articles/articlestatestore.h"

#include <QUndoCommand>
#include <QVector>

#include <functional>

namespace Veille {

/*! Marks articles read or unread, or stars them or not: redo sets the
 * state, undo the opposite one. "Mark All as Read" is one command over the
 * articles it changed, made already by the store before the push. */
class ReadStateCommand : public QUndoCommand
{
public:
    enum class Kind { Read, Star };
    /*! Called after each undo or redo with the articles changed. */
    using Changed = std::function<void(const QVector<qint64> &ids)>;

    ReadStateCommand(ArticleStateStore &store, Kind kind, const QVector<qint64> &ids, bool on, Changed changed,
                     bool done = false);
    void redo() override;
    void undo() override;

private:
    void apply(bool on);

    ArticleStateStore &m_store;
    Kind m_kind = Kind::Read;
    QVector<qint64> m_ids;
    bool m_on = true;
    Changed m_changed;
    bool m_done = false; //!< the store made the change before the push
};

} // namespace Veille
