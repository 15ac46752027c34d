// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

namespace Veille {

// WCAG 2.x contrast, used to keep every custom colour readable on the
// light and the dark palette: text needs 4.5:1, an underline or a swatch 3:1.
namespace ColorContrast {

constexpr double TextMinimum = 4.5;
constexpr double GraphicMinimum = 3.0;

/*! The relative luminance of \a color (its alpha ignored), 0 for black to 1 for white. */
double relativeLuminance(const QColor &color);
/*! The contrast ratio of two opaque colours, from 1 (same) to 21 (black on white). */
double ratio(const QColor &a, const QColor &b);
/*! \a color, with its alpha, painted over the opaque \a background. */
QColor over(const QColor &color, const QColor &background);
/*! Whether \a background is a dark one, on which light colours are drawn. */
bool isDark(const QColor &background);

} // namespace ColorContrast

} // namespace Veille
