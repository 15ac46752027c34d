// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>

namespace Veille {

/*! \brief Folds one UTF-16 code unit to lower case, one unit for one unit.
 *
 * Simple case folding, so a folded text keeps the length of the original
 * and an offset in one is the same offset in the other. No-break spaces
 * (U+00A0, U+2007, U+202F) become ' ', so "10 000" typed either way is the
 * same text. Surrogates are returned unchanged.
 */
QChar foldCase(QChar c);

/*! \brief foldCase() plus the removal of diacritics: "é", "Ï", "ầ" → "e", "i", "a".
 *
 * Precomposed letters lose their marks (Vietnamese stacked marks too), and
 * the stroked letters that do not decompose (Đ, Ł, Ø) fold to their base
 * letter. Letters that would need two units (œ, æ, ß) stay themselves, lower
 * cased. Never changes whether a unit is a word character (isWordChar()).
 */
QChar foldAccentsAndCase(QChar c);

/*! \brief Whether \a c belongs inside a word for whole-word matching.
 *
 * Letters, digits and marks, and also hyphens (U+002D, U+2010, U+2011):
 * "Sud-Est" is one word, so a name "Est" is not found inside it.
 * Apostrophes (' and U+2019) separate words, so "d’Intel" names "Intel".
 * Surrogates count as separators.
 */
bool isWordChar(QChar c);

} // namespace Veille
