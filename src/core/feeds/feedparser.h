// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feeds/feed.h"

#include <QCoreApplication>

namespace Veille {

/*! \brief Reads an RSS 2.0 or Atom 1.0 document.
 *
 * The document comes from the network and may be hostile: it is refused
 * when larger than MaxBytes, when it declares entities (a DTD: the
 * "billion laughs" bomb expands them; feeds never need one), when it is
 * not well-formed or is cut short (no item of it is kept then), and when
 * it is neither RSS nor Atom. Bodies (content:encoded, else description;
 * Atom content, else summary) are converted to plain lines by
 * htmlToText(), which loads nothing.
 */
class FeedParser
{
    Q_DECLARE_TR_FUNCTIONS(Veille::FeedParser)
public:
    static constexpr qint64 MaxBytes = 20 * 1024 * 1024;

    static Feed parse(const QByteArray &bytes);
    /*! \brief An RFC 822 date ("Tue, 10 Jun 2003 04:00:00 GMT") at the
     * day, or an RFC 3339 / ISO 8601 one ("2003-12-13T18:30:02Z", "2003-12")
     * at its own precision; a null date when it is neither. The date is the
     * one the publisher wrote, in its time zone. */
    static PartialDate parseDate(const QString &text);
};

} // namespace Veille
