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
 * the names the gazetteer does not know yet, found by the rules and the
 * tagger in one stream of detected names.
 *
 * A snapshot of the gazetteer: built once from the store, then immutable,
 * so the importer runs it on a worker thread while another thread writes.
 * Suppressed texts ("never highlight this", rejected suggestions) and spans
 * excluded in one article ("not an entity here") are left out. A role the
 * rules link to a person is kept on that person's mention.
 *
 * A rule's new name ("M. Delorme", "le groupe Lumitek") is a detected
 * name of origin Rule with NameDetection::RuleConfidence, its honorific cut
 * off; a rule's typo variant ("Qualcom") stays a suggestion, to be added
 * as an alias of the entity it is close to.
 *
 * With a tagger, French text (looksFrench()) also gets the tagger's names:
 * where the gazetteer matched, it wins; below the confidence threshold
 * nothing is kept; suppressed names and excluded spans are left out as for
 * the gazetteer. Where a rule and the tagger read the same name, the
 * tagger's mention is kept, unless the rule's reading is longer ("Tran Minh
 * Khoa" where the tagger saw "Minh Khoa"). Then the names of both are
 * linked into full forms (linkNameVariants()).
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
        QVector<Suggestion> suggestions; //!< typo variants of known names ("Qualcom"), in order
        QVector<DetectedMention> detected; //!< the rules' and the tagger's new names, in order
    };

    /*! \brief What \a body names, without the \a excluded spans. */
    Findings find(QStringView body, const QVector<TextRange> &excluded = {}) const;

    bool isEmpty() const { return m_matcher.isEmpty(); }

private:
    bool isSuppressed(QStringView text) const;
    QVector<TypedSpan> matchGazetteer(QStringView body, const QVector<TextRange> &excluded,
                                      QVector<Mention> &mentions) const;
    void appendRuleName(QStringView body, const Suggestion &suggestion, const QVector<TextRange> &excluded,
                        QVector<DetectedMention> &names) const;
    QVector<DetectedMention> tag(QStringView body, const QVector<TypedSpan> &known, const QVector<TextRange> &excluded,
                                 const QVector<DetectedMention> &ruleNames, const QVector<Suggestion> &variants) const;
    QVector<DetectedMention> oneStream(QStringView body, const QVector<TypedSpan> &known,
                                       const QVector<DetectedMention> &ruleNames,
                                       const QVector<DetectedMention> &tagged) const;

    EntityMatcher m_matcher;
    EntityRules m_rules{{}};
    QHash<qint64, QString> m_typeOf;
    QSet<QString> m_suppressed;
    NameDetection m_detection;
};

} // namespace Veille
