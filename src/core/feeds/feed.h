// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/partialdate.h"

#include <QString>
#include <QVector>

namespace Veille {

/*! \brief One item of a feed (an RSS item or an Atom entry), as read:
 * every field is text from the network, never markup to show. */
struct FeedItem {
    QString guid; //!< the RSS guid or the Atom id; may be empty
    QString link;
    QString title;
    PartialDate date; //!< at the precision the feed wrote it
    QString text; //!< the body as plain lines, converted from its HTML
};

/*! \brief A feed document as read: its title and items, or why it is not one. */
struct Feed {
    QString title;
    QVector<FeedItem> items;
    QString error; //!< empty when the document was read whole
    bool ok() const { return error.isEmpty(); }
};

} // namespace Veille
