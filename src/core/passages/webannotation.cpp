// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "passages/webannotation.h"

#include "articles/articlestore.h"
#include "passages/passagestore.h"
#include "text/codepoints.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <algorithm>

namespace Veille {

namespace {
const QString Context = QStringLiteral("http://www.w3.org/ns/anno.jsonld");

QJsonObject textualBody(const QString &purpose, const QString &value)
{
    return { { QStringLiteral("type"), QStringLiteral("TextualBody") },
             { QStringLiteral("purpose"), purpose },
             { QStringLiteral("value"), value },
             { QStringLiteral("format"), QStringLiteral("text/plain") } };
}

QJsonObject annotation(const Passage &p, const QHash<int, QString> &labelNames)
{
    QJsonArray bodies;
    if (!p.note.isEmpty())
        bodies.append(textualBody(QStringLiteral("commenting"), p.note));
    for (const QString &tag : p.tags)
        bodies.append(textualBody(QStringLiteral("tagging"), tag));
    if (labelNames.contains(p.labelId))
        bodies.append(textualBody(QStringLiteral("classifying"), labelNames.value(p.labelId)));
    const QJsonArray selectors {
        QJsonObject { { QStringLiteral("type"), QStringLiteral("TextQuoteSelector") },
                      { QStringLiteral("exact"), p.anchor.exact },
                      { QStringLiteral("prefix"), p.anchor.prefix },
                      { QStringLiteral("suffix"), p.anchor.suffix } },
        QJsonObject { { QStringLiteral("type"), QStringLiteral("TextPositionSelector") },
                      { QStringLiteral("start"), p.anchor.start },
                      { QStringLiteral("end"), p.anchor.end } },
    };
    // Fully encoded: a space or an accent in a file name is not allowed in
    // a URI (the W3C suite checks the source's "uri" format).
    const QString source = QUrl::fromLocalFile(p.articlePath).toString(QUrl::FullyEncoded);
    QJsonObject object {
        { QStringLiteral("id"), QStringLiteral("urn:veille:passage:%1").arg(p.id) },
        { QStringLiteral("type"), QStringLiteral("Annotation") },
        { QStringLiteral("motivation"),
          p.note.isEmpty() ? QStringLiteral("highlighting") : QStringLiteral("commenting") },
        { QStringLiteral("target"),
          QJsonObject { { QStringLiteral("source"), source }, { QStringLiteral("selector"), selectors } } },
    };
    // Both are optional, and an empty string is no date-time.
    if (p.created.isValid())
        object.insert(QStringLiteral("created"), p.created.toUTC().toString(Qt::ISODate));
    if (p.updated.isValid())
        object.insert(QStringLiteral("modified"), p.updated.toUTC().toString(Qt::ISODate));
    if (!bodies.isEmpty())
        object.insert(QStringLiteral("body"), bodies);
    return object;
}

// "body" and "selector" may be one object or an array of them.
QJsonArray asArray(const QJsonValue &value)
{
    if (value.isArray())
        return value.toArray();
    if (value.isObject())
        return QJsonArray { value };
    return {};
}

QString type(const QJsonObject &object)
{
    return object.value(QStringLiteral("type")).toString();
}

// The annotations of a collection, a single page, one annotation or a bare
// array; nothing, and why in \a error, when the file is none of those.
std::optional<QJsonArray> annotationItems(const QByteArray &jsonLd, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(jsonLd, &parseError);
    if (document.isNull()) {
        *error =
            WebAnnotation::tr("not a JSON file: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (document.isArray())
        return document.array();
    if (type(root) == QLatin1String("AnnotationCollection"))
        return root.value(QStringLiteral("first")).toObject().value(QStringLiteral("items")).toArray();
    if (type(root) == QLatin1String("AnnotationPage"))
        return root.value(QStringLiteral("items")).toArray();
    if (type(root) == QLatin1String("Annotation"))
        return QJsonArray { root };
    *error = WebAnnotation::tr("not a W3C Web Annotation collection");
    return std::nullopt;
}

// The anchor the target's selectors describe on \a article (positions in
// code points, as exported); its quote is empty when it has neither a quote
// nor a position.
TextAnchor anchorOf(const QJsonObject &target, const Article &article)
{
    TextAnchor anchor;
    anchor.contentHash = QStringLiteral("imported");
    TextRange position { -1, -1 };
    const QJsonArray selectors = asArray(target.value(QStringLiteral("selector")));
    for (const QJsonValue &value : selectors) {
        const QJsonObject selector = value.toObject();
        if (type(selector) == QLatin1String("TextQuoteSelector")) {
            anchor.exact = selector.value(QStringLiteral("exact")).toString();
            anchor.prefix = selector.value(QStringLiteral("prefix")).toString();
            anchor.suffix = selector.value(QStringLiteral("suffix")).toString();
        } else if (type(selector) == QLatin1String("TextPositionSelector")) {
            position.start = CodePoints::toUtf16(article.body, selector.value(QStringLiteral("start")).toInt(-1));
            position.end = CodePoints::toUtf16(article.body, selector.value(QStringLiteral("end")).toInt(-1));
        }
    }
    if (anchor.exact.isEmpty() && position.isValid())
        anchor.exact = article.body.mid(position.start, position.length());
    anchor.start = qMax(position.start, 0);
    anchor.end = position.end > position.start ? position.end : anchor.start + int(anchor.exact.size());
    return anchor;
}

// The note (commenting and untyped bodies), the tags and the label (by its
// name, case aside) of an annotation.
void readBodies(const QJsonArray &bodies, const QVector<PassageLabel> &labels, Passage &passage)
{
    for (const QJsonValue &value : bodies) {
        const QJsonObject body = value.toObject();
        const QString purpose = body.value(QStringLiteral("purpose")).toString();
        const QString text = body.value(QStringLiteral("value")).toString();
        if (purpose == QLatin1String("tagging"))
            passage.tags << text;
        else if (purpose == QLatin1String("classifying")) {
            for (const PassageLabel &label : labels) {
                if (PassageStore::labelName(label).compare(text, Qt::CaseInsensitive) == 0)
                    passage.labelId = label.id;
            }
        } else if (!text.isEmpty()) {
            passage.note = passage.note.isEmpty() ? text : passage.note + QStringLiteral("\n\n") + text;
        }
    }
}

// The passage one annotation (\a where, for messages) describes, found
// again in its article's current text; nothing, and why in \a failure,
// when it cannot be placed.
std::optional<Passage> passageOf(const QJsonObject &item, const QString &where, const ArticleStore &articles,
                                 const QVector<PassageLabel> &labels, QString *failure)
{
    const QJsonObject target = item.value(QStringLiteral("target")).toObject();
    const QUrl source(target.value(QStringLiteral("source")).toString());
    const qint64 articleId = source.isLocalFile() ? articles.findByPath(source.toLocalFile()) : 0;
    const std::optional<Article> article = articleId ? articles.article(articleId) : std::nullopt;
    if (!article) {
        *failure = WebAnnotation::tr("%1: no article imported from %2").arg(where, source.toString());
        return std::nullopt;
    }
    Passage passage;
    passage.articleId = article->id;
    passage.articlePath = article->path;
    passage.anchor = anchorOf(target, *article);
    if (passage.anchor.exact.isEmpty()) {
        *failure = WebAnnotation::tr("%1: no quote and no position").arg(where);
        return std::nullopt;
    }
    // The same rule as after a re-import (PassageStore::reanchor): the text
    // may have changed since the export.
    passage.state = passage.anchor.reanchorTo(article->body, article->contentHash);
    // An orphan keeps the user's quote, but "imported" is no body's hash.
    passage.anchor.contentHash = article->contentHash;
    readBodies(asArray(item.value(QStringLiteral("body"))), labels, passage);
    const QDateTime created = QDateTime::fromString(item.value(QStringLiteral("created")).toString(), Qt::ISODate);
    passage.created = created.isValid() ? created : QDateTime::currentDateTimeUtc();
    return passage;
}
} // namespace

QString WebAnnotation::collectionIri(const QUuid &database)
{
    return QStringLiteral("urn:veille:collection:") + database.toString(QUuid::WithoutBraces);
}

QByteArray WebAnnotation::toJsonLd(const QVector<Passage> &passages, const QHash<int, QString> &labelNames,
                                   const QUuid &database)
{
    QJsonArray items;
    for (const Passage &passage : passages)
        items.append(annotation(passage, labelNames));
    // The model requires an IRI for the collection and for each page
    // (sections 5.1 and 5.2); the whole export is its one page. partOf is
    // an object: the suite checks the collection's keys inside it.
    const QString id = collectionIri(database);
    const QJsonObject collection {
        { QStringLiteral("@context"), Context },
        { QStringLiteral("id"), id },
        { QStringLiteral("type"), QStringLiteral("AnnotationCollection") },
        { QStringLiteral("label"), tr("Veille passages") },
        { QStringLiteral("total"), int(items.size()) },
        { QStringLiteral("first"),
          QJsonObject { { QStringLiteral("id"), QString(id + QStringLiteral(":page:1")) },
                        { QStringLiteral("type"), QStringLiteral("AnnotationPage") },
                        { QStringLiteral("partOf"), QJsonObject { { QStringLiteral("id"), id } } },
                        { QStringLiteral("startIndex"), 0 },
                        { QStringLiteral("items"), items } } },
    };
    return QJsonDocument(collection).toJson(QJsonDocument::Indented);
}

WebAnnotation::ImportReport WebAnnotation::import(const QByteArray &jsonLd, const ArticleStore &articles,
                                                  PassageStore &passages)
{
    ImportReport report;
    const std::optional<QJsonArray> items = annotationItems(jsonLd, &report.error);
    if (!items)
        return report;
    const QVector<PassageLabel> labels = passages.labels();
    for (int index = 0; index < items->size(); ++index) {
        const QJsonObject item = items->at(index).toObject();
        const QString where = tr("annotation %1").arg(index + 1);
        QString failure;
        std::optional<Passage> passage = passageOf(item, where, articles, labels, &failure);
        if (!passage) {
            report.failures << failure;
            continue;
        }
        const QVector<Passage> existing = passages.inArticle(passage->articleId);
        // Another analyst's shared passage is theirs: the reader gets a copy.
        const bool duplicate = std::any_of(existing.cbegin(), existing.cend(), [&passage](const Passage &other) {
            return other.own && other.anchor.range() == passage->anchor.range() && other.note == passage->note;
        });
        if (duplicate) {
            ++report.alreadyThere;
        } else if (passages.add(*passage)) {
            ++report.added;
        } else {
            report.failures << where + QStringLiteral(": ") + passages.lastError();
        }
    }
    return report;
}

} // namespace Veille
