// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/textrange.h"

#include <QString>

namespace Veille {

/*! What the reading pane paints and explains at one place of a body: a
 * mention of a known or detected entity, or a rule's suggestion of a typo
 * variant of a known name. */
struct EntitySpan : TextRange { // UTF-16 offsets in Article::body
    qint64 entityId = 0; //!< 0 for a suggestion of a new name
    QString name; //!< canonical name, or the suggested text
    QString type;
    QString role; //!< the role linked to a person here
    QString written; //!< the text as written in the article
    int articles = -1; //!< how many articles name the entity; -1 until asked (see ReadingPane)
    bool suggestion = false;
    QString reason; //!< why a rule suggests it
    bool detected = false; //!< found by the tagger or a rule: a guess, not the gazetteer's sure match
    bool byRule = false; //!< detected by a rule rather than the tagger
    bool confirmed = true; //!< its entity is in the gazetteer; false: a detected entity, to accept or reject
    float confidence = 1.0f; //!< the tagger's or the rule's, for a detected one
};

} // namespace Veille
