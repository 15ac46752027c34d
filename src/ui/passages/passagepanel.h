// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QCompleter;
class QGridLayout;
class QLineEdit;
class QStringListModel;
class QToolButton;
class QTreeView;

namespace Veille {

class EntityStore;
class PassageListModel;
class PassageStore;

/*! The Passages panel: every bookmarked passage, filtered by text, label,
 * tag, entity ("every passage that mentions Qualcomm"), the open article
 * and state, or the trash. */
class PassagePanel : public QWidget
{
    Q_OBJECT
public:
    PassagePanel(PassageStore &passages, EntityStore &entities, QWidget *parent = nullptr);

    /*! Re-reads the passages, labels and tags after a change. */
    void refresh();
    /*! The article "This article only" means. */
    void setCurrentArticle(qint64 articleId);
    /*! Shows only passages that mention the entity named \a name (empty: any). */
    void setEntityFilter(const QString &name);
    void setShowTrash(bool trash);
    bool showsTrash() const;
    /*! Selects the row of passage \a id, if listed. */
    void selectPassage(qint64 id);
    /*! The selected passage's id, or 0. */
    qint64 currentPassageId() const;

    QTreeView *view() const { return m_view; }
    PassageListModel *model() const { return m_model; }
    QLineEdit *textFilter() const { return m_text; }
    QLineEdit *entityFilter() const { return m_entity; }
    QComboBox *labelFilter() const { return m_label; }
    QComboBox *tagFilter() const { return m_tag; }
    QComboBox *stateFilter() const { return m_state; }
    QCheckBox *articleOnly() const { return m_articleOnly; }

Q_SIGNALS:
    /*! The user chose a passage (click or Return): open it. */
    void passageActivated(qint64 passageId);
    /*! The user asked for the context menu of passage \a passageId. */
    void contextMenuRequested(qint64 passageId, const QPoint &globalPos);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilters();
    QGridLayout *createFilters();
    QTreeView *createList();
    QCompleter *createEntityCompleter();
    void connectFilters(QCompleter *completer);
    void connectList();
    void fillChoices();

    PassageStore &m_passages;
    EntityStore &m_entities;
    PassageListModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QLineEdit *m_text = nullptr;
    QLineEdit *m_entity = nullptr;
    QStringListModel *m_entityNames = nullptr;
    QComboBox *m_label = nullptr;
    QComboBox *m_tag = nullptr;
    QComboBox *m_state = nullptr;
    QCheckBox *m_articleOnly = nullptr;
    qint64 m_articleId = 0;
};

} // namespace Veille
