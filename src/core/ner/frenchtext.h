// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace Veille {

/*! \brief Whether \a text reads as French: the gate in front of the French
 * tagger, so that English wire copy keeps the gazetteer and the rules only.
 *
 * Counts the most frequent function words of French and of English
 * ("le", "des", "est"… against "the", "of", "is"…) among the first few
 * thousand characters' words. A text is French when French ones are at
 * least one word in ten and outnumber the English ones twice. Short texts
 * with too few words to tell are not French: the tagger is not run on a
 * guess.
 */
bool looksFrench(QStringView text);

} // namespace Veille
