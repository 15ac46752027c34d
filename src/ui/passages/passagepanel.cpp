// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "passages/passagepanel.h"

#include "entities/entitystore.h"
#include "models/itemdatarole.h"
#include "models/passagelistmodel.h"
#include "passages/passagedelegate.h"
#include "passages/passagestore.h"
#include "plaintext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFocusEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QStringListModel>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Veille {

namespace {
enum StateChoice { AnyState, Anchored, Moved, Orphaned, Trash };
} // namespace

PassagePanel::PassagePanel(PassageStore &passages, EntityStore &entities, QWidget *parent)
    : QWidget(parent)
    , m_passages(passages)
    , m_entities(entities)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(createFilters());
    layout->addWidget(createList());
    fillChoices();
    connectFilters(createEntityCompleter());
    connectList();
}

QGridLayout *PassagePanel::createFilters()
{
    auto *filters = new QGridLayout;
    m_text = new QLineEdit(this);
    m_text->setPlaceholderText(tr("Filter passages and notes"));
    m_text->setClearButtonEnabled(true);
    m_entity = new QLineEdit(this);
    m_entity->setPlaceholderText(tr("Mentioning entity…"));
    m_entity->setClearButtonEnabled(true);
    m_entity->setToolTip(tr("Only passages that name this company, person, role or place"));
    m_label = new QComboBox(this);
    m_tag = new QComboBox(this);
    m_state = new QComboBox(this);
    m_state->addItem(tr("Any state"));
    m_state->addItem(tr("Anchored"));
    m_state->addItem(tr("Moved"));
    m_state->addItem(tr("Orphaned"));
    m_state->addItem(tr("Trash"));
    m_articleOnly = new QCheckBox(tr("This article"), this);
    // Three columns, so that the panel fits a narrow tab beside the entities.
    filters->addWidget(m_text, 0, 0);
    filters->addWidget(m_entity, 0, 1);
    filters->addWidget(m_articleOnly, 0, 2);
    filters->addWidget(m_label, 1, 0);
    filters->addWidget(m_tag, 1, 1);
    filters->addWidget(m_state, 1, 2);
    return filters;
}

QTreeView *PassagePanel::createList()
{
    m_model = new PassageListModel(m_passages, this);
    m_view = new QTreeView(this);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new PassageDelegate(m_view));
    showPlainToolTips(m_view);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->resizeSection(PassageListModel::QuoteColumn, 260);
    m_view->header()->resizeSection(PassageListModel::ArticleColumn, 200);
    m_view->header()->resizeSection(PassageListModel::DateColumn, fontMetrics().averageCharWidth() * 20);
    return m_view;
}

// The gazetteer's names are read when the user puts the focus in the
// field, before any key reaches it: not at start, and as they are then.
QCompleter *PassagePanel::createEntityCompleter()
{
    m_entityNames = new QStringListModel(this);
    auto *completer = new QCompleter(m_entityNames, m_entity);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_entity->setCompleter(completer);
    m_entity->installEventFilter(this);
    return completer;
}

bool PassagePanel::eventFilter(QObject *watched, QEvent *event)
{
    // Not when the completion's popup gives the focus back: its choice is
    // then on its way.
    if (watched == m_entity && event->type() == QEvent::FocusIn) {
        if (static_cast<QFocusEvent *>(event)->reason() != Qt::PopupFocusReason) {
            QStringList names;
            const QVector<Entity> entitiesList = m_entities.entities();
            for (const Entity &entity : entitiesList)
                names << entity.name;
            if (names != m_entityNames->stringList())
                m_entityNames->setStringList(names);
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PassagePanel::connectFilters(QCompleter *completer)
{
    // Typing filters after a short pause, not at every key.
    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(200);
    connect(typing, &QTimer::timeout, this, &PassagePanel::applyFilters);
    connect(m_text, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(m_entity, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, &PassagePanel::applyFilters);
    for (QComboBox *box : {m_label, m_tag, m_state})
        connect(box, qOverload<int>(&QComboBox::activated), this, &PassagePanel::applyFilters);
    connect(m_articleOnly, &QCheckBox::toggled, this, &PassagePanel::applyFilters);
}

void PassagePanel::connectList()
{
    const auto activate = [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT passageActivated(index.data(PassageIdRole).toLongLong());
    };
    connect(m_view, &QTreeView::clicked, this, activate);
    connect(m_view, &QTreeView::activated, this, activate);
    connect(m_view, &QTreeView::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_view->indexAt(pos);
        if (index.isValid())
            Q_EMIT contextMenuRequested(index.data(PassageIdRole).toLongLong(), m_view->viewport()->mapToGlobal(pos));
    });
}

void PassagePanel::fillChoices()
{
    const int label = m_label->currentData().toInt();
    const QString tag = m_tag->currentData().toString();
    m_label->clear();
    m_label->addItem(tr("Any label"), 0);
    const QVector<PassageLabel> labels = m_passages.labels();
    for (const PassageLabel &l : labels)
        m_label->addItem(PassageStore::labelName(l), l.id);
    m_label->setCurrentIndex(qMax(0, m_label->findData(label)));
    m_tag->clear();
    m_tag->addItem(tr("Any tag"), QString());
    const QStringList tags = m_passages.tags();
    for (const QString &t : tags)
        m_tag->addItem(t, t);
    m_tag->setCurrentIndex(qMax(0, m_tag->findData(tag)));
}

void PassagePanel::applyFilters()
{
    PassageQuery query;
    query.text = m_text->text();
    query.labelId = m_label->currentData().toInt();
    query.tag = m_tag->currentData().toString();
    // With no article open, "this article" lists nothing.
    query.articleId = m_articleOnly->isChecked() ? (m_articleId > 0 ? m_articleId : -1) : 0;
    const QString entity = m_entity->text().trimmed();
    if (!entity.isEmpty()) {
        const QVector<Entity> found = m_entities.find(entity);
        // A name nobody has matches no passage, rather than all of them.
        query.entityId = found.isEmpty() ? -1 : found.first().id;
    }
    switch (m_state->currentIndex()) {
    case Anchored:
        query.state = Passage::State::Anchored;
        break;
    case Moved:
        query.state = Passage::State::Moved;
        break;
    case Orphaned:
        query.state = Passage::State::Orphaned;
        break;
    case Trash:
        query.trash = true;
        break;
    default:
        break;
    }
    m_model->setQuery(query);
}

void PassagePanel::refresh()
{
    fillChoices();
    m_model->refresh();
}

void PassagePanel::setCurrentArticle(qint64 articleId)
{
    m_articleId = articleId;
    if (m_articleOnly->isChecked())
        applyFilters();
}

void PassagePanel::setEntityFilter(const QString &name)
{
    m_entity->setText(name);
    applyFilters();
}

void PassagePanel::setShowTrash(bool trash)
{
    m_state->setCurrentIndex(trash ? Trash : AnyState);
    applyFilters();
}

bool PassagePanel::showsTrash() const
{
    return m_model->query().trash;
}

void PassagePanel::selectPassage(qint64 id)
{
    const int row = m_model->rowOfPassage(id);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
}

qint64 PassagePanel::currentPassageId() const
{
    return m_view->currentIndex().data(PassageIdRole).toLongLong();
}

} // namespace Veille
