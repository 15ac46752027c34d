// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/textrange.h"

#include <QColor>
#include <QString>

namespace Veille {

/*! A bookmarked passage as the reading pane paints and explains it. */
struct PassageSpan : TextRange { // UTF-16 offsets in Article::body
    qint64 id = 0;
    QColor color; //!< the label's colour
    QString label;
    QString note;
};

} // namespace Veille
