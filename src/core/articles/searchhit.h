// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/textrange.h"

#include <QString>
#include <QVector>

namespace Veille {

/*! \brief How an article matched a search: a snippet of its body with the
 * matched words marked, and its relevance. */
struct SearchHit {
    QString snippet; //!< plain text, "…" where the body was cut
    QVector<TextRange> marks; //!< each matched word in snippet
    double score = 0; //!< FTS5 bm25 turned round: higher is more relevant
    /*! False when the page skipped the score: a date-sorted page of a word
     * in most articles (ArticleQuery::MatchShare::Most), where bm25 would
     * read every match again for each row. */
    bool scored = true;

    /*! \brief The markers the store asks FTS5's snippet() to put around
     * matched words; private-use characters that article text never holds. */
    static constexpr char16_t OpenMark = 0xE000;
    static constexpr char16_t CloseMark = 0xE001;

    /*! \brief Reads a snippet with OpenMark/CloseMark around matches. */
    static SearchHit fromMarkedSnippet(const QString &marked, double score);
};

} // namespace Veille
