// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities/detectedmention.h"
#include "entities/entityrules.h"

#include <QStringView>
#include <QVector>

namespace Veille {

/*! \brief Makes the ways one article writes a name one name.
 *
 * Sets each detected mention's full form (\c name), within \a body:
 * - a person named by the last words of a longer person's name in the same
 *   article ("Poutine", "M. Poutine" after "Vladimir Poutine") takes that
 *   longer name, the longest one there is;
 * - an acronym the article introduces in brackets after a name
 *   ("Organisation mondiale de la santé (OMS)") takes that name wherever
 *   the acronym stands alone;
 * - otherwise the mention's own text, without a leading honorific.
 * When the full form is one the gazetteer matched (\a known), the mention
 * becomes that entity's (\c entityId).
 */
void linkNameVariants(QStringView body, QVector<DetectedMention> &detected, const QVector<TypedSpan> &known);

/*! \brief Whether \a text is an abbreviation French news uses as a common
 * noun ("IA" for intelligence artificielle, "PIB", "PME", "Wi-Fi"): in
 * capitals, it looks like a name to the tagger, but it names no one. */
bool isCommonAbbreviation(QStringView text);

/*! \brief \a range without a leading honorific ("M.", "Mme", "Dr"…) and
 * its space: the honorific is not part of a name. */
TextRange withoutHonorific(QStringView body, TextRange range);

} // namespace Veille
