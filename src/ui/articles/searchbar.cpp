// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articles/searchbar.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Veille {

SearchBar::SearchBar(QWidget *parent)
    : QWidget(parent)
{
    m_edit = new QLineEdit;
    m_edit->setObjectName(QStringLiteral("searchField"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setPlaceholderText(tr("Search the articles (/ or Ctrl+K)"));
    m_edit->setToolTip(syntaxHelp());
    m_edit->installEventFilter(this);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("searchMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x40, 0x00));
    m_message->setPalette(palette);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_message);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(m_edit, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(&m_debounce, &QTimer::timeout, this, [this] { Q_EMIT searchRequested(text()); });
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        m_debounce.stop();
        Q_EMIT searchRequested(text());
    });
}

QString SearchBar::syntaxHelp()
{
    return tr("<p>Search the articles, accents and case aside:</p><table>"
              "<tr><td><tt>puces hanoi</tt></td><td>both words</td></tr>"
              "<tr><td><tt>\"vice-ministre des Finances\"</tt></td><td>a phrase</td></tr>"
              "<tr><td><tt>semi*</tt></td><td>words that start so</td></tr>"
              "<tr><td><tt>Intel OR Qualcomm</tt></td><td>either</td></tr>"
              "<tr><td><tt>-AFP</tt></td><td>without this word</td></tr>"
              "<tr><td><tt>title:Intel</tt></td><td>in the title</td></tr>"
              "<tr><td><tt>source:VNA</tt></td><td>the agency contains VNA</td></tr>"
              "<tr><td><tt>entity:\"Pham Minh Chinh\"</tt></td><td>naming an entity, by name or alias</td></tr>"
              "<tr><td><tt>date:2025-05</tt></td><td>in May 2025 (also 2025, 2025-05-12)</td></tr>"
              "<tr><td><tt>date:2025-01..2025-06</tt></td><td>in a range; either end may be left out</td></tr>"
              "</table><p>Esc clears the search.</p>");
}

QString SearchBar::text() const
{
    return m_edit->text();
}

void SearchBar::setText(const QString &text)
{
    m_edit->setText(text);
}

void SearchBar::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

QString SearchBar::message() const
{
    return m_message->text();
}

void SearchBar::focusSearch()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

bool SearchBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && !m_edit->text().isEmpty()) {
        m_edit->clear();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Veille
