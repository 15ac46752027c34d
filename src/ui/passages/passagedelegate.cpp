// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "passages/passagedelegate.h"

#include "models/itemdatarole.h"
#include "models/passagelistmodel.h"
#include "passages/passage.h"

#include <QApplication>
#include <QPixmap>

namespace Veille {

void PassageDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(PassageStateRole).toInt() == int(Passage::State::Orphaned))
        option->font.setItalic(true);
    const QColor color(index.data(LabelColorRole).toString());
    if (index.column() == PassageListModel::QuoteColumn && color.isValid()) {
        QPixmap swatch(option->decorationSize);
        swatch.fill(color);
        option->icon = QIcon(swatch);
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
}

QSize PassageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // The tree's uniform rows ask the first one as it lays out, inside the
    // window's first show(): one line with room for a swatch needs no
    // query. Its text's width, for a column fitted to its contents, is
    // asked once its page is read.
    QStyleOptionViewItem line = option;
    line.index = index;
    line.text = QStringLiteral("Xg");
    line.features |= QStyleOptionViewItem::HasDisplay | QStyleOptionViewItem::HasDecoration;
    const QWidget *widget = option.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    QSize size = style->sizeFromContents(QStyle::CT_ItemViewItem, &line, QSize(), widget);
    const auto *model = qobject_cast<const PassageListModel *>(index.model());
    if (model && model->isRead(index.row()))
        size.setWidth(QStyledItemDelegate::sizeHint(option, index).width());
    return size;
}

} // namespace Veille
