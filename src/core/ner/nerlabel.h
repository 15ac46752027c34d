// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Veille {

/*! \brief The kinds of name the French tagger tells apart. */
enum class NameType : quint8 { Person, Organisation, Place, Misc };

namespace Ner {

// BILOU labels: O, then Begin/Inside/Last/Unit for each type. BILOU rather
// than BIO because a left-to-right tagger then decides at a name's last word that
// the name ends ("Last"), with the next word as a feature, instead of
// deciding it one word too late; that is where names ran on into "… de".
enum class Position : quint8 { Outside, Begin, Inside, Last, Unit };

constexpr int TypeCount = 4;
constexpr int LabelCount = 1 + 4 * TypeCount;
constexpr int Outside = 0;

constexpr int labelOf(Position position, NameType type)
{
    return position == Position::Outside ? Outside : 1 + 4 * int(type) + int(position) - 1;
}

constexpr Position positionOf(int label)
{
    return label == Outside ? Position::Outside : Position(1 + (label - 1) % 4);
}

constexpr NameType typeOf(int label)
{
    return NameType(label == Outside ? 0 : (label - 1) / 4);
}

// Whether \a label may follow \a previous (Outside at a sentence start):
// inside a name only Inside or Last of its type; outside, anything that
// starts.
constexpr bool allowedAfter(int previous, int label)
{
    const Position before = positionOf(previous);
    const Position now = positionOf(label);
    if (before == Position::Begin || before == Position::Inside)
        return (now == Position::Inside || now == Position::Last) && typeOf(label) == typeOf(previous);
    return now == Position::Outside || now == Position::Begin || now == Position::Unit;
}

// Whether a sentence may end on \a label.
constexpr bool allowedLast(int label)
{
    const Position now = positionOf(label);
    return now != Position::Begin && now != Position::Inside;
}

//! "PER", "ORG", "LOC", "MISC": the CoNLL names of the types.
QString typeCode(NameType type);
//! The type of a CoNLL code ("PER"…); false when \a code is none of them.
bool typeFromCode(QStringView code, NameType *type);

} // namespace Ner
} // namespace Veille
