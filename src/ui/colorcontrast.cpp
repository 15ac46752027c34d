// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "colorcontrast.h"

#include <QtMath>

namespace Veille {
namespace ColorContrast {

namespace {
// The sRGB transfer function, undone: WCAG 2.x's "linear" channel value.
double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : qPow((channel + 0.055) / 1.055, 2.4);
}
} // namespace

double relativeLuminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF());
}

double ratio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor over(const QColor &color, const QColor &background)
{
    const QColor top = color.toRgb();
    const QColor bottom = background.toRgb();
    const double alpha = top.alphaF();
    const auto mix = [alpha](double a, double b) { return alpha * a + (1.0 - alpha) * b; };
    return QColor::fromRgbF(mix(top.redF(), bottom.redF()), mix(top.greenF(), bottom.greenF()),
                            mix(top.blueF(), bottom.blueF()));
}

bool isDark(const QColor &background)
{
    return background.lightnessF() < 0.5;
}

} // namespace ColorContrast
} // namespace Veille
