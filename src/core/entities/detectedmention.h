// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities/entity.h"
#include "text/textrange.h"

#include <QString>

namespace Veille {

/*! \brief A name the tagger or a rule found in one article, before it is
 * stored as a mention of a detected entity.
 *
 * \c name is the full form the article gives it ("Vladimir Poutine" for a
 * later "Poutine", "Organisation mondiale de la santé" for "OMS"): detected
 * names with the same folded name and type are one entity across articles.
 * When the full form is a name the gazetteer matched in the same article,
 * \c entityId is that entity and the mention is of it.
 */
struct DetectedMention : TextRange {
    QString name;
    QString type; //!< "Person", "Organisation" or "Place"
    float confidence = 0.0f;
    qint64 entityId = 0;
    QString role;
    MentionOrigin origin = MentionOrigin::Model; //!< the tagger, or a rule
    QString reason; //!< a rule's, translated ("honorific"); not stored
};

} // namespace Veille
