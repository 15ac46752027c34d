// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articles/snippetdelegate.h"

#include "models/itemdatarole.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QTextLayout>

namespace Veille {

namespace {
constexpr int Margin = 2;

// The snippet and its marks, moved so that the first match shows: when it
// lies beyond \a width, the text starts a few words before it.
void bringFirstMarkIntoView(QString &text, QVector<QTextLayout::FormatRange> &formats, const QFont &font, int width)
{
    if (formats.isEmpty())
        return;
    const QFontMetrics metrics(font);
    const int markEnd = formats.first().start + formats.first().length;
    if (metrics.horizontalAdvance(text.left(markEnd)) <= width * 3 / 4)
        return;
    int cut = formats.first().start;
    for (int words = 0; cut > 0 && words < 3; ++words) {
        cut = int(text.lastIndexOf(QLatin1Char(' '), cut - 2)) + 1;
        if (cut <= 0)
            break;
    }
    if (cut <= 0)
        return;
    const QString ellipsis = QStringLiteral("…");
    text = ellipsis + text.mid(cut);
    for (QTextLayout::FormatRange &range : formats)
        range.start += int(ellipsis.size()) - cut;
}
} // namespace

void SnippetDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant read = index.data(ReadRole);
    if (read.isValid() && !read.toBool())
        option->font.setBold(true);
    if (index.data(ChangedRole).toBool())
        option->text.prepend(QStringLiteral("↻ "));
    if (index.data(StarredRole).toBool())
        option->text.prepend(QStringLiteral("★ "));
    option->fontMetrics = QFontMetrics(option->font);
}

QSize SnippetDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(SnippetRole).isValid())
        size.setHeight(option.fontMetrics.lineSpacing() * 2 + 3 * Margin);
    return size;
}

namespace {
QString copiesText(int copies)
{
    return SnippetDelegate::tr("+%n copies", nullptr, copies);
}
} // namespace

QRect SnippetDelegate::copiesRect(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const int copies = index.data(CopiesRole).toInt();
    if (copies <= 0)
        return {};
    const int width = option.fontMetrics.horizontalAdvance(copiesText(copies)) + 4 * Margin;
    const int line = option.fontMetrics.lineSpacing() + 2 * Margin;
    return {option.rect.right() - width, option.rect.top(), width, std::min(line, option.rect.height())};
}

bool SnippetDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                  const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const QRect badge = copiesRect(option, index);
        if (mouse->button() == Qt::LeftButton && badge.contains(mouse->pos())) {
            const QWidget *view = option.widget;
            Q_EMIT copiesRequested(index, view ? view->mapToGlobal(badge.bottomLeft()) : mouse->globalPos());
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

void SnippetDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QRect badge = copiesRect(option, index);
    if (badge.isEmpty()) {
        paintTitleAndSnippet(painter, option, index);
        return;
    }
    // The row's background under the badge too, then the title beside it.
    QStyleOptionViewItem full = option;
    initStyleOption(&full, index);
    full.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &full, painter, widget);
    QStyleOptionViewItem narrowed = option;
    narrowed.rect.setRight(badge.left() - 1);
    paintTitleAndSnippet(painter, narrowed, index);
    const bool selected = option.state & QStyle::State_Selected;
    QColor color = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Link);
    painter->save();
    QFont font = option.font;
    font.setBold(false);
    painter->setFont(font);
    painter->setPen(color);
    painter->drawText(badge, Qt::AlignCenter, copiesText(index.data(CopiesRole).toInt()));
    painter->restore();
}

void SnippetDelegate::paintTitleAndSnippet(QPainter *painter, const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const
{
    const QVariant snippetData = index.data(SnippetRole);
    if (!snippetData.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(Margin, Margin, -Margin, -Margin);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor textColor = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const int line = opt.fontMetrics.lineSpacing();

    painter->save();
    painter->setClipRect(area);
    painter->setFont(opt.font);
    painter->setPen(textColor);
    const QRect titleRect(area.left(), area.top(), area.width(), line);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      opt.fontMetrics.elidedText(title, Qt::ElideRight, area.width()));

    QString snippet = snippetData.toString();
    QVector<QTextLayout::FormatRange> formats;
    const QVariantList marks = index.data(SnippetMarksRole).toList();
    for (const QVariant &mark : marks) {
        const QPoint range = mark.toPoint();
        QTextLayout::FormatRange format;
        format.start = range.x();
        format.length = range.y() - range.x();
        format.format.setFontWeight(QFont::Bold);
        format.format.setForeground(textColor);
        formats.append(format);
    }
    // Only the title is bold when unread.
    QFont snippetFont = opt.font;
    snippetFont.setBold(false);
    bringFirstMarkIntoView(snippet, formats, snippetFont, area.width());

    // The words around the matches are quieter than the matches themselves.
    QColor quiet = textColor;
    if (!selected)
        quiet.setAlphaF(0.7);
    QTextLayout layout(snippet, snippetFont);
    layout.setFormats(formats);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(textOption);
    layout.beginLayout();
    QTextLine textLine = layout.createLine();
    if (textLine.isValid())
        textLine.setLineWidth(area.width());
    layout.endLayout();
    painter->setPen(quiet);
    layout.draw(painter, QPointF(area.left(), area.top() + line));
    painter->restore();
}

} // namespace Veille
