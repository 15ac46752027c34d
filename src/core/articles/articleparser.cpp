// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articles/articleparser.h"

#include "text/textdecoder.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QRegularExpression>

namespace Veille {

namespace {
constexpr int MaxTitleLength = 300;
constexpr int MaxSourceLength = 40;

QString photoCredit(const QString &paragraph)
{
    static const QRegularExpression photo(QStringLiteral("^Photo\\s*:\\s*(\\S.{0,200})$"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = photo.match(paragraph);
    return match.hasMatch() ? match.captured(1).trimmed() : QString();
}

// A paragraph is the lines between blank lines. Wire copy and hard-wrapped
// plain text both mean one flowing paragraph, so lines join with a space.
// A "Photo : …" line stands alone even without blank lines around it, so
// the credit never swallows the text next to it.
QStringList paragraphsOf(const QStringList &lines)
{
    QStringList paragraphs;
    QString current;
    for (const QString &line : lines) {
        const QString trimmed = line.simplified();
        if (trimmed.isEmpty() || !photoCredit(trimmed).isEmpty()) {
            if (!current.isEmpty())
                paragraphs.append(current);
            current.clear();
            if (!trimmed.isEmpty())
                paragraphs.append(trimmed);
        } else {
            current += current.isEmpty() ? trimmed : QLatin1Char(' ') + trimmed;
        }
    }
    if (!current.isEmpty())
        paragraphs.append(current);
    return paragraphs;
}

// "VNA/CVN", "AFP", "Reuters/CVN", "Le Monde": short, no sentence
// punctuation, every word capitalised or joined by a slash.
bool isAgencySignature(const QString &paragraph)
{
    if (paragraph.size() > MaxSourceLength)
        return false;
    static const QRegularExpression signature(
        QStringLiteral("^\\p{Lu}[\\p{L}\\p{N}&.\\-]*(?:[ /][\\p{Lu}\\p{N}][\\p{L}\\p{N}&.\\-]*){0,4}$"));
    return signature.match(paragraph).hasMatch() && !paragraph.endsWith(QLatin1Char('.'));
}

// Removes the "Photo : …" paragraphs; returns the first credit.
QString takePhotoCredit(QStringList &paragraphs)
{
    QString first;
    for (auto it = paragraphs.begin(); it != paragraphs.end();) {
        const QString credit = photoCredit(*it);
        if (credit.isEmpty()) {
            ++it;
            continue;
        }
        if (first.isEmpty())
            first = credit;
        it = paragraphs.erase(it);
    }
    return first;
}

QString hashOf(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// A single-line "title" of megabytes is a hostile or odd file: keep the text
// as body and shorten the title at a word boundary.
QString shortTitle(const QString &line)
{
    if (line.size() <= MaxTitleLength)
        return line;
    int cut = line.lastIndexOf(QLatin1Char(' '), MaxTitleLength);
    if (cut < MaxTitleLength / 2)
        cut = MaxTitleLength;
    return line.left(cut) + QChar(0x2026);
}
} // namespace

ArticleParser::Result ArticleParser::parse(const QByteArray &bytes, const QString &path)
{
    const TextDecoder::Result decoded = TextDecoder::decode(bytes);
    if (decoded.binary) {
        Result result;
        result.error = tr("not a text file (binary content)");
        return result;
    }
    return parseText(decoded.text, path);
}

ArticleParser::Result ArticleParser::parseText(const QString &text, const QString &path)
{
    Result result;
    Article &article = result.article;
    article.path = path;
    article.contentHash = hashOf(text);

    QStringList lines = text.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.first().trimmed().isEmpty())
        lines.removeFirst();
    if (lines.isEmpty()) {
        result.error = tr("empty file");
        return result;
    }

    static const QRegularExpression header(QStringLiteral("^ ?date (\\d{4}\\S*)(?:\\s+(.*))?$"));
    const QString first = lines.takeFirst();
    const QRegularExpressionMatch match = header.match(first);
    const bool wireFormat = match.hasMatch();
    if (wireFormat) {
        article.date = PartialDate::fromIsoString(match.captured(1));
        if (article.date.isNull()) {
            result.error = tr("impossible date “%1” in the header line").arg(match.captured(1));
            return result;
        }
        const QString title = match.captured(2).simplified();
        article.title = shortTitle(title);
        if (article.title != title)
            lines.prepend(match.captured(2));
        if (article.title.isEmpty())
            article.title = QFileInfo(path).completeBaseName();
    } else {
        QString title = first.simplified();
        if (path.endsWith(QLatin1String(".md"), Qt::CaseInsensitive))
            title.remove(QRegularExpression(QStringLiteral("^#+\\s*")));
        article.title = shortTitle(title);
        if (article.title != title)
            lines.prepend(first);
    }

    QStringList paragraphs = paragraphsOf(lines);
    article.photoCredit = takePhotoCredit(paragraphs);
    // Only the wire format signs its articles; in plain text a short last
    // line is a name in a list, a caption or a film title.
    if (wireFormat && !paragraphs.isEmpty() && isAgencySignature(paragraphs.last()))
        article.source = paragraphs.takeLast();
    article.body = paragraphs.join(QStringLiteral("\n\n"));
    return result;
}

ArticleParser::Result ArticleParser::parseFields(const QString &title, const QString &body, const QString &path)
{
    Result result;
    Article &article = result.article;
    article.path = path;
    QStringList lines = body.split(QLatin1Char('\n'));
    QString heading = title.simplified();
    if (heading.isEmpty()) {
        // Like a plain text file: the first line is the title.
        while (!lines.isEmpty() && lines.first().trimmed().isEmpty())
            lines.removeFirst();
        if (!lines.isEmpty())
            heading = lines.takeFirst().simplified();
    }
    if (heading.isEmpty()) {
        result.error = tr("neither a title nor a body");
        return result;
    }
    article.title = shortTitle(heading);
    if (article.title != heading)
        lines.prepend(heading);
    QStringList paragraphs = paragraphsOf(lines);
    article.photoCredit = takePhotoCredit(paragraphs);
    article.body = paragraphs.join(QStringLiteral("\n\n"));
    return result;
}

} // namespace Veille
