// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articles/readstatecommand.h"

#include <utility>

namespace Veille {

ReadStateCommand::ReadStateCommand(ArticleStateStore &store, Kind kind, const QVector<qint64> &ids, bool on,
                                   Changed changed, bool done)
    : m_store(store)
    , m_kind(kind)
    , m_ids(ids)
    , m_on(on)
    , m_changed(std::move(changed))
    , m_done(done)
{
}

void ReadStateCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    apply(m_on);
}

void ReadStateCommand::undo()
{
    apply(!m_on);
}

void ReadStateCommand::apply(bool on)
{
    if (m_kind == Kind::Read)
        m_store.setRead(m_ids, on);
    else
        m_store.setStarred(m_ids, on);
    m_changed(m_ids);
}

} // namespace Veille
