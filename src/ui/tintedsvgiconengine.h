// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIconEngine>

namespace Veille {

// Draws a monochrome SVG whose strokes say `currentColor` in the application
// palette's text colour, read at each paint: Qt's SVG renderer knows no
// palette, and one grey cannot read well on both a light and a dark theme.
class TintedSvgIconEngine : public QIconEngine
{
public:
    explicit TintedSvgIconEngine(const QByteArray &svg);

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;

    // The colour that `currentColor` becomes for an icon in this mode.
    static QColor tint(QIcon::Mode mode);

private:
    QByteArray m_svg;
};

} // namespace Veille
