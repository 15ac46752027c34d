// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace Veille {

/*! \brief The article list's view: one row per article, all of one height,
 * and no item kept per row.
 *
 * A QTreeView keeps an item for each row and lays all of them out again
 * when rows arrive or change order: 50–100 ms on the window's thread for a
 * million articles. A table's rows are sections of its vertical header, a
 * few bytes each. The rows take the height the title's delegate asks for
 * the first row (taller with a search's snippets), and Home and End go to
 * the first and last article, as in a list.
 */
class ArticleListView : public QTableView
{
    Q_OBJECT
public:
    explicit ArticleListView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;

private:
    void fitRowHeight();
};

} // namespace Veille
