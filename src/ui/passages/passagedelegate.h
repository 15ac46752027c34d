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

    //! One line, with room for the swatch: the same for every row, and
    //! known without reading a passage.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Veille
