// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPalette>

class QAction;
class QActionGroup;

namespace Veille {

/*! The application's colours, for View → Theme: the system's palette and
 * style, or a light or dark palette of Veille's own with the Fusion style
 * (the one style that paints every widget from the palette). Everything
 * Veille paints itself reads the palette, so it follows. */
class AppTheme : public QObject
{
    Q_OBJECT
public:
    enum class Choice { System, Light, Dark };

    explicit AppTheme(QObject *parent = nullptr);

    /*! Applies \a choice to the whole application. */
    void apply(Choice choice);
    Choice choice() const { return m_choice; }

    /*! The three exclusive, checkable actions of View → Theme, in that
     * order; triggering one applies it and emits chosen(). */
    QList<QAction *> actions() const;

    /*! Veille's own light or dark palette; System gives the application's palette. */
    static QPalette palette(Choice choice);
    /*! The name stored in the settings, and back (unknown names give System). */
    static QString key(Choice choice);
    static Choice fromKey(const QString &key);

Q_SIGNALS:
    void chosen(Veille::AppTheme::Choice choice);

private:
    void restoreSystem();

    Choice m_choice = Choice::System;
    QActionGroup *m_group = nullptr;
};

} // namespace Veille
