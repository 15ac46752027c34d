// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QAbstractItemView;

namespace Veille {

// Names, titles, notes, tags, paths and errors come from data: a gazetteer
// from someone else or an article may hold "<img src=…>" or "AT&T". A QLabel
// shows them with Qt::PlainText; these cover the sinks that have no such
// switch.

// For a sink that renders rich text as soon as Qt::mightBeRichText() says
// the text looks like HTML: tooltips, QInputDialog labels, QMessageBox
// texts. The result is rich text that shows \a text literally, line breaks
// kept.
QString literalRichText(const QString &text);

// For a QAction, a menu title or a button, where & marks a mnemonic and a
// tab starts the shortcut column: the result shows \a text literally.
QString literalActionText(const QString &text);

// Makes \a view show its model's Qt::ToolTipRole, which holds plain text
// (see models/itemdatarole.h), literally rather than as rich text.
void showPlainToolTips(QAbstractItemView *view);

} // namespace Veille
