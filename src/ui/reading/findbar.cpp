// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reading/findbar.h"

#include "text/textfold.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTextEdit>
#include <QToolButton>

namespace Veille {

FindBar::FindBar(QTextEdit *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
{
    m_edit = new QLineEdit;
    m_edit->setObjectName(QStringLiteral("findField"));
    m_edit->setPlaceholderText(tr("Find in the article"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("findCount"));
    const auto button = [this](Qt::ArrowType arrow, const QString &tip, void (FindBar::*slot)()) {
        auto *b = new QToolButton;
        b->setArrowType(arrow);
        b->setAutoRaise(true);
        b->setToolTip(tip);
        connect(b, &QToolButton::clicked, this, slot);
        return b;
    };
    auto *close = new QToolButton;
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close (Esc)"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_count);
    layout->addWidget(button(Qt::UpArrow, tr("Previous match (Shift+Enter)"), &FindBar::findPrevious));
    layout->addWidget(button(Qt::DownArrow, tr("Next match (Enter)"), &FindBar::findNext));
    layout->addWidget(close);

    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        search();
        m_current = m_starts.isEmpty() ? -1 : 0;
        select();
    });
    // Another article: count again, from its start.
    connect(m_editor, &QTextEdit::textChanged, this, [this] {
        if (isVisible() && !m_edit->text().isEmpty()) {
            search();
            m_current = -1;
            updateCount();
        }
    });
    updateCount();
}

void FindBar::activate()
{
    const QString selected = m_editor->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator) && selected.size() < 100)
        m_edit->setText(selected);
    show();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
    search();
    updateCount();
}

void FindBar::search()
{
    m_starts.clear();
    const QString needle = foldText(m_edit->text());
    m_length = int(needle.size());
    if (needle.trimmed().isEmpty())
        return;
    // toPlainText() keeps one unit per document position.
    const QString haystack = foldText(m_editor->document()->toPlainText());
    for (int at = int(haystack.indexOf(needle)); at >= 0; at = int(haystack.indexOf(needle, at + m_length)))
        m_starts.append(at);
}

void FindBar::step(int delta)
{
    if (m_starts.isEmpty())
        return;
    if (m_current < 0) {
        // From the cursor: the first match after it, or the last before it.
        const int position = m_editor->textCursor().selectionStart();
        m_current = delta > 0 ? 0 : int(m_starts.size()) - 1;
        for (int i = 0; i < m_starts.size(); ++i) {
            if (delta > 0 && m_starts.at(i) >= position) {
                m_current = i;
                break;
            }
            if (delta < 0 && m_starts.at(i) < position)
                m_current = i;
        }
    } else {
        m_current = int((m_current + delta + m_starts.size()) % m_starts.size());
    }
    select();
}

void FindBar::select()
{
    if (m_current >= 0 && m_current < m_starts.size()) {
        QTextCursor cursor(m_editor->document());
        cursor.setPosition(m_starts.at(m_current));
        cursor.setPosition(m_starts.at(m_current) + m_length, QTextCursor::KeepAnchor);
        m_editor->setTextCursor(cursor);
        m_editor->ensureCursorVisible();
    }
    updateCount();
}

QString FindBar::countText() const
{
    if (m_edit->text().isEmpty())
        return QString();
    if (m_starts.isEmpty())
        return tr("No match");
    if (m_current < 0)
        return tr("%n match(es)", nullptr, int(m_starts.size()));
    return tr("%1 of %2").arg(m_current + 1).arg(m_starts.size());
}

void FindBar::updateCount()
{
    m_count->setText(countText());
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            step(key->modifiers() & Qt::ShiftModifier ? -1 : 1);
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            hide();
            m_editor->setFocus();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Veille
