// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QString>
#include <QStringView>

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

/*! \brief foldAccentsAndCase() of every unit of \a text.
 *
 * The result is as long as \a text, so an offset in one is the same offset
 * in the other: what the matcher, the rules and the find bar compare.
 */
QString foldText(QStringView text);

/*! \brief The key under which texts that a reader takes for the same compare
 * equal: "Đà Nẵng" and "DA NANG", "Œuvre" and "oeuvre".
 *
 * Compatibility decomposition without the marks, with Đ, Œ and Æ spelt
 * d, oe and ae, then case folding. Not as long as the text, so it is for
 * sorting (titles) and comparing (names, notes), never for offsets.
 */
QString comparisonKey(const QString &text);

/*! \brief Whether \a c belongs inside a word for whole-word matching.
 *
 * Letters, digits and marks, and also hyphens (U+002D, U+2010, U+2011):
 * "Sud-Est" is one word, so a name "Est" is not found inside it.
 * Apostrophes (' and U+2019) separate words, so "d’Intel" names "Intel".
 * Surrogates count as separators.
 */
bool isWordChar(QChar c);

} // namespace Veille
