// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Veille {

/*! Paints an article's title and, under it, the snippet of a search with
 * its matched words in bold. It paints what SnippetRole and
 * SnippetMarksRole give, and nothing when the list has no search. */
class SnippetDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    /*! Unread titles in bold; a star before a starred one, and a mark
     * before one a re-import updated since it was read. */
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Veille
