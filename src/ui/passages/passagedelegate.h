// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Veille {

/*! Shows a passage row as its roles describe it: the label's colour as a
 * swatch before the quote (LabelColorRole), and an orphaned passage in
 * italics (PassageStateRole). The model stays free of fonts and colours. */
class PassageDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Veille
