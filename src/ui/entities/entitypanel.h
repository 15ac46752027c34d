// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reading/entityspan.h"
#include "entities/entitystore.h"

#include <QWidget>

#include <functional>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace Veille {

/*! Who the open article names, grouped by type with counts; who is named
 * with the selected entity; and the rules' suggestions, each accepted or
 * rejected in one click. It shows what it is given and never reads the
 * store itself. */
class EntityPanel : public QWidget
{
    Q_OBJECT
public:
    explicit EntityPanel(QWidget *parent = nullptr);

    void setColorProvider(std::function<QColor(const QString &type)> provider) { m_color = std::move(provider); }
    void setArticleEntities(const QVector<EntityStore::Count> &counts);
    void setCooccurring(const QString &name, const QVector<EntityStore::Count> &counts);
    void setSuggestions(const QVector<EntitySpan> &suggestions);

    QTreeWidget *entitiesView() const { return m_entities; }

Q_SIGNALS:
    /*! Show every article that names this entity. */
    void entityActivated(qint64 entityId);
    /*! The user picked an entity: show who is named with it. */
    void entitySelected(qint64 entityId);
    void suggestionAccepted(int index);
    void suggestionRejected(int index);
    void suggestionClicked(int index);

private:
    QIcon swatch(const QString &type) const;

    std::function<QColor(const QString &)> m_color;
    QTreeWidget *m_entities = nullptr;
    QLabel *m_cooccurringLabel = nullptr;
    QTreeWidget *m_cooccurring = nullptr;
    QLabel *m_suggestionsLabel = nullptr;
    QTreeWidget *m_suggestions = nullptr;
};

} // namespace Veille
