// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace Veille {

// Qt::ToolTipRole of the models here is plain text: titles, quotes, notes
// and paths come from data. Qt would render a tooltip that looks like HTML
// as HTML, so every view of these models shows it literally
// (showPlainToolTips() in src/ui/plaintext.h).

// Unscoped on purpose: roles are ints in Qt's model API, and an enum class
// would need a cast at every data() call.
enum ItemDataRole {
    ArticleIdRole = Qt::UserRole, //!< qint64
    DateIsoRole, //!< QString: "2025", "2025-05", "2025-05-12" or empty
    SourceRole, //!< QString: the agency
    PassageIdRole, //!< qint64
    PassageStateRole, //!< int: Passage::State
    LabelColorRole, //!< QString "#rrggbb": the passage's label colour; invalid without a label
    SnippetRole, //!< QString: the body around the matched words; invalid when the list has no search
    SnippetMarksRole, //!< QVariantList of QPoint(start, end): the matched words in SnippetRole
    ReadRole, //!< bool: the article was read (unread titles are bold)
    StarredRole, //!< bool: the article is starred
    ChangedRole, //!< bool: a re-import updated the article since it was read
    StoryRole, //!< qint64: the id of the article's story of wire copies (its first article's id)
    CopiesRole, //!< int: how many other articles the story holds
};

} // namespace Veille
