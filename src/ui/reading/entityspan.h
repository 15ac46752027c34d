// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/textrange.h"

#include <QString>

namespace Veille {

/*! What the reading pane paints and explains at one place of a body: a
 * mention of a known entity, or a suggestion from the rules. */
struct EntitySpan : TextRange { // UTF-16 offsets in Article::body
    qint64 entityId = 0; //!< 0 for a suggestion of a new name
    QString name; //!< canonical name, or the suggested text
    QString type;
    QString role; //!< the role linked to a person here
    QString written; //!< the text as written in the article
    int articles = -1; //!< how many articles name the entity; -1 until asked (see ReadingPane)
    bool suggestion = false;
    QString reason; //!< why a rule suggests it
    bool detected = false; //!< found by the tagger: a guess, not the gazetteer's sure match
    float confidence = 1.0f; //!< the tagger's, for a detected one
};

} // namespace Veille
