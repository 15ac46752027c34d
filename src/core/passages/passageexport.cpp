// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "passages/passageexport.h"

#include "articles/articlestore.h"
#include "passages/passagestore.h"
#include "passages/webannotation.h"
#include "text/codepoints.h"

#include <QLocale>

namespace Veille {

namespace {
// Positions for the outside world are code points of the body.
QVector<Passage> inCodePoints(QVector<Passage> passages, const ArticleStore &articles)
{
    qint64 loadedId = 0;
    QString body;
    for (Passage &passage : passages) {
        if (passage.articleId != loadedId) {
            const std::optional<Article> article = articles.article(passage.articleId);
            body = article ? article->body : QString();
            loadedId = passage.articleId;
        }
        passage.anchor.start = CodePoints::fromUtf16(body, passage.anchor.start);
        passage.anchor.end = CodePoints::fromUtf16(body, passage.anchor.end);
    }
    return passages;
}

// A Markdown blockquote of \a text, every line quoted.
QString blockquote(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = line.trimmed().isEmpty() ? QStringLiteral(">") : QStringLiteral("> ") + line;
    return lines.join(QLatin1Char('\n'));
}
} // namespace

std::optional<PassageExport::Format> PassageExport::formatFromName(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == QLatin1String("md") || lower == QLatin1String("markdown"))
        return Format::Markdown;
    if (lower == QLatin1String("csv"))
        return Format::Csv;
    if (lower == QLatin1String("jsonld") || lower == QLatin1String("json-ld"))
        return Format::JsonLd;
    return std::nullopt;
}

QByteArray PassageExport::write(Format format, const PassageQuery &query, const PassageStore &passages,
                                const ArticleStore &articles, const QLocale &locale, CsvCells cells)
{
    const QVector<Passage> selected = passages.passages(query, PassageStore::Order::ByArticle);
    switch (format) {
    case Format::Markdown:
        return markdown(selected, passages, locale);
    case Format::Csv:
        return csv(inCodePoints(selected, articles), passages, cells);
    case Format::JsonLd:
        return WebAnnotation::toJsonLd(inCodePoints(selected, articles), passages.labelNames(),
                                       passages.databaseUuid());
    }
    return {};
}

QByteArray PassageExport::markdown(const QVector<Passage> &passages, const PassageStore &store, const QLocale &locale)
{
    const QHash<int, QString> labels = store.labelNames();
    QStringList out { QStringLiteral("# ") + tr("Passages"), QString() };
    qint64 articleId = -1;
    for (const Passage &passage : passages) {
        if (passage.articleId != articleId) {
            articleId = passage.articleId;
            out << QStringLiteral("## ") + (passage.articleTitle.isEmpty() ? tr("Untitled") : passage.articleTitle)
                << QString();
            QStringList about;
            if (!passage.articleDate.isNull())
                about << passage.articleDate.toDisplayString(locale);
            if (!passage.articleSource.isEmpty())
                about << passage.articleSource;
            about << QLatin1Char('`') + passage.articlePath + QLatin1Char('`');
            out << about.join(QStringLiteral(" · ")) << QString();
        }
        out << blockquote(passage.quote()) << QString();
        if (passage.state == Passage::State::Orphaned)
            out << QStringLiteral("*") + tr("No longer found in the article; this is the text as bookmarked.")
                    + QStringLiteral("*")
                << QString();
        if (!passage.note.trimmed().isEmpty())
            out << passage.note.trimmed() << QString();
        QStringList facts;
        const QString label = labels.value(passage.labelId);
        if (!label.isEmpty())
            facts << tr("Label: %1").arg(label);
        if (!passage.tags.isEmpty()) {
            QStringList tags;
            for (const QString &tag : passage.tags)
                tags << QLatin1Char('#') + tag;
            facts << tr("Tags: %1").arg(tags.join(QStringLiteral(", ")));
        }
        if (!passage.entities.isEmpty())
            facts << tr("Entities: %1").arg(passage.entities.join(QStringLiteral(", ")));
        if (!facts.isEmpty())
            out << QStringLiteral("- ") + facts.join(QStringLiteral("\n- ")) << QString();
    }
    return out.join(QLatin1Char('\n')).toUtf8();
}

QByteArray PassageExport::csv(const QVector<Passage> &passages, const PassageStore &store, CsvCells cells)
{
    const QHash<int, QString> labels = store.labelNames();
    QStringList lines { QStringLiteral("id,article_id,article_title,article_date,source,quote,start,end,state,note,"
                                       "label,tags,entities,created") };
    for (const Passage &p : passages) {
        const QStringList fields { QString::number(p.id),
                                   QString::number(p.articleId),
                                   p.articleTitle,
                                   p.articleDate.toIsoString(),
                                   p.articleSource,
                                   p.quote(),
                                   QString::number(p.anchor.start),
                                   QString::number(p.anchor.end),
                                   passageStateName(p.state),
                                   p.note,
                                   labels.value(p.labelId),
                                   p.tags.join(QLatin1Char(';')),
                                   p.entities.join(QLatin1Char(';')),
                                   p.created.toUTC().toString(Qt::ISODate) };
        QStringList quoted;
        for (const QString &field : fields)
            quoted << csvField(field, cells);
        lines << quoted.join(QLatin1Char(','));
    }
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

} // namespace Veille
