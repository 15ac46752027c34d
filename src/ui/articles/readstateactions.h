// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articles/articlestatestore.h"

#include <QObject>

class QAction;
class QTimer;
class QUndoStack;
class QWidget;

namespace Veille {

class ArticleListPane;
class ArticleStore;

/*! Read, unread and starred articles: M and S on the current article,
 * "Mark All as Read" on the list, and the article shown for a second
 * marked read, as mail readers do. Changes by hand go on the undo stack. */
class ReadStateActions : public QObject
{
    Q_OBJECT
public:
    //! How long an article is shown before it counts as read.
    static constexpr int ReadDelayMs = 1000;
    //! Marking more articles than this as read asks first.
    static constexpr int ConfirmAbove = 100;

    ReadStateActions(const QSqlDatabase &db, ArticleStore &store, ArticleListPane *list, QUndoStack *undoStack,
                     QWidget *window);

    QAction *toggleReadAction() const { return m_toggleRead; }
    QAction *toggleStarAction() const { return m_toggleStar; }
    QAction *markAllReadAction() const { return m_markAllRead; }
    /*! The reading pane shows article \a id (0: none): it is read once shown long enough. */
    void articleShown(qint64 id);
    /*! For tests: a shorter wait than a second. */
    void setReadDelay(int milliseconds);

Q_SIGNALS:
    /*! Articles were marked read or unread, starred or not (or undone). */
    void statesChanged();

private:
    void toggle(bool star);
    void markAllRead();
    void markShownRead();
    void showChanged(const QVector<qint64> &ids);

    ArticleStateStore m_states;
    ArticleStore &m_store;
    ArticleListPane *m_list = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QWidget *m_window = nullptr;
    QTimer *m_readTimer = nullptr;
    qint64 m_shown = 0;
    QAction *m_toggleRead = nullptr;
    QAction *m_toggleStar = nullptr;
    QAction *m_markAllRead = nullptr;
};

} // namespace Veille
