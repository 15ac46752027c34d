// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "helpdialog.h"

#include "articles/searchbar.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Veille {

namespace {
// "&Import Folder…" as the menu shows it: "Import Folder".
QString plainActionText(const QAction *action)
{
    QString text = action->text();
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    if (text.endsWith(QStringLiteral("…")))
        text.chop(1);
    return text;
}

void addActionRows(const QMenu *menu, HelpDialog::Rows &rows)
{
    const QList<QAction *> actions = menu->actions();
    for (const QAction *action : actions) {
        if (action->menu()) {
            addActionRows(action->menu(), rows);
            continue;
        }
        QStringList keys;
        const QList<QKeySequence> shortcuts = action->shortcuts();
        for (const QKeySequence &shortcut : shortcuts)
            keys << shortcut.toString(QKeySequence::NativeText);
        if (!keys.isEmpty())
            rows.append({ keys.join(HelpDialog::tr(" or ")), plainActionText(action) });
    }
}
} // namespace

HelpDialog::HelpDialog(const QString &title, const QStringList &headers, const Rows &rows, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    m_table = new QTreeWidget;
    m_table->setColumnCount(2);
    m_table->setHeaderLabels(headers);
    m_table->setRootIsDecorated(false);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(true);
    const QFont monospace = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (const auto &row : rows)
        (new QTreeWidgetItem(m_table, { row.first, row.second }))->setFont(0, monospace);
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
    m_table->header()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    // Every row and every meaning whole, as far as a screen allows.
    const int rowHeight = qMax(m_table->sizeHintForRow(0), fontMetrics().height() + 4);
    const int width = m_table->columnWidth(0) + m_table->columnWidth(1) + 4 * m_table->frameWidth() + 48;
    const int height = rowHeight * int(rows.size()) + m_table->header()->sizeHint().height() + 100;
    resize(qBound(480, width, 1100), qBound(240, height, 640));
}

HelpDialog::Rows HelpDialog::shortcutRows(const QMenuBar *menuBar)
{
    Rows rows;
    const QList<QAction *> menus = menuBar->actions();
    for (const QAction *action : menus) {
        if (action->menu())
            addActionRows(action->menu(), rows);
    }
    // Keys handled by a widget rather than an action, named as the menus name keys.
    const auto keys = [](const QList<QKeySequence> &sequences) {
        QStringList names;
        for (const QKeySequence &sequence : sequences)
            names << sequence.toString(QKeySequence::NativeText);
        return names.join(QStringLiteral(" / "));
    };
    rows.append(
        { keys({ QKeySequence(Qt::Key_Down), QKeySequence(Qt::Key_Up) }), tr("Next / previous article, in the list") });
    rows.append({ keys({ QKeySequence(Qt::Key_Escape) }), tr("Clear the search; close the find bar") });
    rows.append({ keys({ QKeySequence(Qt::Key_Return), QKeySequence(Qt::SHIFT | Qt::Key_Return) }),
                  tr("Next / previous match, in the find bar") });
    rows.append({ keys({ QKeySequence(Qt::CTRL | Qt::Key_Return) }), tr("Save the passage, in the passage editor") });
    return rows;
}

HelpDialog::Rows HelpDialog::searchSyntaxRows()
{
    return SearchBar::syntaxRows();
}

} // namespace Veille
