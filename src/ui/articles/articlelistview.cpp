// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articles/articlelistview.h"

#include <QHeaderView>
#include <QSignalBlocker>

namespace Veille {

ArticleListView::ArticleListView(QWidget *parent)
    : QTableView(parent)
{
    setShowGrid(false);
    setWordWrap(false);
    setTabKeyNavigation(false);
    setCornerButtonEnabled(false);
    QHeaderView *rows = verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setMinimumSectionSize(1);
    horizontalHeader()->setHighlightSections(false);
}

void ArticleListView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    if (!model)
        return;
    connect(model, &QAbstractItemModel::modelReset, this, &ArticleListView::fitRowHeight);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ArticleListView::fitRowHeight);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ArticleListView::fitRowHeight);
    fitRowHeight();
}

// Every row as high as the first: a search's rows have a snippet line.
void ArticleListView::fitRowHeight()
{
    if (!model() || model()->rowCount() == 0)
        return;
    const int height = sizeHintForRow(0);
    if (height <= 0 || height == verticalHeader()->defaultSectionSize())
        return;
    // The header says each of a million rows resized, and the table lays
    // itself out for each (50 ms): once is enough.
    {
        const QSignalBlocker quiet(verticalHeader());
        verticalHeader()->setDefaultSectionSize(height);
    }
    updateGeometries();
    viewport()->update();
}

QModelIndex ArticleListView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    if (cursorAction == MoveHome || cursorAction == MoveEnd)
        modifiers |= Qt::ControlModifier; // the first or last row, not column
    return QTableView::moveCursor(cursorAction, modifiers);
}

} // namespace Veille
