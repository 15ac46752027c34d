// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/database.h"
#include "helpdialog.h"
#include "mainwindow.h"
#include "search/searchquery.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>

using namespace Veille;

// Help → Keyboard Shortcuts and Help → Search Syntax in the real window:
// every action with a shortcut and every search field is listed.
class TestHelpDialogs : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<MainWindow> m_window;

    QAction *helpAction(const QString &prefix) const
    {
        const QList<QAction *> menus = m_window->menuBar()->actions();
        for (const QAction *menu : menus) {
            if (!menu->menu())
                continue;
            const QList<QAction *> actions = menu->menu()->actions();
            for (QAction *action : actions) {
                if (action->text().remove(QLatin1Char('&')).startsWith(prefix))
                    return action;
            }
        }
        return nullptr;
    }

    // The rows of the page that \a actionText opens, as "left | right".
    QStringList openPage(const QString &actionText, const char *objectName)
    {
        QAction *action = helpAction(actionText);
        if (!action)
            return {};
        action->trigger();
        auto *dialog = m_window->findChild<HelpDialog *>(QLatin1String(objectName));
        if (!dialog || !dialog->isVisible())
            return {};
        QStringList rows;
        for (int i = 0; i < dialog->table()->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = dialog->table()->topLevelItem(i);
            rows << item->text(0) + QStringLiteral(" | ") + item->text(1);
        }
        return rows;
    }

    static void collectShortcutActions(const QMenu *menu, QList<const QAction *> &found)
    {
        const QList<QAction *> actions = menu->actions();
        for (const QAction *action : actions) {
            if (action->menu())
                collectShortcutActions(action->menu(), found);
            else if (!action->shortcuts().isEmpty())
                found << action;
        }
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).removeRecursively();
        m_dir = std::make_unique<QTemporaryDir>();
        m_database =
            std::make_unique<Database>(m_dir->filePath(QStringLiteral("veille.sqlite")), QStringLiteral("tst-help"));
        QVERIFY(m_database->open());
        m_window = std::make_unique<MainWindow>(*m_database);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_database.reset();
    }

    void shortcutsPageListsEveryShortcutAction()
    {
        QList<const QAction *> actions;
        const QList<QAction *> menus = m_window->menuBar()->actions();
        for (const QAction *menu : menus) {
            if (menu->menu())
                collectShortcutActions(menu->menu(), actions);
        }
        // The README's table: import, bookmark, undo, search, find, zoom, next article, quit…
        QVERIFY2(actions.size() >= 12, qPrintable(QString::number(actions.size())));
        const QStringList rows = openPage(QStringLiteral("Keyboard Shortcuts"), "shortcutsDialog");
        QVERIFY(!rows.isEmpty());
        const QString page = rows.join(QLatin1Char('\n'));
        for (const QAction *action : qAsConst(actions)) {
            const QString name = action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…"));
            const QString key = action->shortcut().toString(QKeySequence::NativeText);
            const bool listed = std::any_of(rows.cbegin(), rows.cend(), [&](const QString &row) {
                return row.contains(key) && row.endsWith(QStringLiteral(" | ") + name);
            });
            QVERIFY2(listed, qPrintable(QStringLiteral("%1 (%2) missing from:\n%3").arg(name, key, page)));
        }
        // j and k, and the keys that belong to no action.
        QVERIFY(rows.contains(QStringLiteral("J | Next Article")));
        QVERIFY(page.contains(QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText)));
    }

    void shortcutsPageFollowsAChangedShortcut()
    {
        QAction *zoomIn = helpAction(QStringLiteral("Zoom In"));
        QVERIFY(zoomIn);
        zoomIn->setShortcuts({ QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_I) });
        const QStringList rows = openPage(QStringLiteral("Keyboard Shortcuts"), "shortcutsDialog");
        const QString expected = QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_I).toString(QKeySequence::NativeText)
            + QStringLiteral(" | Zoom In");
        QVERIFY2(rows.contains(expected), qPrintable(rows.join(QLatin1Char('\n'))));
    }

    void searchSyntaxPageListsEveryField()
    {
        const QStringList rows = openPage(QStringLiteral("Search Syntax"), "searchSyntaxDialog");
        const QVector<SearchQuery::Field> fields = SearchQuery::fields();
        QVERIFY(fields.size() >= 4);
        for (const SearchQuery::Field &field : fields) {
            QVERIFY2(rows.contains(field.example + QStringLiteral(" | ") + field.meaning), qPrintable(field.name));
        }
        QVERIFY(rows.contains(QStringLiteral("Intel OR Qualcomm | either")));
    }

    void aPageAskedTwiceOpensOnce()
    {
        QVERIFY(!openPage(QStringLiteral("Search Syntax"), "searchSyntaxDialog").isEmpty());
        QVERIFY(!openPage(QStringLiteral("Search Syntax"), "searchSyntaxDialog").isEmpty());
        QCOMPARE(m_window->findChildren<HelpDialog *>().size(), 1);
    }
};

QTEST_MAIN(TestHelpDialogs)
#include "tst_helpdialogs.moc"
