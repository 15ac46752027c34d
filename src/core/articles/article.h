// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/partialdate.h"

#include <QString>
#include <QStringList>

namespace Veille {

/*! \brief One article as parsed from a file and kept in the store.
 *
 * The body is the paragraphs joined by one blank line ("\n\n"); offsets that
 * later features store (mentions, passages) count positions in it.
 */
struct Article {
    qint64 id = 0; //!< 0 until stored
    QString path; //!< absolute source path: with contentHash, the article's identity
    QString contentHash; //!< hex SHA-256 of the decoded, normalised text
    QString title;
    PartialDate date; //!< null when the file has no date
    QString source; //!< the agency signature, e.g. "VNA/CVN"
    QString photoCredit;
    QString body;

    QStringList paragraphs() const { return body.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts); }
};

/*! \brief What the article list shows of an article. */
struct ArticleSummary {
    qint64 id = 0;
    QString title;
    PartialDate date;
    QString source;
    bool read = false;
    bool starred = false;
    bool changed = false; //!< updated by a re-import since it was last read
    qint64 story = 0; //!< the story's id (StoryStore): its first article's id
    int copies = 0; //!< how many other articles the story holds
};

} // namespace Veille
