// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articles/storystore.h"

#include <QWidget>

class QMenu;
class QToolButton;

namespace Veille {

/*! A strip above the reading pane: "Other versions (2)", a menu of the
 * open article's wire copies (title, source, similarity). Choosing one
 * asks for its diff against the open article. Hidden when the article
 * has no copies. */
class OtherVersionsBar : public QWidget
{
    Q_OBJECT
public:
    explicit OtherVersionsBar(QWidget *parent = nullptr);
    /*! Lists \a copies, or hides the bar when there are none. */
    void setCopies(const QVector<StoryStore::Copy> &copies);
    QToolButton *button() const { return m_button; }
    /*! Fills \a menu with one action per copy, its data the copy's id:
     * the list's "+N copies" shows the same menu. */
    static void addCopies(QMenu *menu, const QVector<StoryStore::Copy> &copies);

Q_SIGNALS:
    void versionChosen(qint64 articleId);

private:
    QToolButton *m_button = nullptr;
    QMenu *m_menu = nullptr;
};

} // namespace Veille
