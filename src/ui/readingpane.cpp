// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readingpane.h"

#include <QEvent>
#include <QLocale>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFrame>

namespace Veille {

namespace {
// About 75 characters a line: long lines tire the eye.
constexpr int MaxTextWidthEm = 38;
constexpr int MinZoom = -6;
constexpr int MaxZoom = 16;
} // namespace

ReadingPane::ReadingPane(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    document()->setDocumentMargin(24);
}

void ReadingPane::setZoomSteps(int steps)
{
    steps = qBound(MinZoom, steps, MaxZoom);
    if (steps == m_zoomSteps)
        return;
    m_zoomSteps = steps;
    render();
    Q_EMIT zoomChanged(m_zoomSteps);
}

void ReadingPane::showArticle(const Article &article)
{
    m_article = article;
    render();
    moveCursor(QTextCursor::Start);
}

void ReadingPane::showPlaceholder(const QString &message)
{
    m_article.reset();
    m_placeholder = message;
    render();
}

void ReadingPane::render()
{
    QFont base = font();
    base.setPointSizeF(qMax(6.0, base.pointSizeF() * (1.0 + 0.1 * m_zoomSteps) + 1.0));
    document()->setDefaultFont(base);
    clear();
    QTextCursor cursor(document());
    const QPalette pal = palette();

    QTextCharFormat muted;
    muted.setForeground(pal.color(QPalette::PlaceholderText));

    if (!m_article) {
        QTextBlockFormat centred;
        centred.setAlignment(Qt::AlignCenter);
        centred.setTopMargin(base.pointSizeF() * 6);
        cursor.setBlockFormat(centred);
        cursor.insertText(m_placeholder, muted);
        updateMargins();
        return;
    }
    const Article &article = *m_article;

    QTextBlockFormat titleBlock;
    titleBlock.setBottomMargin(base.pointSizeF() * 0.6);
    QTextCharFormat title;
    title.setFontPointSize(base.pointSizeF() * 1.6);
    title.setFontWeight(QFont::Bold);
    cursor.setBlockFormat(titleBlock);
    cursor.insertText(article.title, title);

    QStringList meta;
    meta << (article.date.isNull() ? tr("undated") : article.date.toDisplayString(QLocale()));
    if (!article.source.isEmpty())
        meta << article.source;
    QTextBlockFormat metaBlock;
    metaBlock.setBottomMargin(base.pointSizeF() * (article.photoCredit.isEmpty() ? 1.2 : 0.2));
    cursor.insertBlock(metaBlock);
    cursor.insertText(meta.join(QStringLiteral("  ·  ")), muted);
    if (!article.photoCredit.isEmpty()) {
        QTextCharFormat photo = muted;
        photo.setFontItalic(true);
        photo.setFontPointSize(base.pointSizeF() * 0.9);
        QTextBlockFormat photoBlock;
        photoBlock.setBottomMargin(base.pointSizeF() * 1.2);
        cursor.insertBlock(photoBlock);
        cursor.insertText(tr("Photo: %1").arg(article.photoCredit), photo);
    }

    QTextBlockFormat paragraph;
    paragraph.setBottomMargin(base.pointSizeF() * 0.8);
    paragraph.setLineHeight(135, QTextBlockFormat::ProportionalHeight);
    const QTextCharFormat body;
    for (const QString &text : article.paragraphs()) {
        cursor.insertBlock(paragraph);
        cursor.insertText(text, body);
    }
    updateMargins();
}

void ReadingPane::updateMargins()
{
    // Centre a column of readable width; the frame's margins, unlike the
    // viewport's, keep the background and the scroll bar at the edges.
    const int maxWidth = fontMetrics().averageCharWidth() * 2 * MaxTextWidthEm * (10 + m_zoomSteps) / 10;
    const int side = qMax(0, (viewport()->width() - maxWidth) / 2);
    QTextFrameFormat format = document()->rootFrame()->frameFormat();
    if (int(format.leftMargin()) == side)
        return;
    format.setLeftMargin(side);
    format.setRightMargin(side);
    document()->rootFrame()->setFrameFormat(format);
}

void ReadingPane::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    updateMargins();
}

void ReadingPane::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        render();
}

} // namespace Veille
