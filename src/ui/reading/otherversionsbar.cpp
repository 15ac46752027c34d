// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reading/otherversionsbar.h"

#include "plaintext.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QMenu>
#include <QToolButton>

namespace Veille {

OtherVersionsBar::OtherVersionsBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("otherVersionsBar"));
    m_menu = new QMenu(this);
    m_button = new QToolButton;
    m_button->setObjectName(QStringLiteral("otherVersionsButton"));
    m_button->setMenu(m_menu);
    m_button->setPopupMode(QToolButton::InstantPopup);
    m_button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_button->setToolTip(tr("Wire copies of this story printed elsewhere: choose one to see the sentences that "
                            "differ"));
    connect(m_menu, &QMenu::triggered, this,
            [this](QAction *action) { Q_EMIT versionChosen(action->data().toLongLong()); });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_button);
    layout->addStretch(1);
    hide();
}

void OtherVersionsBar::setCopies(const QVector<StoryStore::Copy> &copies)
{
    m_menu->clear();
    addCopies(m_menu, copies);
    m_button->setText(tr("Other versions (%n)", nullptr, int(copies.size())));
    setVisible(!copies.isEmpty());
}

void OtherVersionsBar::addCopies(QMenu *menu, const QVector<StoryStore::Copy> &copies)
{
    const QLocale locale;
    for (const StoryStore::Copy &copy : copies) {
        const QString source = copy.source.isEmpty() ? tr("no source") : copy.source;
        const QString date = copy.date.isNull() ? tr("undated") : copy.date.toDisplayString(locale);
        //: A wire copy in the Other versions menu: title, source, date and similarity in per cent.
        const QString text =
            tr("%1 — %2, %3 · %4 % alike").arg(copy.title, source, date).arg(qRound(copy.similarity * 100));
        QAction *action = menu->addAction(literalActionText(text));
        action->setData(copy.id);
    }
}

} // namespace Veille
