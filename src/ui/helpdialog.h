// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPair>
#include <QVector>

class QMenuBar;
class QTreeWidget;

namespace Veille {

/*! A help page that is a table of two columns, what to type and what it
 * does: Help → Keyboard Shortcuts and Help → Search Syntax. Every cell is
 * plain text. */
class HelpDialog : public QDialog
{
    Q_OBJECT
public:
    using Rows = QVector<QPair<QString, QString>>;

    HelpDialog(const QString &title, const QStringList &headers, const Rows &rows, QWidget *parent = nullptr);

    QTreeWidget *table() const { return m_table; }

    /*! Every action of \a menuBar's menus that has a shortcut, as "shortcut,
     * what it does", from the actions themselves so the page cannot drift;
     * then the keys that belong to no action (the list, the find bar). */
    static Rows shortcutRows(const QMenuBar *menuBar);
    /*! The search syntax: the operators, then every field of the search's own table. */
    static Rows searchSyntaxRows();

private:
    QTreeWidget *m_table = nullptr;
};

} // namespace Veille
