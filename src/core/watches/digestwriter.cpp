// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "watches/digestwriter.h"

#include <QDateTime>

namespace Veille {

namespace {

// CommonMark lets a backslash escape ASCII punctuation, which is then a
// plain character. Escaped here: what opens emphasis, code, a link, an
// image, raw HTML, an entity, a heading or a table cell anywhere in a line.
// Data never starts a line (a prefix or a constant comes first), so the
// marks that count only there (-, +, "1.") stay readable as they are.
QString markdownText(const QString &text)
{
    static const QString special = QStringLiteral("\\`*_{}[]<>#|~&!");
    QString escaped;
    const QString flat = text.simplified();
    escaped.reserve(flat.size() + 8);
    for (const QChar c : flat) {
        if (special.contains(c))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return escaped;
}

QString htmlText(const QString &text)
{
    return text.simplified().toHtmlEscaped();
}

QString dateText(const ArticleSummary &article)
{
    return article.date.isNull() ? DigestWriter::tr("undated") : article.date.toIsoString();
}

const char *const style =
    "body{font-family:Georgia,'DejaVu Serif',serif;color:#1d1d1f;background:#fff;max-width:46em;margin:2em auto;"
    "padding:0 1em;line-height:1.45}"
    "h1{font-size:1.6em;margin-bottom:0}"
    ".subtitle{color:#555;margin-top:.3em}"
    "h2{font-size:1.25em;border-bottom:2px solid #2b5797;padding-bottom:.2em;margin-top:1.8em}"
    ".count{color:#555;font-weight:normal;font-size:.8em}"
    ".article{margin:1em 0;padding-left:.8em;border-left:3px solid #d7dce5;page-break-inside:avoid;"
    "break-inside:avoid}"
    ".title{font-weight:bold;font-size:1.05em}"
    ".meta{color:#555;font-size:.85em}"
    ".snippet{margin:.3em 0}"
    ".entities{font-size:.85em;color:#2b5797}"
    ".none{color:#777;font-style:italic}"
    "@media print{body{margin:0;max-width:none}h2{page-break-after:avoid;break-after:avoid}}";

} // namespace

bool DigestWriter::formatFromName(const QString &name, Format *format)
{
    const QString lower = name.toLower();
    if (lower == QLatin1String("md") || lower == QLatin1String("markdown"))
        *format = Format::Markdown;
    else if (lower == QLatin1String("html"))
        *format = Format::Html;
    else
        return false;
    return true;
}

QString DigestWriter::write(const Digest &digest, Format format, const QString &title, const QString &subtitle)
{
    return format == Format::Html ? html(digest, title, subtitle) : markdown(digest, title, subtitle);
}

QString DigestWriter::title(const QDate &day)
{
    return tr("Veille digest, %1").arg(day.toString(Qt::ISODate));
}

QString DigestWriter::subtitle(const Digest::Selection &selection)
{
    QStringList parts;
    if (selection.unreadOnly)
        parts << tr("Unread articles");
    if (selection.importedSince > 0) {
        const QString since =
            QDateTime::fromSecsSinceEpoch(selection.importedSince).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        parts << tr("Articles imported or updated since %1").arg(since);
    }
    if (parts.isEmpty())
        parts << tr("Every article");
    return parts.join(QStringLiteral(", ")) + tr(", for each watch.");
}

QString DigestWriter::sectionSummary(const Digest::Section &section)
{
    if (section.items.size() < section.total)
        return tr("%n new articles, the %1 newest below", nullptr, section.total).arg(section.items.size());
    return section.total == 1 ? tr("1 new article") : tr("%n new articles", nullptr, section.total);
}

QString DigestWriter::markdown(const Digest &digest, const QString &title, const QString &subtitle)
{
    QString out = QStringLiteral("# ") + markdownText(title) + QStringLiteral("\n\n") + markdownText(subtitle)
        + QStringLiteral("\n");
    for (const Digest::Section &section : digest.sections) {
        out += QStringLiteral("\n## ") + markdownText(section.watch.name) + QStringLiteral("\n\n")
            + markdownText(sectionSummary(section)) + QStringLiteral("\n");
        for (const Digest::Item &item : section.items) {
            const ArticleSummary &article = item.article;
            out += QStringLiteral("\n### ") + markdownText(article.title) + QStringLiteral("\n\n*")
                + markdownText(dateText(article));
            if (!article.source.isEmpty())
                out += QStringLiteral(" · ") + markdownText(article.source);
            out += QStringLiteral(" · #%1*\n").arg(article.id);
            if (!item.snippet.isEmpty())
                out += QStringLiteral("\n> ") + markdownText(item.snippet) + QLatin1Char('\n');
            if (!item.entities.isEmpty()) {
                QStringList names;
                for (const QString &name : item.entities)
                    names << markdownText(name);
                out += QLatin1Char('\n') + tr("Named: %1").arg(names.join(QStringLiteral(", "))) + QLatin1Char('\n');
            }
        }
    }
    return out;
}

QString DigestWriter::htmlSection(const Digest::Section &section)
{
    QString out = QStringLiteral("<h2>") + htmlText(section.watch.name) + QStringLiteral(" <span class=\"count\">")
        + htmlText(sectionSummary(section)) + QStringLiteral("</span></h2>\n");
    if (section.items.isEmpty())
        out += QStringLiteral("<p class=\"none\">") + htmlText(tr("Nothing new.")) + QStringLiteral("</p>\n");
    for (const Digest::Item &item : section.items) {
        const ArticleSummary &article = item.article;
        QString meta = htmlText(dateText(article));
        if (!article.source.isEmpty())
            meta += QStringLiteral(" · ") + htmlText(article.source);
        meta += QStringLiteral(" · #%1").arg(article.id);
        out += QStringLiteral("<div class=\"article\">\n<div class=\"title\">") + htmlText(article.title)
            + QStringLiteral("</div>\n<div class=\"meta\">") + meta + QStringLiteral("</div>\n");
        if (!item.snippet.isEmpty())
            out += QStringLiteral("<p class=\"snippet\">") + htmlText(item.snippet) + QStringLiteral("</p>\n");
        if (!item.entities.isEmpty())
            out += QStringLiteral("<div class=\"entities\">")
                + htmlText(tr("Named: %1").arg(item.entities.join(QStringLiteral(", ")))) + QStringLiteral("</div>\n");
        out += QStringLiteral("</div>\n");
    }
    return out;
}

QString DigestWriter::html(const Digest &digest, const QString &title, const QString &subtitle)
{
    QString out = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n"
                                 "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        + htmlText(title) + QStringLiteral("</title>\n<style>") + QLatin1String(style)
        + QStringLiteral("</style>\n</head>\n<body>\n<h1>") + htmlText(title)
        + QStringLiteral("</h1>\n<p class=\"subtitle\">") + htmlText(subtitle) + QStringLiteral("</p>\n");
    for (const Digest::Section &section : digest.sections)
        out += htmlSection(section);
    return out + QStringLiteral("</body></html>\n");
}

} // namespace Veille
