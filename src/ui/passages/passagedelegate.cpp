// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "passages/passagedelegate.h"

#include "models/itemdatarole.h"
#include "models/passagelistmodel.h"
#include "passages/passage.h"

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

} // namespace Veille
