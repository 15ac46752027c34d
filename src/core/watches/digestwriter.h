// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "watches/digest.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace Veille {

/*! \brief Writes a Digest as Markdown or as one self-contained HTML page.
 *
 * Everything from the data (titles, sources, snippets, names) is escaped:
 * in HTML as entities, in Markdown with a backslash before punctuation, so
 * a title like "<script>" is text in either. The HTML carries its CSS
 * inline and loads nothing, so a mail client shows it as it is, and it
 * prints one article per block without cutting one across pages.
 */
class DigestWriter
{
    Q_DECLARE_TR_FUNCTIONS(Veille::DigestWriter)
public:
    enum class Format { Markdown, Html };

    /*! \brief The format named "md" or "html", case aside; false when neither. */
    static bool formatFromName(const QString &name, Format *format);
    /*! \brief \a digest under the heading \a title, with \a subtitle (what
     * "new" means) below it. */
    static QString write(const Digest &digest, Format format, const QString &title, const QString &subtitle);
    /*! \brief "Veille digest, 2026-12-06": the heading for a digest written on \a day. */
    static QString title(const QDate &day);
    /*! \brief What "new" means in \a selection, for under the heading. */
    static QString subtitle(const Digest::Selection &selection);

private:
    static QString markdown(const Digest &digest, const QString &title, const QString &subtitle);
    static QString html(const Digest &digest, const QString &title, const QString &subtitle);
    static QString htmlSection(const Digest::Section &section);
    static QString sectionSummary(const Digest::Section &section);
};

} // namespace Veille
