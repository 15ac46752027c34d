// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articles/readstateactions.h"

#include "articles/articlelistpane.h"
#include "articles/articlestore.h"
#include "articles/readstatecommand.h"
#include "plaintext.h"
#include "themeicon.h"

#include <QAction>
#include <QMessageBox>
#include <QTimer>
#include <QUndoStack>

namespace Veille {

ReadStateActions::ReadStateActions(const QSqlDatabase &db, ArticleStore &store, ArticleListPane *list,
                                   QUndoStack *undoStack, QWidget *window)
    : QObject(window)
    , m_states(db)
    , m_store(store)
    , m_list(list)
    , m_undoStack(undoStack)
    , m_window(window)
{
    m_readTimer = new QTimer(this);
    m_readTimer->setObjectName(QStringLiteral("readTimer"));
    m_readTimer->setSingleShot(true);
    m_readTimer->setInterval(ReadDelayMs);
    connect(m_readTimer, &QTimer::timeout, this, &ReadStateActions::markShownRead);

    m_toggleRead = new QAction(tr("Mark as &Read or Unread"), this);
    m_toggleRead->setObjectName(QStringLiteral("toggleReadAction"));
    m_toggleRead->setIcon(themeIcon(QStringLiteral("mail-mark-read")));
    m_toggleRead->setShortcut(QKeySequence(Qt::Key_M));
    connect(m_toggleRead, &QAction::triggered, this, [this] { toggle(false); });
    m_toggleStar = new QAction(tr("&Star or Unstar"), this);
    m_toggleStar->setObjectName(QStringLiteral("toggleStarAction"));
    m_toggleStar->setIcon(themeIcon(QStringLiteral("emblem-favorite")));
    m_toggleStar->setShortcut(QKeySequence(Qt::Key_S));
    connect(m_toggleStar, &QAction::triggered, this, [this] { toggle(true); });
    m_markAllRead = new QAction(tr("Mark &All as Read"), this);
    m_markAllRead->setObjectName(QStringLiteral("markAllReadAction"));
    m_markAllRead->setIcon(themeIcon(QStringLiteral("mail-mark-read-all")));
    m_markAllRead->setShortcut(QKeySequence(Qt::SHIFT | Qt::CTRL | Qt::Key_M));
    connect(m_markAllRead, &QAction::triggered, this, &ReadStateActions::markAllRead);
}

void ReadStateActions::articleShown(qint64 id)
{
    if (id == m_shown && m_readTimer->isActive())
        return;
    m_readTimer->stop();
    m_shown = id;
    if (id && !m_states.state(id).read)
        m_readTimer->start();
}

void ReadStateActions::setReadDelay(int milliseconds)
{
    m_readTimer->setInterval(milliseconds);
}

void ReadStateActions::markShownRead()
{
    // Not an undo step: reading is not an edit, and M marks it unread again.
    if (m_shown && m_states.setRead({ m_shown }, true))
        showChanged({ m_shown });
}

void ReadStateActions::toggle(bool star)
{
    const qint64 id = m_list->currentArticleId();
    if (!id)
        return;
    m_readTimer->stop(); // M on the article being read keeps it unread
    const ArticleStateStore::State state = m_states.state(id);
    const auto kind = star ? ReadStateCommand::Kind::Star : ReadStateCommand::Kind::Read;
    const bool on = star ? !state.starred : !state.read;
    auto *command =
        new ReadStateCommand(m_states, kind, { id }, on, [this](const QVector<qint64> &ids) { showChanged(ids); });
    command->setText(star ? (on ? tr("Star Article") : tr("Unstar Article"))
                          : (on ? tr("Mark Article Read") : tr("Mark Article Unread")));
    m_undoStack->push(command);
}

void ReadStateActions::markAllRead()
{
    const int count = m_list->articleCount();
    if (count <= 0)
        return;
    if (count > ConfirmAbove) {
        QMessageBox box(QMessageBox::Question, tr("Mark All as Read"),
                        tr("Mark the %Ln articles of this list as read?", nullptr, count),
                        QMessageBox::Yes | QMessageBox::Cancel, m_window);
        box.setObjectName(QStringLiteral("markAllReadConfirmation"));
        box.setDefaultButton(QMessageBox::Yes);
        if (box.exec() != QMessageBox::Yes)
            return;
    }
    bool ok = false;
    const QVector<qint64> changed = m_store.markAllRead(m_list->query(), &ok);
    if (!ok) {
        QMessageBox::warning(m_window, tr("Articles not marked"), literalRichText(m_store.lastError()));
        return;
    }
    m_readTimer->stop();
    auto *command = new ReadStateCommand(
        m_states, ReadStateCommand::Kind::Read, changed, true, [this](const QVector<qint64> &ids) { showChanged(ids); },
        true);
    command->setText(tr("Mark All as Read"));
    m_undoStack->push(command);
    showChanged(changed.size() == 1 ? QVector<qint64> {} : changed);
}

void ReadStateActions::showChanged(const QVector<qint64> &ids)
{
    // One article keeps its row; many are read again with the list.
    if (ids.size() == 1) {
        const ArticleStateStore::State state = m_states.state(ids.first());
        m_list->showArticleState(ids.first(), state.read, state.starred);
    } else {
        const qint64 current = m_list->currentArticleId();
        m_list->refresh();
        m_list->selectArticleOrFirst(current);
    }
    Q_EMIT statesChanged();
}

} // namespace Veille
