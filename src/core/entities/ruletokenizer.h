// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/textrange.h"

#include <QChar>
#include <QStringView>
#include <QVector>

// How the entity rules cut a text into words, and what they read in the gaps
// between them. Internal to EntityRules.
namespace Veille::Rules {

// A word: its range in the text.
using Token = TextRange;

// Words as the matcher sees them (textfold.h), hyphens kept inside only, and
// '¬' joining the two halves of a word broken by OCR.
QVector<Token> tokenize(QStringView text);

bool isUpperInitial(QChar c);

// Spaces on one line: what separates the words of a name.
bool isBlank(QStringView gap);

// ", " (a comma between spaces on one line).
bool isComma(QStringView gap);

// One apostrophe and nothing else: "d’Estaing".
bool isApostropheGap(QStringView gap);

// ". " after an abbreviation; the space may be missing in OCR'd text.
bool isFullStopThen(QStringView gap, bool spaceRequired);

// What may stand between two words of a name in a typo search: spaces, an
// abbreviation's full stop, an apostrophe ("M. Chéron", "d’Estaing").
bool isVariantJoin(QStringView gap);

} // namespace Veille::Rules
