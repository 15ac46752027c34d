// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articles/articlefilterbar.h"

#include "articles/articlestore.h"
#include "search/searchquery.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace Veille {

ArticleFilterBar::ArticleFilterBar(QWidget *parent)
    : QWidget(parent)
{
    const auto dateEdit = [this](const QString &placeholder, const QString &name) {
        auto *edit = new QLineEdit;
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        edit->setClearButtonEnabled(true);
        edit->setToolTip(tr("A year, a month or a day: 2025, 2025-05 or 2025-05-12"));
        edit->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("2025-05-12")) + 24);
        edit->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("2025-05-12")) * 2);
        connect(edit, &QLineEdit::editingFinished, this, &ArticleFilterBar::checkDates);
        return edit;
    };
    m_from = dateEdit(tr("from"), QStringLiteral("dateFrom"));
    m_to = dateEdit(tr("to"), QStringLiteral("dateTo"));
    // The clear button empties the field without finishing the edit.
    for (QLineEdit *edit : {m_from, m_to}) {
        connect(edit, &QLineEdit::textChanged, this, [this](const QString &text) {
            if (text.isEmpty())
                checkDates();
        });
    }

    m_source = new QComboBox;
    m_source->setObjectName(QStringLiteral("sourceFilter"));
    m_source->setToolTip(tr("Only the articles of this agency"));
    m_source->addItem(tr("All sources"), QString());
    // Narrow enough to leave the reading pane its column on a laptop; the
    // popup shows the agencies' names whole.
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_source->setMinimumContentsLength(8);
    connect(m_source, qOverload<int>(&QComboBox::activated), this, &ArticleFilterBar::changed);

    m_bookmarked = new QCheckBox(tr("Bookmarked"));
    m_bookmarked->setObjectName(QStringLiteral("bookmarkedFilter"));
    m_bookmarked->setToolTip(tr("Only the articles with a bookmarked passage"));
    connect(m_bookmarked, &QCheckBox::toggled, this, &ArticleFilterBar::changed);

    m_unread = new QCheckBox(tr("Unread"));
    m_unread->setObjectName(QStringLiteral("unreadFilter"));
    m_unread->setToolTip(tr("Only the articles not read yet"));
    connect(m_unread, &QCheckBox::toggled, this, &ArticleFilterBar::changed);

    m_starred = new QCheckBox(tr("Starred"));
    m_starred->setObjectName(QStringLiteral("starredFilter"));
    m_starred->setToolTip(tr("Only the starred articles"));
    connect(m_starred, &QCheckBox::toggled, this, &ArticleFilterBar::changed);

    m_stories = createStoryChoice();

    m_bestMatch = new QToolButton;
    m_bestMatch->setObjectName(QStringLiteral("bestMatchFirst"));
    m_bestMatch->setText(tr("Best First"));
    m_bestMatch->setToolTip(tr("List the best matches of a search first; otherwise, the order of the column headers. "
                               "A search matching more than %1 articles is listed by date.")
                                .arg(ArticleStore::RelevanceLimit));
    m_bestMatch->setCheckable(true);
    m_bestMatch->setChecked(true);
    connect(m_bestMatch, &QToolButton::toggled, this, &ArticleFilterBar::changed);

    // The states on a row of their own: on one row the bar would make the
    // list, and so the window, wider than a laptop's half screen.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(2);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(QStringLiteral("–")));
    dates->addWidget(m_to);
    dates->addWidget(m_source, 1);
    dates->addWidget(m_bestMatch);
    auto *states = new QHBoxLayout;
    states->addWidget(m_bookmarked);
    states->addWidget(m_unread);
    states->addWidget(m_starred);
    states->addStretch(1);
    states->addWidget(m_stories);
    layout->addLayout(dates);
    layout->addLayout(states);
}

QComboBox *ArticleFilterBar::createStoryChoice()
{
    // Grouping is the default: the same story printed five times is read once.
    auto *stories = new QComboBox;
    stories->setObjectName(QStringLiteral("storyFilter"));
    stories->setToolTip(tr("Wire copies: the same story printed by several sites, with another title or a "
                           "paragraph more. One row per story, under its original or its newest copy, "
                           "or every copy on its own row."));
    stories->addItem(tr("Copies grouped, original"), int(ArticleQuery::StoryHead::Original));
    stories->addItem(tr("Copies grouped, newest"), int(ArticleQuery::StoryHead::Newest));
    stories->addItem(tr("Every copy"), int(ArticleQuery::StoryHead::None));
    connect(stories, qOverload<int>(&QComboBox::activated), this, &ArticleFilterBar::changed);
    return stories;
}

void ArticleFilterBar::checkDates()
{
    int from = 0;
    int to = 0;
    int ignored = 0;
    QStringList problems;
    // Each end at its own precision: from "2025" means from its start, to "2025" to its end.
    if (!m_from->text().trimmed().isEmpty()
        && !SearchQuery::parseDateRange(m_from->text().trimmed() + QStringLiteral(".."), &from, &ignored))
        problems << tr("“%1” is not a date: write 2025, 2025-05 or 2025-05-12.").arg(m_from->text().trimmed());
    if (!m_to->text().trimmed().isEmpty()
        && !SearchQuery::parseDateRange(QStringLiteral("..") + m_to->text().trimmed(), &ignored, &to))
        problems << tr("“%1” is not a date: write 2025, 2025-05 or 2025-05-12.").arg(m_to->text().trimmed());
    if (from && to && from > to)
        problems << tr("The first date comes after the second.");
    const QString problem = problems.join(QLatin1Char(' '));
    if (from == m_dateFrom && to == m_dateTo && problem == m_problem)
        return;
    m_dateFrom = from;
    m_dateTo = to;
    m_problem = problem;
    Q_EMIT changed();
}

void ArticleFilterBar::applyTo(ArticleQuery &query) const
{
    query.dateFrom = m_dateFrom;
    query.dateTo = m_dateTo;
    query.source = m_source->currentData().toString();
    query.bookmarkedOnly = m_bookmarked->isChecked();
    query.unreadOnly = m_unread->isChecked();
    query.starredOnly = m_starred->isChecked();
    query.storyHead = ArticleQuery::StoryHead(m_stories->currentData().toInt());
}

QString ArticleFilterBar::problem() const
{
    return m_problem;
}

bool ArticleFilterBar::bestMatchFirst() const
{
    return m_bestMatch->isChecked();
}

void ArticleFilterBar::setBestMatchFirst(bool on)
{
    const QSignalBlocker blocker(m_bestMatch);
    m_bestMatch->setChecked(on);
}

void ArticleFilterBar::setDateRange(const QString &from, const QString &to)
{
    // Emptying a field checks the dates on its own: once is enough.
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setText(from);
    m_to->setText(to);
    checkDates();
}

void ArticleFilterBar::setSources(const QStringList &sources)
{
    const QString current = m_source->currentData().toString();
    const QSignalBlocker blocker(m_source);
    while (m_source->count() > 1)
        m_source->removeItem(1);
    for (const QString &source : sources)
        m_source->addItem(source, source);
    const int index = m_source->findData(current);
    m_source->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0 && !current.isEmpty())
        Q_EMIT changed();
}

} // namespace Veille
