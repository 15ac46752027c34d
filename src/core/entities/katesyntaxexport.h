// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities/entity.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace Veille {

/*! \brief Writes the gazetteer as a Kate (KSyntaxHighlighting) syntax definition.
 *
 * One style per entity type ("Company", "Person"…; other names are made safe
 * for a style name), and RegExpr rules that find every name and alias as a
 * whole word, as EntityMatcher does: apostrophes separate words, hyphens join
 * them, the longest name wins at a place and the leftmost place wins.
 * Case-sensitive aliases match exactly (a no-break space still stands for a
 * space); the others fold case, and accents too unless the alias says not,
 * through character classes built from textfold.h, so "Hanoï" finds
 * "Hanoi" and "HANOÏ". Rules are split so that none is longer than
 * MaxPatternLength, and ordered so that a longer name sharing a start with a
 * shorter one is always tried first.
 *
 * The result is UTF-8 XML, ready for a "syntax" folder of a
 * KSyntaxHighlighting search path or ~/.local/share/org.kde.syntax-highlighting/syntax.
 */
class KateSyntaxExport
{
public:
    /*! \brief The longest regular expression a rule gets, in UTF-16 units.
     * KSyntaxHighlighting drops patterns PCRE2 cannot compile, and Debian's
     * PCRE2 refuses compiled patterns past 64 K units: this stays well below. */
    static constexpr int MaxPatternLength = 20000;

    /*! \brief The syntax definition named \a languageName for \a entities.
     * An entity without aliases is matched by its name, case- and
     * accent-insensitively. */
    static QByteArray write(const QVector<Entity> &entities,
                            const QString &languageName = QStringLiteral("Veille Entities"));
};

} // namespace Veille
