// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities/detectedmention.h"
#include "entities/entity.h"
#include "entities/entitymatcher.h"
#include "entities/entityrules.h"
#include "entities/namedetection.h"

#include <QHash>
#include <QSet>

#include <memory>

namespace Veille {

class EntityStore;

/*! \brief Finds the mentions of known entities in an article's body, and
 * what the rules suggest about names the gazetteer does not know yet.
 *
 * A snapshot of the gazetteer: built once from the store, then immutable,
 * so the importer runs it on a worker thread while another thread writes.
 * Suppressed texts ("never highlight this", rejected suggestions) and spans
 * excluded in one article ("not an entity here") are left out. A role the
 * rules link to a person is kept on that person's mention.
 *
 * With a tagger, French text (looksFrench()) also gets the names the
 * gazetteer does not know: where the gazetteer matched, it wins; below the
 * confidence threshold nothing is kept; suppressed names and excluded spans
 * are left out as for the gazetteer; and a rule's typo variant ("Qualcom")
 * is kept as the rule's suggestion rather than as a new name.
 */
class MentionFinder
{
public:
    MentionFinder() = default;
    MentionFinder(const QVector<Entity> &entities, const QStringList &suppressions, NameDetection detection = {});
    /*! \brief The gazetteer (confirmed entities) and suppressions as \a store
     * has them now. */
    static MentionFinder fromStore(const EntityStore &store, NameDetection detection = {});

    struct Findings {
        QVector<Mention> mentions; //!< in order
        QVector<Suggestion> suggestions; //!< in order
        QVector<DetectedMention> detected; //!< the tagger's names, in order
    };

    /*! \brief What \a body names, without the \a excluded spans. */
    Findings find(QStringView body, const QVector<TextRange> &excluded = {}) const;

    bool isEmpty() const { return m_matcher.isEmpty(); }

private:
    bool isSuppressed(QStringView text) const;
    QVector<DetectedMention> detect(QStringView body, const QVector<TypedSpan> &known,
                                    const QVector<TextRange> &excluded, QVector<Suggestion> &suggestions) const;

    EntityMatcher m_matcher;
    EntityRules m_rules{{}};
    QHash<qint64, QString> m_typeOf;
    QSet<QString> m_suppressed;
    NameDetection m_detection;
};

} // namespace Veille
