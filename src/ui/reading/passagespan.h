// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

namespace Veille {

/*! A bookmarked passage as the reading pane paints and explains it. */
struct PassageSpan {
    qint64 id = 0;
    int start = 0; //!< UTF-16 offset in Article::body
    int end = 0;
    QColor color; //!< the label's colour
    QString label;
    QString note;
};

} // namespace Veille
