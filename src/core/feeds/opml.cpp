// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/opml.h"

#include "feeds/feedparser.h"
#include "feeds/feedstore.h"

#include <QFile>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace Veille {

QVector<Opml::Outline> Opml::read(const QByteArray &bytes, QString *error)
{
    QVector<Outline> outlines;
    if (bytes.size() > FeedParser::MaxBytes) {
        *error = tr("the file is too large for a list of feeds");
        return {};
    }
    QXmlStreamReader xml(bytes);
    bool isOpml = false;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::DTD && !xml.entityDeclarations().isEmpty()) {
            *error = tr("the file declares entities (a DTD), which Veille refuses");
            return {};
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        isOpml = isOpml || xml.name() == QLatin1String("opml");
        const QString url = xml.attributes().value(QLatin1String("xmlUrl")).toString().trimmed();
        if (xml.name() == QLatin1String("outline") && !url.isEmpty()) {
            QString title = xml.attributes().value(QLatin1String("title")).toString();
            if (title.isEmpty())
                title = xml.attributes().value(QLatin1String("text")).toString();
            if (title.trimmed() == url)
                title.clear();
            outlines.append({ url, title.simplified() });
        }
    }
    if (xml.hasError() || !isOpml) {
        *error = xml.hasError()
            ? tr("not a well-formed XML document: %1 (line %2)").arg(xml.errorString()).arg(xml.lineNumber())
            : tr("not an OPML document");
        return {};
    }
    return outlines;
}

QVector<Opml::Outline> Opml::readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    return read(file.read(FeedParser::MaxBytes + 1), error);
}

Opml::Subscribed Opml::subscribeAll(const QVector<Outline> &outlines, FeedStore &store)
{
    Subscribed done;
    for (const Outline &outline : outlines) {
        QString problem;
        const QString url = FeedStore::normalised(outline.url, &problem);
        if (url.isEmpty()) {
            done.refused.append(problem);
            continue;
        }
        const bool added = store.add(url, outline.title);
        if (!store.lastError().isEmpty())
            break;
        ++(added ? done.added : done.known);
    }
    return done;
}

QByteArray Opml::write(const QVector<FeedSubscription> &subscriptions)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("opml"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.0"));
    xml.writeStartElement(QStringLiteral("head"));
    xml.writeTextElement(QStringLiteral("title"), tr("Veille subscriptions"));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("body"));
    for (const FeedSubscription &subscription : subscriptions) {
        xml.writeEmptyElement(QStringLiteral("outline"));
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("rss"));
        // text is required; a feed not fetched yet has no title of its own.
        xml.writeAttribute(QStringLiteral("text"),
                           subscription.title.isEmpty() ? subscription.url : subscription.title);
        if (!subscription.title.isEmpty())
            xml.writeAttribute(QStringLiteral("title"), subscription.title);
        xml.writeAttribute(QStringLiteral("xmlUrl"), subscription.url);
    }
    xml.writeEndDocument();
    return bytes;
}

} // namespace Veille
