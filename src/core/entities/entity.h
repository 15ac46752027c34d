// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

namespace Veille {

/*! \brief One way of writing an entity's name, with how it may match.
 *
 * An acronym such as "NIC" is case-sensitive, so "nic" inside a sentence
 * is not it; "Hanoi" folds accents, so it also finds "Hanoï".
 */
struct Alias {
    qint64 id = 0;
    QString text;
    bool caseSensitive = false;
    bool foldAccents = true;
};

/*! \brief Whether an entity is in the user's gazetteer or only a name the
 * tagger found. A detected entity is highlighted where the tagger saw it,
 * never matched elsewhere, and not the user's data: accepting it confirms
 * it, rejecting it suppresses its name. */
enum class EntityStatus : quint8 { Detected = 0, Confirmed = 1 };

/*! \brief A company, person, place…: a canonical name, a type, aliases.
 * The canonical name is matched too, with the options of \a nameAlias. */
struct Entity {
    qint64 id = 0;
    QString name;
    QString type; //!< a type's name: "Company", "Person"… (types are data)
    QVector<Alias> aliases; //!< the name itself is the first alias
    EntityStatus status = EntityStatus::Confirmed;
};

/*! \brief What found a mention: the gazetteer's matcher (a sure match of a
 * name the user keeps), or the statistical tagger (a guess, with a
 * confidence). Stored as these numbers. */
enum class MentionOrigin : quint8 { Gazetteer = 0, Rule = 1, Model = 2 };

/*! \brief Where an entity is named in an article's body.
 * Offsets are QString (UTF-16) positions in Article::body; the CLI turns
 * them into code points. */
struct Mention {
    qint64 entityId = 0;
    qint64 aliasId = 0;
    int start = 0;
    int end = 0; //!< one past the last character
    QString role; //!< for a person: the role a rule linked to it, e.g. "vice-ministre des Finances"
    MentionOrigin origin = MentionOrigin::Gazetteer;
    float confidence = 1.0f; //!< the tagger's (DetectedName::confidence); 1 for the gazetteer
};

} // namespace Veille
