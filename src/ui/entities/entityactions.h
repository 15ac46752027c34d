// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities/curationcommands.h"
#include "entities/entitystore.h"
#include "reading/entityspan.h"

#include "util/latesttask.h"

#include <QObject>

class QAction;
class QMenu;
class QUndoStack;
class QWidget;

namespace Veille {

class ArticleStore;
class EntityPanel;
class ReadingPane;
struct Article;

/*! What the window does with the gazetteer: shows who the open article
 * names, in the reading pane and the Entities panel, and curates it from
 * the pane's context menu, the panel (detected names, typo variants) and
 * the Entities manager (Ctrl+Shift+E). Every change to the gazetteer made
 * here goes through the undo stack, the manager's edits and its accepting
 * or rejecting of detected names too. */
class EntityActions : public QObject
{
    Q_OBJECT
public:
    /*! \a databasePath is read on a worker thread for "Named with". */
    EntityActions(EntityStore &entities, const ArticleStore &articles, const QString &databasePath, ReadingPane *pane,
                  EntityPanel *panel, QUndoStack *undoStack, QWidget *window);

    QAction *manageAction() const { return m_manage; }

    /*! Highlights the mentions and suggestions of \a article and lists them in the panel. */
    void showEntitiesOf(const Article &article);
    /*! Lists in the panel who is named with entity \a entityId, once a
     * worker thread has counted them; a newer request supersedes it. */
    void showCooccurring(qint64 entityId);

Q_SIGNALS:
    /*! The window should list only the articles naming \a entityId. */
    void articlesNamingRequested(qint64 entityId);
    /*! The gazetteer changed: find the names \a texts again (none: only show the store anew). */
    void reindexRequested(const QStringList &texts);
    /*! The names were found again: an open manager shows the new counts. */
    void reindexed();

private:
    void addCurationActions(QMenu *menu, const TextRange &range, const EntitySpan *span);
    void addSuggestionActions(QMenu *menu, const EntitySpan &suggestion);
    void addMentionActions(QMenu *menu, const EntitySpan &mention, qint64 articleId);
    void addSelectionActions(QMenu *menu, const QString &text);
    void addAlias(const QString &text);
    void acceptSuggestion(const EntitySpan &suggestion);
    void rejectSuggestion(const EntitySpan &suggestion);
    /*! Accepts the detected entity \a entityId (it joins the gazetteer
     * under its id) or rejects it (its name suppressed), undoably. */
    void decideDetected(qint64 entityId, bool accept);
    void connectPanel();
    void openManager();
    QVector<EntitySpan> mentionSpans(const Article &article) const;
    QVector<EntitySpan> suggestionSpans(const Article &article) const;
    CurationCommand::Reindex reindexer();

    EntityStore &m_entities;
    const ArticleStore &m_articles;
    ReadingPane *m_pane = nullptr;
    EntityPanel *m_panel = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QWidget *m_window = nullptr;
    QAction *m_manage = nullptr;
    QVector<EntitySpan> m_suggestions; //!< of the open article, as the panel lists them
    QString m_databasePath;
    LatestTask m_cooccurrence;
};

} // namespace Veille
