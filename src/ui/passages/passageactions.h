// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "passages/passagestore.h"

#include <QObject>

class QAction;
class QMenu;
class QUndoStack;
class QWidget;

namespace Veille {

class ArticleStore;
class PassagePanel;
class ReadingPane;

/*! What the window does with bookmarked passages: bookmark the selection
 * (Ctrl+D), edit, delete and re-attach them from the reading pane or the
 * Passages panel, paint them, open them, export and import them. Every
 * change goes through the undo stack. */
class PassageActions : public QObject
{
    Q_OBJECT
public:
    PassageActions(PassageStore &passages, const ArticleStore &articles, ReadingPane *pane, PassagePanel *panel,
                   QUndoStack *undoStack, QWidget *window);

    QAction *bookmarkAction() const { return m_bookmark; }
    QAction *exportAction() const { return m_export; }
    QAction *importAction() const { return m_import; }
    QAction *emptyTrashAction() const { return m_emptyTrash; }
    QAction *renameLabelsAction() const { return m_renameLabels; }

    /*! Paints the passages of the article the pane shows. */
    void showPassagesOfCurrentArticle();
    /*! Puts the last changes from the store's journal on the undo stack. */
    void restoreUndoHistory(int count = 50);
    /*! Opens passage \a id: its article, scrolled to it, flashed; when the
     * list must look for the article first, once it is shown. */
    void openPassage(qint64 id);
    /*! Whether a passage waits to be opened until article \a articleId is shown. */
    bool waitsForArticle(qint64 articleId) const;
    /*! The list does not show article \a articleId: a passage waiting for it says so. */
    void articleNotListed(qint64 articleId);
    /*! Bookmarks the selection, or the paragraph at the cursor, asking for
     * a note, label and tags. Returns the new passage's id, or 0. */
    qint64 bookmarkSelection();

Q_SIGNALS:
    /*! The window should show article \a articleId, then showPassagesOfCurrentArticle(). */
    void articleRequested(qint64 articleId);
    /*! A message for the status bar. */
    void message(const QString &text);

private:
    void addPaneActions(QMenu *menu, int offset);
    void showPanelMenu(qint64 passageId, const QPoint &globalPos);
    void addShareAction(QMenu *menu, const Passage &passage);
    void setShared(qint64 id, bool shared);
    void edit(qint64 id);
    void remove(qint64 id);
    void reattach(qint64 id);
    void push(const std::optional<PassageStore::Change> &change);
    void changed(const QString &error);
    void exportPassages();
    void importAnnotations();
    void emptyTrash();
    void renameLabels();

    PassageStore &m_passages;
    const ArticleStore &m_articles;
    ReadingPane *m_pane = nullptr;
    PassagePanel *m_panel = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QWidget *m_window = nullptr;
    QAction *m_bookmark = nullptr;
    QAction *m_export = nullptr;
    QAction *m_import = nullptr;
    QAction *m_emptyTrash = nullptr;
    QAction *m_renameLabels = nullptr;
    qint64 m_passageToOpen = 0; //!< opened once its article is shown
};

} // namespace Veille
