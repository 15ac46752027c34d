// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/feedparser.h"

#include "text/htmltext.h"

#include <QLocale>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace Veille {

namespace {

const QString atomNamespace = QStringLiteral("http://www.w3.org/2005/Atom");
const QString contentNamespace = QStringLiteral("http://purl.org/rss/1.0/modules/content/");
const QString dcNamespace = QStringLiteral("http://purl.org/dc/elements/1.1/");

// Entities are refused with their DTD; this bounds what Qt would expand
// should one get through anyway.
constexpr int EntityExpansionLimit = 1024;

int monthOf(const QString &name)
{
    static const QStringList months = { QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
                                        QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"),
                                        QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
                                        QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec") };
    return int(months.indexOf(name.left(3).toLower())) + 1;
}

// The body and its fallback: content:encoded wins over description, Atom
// content over summary, whatever their order in the item.
struct ItemReading {
    FeedItem item;
    QString body;
    QString fallbackBody;
    PartialDate fallbackDate;

    FeedItem finished()
    {
        item.text = htmlToText(body.isEmpty() ? fallbackBody : body);
        if (item.date.isNull())
            item.date = fallbackDate;
        item.title = item.title.simplified();
        return item;
    }
};

class FeedReader
{
public:
    explicit FeedReader(const QByteArray &bytes)
        : m_xml(bytes)
    {
        m_xml.setEntityExpansionLimit(EntityExpansionLimit);
    }

    Feed read()
    {
        if (nextElement()) {
            if (m_xml.name() == QLatin1String("rss"))
                readRss();
            else if (m_xml.name() == QLatin1String("feed") && m_xml.namespaceUri() == atomNamespace)
                readAtom();
            else
                m_feed.error = FeedParser::tr("neither an RSS 2.0 nor an Atom 1.0 feed");
        }
        finish();
        return m_feed;
    }

private:
    // The next start element, DTDs refused; false at the end or on an error.
    bool nextElement()
    {
        while (!m_xml.atEnd() && m_feed.ok()) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (token == QXmlStreamReader::DTD && !m_xml.entityDeclarations().isEmpty())
                m_feed.error = FeedParser::tr("the feed declares entities (a DTD), which Veille refuses");
            else if (token == QXmlStreamReader::StartElement)
                return true;
        }
        return false;
    }

    // Reads on to the end of the document, so that an error after the
    // last item (a truncated file) is still noticed.
    void finish()
    {
        while (m_feed.ok() && nextElement())
            m_xml.skipCurrentElement();
        if (m_feed.ok() && m_xml.hasError())
            m_feed.error = FeedParser::tr("not a well-formed XML document: %1 (line %2)")
                               .arg(m_xml.errorString())
                               .arg(m_xml.lineNumber());
        if (!m_feed.ok())
            m_feed.items.clear();
    }

    void readRss()
    {
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() != QLatin1String("channel")) {
                m_xml.skipCurrentElement();
                continue;
            }
            while (m_xml.readNextStartElement()) {
                if (m_xml.name() == QLatin1String("title") && m_xml.namespaceUri().isEmpty())
                    m_feed.title = m_xml.readElementText().simplified();
                else if (m_xml.name() == QLatin1String("item"))
                    m_feed.items.append(readRssItem());
                else
                    m_xml.skipCurrentElement();
            }
        }
    }

    FeedItem readRssItem()
    {
        ItemReading reading;
        while (m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            const QStringView ns = m_xml.namespaceUri();
            if (ns == contentNamespace && name == QLatin1String("encoded"))
                reading.body = m_xml.readElementText();
            else if (ns == dcNamespace && name == QLatin1String("date"))
                reading.fallbackDate = FeedParser::parseDate(m_xml.readElementText());
            else if (!ns.isEmpty())
                m_xml.skipCurrentElement();
            else if (name == QLatin1String("title"))
                reading.item.title = m_xml.readElementText();
            else if (name == QLatin1String("link"))
                reading.item.link = m_xml.readElementText().trimmed();
            else if (name == QLatin1String("guid"))
                reading.item.guid = m_xml.readElementText().trimmed();
            else if (name == QLatin1String("pubDate"))
                reading.item.date = FeedParser::parseDate(m_xml.readElementText());
            else if (name == QLatin1String("description"))
                reading.fallbackBody = m_xml.readElementText();
            else
                m_xml.skipCurrentElement();
        }
        return reading.finished();
    }

    void readAtom()
    {
        while (m_xml.readNextStartElement()) {
            if (m_xml.namespaceUri() != atomNamespace)
                m_xml.skipCurrentElement();
            else if (m_xml.name() == QLatin1String("title"))
                m_feed.title = htmlToText(readAtomText()).simplified();
            else if (m_xml.name() == QLatin1String("entry"))
                m_feed.items.append(readAtomEntry());
            else
                m_xml.skipCurrentElement();
        }
    }

    FeedItem readAtomEntry()
    {
        ItemReading reading;
        while (m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            if (m_xml.namespaceUri() != atomNamespace)
                m_xml.skipCurrentElement();
            else if (name == QLatin1String("title"))
                reading.item.title = htmlToText(readAtomText());
            else if (name == QLatin1String("id"))
                reading.item.guid = m_xml.readElementText().trimmed();
            else if (name == QLatin1String("link"))
                readAtomLink(reading.item);
            else if (name == QLatin1String("published"))
                reading.item.date = FeedParser::parseDate(m_xml.readElementText());
            else if (name == QLatin1String("updated"))
                reading.fallbackDate = FeedParser::parseDate(m_xml.readElementText());
            else if (name == QLatin1String("content"))
                reading.body = readAtomText();
            else if (name == QLatin1String("summary"))
                reading.fallbackBody = readAtomText();
            else
                m_xml.skipCurrentElement();
        }
        return reading.finished();
    }

    void readAtomLink(FeedItem &item)
    {
        const QXmlStreamAttributes attributes = m_xml.attributes();
        const QStringView rel = attributes.value(QLatin1String("rel"));
        if ((rel.isEmpty() || rel == QLatin1String("alternate")) && item.link.isEmpty())
            item.link = attributes.value(QLatin1String("href")).toString().trimmed();
        m_xml.skipCurrentElement();
    }

    // An Atom text construct as HTML: type "text" escaped, "html" as it is,
    // "xhtml" rebuilt from its elements (their text escaped again).
    QString readAtomText()
    {
        const QString type = m_xml.attributes().value(QLatin1String("type")).toString();
        if (type == QLatin1String("xhtml"))
            return readXhtml();
        const QString text = m_xml.readElementText();
        return type == QLatin1String("html") ? text : text.toHtmlEscaped();
    }

    QString readXhtml()
    {
        QString html;
        int depth = 1;
        while (depth > 0 && !m_xml.atEnd()) {
            switch (m_xml.readNext()) {
            case QXmlStreamReader::StartElement:
                ++depth;
                html += QLatin1Char('<') + m_xml.name().toString() + QLatin1Char('>');
                break;
            case QXmlStreamReader::EndElement:
                if (--depth > 0)
                    html += QStringLiteral("</") + m_xml.name().toString() + QLatin1Char('>');
                break;
            case QXmlStreamReader::Characters:
                html += m_xml.text().toString().toHtmlEscaped();
                break;
            default:
                break;
            }
        }
        return html;
    }

    QXmlStreamReader m_xml;
    Feed m_feed;
};

} // namespace

Feed FeedParser::parse(const QByteArray &bytes)
{
    if (bytes.size() > MaxBytes) {
        Feed feed;
        feed.error = tr("the feed is larger than %1").arg(QLocale().formattedDataSize(MaxBytes));
        return feed;
    }
    return FeedReader(bytes).read();
}

PartialDate FeedParser::parseDate(const QString &text)
{
    static const QRegularExpression rfc822(
        QStringLiteral("^\\s*(?:[A-Za-z]+,?\\s*)?(\\d{1,2})\\s+([A-Za-z]{3,})\\.?\\s+(\\d{2,4})\\b"));
    static const QRegularExpression rfc3339(QStringLiteral("^\\s*(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)(?:[T ]|\\s*$)"));
    QRegularExpressionMatch match = rfc3339.match(text);
    if (match.hasMatch())
        return PartialDate::fromIsoString(match.captured(1));
    match = rfc822.match(text);
    if (!match.hasMatch())
        return {};
    const int month = monthOf(match.captured(2));
    int year = match.captured(3).toInt();
    if (match.captured(3).size() == 2) // RFC 822's two-digit years, as RFC 2822 reads them
        year += year < 50 ? 2000 : 1900;
    else if (match.captured(3).size() != 4)
        return {};
    if (month == 0)
        return {};
    return PartialDate(year, month, match.captured(1).toInt()); // null when impossible
}

} // namespace Veille
