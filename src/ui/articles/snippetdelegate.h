// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Veille {

/*! Paints an article's title and, under it, the snippet of a search with
 * its matched words in bold. It paints what SnippetRole and
 * SnippetMarksRole give, and nothing when the list has no search. A story
 * of wire copies gets "+N copies" at the right of its title (CopiesRole);
 * a click there asks for the copies. */
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
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
    /*! Where "+N copies" is painted in a row of \a option's rect; empty without copies. */
    static QRect copiesRect(const QStyleOptionViewItem &option, const QModelIndex &index);

Q_SIGNALS:
    void copiesRequested(const QModelIndex &index, const QPoint &globalPos);

private:
    void paintTitleAndSnippet(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
};

} // namespace Veille
