// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entity.h"
#include "entitymatcher.h"

#include <QHash>
#include <QSet>

namespace Veille {

class EntityStore;

/*! \brief Finds the mentions of known entities in an article's body.
 *
 * A snapshot of the gazetteer: built once from the store, then immutable,
 * so the importer runs it on a worker thread while another thread writes.
 * Suppressed texts ("never highlight this") and spans excluded in one
 * article ("not an entity here") are left out.
 */
class MentionFinder
{
public:
    MentionFinder() = default;
    MentionFinder(const QVector<Entity> &entities, const QStringList &suppressions);
    /*! \brief The gazetteer and suppressions as \a store has them now. */
    static MentionFinder fromStore(const EntityStore &store);

    /*! \brief The mentions in \a body, in order, without the \a excluded spans. */
    QVector<Mention> find(QStringView body, const QVector<QPair<int, int>> &excluded = {}) const;

    bool isEmpty() const { return m_matcher.isEmpty(); }
    int entityCount() const { return m_entityCount; }

private:
    EntityMatcher m_matcher;
    QSet<QString> m_suppressed;
    int m_entityCount = 0;
};

} // namespace Veille
