// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/entityactions.h"

#include "articles/articlestore.h"
#include "db/database.h"
#include "entities/entitiesdialog.h"
#include "entities/entitypanel.h"
#include "entities/entitytypename.h"
#include "plaintext.h"
#include "reading/entityhighlighter.h"
#include "reading/readingpane.h"
#include "themeicon.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QUndoStack>

namespace Veille {

EntityActions::EntityActions(EntityStore &entities, const ArticleStore &articles, const QString &databasePath,
                             ReadingPane *pane, EntityPanel *panel, QUndoStack *undoStack, QWidget *window)
    : QObject(window)
    , m_entities(entities)
    , m_articles(articles)
    , m_pane(pane)
    , m_panel(panel)
    , m_undoStack(undoStack)
    , m_window(window)
    , m_databasePath(databasePath)
{
    m_manage = new QAction(themeIcon(QStringLiteral("view-list-details")), tr("&Entities…"), this);
    m_manage->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_manage, &QAction::triggered, this, &EntityActions::openManager);

    connect(m_pane, &ReadingPane::contextMenuAboutToShow, this, &EntityActions::addCurationActions);
    m_pane->setArticleCounter([this](qint64 entityId) { return m_entities.articleCount(entityId); });
    connectPanel();
}

void EntityActions::connectPanel()
{
    m_panel->setColorProvider([this](const QString &type) { return m_pane->highlighter()->colorFor(type); });
    connect(m_pane->highlighter(), &EntityHighlighter::colorsChanged, m_panel, &EntityPanel::refreshSwatches);
    connect(m_panel, &EntityPanel::entityActivated, this, &EntityActions::articlesNamingRequested);
    connect(m_panel, &EntityPanel::entitySelected, this, &EntityActions::showCooccurring);
    // The panel lists m_suggestions in order, and signals their index.
    connect(m_panel, &EntityPanel::suggestionAccepted, this, [this](int index) {
        if (index >= 0 && index < m_suggestions.size())
            acceptSuggestion(m_suggestions.at(index));
    });
    connect(m_panel, &EntityPanel::suggestionRejected, this, [this](int index) {
        if (index >= 0 && index < m_suggestions.size())
            rejectSuggestion(m_suggestions.at(index));
    });
    connect(m_panel, &EntityPanel::detectedAccepted, this, [this](qint64 id) { decideDetected(id, true); });
    connect(m_panel, &EntityPanel::detectedRejected, this, [this](qint64 id) { decideDetected(id, false); });
    connect(m_panel, &EntityPanel::suggestionClicked, this, [this](int index) {
        if (index >= 0 && index < m_suggestions.size())
            m_pane->selectBodyRange(m_suggestions.at(index));
    });
}

CurationCommand::Reindex EntityActions::reindexer()
{
    return [this](const QStringList &texts) { Q_EMIT reindexRequested(texts); };
}

void EntityActions::openManager()
{
    auto *dialog = new EntitiesDialog(m_entities, *m_undoStack, reindexer(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(this, &EntityActions::reindexed, dialog, &EntitiesDialog::reload);
    dialog->show();
}

void EntityActions::showEntitiesOf(const Article &article)
{
    m_suggestions = suggestionSpans(article);
    m_pane->setEntitySpans(mentionSpans(article) + m_suggestions);
    m_panel->setArticleEntities(m_entities.countsInArticle(article.id));
    m_panel->setSuggestions(m_suggestions);
}

QVector<EntitySpan> EntityActions::mentionSpans(const Article &article) const
{
    QVector<EntitySpan> spans;
    // Names and types only: how many articles name each entity is counted
    // when a tooltip asks (ReadingPane::setArticleCounter). Counting them
    // all here took seconds per article with a million articles.
    QHash<qint64, Entity> entities;
    const QVector<Mention> mentions = m_entities.mentions(article.id);
    for (const Mention &mention : mentions) {
        auto entity = entities.find(mention.entityId);
        if (entity == entities.end())
            entity = entities.insert(mention.entityId, m_entities.entity(mention.entityId).value_or(Entity()));
        EntitySpan span;
        span.start = mention.start;
        span.end = mention.end;
        span.entityId = mention.entityId;
        span.name = entity->name;
        span.type = entity->type;
        span.role = mention.role;
        span.written = article.body.mid(mention.start, mention.end - mention.start);
        span.detected = mention.origin != MentionOrigin::Gazetteer;
        span.byRule = mention.origin == MentionOrigin::Rule;
        span.confirmed = entity->status == EntityStatus::Confirmed;
        span.confidence = mention.confidence;
        spans.append(span);
    }
    return spans;
}

QVector<EntitySpan> EntityActions::suggestionSpans(const Article &article) const
{
    QVector<EntitySpan> spans;
    const QVector<Suggestion> suggestions = m_entities.suggestions(article.id);
    for (const Suggestion &suggestion : suggestions) {
        EntitySpan span;
        span.start = suggestion.start;
        span.end = suggestion.end;
        span.entityId = suggestion.variantOf; // a typo variant names the entity it is close to
        span.name =
            suggestion.variantOf ? m_entities.entity(suggestion.variantOf).value_or(Entity()).name : suggestion.text;
        span.type = suggestion.type;
        span.role = suggestion.role;
        span.written = suggestion.text;
        span.suggestion = true;
        span.reason = suggestion.reason;
        spans.append(span);
    }
    return spans;
}

void EntityActions::showCooccurring(qint64 entityId)
{
    const auto entity = m_entities.entity(entityId);
    if (!entity)
        return;
    // Bounded: counted in the entity's newest articles only, so a name in
    // most of a million articles answers as fast as a rare one; still 33 ms
    // for one in 83 % of 200,000, so on a worker.
    constexpr int sample = EntityStore::CooccurrenceSample;
    struct Found {
        QVector<EntityStore::Count> counts;
        bool sampled = false;
    };
    const QString path = m_databasePath;
    m_cooccurrence.start<std::optional<Found>>(
        this,
        [path, entityId](const std::function<bool()> &) -> std::optional<Found> {
            Database database(path, Database::uniqueConnectionName(QStringLiteral("cooccurring")));
            if (!database.open())
                return std::nullopt;
            const EntityStore entities(database.connection());
            return Found { entities.cooccurring(entityId, 12, sample), entities.articleCount(entityId) > sample };
        },
        [this, entityId, name = entity->name, articleId = m_pane->articleId()](const std::optional<Found> &found) {
            // Another article opened meanwhile, and does not name it: its
            // list would have cleared "Named with" had it come first.
            const bool stale = m_pane->articleId() != articleId && !m_panel->lists(entityId);
            if (found && !stale)
                m_panel->setCooccurring(entityId, name, found->counts, found->sampled ? sample : 0);
        });
}

void EntityActions::addCurationActions(QMenu *menu, const TextRange &range, const EntitySpan *span)
{
    const auto article = m_articles.article(m_pane->articleId());
    if (!article)
        return;
    if (span && span->suggestion)
        addSuggestionActions(menu, *span);
    else if (span)
        addMentionActions(menu, *span, article->id);
    else
        addSelectionActions(menu, article->body.mid(range.start, range.length()).simplified());
}

void EntityActions::addSuggestionActions(QMenu *menu, const EntitySpan &suggestion)
{
    menu->addAction(literalActionText(tr("Accept “%1” as %2").arg(suggestion.written, entityTypeName(suggestion.type))),
                    this, [this, suggestion] { acceptSuggestion(suggestion); });
    menu->addAction(literalActionText(tr("Reject “%1”").arg(suggestion.written)), this,
                    [this, suggestion] { rejectSuggestion(suggestion); });
}

void EntityActions::addMentionActions(QMenu *menu, const EntitySpan &mention, qint64 articleId)
{
    if (!mention.confirmed) {
        // A name the tagger or a rule found: one way to accept, one to reject.
        menu->addAction(literalActionText(tr("Accept “%1” as %2").arg(mention.name, entityTypeName(mention.type))),
                        this, [this, mention] { decideDetected(mention.entityId, true); });
        menu->addAction(literalActionText(tr("Reject “%1”").arg(mention.name)), this,
                        [this, mention] { decideDetected(mention.entityId, false); });
        menu->addSeparator();
    }
    menu->addAction(literalActionText(tr("Show Every Article Naming %1").arg(mention.name)), this,
                    [this, mention] { Q_EMIT articlesNamingRequested(mention.entityId); });
    menu->addAction(tr("Not an Entity Here"), this, [this, mention, articleId] {
        m_undoStack->push(new ExcludeSpanCommand(m_entities, reindexer(), articleId, mention, mention.written));
    });
    menu->addAction(literalActionText(tr("Never Highlight “%1”").arg(mention.written)), this, [this, mention] {
        m_undoStack->push(new SuppressCommand(m_entities, reindexer(), mention.written));
    });
}

void EntityActions::addSelectionActions(QMenu *menu, const QString &text)
{
    if (text.isEmpty() || text.size() > 200)
        return;
    QMenu *mark = menu->addMenu(literalActionText(tr("Mark “%1” as").arg(text)));
    const QStringList types = m_entities.types();
    for (const QString &type : types) {
        mark->addAction(literalActionText(entityTypeName(type)), this, [this, text, type] {
            m_undoStack->push(new AddEntityCommand(m_entities, reindexer(), Entity { 0, text, type, {} }));
        });
    }
    menu->addAction(literalActionText(tr("Add “%1” as an Alias of…").arg(text)), this,
                    [this, text] { addAlias(text); });
}

void EntityActions::addAlias(const QString &text)
{
    const QVector<Entity> all = m_entities.entities();
    QStringList names;
    for (const Entity &entity : all)
        names.append(tr("%1 (%2)").arg(entity.name, entityTypeName(entity.type)));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        m_window, tr("Add an Alias"), literalRichText(tr("“%1” is another name for:").arg(text)), names, 0, true, &ok);
    const int index = int(names.indexOf(chosen));
    if (!ok || index < 0)
        return;
    m_undoStack->push(new AliasCommand(m_entities, reindexer(), AliasCommand::Change::Add, all.at(index).id,
                                       all.at(index).name, Alias { 0, text, false, true }));
}

void EntityActions::acceptSuggestion(const EntitySpan &suggestion)
{
    if (suggestion.entityId) {
        // A likely variant of a known name, e.g. "Qualcom": it becomes an alias.
        m_undoStack->push(new AliasCommand(m_entities, reindexer(), AliasCommand::Change::Add, suggestion.entityId,
                                           suggestion.name, Alias { 0, suggestion.written, false, true }));
    } else {
        m_undoStack->push(
            new AddEntityCommand(m_entities, reindexer(), Entity { 0, suggestion.written, suggestion.type, {} }));
    }
}

void EntityActions::decideDetected(qint64 entityId, bool accept)
{
    // As the Entities manager does, and undoable as every curation here:
    // the name joins the gazetteer with its type and keeps its id, so a
    // watch or a chip on it still holds; or it is suppressed.
    const std::optional<Entity> entity = m_entities.entity(entityId);
    if (!entity || entity->status != EntityStatus::Detected)
        return;
    m_undoStack->push(new DecideDetectedCommand(
        m_entities, reindexer(),
        accept ? DecideDetectedCommand::Decision::Accept : DecideDetectedCommand::Decision::Reject, { *entity }));
}

void EntityActions::rejectSuggestion(const EntitySpan &suggestion)
{
    m_undoStack->push(new SuppressCommand(m_entities, reindexer(), suggestion.written));
}

} // namespace Veille
