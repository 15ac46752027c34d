// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apptheme.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace Veille {

namespace {
// The system's style and palette, kept on the application the first time a
// theme replaces them, so that System restores them even when the window
// that forced a theme is gone (a new window reads them back).
const char *systemStyleProperty = "veilleSystemStyle";
const char *systemPaletteProperty = "veilleSystemPalette";

struct Colors {
    QRgb window, windowText, base, alternateBase, text, button, highlight, highlightedText, placeholder, link,
        linkVisited, disabledText, light, midlight, mid, dark, shadow, toolTipBase;
};

// Breeze's neighbourhood: calm greys, a blue selection, every text colour
// at 4.5:1 or more on the backgrounds it is drawn on.
const Colors lightColors { 0xeff0f1, 0x232629, 0xfcfcfc, 0xf3f4f5, 0x232629, 0xe8e9ea, 0x2a6db5, 0xffffff, 0x696e73,
                           0x1d5fa8, 0x7a3c9e, 0x8c9196, 0xffffff, 0xdcdee0, 0xb4b8bc, 0x8c9196, 0x474a4c, 0xfffbe5 };
const Colors darkColors { 0x232629, 0xeff0f1, 0x1b1e20, 0x26292c, 0xeff0f1, 0x31363b, 0x2a6db5, 0xffffff, 0x9ea3a8,
                          0x6cb6f0, 0xc79be0, 0x72777c, 0x4a5057, 0x3a3f44, 0x2b2f33, 0x141618, 0x0a0b0c, 0x31363b };

QPalette paletteOf(const Colors &c)
{
    QPalette p;
    const auto set = [&p](QPalette::ColorRole role, QRgb rgb) { p.setColor(role, QColor(rgb)); };
    set(QPalette::Window, c.window);
    set(QPalette::WindowText, c.windowText);
    set(QPalette::Base, c.base);
    set(QPalette::AlternateBase, c.alternateBase);
    set(QPalette::Text, c.text);
    set(QPalette::Button, c.button);
    set(QPalette::ButtonText, c.windowText);
    set(QPalette::BrightText, 0xff5555);
    set(QPalette::Highlight, c.highlight);
    set(QPalette::HighlightedText, c.highlightedText);
    set(QPalette::PlaceholderText, c.placeholder);
    set(QPalette::Link, c.link);
    set(QPalette::LinkVisited, c.linkVisited);
    set(QPalette::ToolTipBase, c.toolTipBase);
    set(QPalette::ToolTipText, c.windowText);
    set(QPalette::Light, c.light);
    set(QPalette::Midlight, c.midlight);
    set(QPalette::Mid, c.mid);
    set(QPalette::Dark, c.dark);
    set(QPalette::Shadow, c.shadow);
    for (QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, QColor(c.disabledText));
    p.setColor(QPalette::Inactive, QPalette::Highlight, QColor(c.highlight).lighter(c.base > 0x808080 ? 130 : 80));
    return p;
}
} // namespace

AppTheme::AppTheme(QObject *parent)
    : QObject(parent)
{
    m_group = new QActionGroup(this);
    m_group->setExclusive(true);
    const QList<QPair<Choice, QString>> choices = { { Choice::System, tr("&System") },
                                                    { Choice::Light, tr("&Light") },
                                                    { Choice::Dark, tr("&Dark") } };
    for (const auto &choice : choices) {
        auto *action = new QAction(choice.second, m_group);
        action->setCheckable(true);
        action->setData(key(choice.first));
        action->setObjectName(QStringLiteral("theme-") + key(choice.first));
    }
    m_group->actions().constFirst()->setChecked(true);
    connect(m_group, &QActionGroup::triggered, this, [this](QAction *action) {
        apply(fromKey(action->data().toString()));
        Q_EMIT chosen(m_choice);
    });
}

QList<QAction *> AppTheme::actions() const
{
    return m_group->actions();
}

void AppTheme::apply(Choice choice)
{
    m_choice = choice;
    for (QAction *action : m_group->actions())
        action->setChecked(action->data().toString() == key(choice));
    if (choice == Choice::System) {
        restoreSystem();
        return;
    }
    if (!qApp->property(systemStyleProperty).isValid()) {
        qApp->setProperty(systemStyleProperty, QApplication::style()->objectName());
        qApp->setProperty(systemPaletteProperty, QApplication::palette());
    }
    if (QApplication::style()->objectName().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(palette(choice));
}

void AppTheme::restoreSystem()
{
    const QVariant style = qApp->property(systemStyleProperty);
    if (!style.isValid())
        return; // never replaced
    if (QApplication::style()->objectName().compare(style.toString(), Qt::CaseInsensitive) != 0) {
        if (QStyle *system = QStyleFactory::create(style.toString()))
            QApplication::setStyle(system);
    }
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    // An empty palette hands the colours back to the platform, which keeps
    // following a change of the desktop's colours.
    QApplication::setPalette(QPalette());
#else
    QApplication::setPalette(qApp->property(systemPaletteProperty).value<QPalette>());
#endif
}

QPalette AppTheme::palette(Choice choice)
{
    switch (choice) {
    case Choice::Light:
        return paletteOf(lightColors);
    case Choice::Dark:
        return paletteOf(darkColors);
    case Choice::System:
        break;
    }
    return QApplication::palette();
}

QString AppTheme::key(Choice choice)
{
    switch (choice) {
    case Choice::Light:
        return QStringLiteral("light");
    case Choice::Dark:
        return QStringLiteral("dark");
    case Choice::System:
        break;
    }
    return QStringLiteral("system");
}

AppTheme::Choice AppTheme::fromKey(const QString &key)
{
    if (key == QLatin1String("light"))
        return Choice::Light;
    if (key == QLatin1String("dark"))
        return Choice::Dark;
    return Choice::System;
}

} // namespace Veille
