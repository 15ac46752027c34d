// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/database.h"
#include "mainwindow.h"
#include "themeicon.h"
#include "tintedsvgiconengine.h"

#include <QApplication>
#include <QDir>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QWidgetAction>

using namespace Veille;

// The icons of the window's menus and toolbar, on a desktop without an icon
// theme (Veille's own drawings) and on one with a theme (the theme's).
class TestThemeIcon : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<MainWindow> m_window;
    QPalette m_palette;

    // No folder holds any icon theme: only Veille's drawings can answer.
    void useNoIconTheme()
    {
        QIcon::setThemeSearchPaths({ m_dir.filePath(QStringLiteral("no-themes")) });
        QIcon::setFallbackSearchPaths({});
        QIcon::setThemeName(QStringLiteral("none"));
    }

    // A theme with a single 16-pixel red edit-undo.
    void useThemeWithOneIcon()
    {
        const QString root = m_dir.filePath(QStringLiteral("themes"));
        const QString theme = root + QStringLiteral("/test");
        QVERIFY(QDir().mkpath(theme + QStringLiteral("/16x16/actions")));
        QFile index(theme + QStringLiteral("/index.theme"));
        QVERIFY(index.open(QIODevice::WriteOnly));
        index.write("[Icon Theme]\nName=test\nDirectories=16x16/actions\n\n"
                    "[16x16/actions]\nSize=16\nType=Fixed\n");
        index.close();
        QImage red(16, 16, QImage::Format_ARGB32);
        red.fill(Qt::red);
        QVERIFY(red.save(theme + QStringLiteral("/16x16/actions/edit-undo.png")));
        QIcon::setThemeSearchPaths({ root });
        QIcon::setThemeName(QStringLiteral("test"));
    }

    // The colours of the opaque pixels of the icon, drawn large enough for
    // its strokes to cover whole pixels.
    static QSet<QRgb> inkOf(const QIcon &icon, QIcon::Mode mode = QIcon::Normal)
    {
        QImage image(64, 64, QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        icon.paint(&painter, image.rect(), Qt::AlignCenter, mode);
        painter.end();
        QSet<QRgb> ink;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QRgb pixel = image.pixel(x, y);
                if (qAlpha(pixel) == 255)
                    ink.insert(pixel & 0xffffff);
            }
        }
        return ink;
    }

    static QString plain(const QString &text) { return QString(text).remove(QLatin1Char('&')); }

    // Icons are for the actions a user picks; a check mark already shows a
    // checkable one, and a submenu's own entries are lists made at run time.
    static bool wantsIcon(const QAction *action)
    {
        return !action->isSeparator() && !action->menu() && !action->isCheckable()
            && !qobject_cast<const QWidgetAction *>(action);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_palette = QApplication::palette();
        useNoIconTheme();
        m_database = std::make_unique<Database>(m_dir.filePath(QStringLiteral("veille.sqlite")), QStringLiteral("tst"));
        QVERIFY2(m_database->open(), qPrintable(m_database->errorString()));
        m_window = std::make_unique<MainWindow>(*m_database);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_database.reset();
    }

    void cleanup()
    {
        QApplication::setPalette(m_palette);
        useNoIconTheme();
    }

    void everyMenuAndToolbarActionHasAnIconWithoutATheme_data()
    {
        QTest::addColumn<QAction *>("action");
        int rows = 0;
        const QList<QAction *> menus = m_window->menuBar()->actions();
        for (const QAction *menuAction : menus) {
            const QList<QAction *> entries = menuAction->menu()->actions();
            for (QAction *action : entries) {
                if (!wantsIcon(action))
                    continue;
                QTest::newRow(qPrintable(plain(menuAction->text()) + QStringLiteral(" > ") + plain(action->text())))
                    << action;
                ++rows;
            }
        }
        const QList<QToolBar *> toolBars = m_window->findChildren<QToolBar *>();
        for (const QToolBar *toolBar : toolBars) {
            const QList<QAction *> entries = toolBar->actions();
            for (QAction *action : entries) {
                if (!wantsIcon(action))
                    continue;
                QTest::newRow(qPrintable(toolBar->windowTitle() + QStringLiteral(" > ") + plain(action->text())))
                    << action;
                ++rows;
            }
        }
        QVERIFY2(rows > 20, "the window's menus were not found");
    }

    void everyMenuAndToolbarActionHasAnIconWithoutATheme()
    {
        QFETCH(QAction *, action);
        QVERIFY(!action->icon().isNull());
        QVERIFY2(inkOf(action->icon()).size() > 0, "the icon draws nothing");
    }

    void theToolbarShowsTextBesideTheMainActionsOnly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("textShown");
        QTest::newRow("Import Folder… has its text") << QStringLiteral("Import Folder…") << true;
        QTest::newRow("Bookmark Passage… has its text") << QStringLiteral("Bookmark Passage…") << true;
        QTest::newRow("Zoom In is a magnifier only") << QStringLiteral("Zoom In") << false;
        QTest::newRow("Zoom Out is a magnifier only") << QStringLiteral("Zoom Out") << false;
    }

    void theToolbarShowsTextBesideTheMainActionsOnly()
    {
        QFETCH(QString, text);
        QFETCH(bool, textShown);
        const auto *toolBar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QVERIFY(toolBar);
        const QToolButton *button = nullptr;
        const QList<QAction *> actions = toolBar->actions();
        for (QAction *action : actions) {
            if (plain(action->text()) == text)
                button = qobject_cast<QToolButton *>(toolBar->widgetForAction(action));
        }
        QVERIFY(button);
        QVERIFY(!button->icon().isNull());
        QVERIFY2(!button->toolTip().isEmpty(), "an icon alone needs its name in a tooltip");
        // A button with its text beside is wider than the icon and the text.
        const int textWidth = button->fontMetrics().horizontalAdvance(text);
        QCOMPARE(button->sizeHint().width() > button->iconSize().width() + textWidth, textShown);
    }

    void everyDrawingIsAnIconInThePalettesTextColour_data()
    {
        QTest::addColumn<QString>("name");
        themeIcon(QStringLiteral("edit-undo")); // registers the drawings' resource
        const QStringList files = QDir(QStringLiteral(":/icons")).entryList({ QStringLiteral("*.svg") });
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << file.chopped(4);
        QVERIFY(files.size() > 20);
    }

    void everyDrawingIsAnIconInThePalettesTextColour()
    {
        QFETCH(QString, name);
        QFile file(fallbackIconPath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(file.readAll().contains("currentColor"), "the drawing would not follow the palette");
        const QSet<QRgb> ink = inkOf(themeIcon(name));
        QCOMPARE(ink, QSet<QRgb>({ QApplication::palette().color(QPalette::WindowText).rgb() & 0xffffff }));
    }

    void drawingsFollowThePalette_data()
    {
        QTest::addColumn<QColor>("text");
        QTest::addColumn<bool>("disabled");
        QTest::newRow("dark text on a light theme") << QColor(0x23, 0x26, 0x29) << false;
        QTest::newRow("light text on a dark theme") << QColor(0xfc, 0xfc, 0xfc) << false;
        QTest::newRow("a disabled action in the disabled text colour") << QColor(0x80, 0x80, 0x80) << true;
    }

    void drawingsFollowThePalette()
    {
        QFETCH(QColor, text);
        QFETCH(bool, disabled);
        const QIcon::Mode mode = disabled ? QIcon::Disabled : QIcon::Normal;
        const QIcon icon = themeIcon(QStringLiteral("edit-undo"));
        QPalette palette = QApplication::palette();
        palette.setColor(disabled ? QPalette::Disabled : QPalette::Active, QPalette::WindowText, text);
        QApplication::setPalette(palette);
        QCOMPARE(TintedSvgIconEngine::tint(mode), text);
        // The same icon, made before the change, draws in the new colour.
        QCOMPARE(inkOf(icon, mode), QSet<QRgb>({ text.rgb() & 0xffffff }));
    }

    void theDesktopsThemeComesFirst_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("themeName");
        QTest::newRow("the theme has it") << QStringLiteral("edit-undo") << QStringLiteral("edit-undo");
        QTest::newRow("the theme lacks it: Veille's drawing") << QStringLiteral("edit-redo") << QString();
    }

    void theDesktopsThemeComesFirst()
    {
        QFETCH(QString, name);
        QFETCH(QString, themeName);
        useThemeWithOneIcon();
        const QIcon icon = themeIcon(name);
        QCOMPARE(icon.name(), themeName);
        const bool red = inkOf(icon).contains(QColor(Qt::red).rgb() & 0xffffff);
        QCOMPARE(red, !themeName.isEmpty());
    }

    void aNameWithoutADrawingIsNullAndSaysSo()
    {
        QTest::ignoreMessage(QtWarningMsg, "No fallback drawing for the icon veille-no-such-icon");
        QVERIFY(themeIcon(QStringLiteral("veille-no-such-icon")).isNull());
    }
};

QTEST_MAIN(TestThemeIcon)
#include "tst_themeicon.moc"
