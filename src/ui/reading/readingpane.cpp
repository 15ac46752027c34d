// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reading/readingpane.h"

#include "reading/entityhighlighter.h"
#include "entities/entitytypename.h"

#include <QContextMenuEvent>
#include <QEvent>
#include <QMenu>
#include <QScrollBar>
#include <QToolTip>
#include <QLocale>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFrame>
#include <QTimer>

#include <algorithm>

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
    m_highlighter = new EntityHighlighter(document());
    m_highlighter->setPalette(palette());
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

ReadingPane::PaintOnce::PaintOnce(ReadingPane *pane)
    : m_pane(pane)
{
    if (m_pane->m_paintHolds++ == 0)
        m_pane->m_highlighter->setHeld(true);
}

ReadingPane::PaintOnce::~PaintOnce()
{
    if (--m_pane->m_paintHolds > 0)
        return;
    m_pane->m_highlighter->setHeld(false);
    m_pane->paintSpans();
}

void ReadingPane::showArticle(const Article &article)
{
    m_article = article;
    m_spans.clear();
    m_passages.clear();
    render();
    moveCursor(QTextCursor::Start);
}

void ReadingPane::showPlaceholder(const QString &message)
{
    m_article.reset();
    m_spans.clear();
    m_passages.clear();
    m_placeholder = message;
    render();
}

void ReadingPane::render()
{
    QFont base = font();
    base.setPointSizeF(qMax(6.0, base.pointSizeF() * (1.0 + 0.1 * m_zoomSteps) + 1.0));
    document()->setDefaultFont(base);
    clear();
    m_firstBodyBlock = -1;
    m_paragraphStarts.clear();
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
    int offset = 0;
    const QStringList paragraphs = article.paragraphs();
    for (const QString &text : paragraphs) {
        cursor.insertBlock(paragraph);
        if (m_firstBodyBlock < 0)
            m_firstBodyBlock = cursor.blockNumber();
        m_paragraphStarts.append(offset);
        cursor.insertText(text, body);
        offset += int(text.size()) + 2; // paragraphs are joined by "\n\n"
    }
    updateMargins();
    paintSpans();
}

void ReadingPane::setEntitySpans(const QVector<EntitySpan> &spans)
{
    m_spans = spans;
    m_articleCounts.clear();
    std::sort(m_spans.begin(), m_spans.end(),
              [](const EntitySpan &a, const EntitySpan &b) { return a.start < b.start; });
    paintSpans();
}

void ReadingPane::setPassageSpans(const QVector<PassageSpan> &spans)
{
    m_passages = spans;
    paintSpans();
}

void ReadingPane::paintSpans()
{
    if (m_paintHolds > 0)
        return; // the last PaintOnce paints
    // Which paragraph holds a body offset: the last one starting at or before it.
    const auto paragraphOf = [this](int offset) {
        const auto next = std::upper_bound(m_paragraphStarts.cbegin(), m_paragraphStarts.cend(), offset);
        return int(next - m_paragraphStarts.cbegin()) - 1;
    };
    QHash<int, QVector<EntityHighlighter::BlockSpan>> byBlock;
    for (const EntitySpan &span : qAsConst(m_spans)) {
        const int paragraph = paragraphOf(span.start);
        if (paragraph < 0)
            continue;
        const int start = span.start - m_paragraphStarts.at(paragraph);
        byBlock[m_firstBodyBlock + paragraph].append({start, span.end - span.start, span.type, span.suggestion, span.detected});
    }
    // A passage may run over several paragraphs: one tint in each.
    QHash<int, QVector<EntityHighlighter::BlockTint>> tints;
    for (const PassageSpan &passage : qAsConst(m_passages)) {
        const int last = paragraphOf(qMax(passage.start, passage.end - 1));
        for (int paragraph = qMax(0, paragraphOf(passage.start)); paragraph >= 0 && paragraph <= last; ++paragraph) {
            const int blockStart = m_paragraphStarts.at(paragraph);
            const int start = qMax(0, passage.start - blockStart);
            const int end = passage.end - blockStart;
            if (end > start)
                tints[m_firstBodyBlock + paragraph].append({start, end - start, passage.color});
        }
    }
    m_highlighter->setSpans(byBlock, tints, m_firstBodyBlock < 0 ? document()->blockCount() : m_firstBodyBlock);
}

QVector<PassageSpan> ReadingPane::passagesAt(int offset) const
{
    QVector<PassageSpan> found;
    if (offset < 0)
        return found;
    for (const PassageSpan &passage : m_passages) {
        if (passage.start <= offset && offset < passage.end)
            found.append(passage);
    }
    std::sort(found.begin(), found.end(),
              [](const PassageSpan &a, const PassageSpan &b) { return a.end - a.start < b.end - b.start; });
    return found;
}

TextRange ReadingPane::paragraphAt(int offset) const
{
    if (!m_article || offset < 0)
        return {-1, -1};
    const auto next = std::upper_bound(m_paragraphStarts.cbegin(), m_paragraphStarts.cend(), offset);
    if (next == m_paragraphStarts.cbegin())
        return {-1, -1};
    const int start = *(next - 1);
    const int end = int(m_article->body.indexOf(QStringLiteral("\n\n"), start));
    return {start, end < 0 ? int(m_article->body.size()) : end};
}

void ReadingPane::flashBodyRange(const TextRange &range)
{
    selectBodyRange(range);
    QTextCursor cursor = cursorAtBody(range.start);
    const QTextCursor last = cursorAtBody(range.end);
    if (cursor.isNull() || last.isNull())
        return;
    cursor.setPosition(last.position(), QTextCursor::KeepAnchor);
    QTextEdit::ExtraSelection flash;
    flash.cursor = cursor;
    QColor color = palette().color(QPalette::Highlight);
    color.setAlphaF(0.45);
    flash.format.setBackground(color);
    flash.format.setProperty(QTextFormat::OutlinePen, QPen(palette().color(QPalette::Highlight), 2));
    QList<QTextEdit::ExtraSelection> selections = extraSelections();
    selections.append(flash);
    setExtraSelections(selections);
    // Seen once, then gone; any other extra selections stay.
    QTimer::singleShot(900, this, [this, cursor] {
        QList<QTextEdit::ExtraSelection> remaining = extraSelections();
        remaining.erase(std::remove_if(remaining.begin(), remaining.end(),
                                       [&cursor](const QTextEdit::ExtraSelection &s) { return s.cursor == cursor; }),
                        remaining.end());
        setExtraSelections(remaining);
    });
}

int ReadingPane::bodyOffsetOf(const QTextCursor &cursor) const
{
    const int paragraph = cursor.blockNumber() - m_firstBodyBlock;
    if (m_firstBodyBlock < 0 || paragraph < 0 || paragraph >= m_paragraphStarts.size())
        return -1;
    return m_paragraphStarts.at(paragraph) + cursor.positionInBlock();
}

QTextCursor ReadingPane::cursorAtBody(int offset) const
{
    const auto next = std::upper_bound(m_paragraphStarts.cbegin(), m_paragraphStarts.cend(), offset);
    if (m_firstBodyBlock < 0 || next == m_paragraphStarts.cbegin())
        return {};
    const int paragraph = int(next - m_paragraphStarts.cbegin()) - 1;
    const QTextBlock block = document()->findBlockByNumber(m_firstBodyBlock + paragraph);
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + qMin(offset - m_paragraphStarts.at(paragraph), block.length() - 1));
    return cursor;
}

int ReadingPane::bodyOffsetAt(const QPoint &position) const
{
    return bodyOffsetOf(cursorForPosition(position));
}

TextRange ReadingPane::bodySelection() const
{
    const QTextCursor cursor = textCursor();
    QTextCursor start(document());
    start.setPosition(cursor.selectionStart());
    QTextCursor end(document());
    end.setPosition(cursor.selectionEnd());
    return {bodyOffsetOf(start), bodyOffsetOf(end)};
}

void ReadingPane::selectBodyRange(const TextRange &range)
{
    QTextCursor cursor = cursorAtBody(range.start);
    const QTextCursor last = cursorAtBody(range.end);
    if (cursor.isNull() || last.isNull())
        return;
    cursor.setPosition(last.position(), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    ensureCursorVisible();
}

const EntitySpan *ReadingPane::spanAt(int offset) const
{
    if (offset < 0)
        return nullptr;
    for (const EntitySpan &span : m_spans) {
        if (span.contains(offset))
            return &span;
    }
    return nullptr;
}

void ReadingPane::moveToMention(bool forward)
{
    const TextRange selection = bodySelection();
    const int from = forward ? selection.end : selection.start;
    const EntitySpan *target = nullptr;
    for (const EntitySpan &span : qAsConst(m_spans)) {
        if (span.suggestion)
            continue;
        if (forward && span.start >= qMax(from, 0) && selection != span) {
            target = &span;
            break;
        }
        if (!forward && span.end <= from && from >= 0)
            target = &span;
    }
    if (target)
        selectBodyRange(*target);
}

QString ReadingPane::toolTipFor(const QVector<PassageSpan> &passages) const
{
    QStringList parts;
    for (const PassageSpan &passage : passages) {
        QString part = tr("<b>Bookmarked passage</b>");
        if (!passage.label.isEmpty())
            part += QStringLiteral(" — ") + passage.label.toHtmlEscaped();
        if (!passage.note.isEmpty())
            part += QStringLiteral("<br>") + passage.note.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        parts << part;
    }
    return parts.join(QStringLiteral("<hr>"));
}

int ReadingPane::articlesNaming(const EntitySpan &span) const
{
    if (span.articles >= 0 || !span.entityId)
        return std::max(span.articles, 0);
    auto counted = m_articleCounts.find(span.entityId);
    if (counted == m_articleCounts.end())
        counted = m_articleCounts.insert(span.entityId, m_articleCounter ? m_articleCounter(span.entityId) : 0);
    return *counted;
}

QString ReadingPane::toolTipFor(const EntitySpan &span) const
{
    const QString type = entityTypeName(span.type).toHtmlEscaped();
    if (span.suggestion) {
        QString tip = tr("<b>%1</b> — suggested %2<br><i>%3</i>")
                          .arg(span.written.toHtmlEscaped(), type, span.reason.toHtmlEscaped());
        if (!span.role.isEmpty())
            tip += QStringLiteral("<br>") + tr("Role: %1").arg(span.role.toHtmlEscaped());
        return tip + QStringLiteral("<br>") + tr("Right-click, or use the Entities panel, to accept or reject.");
    }
    QString tip = tr("<b>%1</b> — %2").arg(span.name.toHtmlEscaped(), type);
    if (span.detected)
        tip += QStringLiteral("<br><i>")
            + (span.byRule ? tr("Found by a rule (confidence %1 %)")
                           : tr("Detected by the French name tagger (confidence %1 %)"))
                  .arg(qRound(span.confidence * 100))
            + QStringLiteral("</i>");
    if (!span.confirmed)
        tip += QStringLiteral("<br>") + tr("Not in the gazetteer yet: right-click, or use the Entities panel, to "
                                           "accept or reject.");
    if (!span.role.isEmpty())
        tip += QStringLiteral("<br>") + tr("Role: %1").arg(span.role.toHtmlEscaped());
    if (span.written != span.name)
        tip += QStringLiteral("<br>") + tr("Written here: “%1”").arg(span.written.toHtmlEscaped());
    tip += QStringLiteral("<br>") + tr("Named in %Ln article(s)", nullptr, articlesNaming(span));
    return tip;
}

bool ReadingPane::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int offset = bodyOffsetAt(viewport()->mapFromGlobal(help->globalPos()));
        const EntitySpan *span = spanAt(offset);
        const QVector<PassageSpan> passages = passagesAt(offset);
        QStringList tips;
        if (span)
            tips << toolTipFor(*span);
        if (!passages.isEmpty())
            tips << toolTipFor(passages);
        if (!tips.isEmpty())
            QToolTip::showText(help->globalPos(), tips.join(QStringLiteral("<hr>")), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QTextBrowser::event(event);
}

void ReadingPane::contextMenuEvent(QContextMenuEvent *event)
{
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    TextRange range = bodySelection();
    const int offset = bodyOffsetAt(viewport()->mapFromGlobal(event->globalPos()));
    const EntitySpan *span = spanAt(offset);
    if (range.start == range.end && span)
        range = *span;
    if (m_article && (range.start >= 0 || span)) {
        menu->addSeparator();
        Q_EMIT contextMenuAboutToShow(menu.get(), range, span);
    }
    if (m_article) {
        menu->addSeparator();
        Q_EMIT passageMenuAboutToShow(menu.get(), offset);
    }
    menu->exec(event->globalPos());
}

int ReadingPane::columnWidth() const
{
    return fontMetrics().averageCharWidth() * 2 * MaxTextWidthEm * (10 + m_zoomSteps) / 10;
}

int ReadingPane::preferredWidth() const
{
    return columnWidth() + 2 * int(document()->documentMargin()) + verticalScrollBar()->sizeHint().width()
        + 2 * frameWidth();
}

void ReadingPane::updateMargins()
{
    // Centre a column of readable width; the frame's margins, unlike the
    // viewport's, keep the background and the scroll bar at the edges.
    const int maxWidth = columnWidth();
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
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->setPalette(palette());
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        render();
}

} // namespace Veille
