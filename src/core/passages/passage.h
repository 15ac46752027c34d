// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/partialdate.h"
#include "passages/textanchor.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace Veille {

/*! \brief A bookmarked passage: a range of an article's body with the
 * user's note, label and tags.
 *
 * The anchor holds the W3C selectors (quote with prefix and suffix, and
 * UTF-16 positions like mentions, so the store can join the two); exports
 * give code points. The article fields and the entities are read with the
 * passage for lists and exports, and are not written back.
 */
struct Passage {
    using State = TextAnchor::State;

    qint64 id = 0; //!< 0 until stored
    qint64 articleId = 0;
    QString articlePath;
    TextAnchor anchor;
    State state = State::Anchored;
    QString note;
    int labelId = 0; //!< 0: no label
    QStringList tags;
    QDateTime created;
    QDateTime updated;
    bool deleted = false; //!< in the trash
    QString owner; //!< the analyst's role on a team server; empty in a file
    bool shared = false; //!< shared with the team (read-only to the others)
    bool own = true; //!< the reader's own: always in a file; may be changed

    QString articleTitle;
    PartialDate articleDate;
    QString articleSource;
    QStringList entities; //!< canonical names of the entities named inside, in order

    QString quote() const { return anchor.exact; }
};

/*! \brief A colour the user gives passages; its name says what it means. */
struct PassageLabel {
    int id = 0;
    QString name; //!< empty for the four built-in labels until renamed
    QString color; //!< "#rrggbb"
    int builtIn = 0; //!< 1 to 4: which built-in label ("evidence"...), whatever its id; 0: none
};

/*! \brief Which passages a list or an export shows. Empty fields filter nothing. */
struct PassageQuery {
    QString text; //!< in the quote or the note, case and accents aside
    int labelId = 0;
    QString tag;
    qint64 articleId = 0; //!< only this article's; a negative id matches nothing
    qint64 entityId = 0; //!< passages whose range holds a mention of this entity; negative: none
    std::optional<Passage::State> state;
    bool trash = false; //!< the trash instead of the live passages

    bool operator==(const PassageQuery &o) const
    {
        return text == o.text && labelId == o.labelId && tag == o.tag && articleId == o.articleId
            && entityId == o.entityId && state == o.state && trash == o.trash;
    }
    bool operator!=(const PassageQuery &o) const { return !(*this == o); }
};

QString passageStateName(Passage::State state);
std::optional<Passage::State> passageStateFromName(const QString &name);

} // namespace Veille
