// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/entitypanel.h"

#include "entities/entitytypename.h"
#include "plaintext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPair>
#include <QToolButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace Veille {

namespace {
enum { EntityIdRole = Qt::UserRole, TypeRole };

QTreeWidget *makeTree(int columns)
{
    auto *tree = new QTreeWidget;
    tree->setColumnCount(columns);
    tree->setHeaderHidden(true);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    showPlainToolTips(tree);
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < columns; ++column)
        tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    return tree;
}

// A list as tall as its rows, up to \a maxRows: a short list leaves the
// height to the article's names.
void fitToRows(QTreeWidget *tree, int maxRows)
{
    const int rows = qMin(tree->topLevelItemCount(), maxRows);
    const int rowHeight = rows > 0 ? qMax(tree->sizeHintForRow(0), tree->fontMetrics().height() + 4) : 0;
    const int height = rowHeight * rows + 2 * tree->frameWidth() + 2;
    tree->setMaximumHeight(height);
    tree->setMinimumHeight(qMin(height, rowHeight * 2 + 2 * tree->frameWidth() + 2));
}

// ✓ and ✗ in \a column of \a item: one click to accept or reject it.
QPair<QToolButton *, QToolButton *> addDecisionButtons(QTreeWidgetItem *item, int column, const QString &acceptTip,
                                                       const QString &rejectTip)
{
    auto *buttons = new QWidget;
    auto *row = new QHBoxLayout(buttons);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(2);
    auto *accept = new QToolButton;
    accept->setText(QStringLiteral("✓"));
    accept->setToolTip(literalRichText(acceptTip));
    auto *reject = new QToolButton;
    reject->setText(QStringLiteral("✗"));
    reject->setToolTip(literalRichText(rejectTip));
    row->addWidget(accept);
    row->addWidget(reject);
    item->treeWidget()->setItemWidget(item, column, buttons);
    return {accept, reject};
}

QLabel *makeHeading(const QString &text)
{
    auto *label = new QLabel(text);
    label->setTextFormat(Qt::PlainText); // "Named with" a name from data
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}
} // namespace

EntityPanel::EntityPanel(QWidget *parent)
    : QWidget(parent)
{
    m_entities = makeTree(3); // name, ×mentions, ✓✗ for a detected name
    m_entities->setRootIsDecorated(true);
    m_entities->setToolTip(tr("Click a name to list every article that mentions it."));
    m_cooccurring = makeTree(2);
    m_cooccurringLabel = makeHeading(QString());
    m_cooccurringLabel->setWordWrap(true);
    m_suggestions = makeTree(3);
    m_suggestionsLabel = makeHeading(QString());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(makeHeading(tr("In this article")));
    layout->addWidget(m_entities, 1);
    layout->addWidget(m_cooccurringLabel);
    layout->addWidget(m_cooccurring);
    layout->addWidget(m_suggestionsLabel);
    layout->addWidget(m_suggestions);
    connectViews();
    setCooccurring(0, {}, {});
    setSuggestions({});
}

void EntityPanel::connectViews()
{
    const auto idOf = [](QTreeWidgetItem *item) { return item ? item->data(0, EntityIdRole).toLongLong() : 0; };
    // Selected by mouse or keyboard, a name is followed by "Named with";
    // a click or Return also lists the articles that mention it.
    connect(m_entities, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { onCurrentEntityChanged(item); });
    for (QTreeWidget *view : { m_entities, m_cooccurring }) {
        const auto activate = [this, idOf](QTreeWidgetItem *item) {
            if (const qint64 id = idOf(item))
                Q_EMIT entityActivated(id);
        };
        connect(view, &QTreeWidget::itemClicked, this, activate);
        connect(view, &QTreeWidget::itemActivated, this, activate);
    }
    connect(m_suggestions, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { Q_EMIT suggestionClicked(m_suggestions->indexOfTopLevelItem(item)); });
}

void EntityPanel::onCurrentEntityChanged(QTreeWidgetItem *item)
{
    if (m_filling)
        return;
    const qint64 id = item ? item->data(0, EntityIdRole).toLongLong() : 0;
    if (id && id != m_followed)
        Q_EMIT entitySelected(id);
}

// Selects the followed entity's row; false when this article does not name it.
bool EntityPanel::selectFollowed()
{
    QTreeWidgetItem *row = rowOf(m_followed);
    m_filling = true;
    m_entities->setCurrentItem(row);
    m_filling = false;
    return row;
}

QTreeWidgetItem *EntityPanel::rowOf(qint64 entityId) const
{
    for (QTreeWidgetItemIterator it(m_entities); *it && entityId; ++it) {
        if ((*it)->data(0, EntityIdRole).toLongLong() == entityId)
            return *it;
    }
    return nullptr;
}

void EntityPanel::refreshSwatches()
{
    for (QTreeWidget *view : { m_entities, m_cooccurring, m_suggestions }) {
        for (QTreeWidgetItemIterator it(view); *it; ++it) {
            const QString type = (*it)->data(0, TypeRole).toString();
            if (!type.isEmpty())
                (*it)->setIcon(0, swatch(type));
        }
    }
}

QIcon EntityPanel::swatch(const QString &type) const
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_color ? m_color(type) : palette().color(QPalette::Highlight));
    painter.drawEllipse(1, 1, 10, 10);
    return QIcon(pixmap);
}

void EntityPanel::setArticleEntities(const QVector<EntityStore::Count> &counts)
{
    m_filling = true;
    m_entities->clear();
    QTreeWidgetItem *group = nullptr;
    for (const EntityStore::Count &count : counts) {
        if (!group || group->data(0, TypeRole).toString() != count.type) {
            group = new QTreeWidgetItem(m_entities);
            group->setData(0, TypeRole, count.type);
            group->setIcon(0, swatch(count.type));
            group->setFirstColumnSpanned(false);
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setExpanded(true);
        }
        auto *item = new QTreeWidgetItem(group, { count.name, QStringLiteral("×%1").arg(count.mentions) });
        item->setData(0, EntityIdRole, count.entityId);
        item->setToolTip(0, tr("%1 — %2: list every article that mentions it").arg(count.name, entityTypeName(count.type)));
        if (count.status == EntityStatus::Detected)
            markDetected(item, count);
        group->setText(0, tr("%1 (%2)").arg(entityTypeName(count.type)).arg(group->childCount()));
    }
    if (counts.isEmpty()) {
        auto *none = new QTreeWidgetItem(m_entities, { tr("No known names in this article.") });
        none->setFlags(Qt::NoItemFlags);
    }
    m_filling = false;
    // "Named with" follows a name of the open article, or nobody.
    if (m_followed && !selectFollowed())
        setCooccurring(0, {}, {});
}

void EntityPanel::markDetected(QTreeWidgetItem *item, const EntityStore::Count &count)
{
    // A guess of the tagger or a rule, in italics as its mentions are dotted.
    QFont italic = item->font(0);
    italic.setItalic(true);
    item->setFont(0, italic);
    item->setToolTip(0, item->toolTip(0) + QLatin1Char('\n')
                            + tr("Detected by the French name tagger or a rule, not in the gazetteer yet."));
    const auto buttons = addDecisionButtons(
        item, 2, tr("Accept: add “%1” to the gazetteer as %2").arg(count.name, entityTypeName(count.type)),
        tr("Reject: never highlight “%1” again").arg(count.name));
    const qint64 id = count.entityId;
    connect(buttons.first, &QToolButton::clicked, this, [this, id] { Q_EMIT detectedAccepted(id); });
    connect(buttons.second, &QToolButton::clicked, this, [this, id] { Q_EMIT detectedRejected(id); });
}

void EntityPanel::setCooccurring(qint64 entityId, const QString &name, const QVector<EntityStore::Count> &counts,
                                 int sample)
{
    m_followed = entityId;
    m_cooccurring->clear();
    QString heading = counts.isEmpty() ? tr("Named with %1: nobody else").arg(name) : tr("Named with %1").arg(name);
    if (sample > 0)
        heading += QLatin1Char(' ') + tr("(in the newest %1 articles)").arg(QLocale().toString(sample));
    m_cooccurringLabel->setText(heading);
    for (const EntityStore::Count &count : counts) {
        auto *item = new QTreeWidgetItem(m_cooccurring, { count.name, tr("%Ln article(s)", nullptr, count.articles) });
        item->setIcon(0, swatch(count.type));
        item->setData(0, TypeRole, count.type);
        item->setData(0, EntityIdRole, count.entityId);
    }
    m_cooccurringLabel->setVisible(entityId != 0);
    m_cooccurring->setVisible(entityId != 0 && !counts.isEmpty());
    fitToRows(m_cooccurring, 8);
    if (entityId)
        selectFollowed();
}

void EntityPanel::setSuggestions(const QVector<EntitySpan> &suggestions)
{
    m_suggestions->clear();
    m_suggestionsLabel->setText(tr("Suggestions (%1)").arg(suggestions.size()));
    for (int i = 0; i < suggestions.size(); ++i) {
        const EntitySpan &suggestion = suggestions.at(i);
        auto *item = new QTreeWidgetItem(m_suggestions, { suggestion.written, entityTypeName(suggestion.type) });
        item->setIcon(0, swatch(suggestion.type));
        item->setData(0, TypeRole, suggestion.type);
        item->setToolTip(0, suggestion.reason);
        // A typo variant of a known name becomes its alias.
        const QString acceptTip = suggestion.entityId
            ? tr("Accept: add “%1” as an alias of %2").arg(suggestion.written, suggestion.name)
            : tr("Accept: add “%1” to the gazetteer as %2").arg(suggestion.written, entityTypeName(suggestion.type));
        const auto buttons =
            addDecisionButtons(item, 2, acceptTip, tr("Reject: never suggest “%1” again").arg(suggestion.written));
        connect(buttons.first, &QToolButton::clicked, this, [this, i] { Q_EMIT suggestionAccepted(i); });
        connect(buttons.second, &QToolButton::clicked, this, [this, i] { Q_EMIT suggestionRejected(i); });
    }
    m_suggestionsLabel->setVisible(!suggestions.isEmpty());
    m_suggestions->setVisible(!suggestions.isEmpty());
    fitToRows(m_suggestions, 6);
}

} // namespace Veille
