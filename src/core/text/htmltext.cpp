// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/htmltext.h"

#include <QHash>

namespace Veille {

namespace {

// The elements after which a paragraph ends: what a browser shows as a block.
bool isBlock(const QString &tag)
{
    static const QStringList blocks = {
        QStringLiteral("p"),          QStringLiteral("div"),     QStringLiteral("li"),
        QStringLiteral("ul"),         QStringLiteral("ol"),      QStringLiteral("h1"),
        QStringLiteral("h2"),         QStringLiteral("h3"),      QStringLiteral("h4"),
        QStringLiteral("h5"),         QStringLiteral("h6"),      QStringLiteral("blockquote"),
        QStringLiteral("pre"),        QStringLiteral("table"),   QStringLiteral("tr"),
        QStringLiteral("hr"),         QStringLiteral("section"), QStringLiteral("article"),
        QStringLiteral("header"),     QStringLiteral("footer"),  QStringLiteral("figure"),
        QStringLiteral("figcaption"), QStringLiteral("dd"),      QStringLiteral("dt"),
        QStringLiteral("dl"),         QStringLiteral("aside"),   QStringLiteral("address"),
    };
    return blocks.contains(tag);
}

// The named references that French and English news text uses; others
// stay as written, which is readable.
const QHash<QString, QChar> &namedEntities()
{
    static const QHash<QString, QChar> names = {
        { QStringLiteral("amp"), QLatin1Char('&') },   { QStringLiteral("lt"), QLatin1Char('<') },
        { QStringLiteral("gt"), QLatin1Char('>') },    { QStringLiteral("quot"), QLatin1Char('"') },
        { QStringLiteral("apos"), QLatin1Char('\'') }, { QStringLiteral("nbsp"), QLatin1Char(' ') },
        { QStringLiteral("hellip"), QChar(0x2026) },   { QStringLiteral("mdash"), QChar(0x2014) },
        { QStringLiteral("ndash"), QChar(0x2013) },    { QStringLiteral("lsquo"), QChar(0x2018) },
        { QStringLiteral("rsquo"), QChar(0x2019) },    { QStringLiteral("ldquo"), QChar(0x201c) },
        { QStringLiteral("rdquo"), QChar(0x201d) },    { QStringLiteral("laquo"), QChar(0x00ab) },
        { QStringLiteral("raquo"), QChar(0x00bb) },    { QStringLiteral("euro"), QChar(0x20ac) },
        { QStringLiteral("copy"), QChar(0x00a9) },     { QStringLiteral("reg"), QChar(0x00ae) },
        { QStringLiteral("deg"), QChar(0x00b0) },      { QStringLiteral("middot"), QChar(0x00b7) },
        { QStringLiteral("bull"), QChar(0x2022) },     { QStringLiteral("eacute"), QChar(0x00e9) },
        { QStringLiteral("Eacute"), QChar(0x00c9) },   { QStringLiteral("egrave"), QChar(0x00e8) },
        { QStringLiteral("ecirc"), QChar(0x00ea) },    { QStringLiteral("euml"), QChar(0x00eb) },
        { QStringLiteral("agrave"), QChar(0x00e0) },   { QStringLiteral("acirc"), QChar(0x00e2) },
        { QStringLiteral("ccedil"), QChar(0x00e7) },   { QStringLiteral("icirc"), QChar(0x00ee) },
        { QStringLiteral("iuml"), QChar(0x00ef) },     { QStringLiteral("ocirc"), QChar(0x00f4) },
        { QStringLiteral("ugrave"), QChar(0x00f9) },   { QStringLiteral("ucirc"), QChar(0x00fb) },
        { QStringLiteral("oelig"), QChar(0x0153) },    { QStringLiteral("times"), QChar(0x00d7) },
    };
    return names;
}

// The character of the reference "&name;" or "&#N;" (without & and ;);
// an empty string when it is not one, so that it stays as written.
QString decodeReference(const QString &name)
{
    if (name.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const bool hex = name.size() > 1 && (name.at(1) == QLatin1Char('x') || name.at(1) == QLatin1Char('X'));
        const uint code = hex ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
        // Control characters and non-characters would reach the reading pane.
        if (!ok || code < 0x20 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)
            || (code >= 0x7f && code < 0xa0))
            return {};
        const char32_t c = code;
        return QString::fromUcs4(&c, 1);
    }
    const auto it = namedEntities().constFind(name);
    return it == namedEntities().constEnd() ? QString() : QString(*it);
}

class HtmlText
{
public:
    explicit HtmlText(const QString &html)
        : m_html(html)
    {
    }

    QString convert()
    {
        while (m_pos < m_html.size()) {
            const QChar c = m_html.at(m_pos);
            if (c == QLatin1Char('<') && startsMarkup())
                readMarkup();
            else if (c == QLatin1Char('&'))
                readReference();
            else
                appendText(m_html.at(m_pos++));
        }
        return m_out.trimmed();
    }

private:
    bool startsMarkup() const
    {
        if (m_pos + 1 >= m_html.size())
            return false;
        const QChar next = m_html.at(m_pos + 1);
        return next.isLetter() || next == QLatin1Char('/') || next == QLatin1Char('!') || next == QLatin1Char('?');
    }

    void readMarkup()
    {
        if (QStringView(m_html).mid(m_pos, 4) == QLatin1String("<!--")) {
            skipPast(QStringLiteral("-->"), m_pos + 4);
            return;
        }
        const int end = m_html.indexOf(QLatin1Char('>'), m_pos);
        if (end < 0) {
            m_pos = m_html.size(); // a tag cut short: the rest is not text
            return;
        }
        const QString tag = tagName(m_html.mid(m_pos + 1, end - m_pos - 1));
        m_pos = end + 1;
        if (tag == QLatin1String("script") || tag == QLatin1String("style")) {
            skipPast(QStringLiteral("</") + tag, m_pos);
            skipPast(QStringLiteral(">"), m_pos);
        } else if (tag == QLatin1String("br"))
            breakLine(QStringLiteral("\n"));
        else if (isBlock(tag))
            breakLine(QStringLiteral("\n\n"));
    }

    static QString tagName(const QString &inside)
    {
        int i = inside.startsWith(QLatin1Char('/')) ? 1 : 0;
        const int start = i;
        while (i < inside.size() && inside.at(i).isLetterOrNumber())
            ++i;
        return inside.mid(start, i - start).toLower();
    }

    void skipPast(const QString &marker, int from)
    {
        const int at = m_html.indexOf(marker, from, Qt::CaseInsensitive);
        m_pos = at < 0 ? m_html.size() : at + marker.size();
    }

    void readReference()
    {
        const int semicolon = m_html.indexOf(QLatin1Char(';'), m_pos);
        const QString decoded = semicolon > m_pos && semicolon - m_pos <= 10
            ? decodeReference(m_html.mid(m_pos + 1, semicolon - m_pos - 1))
            : QString();
        if (decoded.isEmpty()) {
            appendText(QLatin1Char('&'));
            ++m_pos;
            return;
        }
        for (const QChar c : decoded)
            appendText(c);
        m_pos = semicolon + 1;
    }

    // Runs of white space are one space, as in a browser.
    void appendText(QChar c)
    {
        if (c.isSpace()) {
            m_space = true;
            return;
        }
        if (m_space && !m_out.isEmpty() && !m_out.endsWith(QLatin1Char('\n')))
            m_out += QLatin1Char(' ');
        m_space = false;
        m_out += c;
    }

    void breakLine(const QString &separator)
    {
        m_space = false;
        while (m_out.endsWith(QLatin1Char(' ')))
            m_out.chop(1);
        if (m_out.isEmpty() || m_out.endsWith(separator))
            return;
        if (separator.size() == 2 && m_out.endsWith(QLatin1Char('\n')))
            m_out += QLatin1Char('\n');
        else
            m_out += separator;
    }

    const QString &m_html;
    QString m_out;
    int m_pos = 0;
    bool m_space = false;
};

} // namespace

QString htmlToText(const QString &html)
{
    return HtmlText(html).convert();
}

} // namespace Veille
