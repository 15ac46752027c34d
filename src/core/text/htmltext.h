// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Veille {

/*! \brief The text of an HTML fragment (a feed item's body), as plain
 * lines: block elements (p, div, li, h1…h6, blockquote, tr…) end a
 * paragraph with a blank line, br ends a line, other tags are dropped,
 * script, style and comments are dropped with their content, and
 * character references (&amp;, &#233;, &#xE9;, the common named ones)
 * are decoded. Nothing is loaded: an img or a link is a tag like any
 * other, and the result is text, never markup.
 *
 * Veille's own converter rather than QTextDocument::setHtml(): core has
 * no Qt Gui, QTextDocument needs a QGuiApplication (fonts) that the
 * command-line tool and the import threads do not have, and a parser
 * made for display keeps hooks to load images and style sheets. This one
 * knows no resources at all, so it cannot load one. */
QString htmlToText(const QString &html);

} // namespace Veille
