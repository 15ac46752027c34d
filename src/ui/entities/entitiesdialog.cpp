// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/entitiesdialog.h"

#include "entities/entitystore.h"
#include "entities/entitytypename.h"
#include "entities/gazetteerfile.h"
#include "plaintext.h"
#include "ui_entitiesdialog.h"

#include <QAction>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QUndoStack>

#include <algorithm>

namespace Veille {

namespace {
enum { EntityIdRole = Qt::UserRole, AliasIndexRole };
}

EntitiesDialog::EntitiesDialog(EntityStore &store, QUndoStack &undoStack, CurationCommand::Reindex reindex,
                               QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EntitiesDialog>())
    , m_store(store)
    , m_undoStack(undoStack)
    , m_reindex(std::move(reindex))
{
    m_ui->setupUi(this);
    m_ui->nameValue->setTextFormat(Qt::PlainText);
    m_ui->entitiesView->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->entitiesView->sortByColumn(0, Qt::AscendingOrder);
    m_ui->typeCombo->addItems(m_store.types());
    m_ui->statusCombo->addItem(tr("Gazetteer"), int(EntityStatus::Confirmed));
    m_ui->statusCombo->addItem(tr("Detected names"), int(EntityStatus::Detected));
    m_ui->typeFilterCombo->addItem(tr("All types"));
    for (const QString &type : m_store.types())
        m_ui->typeFilterCombo->addItem(entityTypeName(type), type);

    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, &EntitiesDialog::reload);
    connect(m_ui->statusCombo, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &EntitiesDialog::reload);
    connect(m_ui->typeFilterCombo, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &EntitiesDialog::reload);
    connect(m_ui->minArticlesSpin, QOverload<int>::of(&QSpinBox::valueChanged), this, &EntitiesDialog::reload);
    connect(m_ui->acceptButton, &QPushButton::clicked, this, [this] { decide(selectedIds(), true); });
    connect(m_ui->rejectButton, &QPushButton::clicked, this, [this] { decide(selectedIds(), false); });
    connect(m_ui->acceptShownButton, &QPushButton::clicked, this, &EntitiesDialog::acceptShown);
    connect(m_ui->entitiesView, &QTreeWidget::currentItemChanged, this, &EntitiesDialog::showCurrent);
    connect(m_ui->addButton, &QPushButton::clicked, this, &EntitiesDialog::addEntity);
    connect(m_ui->renameButton, &QPushButton::clicked, this, &EntitiesDialog::rename);
    connect(m_ui->typeCombo, &QComboBox::textActivated, this, &EntitiesDialog::changeType);
    connect(m_ui->addAliasButton, &QPushButton::clicked, this, &EntitiesDialog::addAlias);
    connect(m_ui->removeAliasButton, &QPushButton::clicked, this, &EntitiesDialog::removeAlias);
    connect(m_ui->mergeButton, &QPushButton::clicked, this, &EntitiesDialog::mergeInto);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &EntitiesDialog::removeEntity);
    // Undo and redo from the window change the gazetteer under us; Ctrl+Z
    // and Ctrl+Shift+Z work here too, on the window's one history.
    connect(&m_undoStack, &QUndoStack::indexChanged, this, &EntitiesDialog::reload);
    QAction *undo = m_undoStack.createUndoAction(this);
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = m_undoStack.createRedoAction(this);
    redo->setShortcuts(QKeySequence::Redo);
    addActions({ undo, redo });
    reload();
}

EntitiesDialog::~EntitiesDialog() = default;

void EntitiesDialog::reload()
{
    const qint64 selected = current() ? current()->id : 0;
    const QString type = m_ui->typeFilterCombo->currentData().toString();
    m_entities = m_store.entities(type, status());
    QHash<qint64, int> articles;
    const QVector<EntityStore::Count> counts = m_store.counts(type);
    for (const EntityStore::Count &count : counts)
        articles.insert(count.entityId, count.articles);

    const QString filter = GazetteerFile::foldedName(m_ui->filterEdit->text());
    const int minArticles = m_ui->minArticlesSpin->value();
    m_updating = true;
    m_ui->entitiesView->setSortingEnabled(false);
    m_ui->entitiesView->clear();
    for (int i = 0; i < m_entities.size(); ++i) {
        const Entity &entity = m_entities.at(i);
        const bool shown = filter.isEmpty()
            || std::any_of(entity.aliases.cbegin(), entity.aliases.cend(), [&filter](const Alias &alias) {
                   return GazetteerFile::foldedName(alias.text).contains(filter);
               })
            || GazetteerFile::foldedName(entity.name).contains(filter);
        if (!shown || articles.value(entity.id) < minArticles)
            continue;
        auto *item = new QTreeWidgetItem(m_ui->entitiesView, {entity.name, entityTypeName(entity.type)});
        item->setData(0, EntityIdRole, entity.id);
        item->setData(2, Qt::DisplayRole, articles.value(entity.id));
    }
    m_ui->entitiesView->setSortingEnabled(true);
    m_updating = false;
    selectEntity(selected);
    showCurrent();
}

void EntitiesDialog::selectEntity(qint64 id)
{
    for (int i = 0; i < m_ui->entitiesView->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_ui->entitiesView->topLevelItem(i);
        if (item->data(0, EntityIdRole).toLongLong() == id) {
            m_ui->entitiesView->setCurrentItem(item);
            return;
        }
    }
}

std::optional<Entity> EntitiesDialog::current() const
{
    const QTreeWidgetItem *item = m_ui->entitiesView->currentItem();
    if (!item)
        return std::nullopt;
    const qint64 id = item->data(0, EntityIdRole).toLongLong();
    for (const Entity &entity : m_entities) {
        if (entity.id == id)
            return entity;
    }
    return std::nullopt;
}

void EntitiesDialog::showCurrent()
{
    if (m_updating)
        return;
    const std::optional<Entity> entity = current();
    // A detected name is accepted, rejected or merged into a known entity;
    // it is edited once it is in the gazetteer.
    const bool detected = status() == EntityStatus::Detected;
    for (QWidget *widget : {static_cast<QWidget *>(m_ui->renameButton), static_cast<QWidget *>(m_ui->typeCombo),
                            static_cast<QWidget *>(m_ui->addAliasButton), static_cast<QWidget *>(m_ui->removeAliasButton),
                            static_cast<QWidget *>(m_ui->deleteButton)})
        widget->setEnabled(entity.has_value() && !detected);
    m_ui->mergeButton->setEnabled(entity.has_value());
    m_ui->acceptButton->setEnabled(detected && entity.has_value());
    m_ui->rejectButton->setEnabled(detected && entity.has_value());
    m_ui->acceptShownButton->setEnabled(detected && m_ui->entitiesView->topLevelItemCount() > 0);
    m_ui->aliasesView->clear();
    m_ui->nameValue->setText(entity ? entity->name : QString());
    if (!entity)
        return;
    m_ui->typeCombo->setCurrentText(entity->type);
    for (int i = 0; i < entity->aliases.size(); ++i) {
        const Alias &alias = entity->aliases.at(i);
        QString label = alias.text;
        if (alias.caseSensitive)
            label += tr("  (exact case)");
        else if (!alias.foldAccents)
            label += tr("  (exact accents)");
        auto *item = new QListWidgetItem(label, m_ui->aliasesView);
        item->setData(AliasIndexRole, i);
    }
}

void EntitiesDialog::push(QUndoCommand *command)
{
    m_undoStack.push(command); // indexChanged reloads the list
}

void EntitiesDialog::addEntity()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New Entity"), tr("Name:"), QLineEdit::Normal,
                                               m_ui->filterEdit->text(), &ok).simplified();
    if (!ok || name.isEmpty())
        return;
    const QString type = QInputDialog::getItem(this, tr("New Entity"), literalRichText(tr("Type of %1:").arg(name)),
                                               m_store.types(), 0, true, &ok);
    if (!ok || type.trimmed().isEmpty())
        return;
    auto *command = new AddEntityCommand(m_store, m_reindex, Entity{0, name, type.trimmed(), {}});
    push(command);
    selectEntity(command->entityId());
}

void EntitiesDialog::rename()
{
    const auto entity = current();
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Rename"), literalRichText(tr("New name of %1:").arg(entity->name)),
                              QLineEdit::Normal, entity->name, &ok)
            .simplified();
    if (ok && !name.isEmpty() && name != entity->name)
        push(new EditEntityCommand(m_store, m_reindex, EditEntityCommand::Kind::Rename, *entity, name));
}

void EntitiesDialog::changeType(const QString &type)
{
    const auto entity = current();
    if (entity && !type.trimmed().isEmpty() && type != entity->type)
        push(new EditEntityCommand(m_store, m_reindex, EditEntityCommand::Kind::SetType, *entity, type.trimmed()));
}

void EntitiesDialog::addAlias()
{
    const auto entity = current();
    bool ok = false;
    const QString text = QInputDialog::getText(
        this, tr("Add an Alias"),
        literalRichText(tr("Another name for %1 (start with = for an exact match):").arg(entity->name)),
        QLineEdit::Normal, QString(), &ok);
    const Alias alias = GazetteerFile::parseAlias(text);
    if (ok && !alias.text.isEmpty())
        push(new AliasCommand(m_store, m_reindex, AliasCommand::Change::Add, entity->id, entity->name, alias));
}

void EntitiesDialog::removeAlias()
{
    const auto entity = current();
    const QListWidgetItem *item = m_ui->aliasesView->currentItem();
    if (!entity || !item)
        return;
    const Alias alias = entity->aliases.value(item->data(AliasIndexRole).toInt());
    if (alias.text == entity->name) {
        QMessageBox::information(this, tr("Remove Alias"), tr("The name itself cannot be removed; rename the entity instead."));
        return;
    }
    push(new AliasCommand(m_store, m_reindex, AliasCommand::Change::Remove, entity->id, entity->name, alias));
}

void EntitiesDialog::mergeInto()
{
    const auto gone = current();
    QStringList names;
    QVector<Entity> targets;
    const QVector<Entity> gazetteer = m_store.entities();
    for (const Entity &entity : gazetteer) {
        if (entity.id != gone->id) {
            names.append(tr("%1 (%2)").arg(entity.name, entityTypeName(entity.type)));
            targets.append(entity);
        }
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Merge"), literalRichText(tr("Merge %1 into:").arg(gone->name)), names, 0, true, &ok);
    const int index = int(names.indexOf(chosen));
    if (ok && index >= 0) {
        push(new EditEntityCommand(m_store, m_reindex, EditEntityCommand::Kind::Merge, targets.at(index), {}, *gone));
        selectEntity(targets.at(index).id);
    }
}

EntityStatus EntitiesDialog::status() const
{
    return EntityStatus(m_ui->statusCombo->currentData().toInt());
}

QVector<qint64> EntitiesDialog::selectedIds() const
{
    QVector<qint64> ids;
    const QList<QTreeWidgetItem *> items = m_ui->entitiesView->selectedItems();
    for (const QTreeWidgetItem *item : items)
        ids.append(item->data(0, EntityIdRole).toLongLong());
    return ids;
}

void EntitiesDialog::acceptShown()
{
    QVector<qint64> ids;
    for (int i = 0; i < m_ui->entitiesView->topLevelItemCount(); ++i)
        ids.append(m_ui->entitiesView->topLevelItem(i)->data(0, EntityIdRole).toLongLong());
    const auto answer = QMessageBox::question(
        this, tr("Accept All Shown"),
        tr("Add the %n detected name(s) shown to the gazetteer? They will be highlighted in every article that "
           "names them.",
           nullptr, int(ids.size())));
    if (answer == QMessageBox::Yes)
        decide(ids, true);
}

void EntitiesDialog::decide(const QVector<qint64> &ids, bool accept)
{
    // One undoable step for the whole selection, with one re-index; a name
    // another window decided meanwhile is left out.
    QVector<Entity> detected;
    for (const qint64 id : ids) {
        const std::optional<Entity> entity = m_store.entity(id);
        if (entity && entity->status == EntityStatus::Detected)
            detected.append(*entity);
    }
    if (detected.isEmpty())
        return;
    push(new DecideDetectedCommand(
        m_store, m_reindex, accept ? DecideDetectedCommand::Decision::Accept : DecideDetectedCommand::Decision::Reject,
        detected));
    // Accepted or rejected, a name is no detected one any more; one that
    // still is met a failure (a locked database), which the user is told.
    const bool failed = std::any_of(detected.cbegin(), detected.cend(),
                                    [this](const Entity &entity) { return m_store.detectedId(entity.name) != 0; });
    if (failed)
        QMessageBox::warning(this, tr("Entities"), literalRichText(m_store.lastError()));
}

void EntitiesDialog::removeEntity()
{
    const auto entity = current();
    push(new EditEntityCommand(m_store, m_reindex, EditEntityCommand::Kind::Remove, *entity, {}));
}

} // namespace Veille
