// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articles/article.h"

#include <QCoreApplication>

namespace Veille {

/*! \brief Reads one article file: the wire format or plain text.
 *
 * Wire format: a first line " date YYYY[-MM[-DD]] Title" (the leading space
 * is optional), a blank line, then paragraphs. A paragraph "Photo : …" is the
 * photo credit; a short last paragraph such as "VNA/CVN" is the source.
 * Plain text (.txt, .md): the first line is the title, there is no date and
 * no source; a "Photo :" paragraph is still the photo credit.
 */
class ArticleParser
{
    Q_DECLARE_TR_FUNCTIONS(Veille::ArticleParser)
public:
    struct Result {
        Article article;
        QString error; //!< why the file is not an article; empty on success
        bool ok() const { return error.isEmpty(); }
    };

    /*! \brief Parses \a bytes read from \a path; sets path and content hash. */
    static Result parse(const QByteArray &bytes, const QString &path);
    /*! \brief Parses already decoded text; the hash is of \a text. */
    static Result parseText(const QString &text, const QString &path);
    /*! \brief Builds an article from the cells of a table row: \a body is
     * split into paragraphs as plain text is; with no \a title, the first
     * line of the body is the title. Sets the path, not the hash. */
    static Result parseFields(const QString &title, const QString &body, const QString &path);
};

} // namespace Veille
