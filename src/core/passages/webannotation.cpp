// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "passages/webannotation.h"

#include "articles/articlestore.h"
#include "text/codepoints.h"
#include "passages/passagestore.h"

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
    return {{QStringLiteral("type"), QStringLiteral("TextualBody")},
            {QStringLiteral("purpose"), purpose},
            {QStringLiteral("value"), value},
            {QStringLiteral("format"), QStringLiteral("text/plain")}};
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
    const QJsonArray selectors{
        QJsonObject{{QStringLiteral("type"), QStringLiteral("TextQuoteSelector")},
                    {QStringLiteral("exact"), p.anchor.exact},
                    {QStringLiteral("prefix"), p.anchor.prefix},
                    {QStringLiteral("suffix"), p.anchor.suffix}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("TextPositionSelector")},
                    {QStringLiteral("start"), p.anchor.start},
                    {QStringLiteral("end"), p.anchor.end}},
    };
    QJsonObject object{
        {QStringLiteral("id"), QStringLiteral("urn:veille:passage:%1").arg(p.id)},
        {QStringLiteral("type"), QStringLiteral("Annotation")},
        {QStringLiteral("motivation"), p.note.isEmpty() ? QStringLiteral("highlighting") : QStringLiteral("commenting")},
        {QStringLiteral("created"), p.created.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("modified"), p.updated.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("target"),
         QJsonObject{{QStringLiteral("source"), QUrl::fromLocalFile(p.articlePath).toString()},
                     {QStringLiteral("selector"), selectors}}},
    };
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
        return QJsonArray{value};
    return {};
}

QString type(const QJsonObject &object)
{
    return object.value(QStringLiteral("type")).toString();
}
} // namespace

QByteArray WebAnnotation::toJsonLd(const QVector<Passage> &passages, const QHash<int, QString> &labelNames)
{
    QJsonArray items;
    for (const Passage &passage : passages)
        items.append(annotation(passage, labelNames));
    const QJsonObject collection{
        {QStringLiteral("@context"), Context},
        {QStringLiteral("type"), QStringLiteral("AnnotationCollection")},
        {QStringLiteral("label"), tr("Veille passages")},
        {QStringLiteral("total"), int(items.size())},
        {QStringLiteral("first"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("AnnotationPage")},
                     {QStringLiteral("startIndex"), 0},
                     {QStringLiteral("items"), items}}},
    };
    return QJsonDocument(collection).toJson(QJsonDocument::Indented);
}

WebAnnotation::ImportReport WebAnnotation::import(const QByteArray &jsonLd, const ArticleStore &articles,
                                                  PassageStore &passages)
{
    ImportReport report;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(jsonLd, &parseError);
    if (document.isNull()) {
        report.error = tr("not a JSON file: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset);
        return report;
    }
    // A collection, a single page, one annotation or a bare array.
    QJsonArray items;
    const QJsonObject root = document.object();
    if (document.isArray())
        items = document.array();
    else if (type(root) == QLatin1String("AnnotationCollection"))
        items = root.value(QStringLiteral("first")).toObject().value(QStringLiteral("items")).toArray();
    else if (type(root) == QLatin1String("AnnotationPage"))
        items = root.value(QStringLiteral("items")).toArray();
    else if (type(root) == QLatin1String("Annotation"))
        items = {root};
    else {
        report.error = tr("not a W3C Web Annotation collection");
        return report;
    }

    const QVector<PassageLabel> labels = passages.labels();
    for (int index = 0; index < items.size(); ++index) {
        const QJsonObject item = items.at(index).toObject();
        const QString where = tr("annotation %1").arg(index + 1);
        const QJsonObject target = item.value(QStringLiteral("target")).toObject();
        const QUrl source(target.value(QStringLiteral("source")).toString());
        const qint64 articleId = source.isLocalFile() ? articles.findByPath(source.toLocalFile()) : 0;
        const std::optional<Article> article = articleId ? articles.article(articleId) : std::nullopt;
        if (!article) {
            report.failures << tr("%1: no article imported from %2").arg(where, source.toString());
            continue;
        }
        Passage passage;
        passage.articleId = article->id;
        passage.articlePath = article->path;
        passage.anchor.contentHash = QStringLiteral("imported");
        int start = -1;
        int end = -1;
        const QJsonArray selectors = asArray(target.value(QStringLiteral("selector")));
        for (const QJsonValue &value : selectors) {
            const QJsonObject selector = value.toObject();
            if (type(selector) == QLatin1String("TextQuoteSelector")) {
                passage.anchor.exact = selector.value(QStringLiteral("exact")).toString();
                passage.anchor.prefix = selector.value(QStringLiteral("prefix")).toString();
                passage.anchor.suffix = selector.value(QStringLiteral("suffix")).toString();
            } else if (type(selector) == QLatin1String("TextPositionSelector")) {
                start = CodePoints::toUtf16(article->body, selector.value(QStringLiteral("start")).toInt(-1));
                end = CodePoints::toUtf16(article->body, selector.value(QStringLiteral("end")).toInt(-1));
            }
        }
        if (passage.anchor.exact.isEmpty() && start >= 0 && end > start)
            passage.anchor.exact = article->body.mid(start, end - start);
        if (passage.anchor.exact.isEmpty()) {
            report.failures << tr("%1: no quote and no position").arg(where);
            continue;
        }
        passage.anchor.start = qMax(start, 0);
        passage.anchor.end = end > start ? end : passage.anchor.start + int(passage.anchor.exact.size());
        // The same selectors as after a re-import: the text may have changed.
        const TextAnchor::Result found = passage.anchor.reanchor(article->body);
        if (found.state == TextAnchor::State::Orphaned) {
            passage.anchor.contentHash = article->contentHash;
            passage.state = Passage::State::Orphaned;
        } else {
            const QString exact = passage.anchor.exact;
            passage.anchor = TextAnchor::fromRange(article->body, found.start, found.end, article->contentHash);
            passage.state = exact == passage.anchor.exact ? Passage::State::Anchored : Passage::State::Moved;
        }

        const QJsonArray bodies = asArray(item.value(QStringLiteral("body")));
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
        const QDateTime created = QDateTime::fromString(item.value(QStringLiteral("created")).toString(), Qt::ISODate);
        passage.created = created.isValid() ? created : QDateTime::currentDateTimeUtc();

        const QVector<Passage> existing = passages.inArticle(article->id);
        const bool duplicate = std::any_of(existing.cbegin(), existing.cend(), [&passage](const Passage &other) {
            return other.anchor.start == passage.anchor.start && other.anchor.end == passage.anchor.end
                && other.note == passage.note;
        });
        if (duplicate) {
            ++report.alreadyThere;
        } else if (passages.add(passage)) {
            ++report.added;
        } else {
            report.failures << where + QStringLiteral(": ") + passages.lastError();
        }
    }
    return report;
}

} // namespace Veille
