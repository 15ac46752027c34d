// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articles/searchbar.h"

#include "colorcontrast.h"
#include "search/searchquery.h"

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
    updateMessageColor();

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

QVector<QPair<QString, QString>> SearchBar::syntaxRows()
{
    QVector<QPair<QString, QString>> rows = {
        { QStringLiteral("puces hanoi"), tr("both words") },
        { QStringLiteral("\"vice-ministre des Finances\""), tr("a phrase") },
        { QStringLiteral("semi*"), tr("words that start so") },
        { QStringLiteral("Intel OR Qualcomm"), tr("either") },
        { QStringLiteral("-AFP"), tr("without this word") },
    };
    // The fields come from the parser's own table, so a new field is
    // documented where it is declared.
    const QVector<SearchQuery::Field> fields = SearchQuery::fields();
    for (const SearchQuery::Field &field : fields)
        rows.append({ field.example, field.meaning });
    return rows;
}

QString SearchBar::syntaxHelp()
{
    QString rows;
    const QVector<QPair<QString, QString>> syntax = syntaxRows();
    for (const auto &row : syntax) {
        rows += QStringLiteral("<tr><td><tt>%1</tt></td><td>%2</td></tr>")
                    .arg(row.first.toHtmlEscaped(), row.second.toHtmlEscaped());
    }
    return tr("<p>Search the articles, accents and case aside:</p><table>%1</table><p>Esc clears the search.</p>")
        .arg(rows);
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

void SearchBar::updateMessageColor()
{
    // A warning's orange; a lighter one on a dark palette, for 4.5:1 on both.
    const bool dark = ColorContrast::isDark(palette().color(QPalette::Window));
    QPalette messagePalette = m_message->palette();
    messagePalette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0xa0, 0x5a) : QColor(0xb0, 0x40, 0x00));
    m_message->setPalette(messagePalette);
}

void SearchBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateMessageColor();
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
