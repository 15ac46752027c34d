// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Veille {

/*! An RSS 2.0 document titled \a title holding \a items (<item> elements). */
inline QByteArray rssFeed(const QByteArray &title, const QByteArray &items)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>"
        + title + "</title><link>http://127.0.0.1/</link>" + items + "</channel></rss>\n";
}

/*! One RSS item. */
inline QByteArray rssItem(const QByteArray &guid, const QByteArray &title, const QByteArray &description,
                          const QByteArray &date = "Tue, 10 Jun 2025 04:00:00 GMT")
{
    return "<item><guid>" + guid + "</guid><title>" + title + "</title><link>http://127.0.0.1/" + guid
        + "</link><pubDate>" + date + "</pubDate><description>" + description + "</description></item>";
}

/*! A feed of two items about chip makers, as the fetch tests serve it. */
inline QByteArray twoItemFeed(const QByteArray &title = "Tin công nghệ")
{
    return rssFeed(title,
                   rssItem("a1", "Intel ouvre une usine", "&lt;p&gt;Intel investit au Vietnam.&lt;/p&gt;")
                       + rssItem("a2", "Qualcomm et Viettel", "&lt;p&gt;Qualcomm signe avec Viettel.&lt;/p&gt;"));
}

} // namespace Veille
