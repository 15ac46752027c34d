// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities/entitystore.h"
#include "reading/entityspan.h"

#include <QWidget>

#include <functional>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace Veille {

/*! Who the open article names, grouped by type with counts, the names the
 * tagger or a rule detected in italics, each accepted or rejected in one
 * click; who is named with the selected entity; and the rules' typo
 * variants of known names, each added as an alias or rejected in one click. It shows what it is given and never reads the
 * store itself. "Named with" follows the entity selected in the article's
 * list (by mouse or keyboard) and says which one; it and the suggestions
 * take no room while they have nothing to show. */
class EntityPanel : public QWidget
{
    Q_OBJECT
public:
    explicit EntityPanel(QWidget *parent = nullptr);

    void setColorProvider(std::function<QColor(const QString &type)> provider) { m_color = std::move(provider); }
    void setArticleEntities(const QVector<EntityStore::Count> &counts);
    /*! Who is named with entity \a entityId, called \a name; its row is
     * selected in the article's list when it is there. 0: nobody followed. */
    /*! \a sample: the counts are those of the entity's newest \a sample
     * articles only (0: of all of them), and the heading says so. */
    void setCooccurring(qint64 entityId, const QString &name, const QVector<EntityStore::Count> &counts,
                        int sample = 0);
    void setSuggestions(const QVector<EntitySpan> &suggestions);
    /*! The entity "Named with" follows, or 0. */
    qint64 followedEntity() const { return m_followed; }
    /*! Whether the open article's list names entity \a entityId. */
    bool lists(qint64 entityId) const { return rowOf(entityId); }
    /*! Draws the type swatches again, after the colours changed. */
    void refreshSwatches();

    /*! Narrow: long names are elided rather than given the reading pane's width. */
    QSize sizeHint() const override { return QSize(280, 400); }

    QTreeWidget *entitiesView() const { return m_entities; }
    QTreeWidget *cooccurringView() const { return m_cooccurring; }
    QTreeWidget *suggestionsView() const { return m_suggestions; }
    QLabel *cooccurringHeading() const { return m_cooccurringLabel; }

Q_SIGNALS:
    /*! Show every article that names this entity. */
    void entityActivated(qint64 entityId);
    /*! The user picked an entity: show who is named with it. */
    void entitySelected(qint64 entityId);
    /*! Accept the detected entity \a entityId: it joins the gazetteer. */
    void detectedAccepted(qint64 entityId);
    /*! Reject the detected entity \a entityId: its name is suppressed. */
    void detectedRejected(qint64 entityId);
    void suggestionAccepted(int index);
    void suggestionRejected(int index);
    void suggestionClicked(int index);

private:
    QIcon swatch(const QString &type) const;
    void markDetected(QTreeWidgetItem *item, const EntityStore::Count &count);
    void connectViews();
    bool selectFollowed();
    QTreeWidgetItem *rowOf(qint64 entityId) const;
    void onCurrentEntityChanged(QTreeWidgetItem *item);

    std::function<QColor(const QString &)> m_color;
    QTreeWidget *m_entities = nullptr;
    QLabel *m_cooccurringLabel = nullptr;
    QTreeWidget *m_cooccurring = nullptr;
    QLabel *m_suggestionsLabel = nullptr;
    QTreeWidget *m_suggestions = nullptr;
    qint64 m_followed = 0;
    bool m_filling = false; //!< the lists are being filled: a changed current item is no choice
};

} // namespace Veille
