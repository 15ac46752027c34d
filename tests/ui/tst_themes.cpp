// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apptheme.h"
#include "colorcontrast.h"
#include "db/database.h"
#include "entities/entitystore.h"
#include "import/importer.h"
#include "mainwindow.h"
#include "passages/passagestore.h"
#include "reading/entityhighlighter.h"
#include "windowparts.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTreeWidget>

using namespace Veille;
using namespace WindowParts;

Q_DECLARE_METATYPE(Veille::AppTheme::Choice)

// The colours in both themes: WCAG contrast of every entity colour, passage
// tint and message against the light and the dark background, from the
// tables the window paints with; and View → Theme in the real window.
class TestThemes : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    // A new database's tables (types, labels), for the data functions, which run before init().
    QTemporaryDir m_tablesDir;
    std::unique_ptr<Database> m_tables;

    QString databasePath() const { return m_dir->filePath(QStringLiteral("veille.sqlite")); }

    // A theme's palette, and a highlighter on it as the reading pane sets it.
    struct Themed {
        explicit Themed(AppTheme::Choice choice)
            : palette(AppTheme::palette(choice))
            , highlighter(&document)
        {
            highlighter.setPalette(palette);
        }
        QPalette palette;
        QTextDocument document;
        EntityHighlighter highlighter;
    };

    // What falls short of \a minimum, or nothing.
    static QString shortfall(const QColor &foreground, const QColor &background, double minimum)
    {
        const double ratio = ColorContrast::ratio(foreground, background);
        if (ratio >= minimum)
            return {};
        return QStringLiteral("%1 on %2: %3:1, under %4:1")
            .arg(foreground.name(), background.name())
            .arg(ratio)
            .arg(minimum);
    }

    // A row for each of \a names (a type, or a label's colour) in each theme.
    static void addThemeRows(const QStringList &names)
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<AppTheme::Choice>("choice");
        for (const QString &name : names) {
            for (const auto choice : { AppTheme::Choice::Light, AppTheme::Choice::Dark }) {
                const QString theme = AppTheme::key(choice);
                QTest::newRow(qPrintable(name + QStringLiteral(" on ") + theme)) << name << choice;
            }
        }
    }

    static QAction *themeAction(const MainWindow &window, AppTheme::Choice choice)
    {
        return part<QAction>(window, qPrintable(QStringLiteral("theme-") + AppTheme::key(choice)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_tables = std::make_unique<Database>(m_tablesDir.filePath(QStringLiteral("tables.sqlite")),
                                              QStringLiteral("tst-themes-tables"));
        QVERIFY(m_tables->open());
    }

    void cleanupTestCase() { m_tables.reset(); }

    void init()
    {
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).removeRecursively();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_database = std::make_unique<Database>(databasePath(), QStringLiteral("tst-themes"));
        QVERIFY(m_database->open());
    }

    void cleanup()
    {
        AppTheme().apply(AppTheme::Choice::System);
        m_database.reset();
    }

    void contrastRatioFollowsWcag_data()
    {
        QTest::addColumn<QColor>("a");
        QTest::addColumn<QColor>("b");
        QTest::addColumn<double>("expected");
        QTest::newRow("black on white is 21:1") << QColor(Qt::black) << QColor(Qt::white) << 21.0;
        QTest::newRow("white on black, the same") << QColor(Qt::white) << QColor(Qt::black) << 21.0;
        QTest::newRow("a colour on itself is 1:1") << QColor(0x1565c0) << QColor(0x1565c0) << 1.0;
        // #767676 is the lightest grey that passes 4.5:1 on white; #777777 fails.
        QTest::newRow("#767676 on white is 4.54:1") << QColor(0x767676) << QColor(Qt::white) << 4.54;
        QTest::newRow("#777777 on white is 4.48:1") << QColor(0x777777) << QColor(Qt::white) << 4.48;
        QTest::newRow("pure red on white is 4.00:1") << QColor(Qt::red) << QColor(Qt::white) << 4.0;
    }

    void contrastRatioFollowsWcag()
    {
        QFETCH(QColor, a);
        QFETCH(QColor, b);
        QFETCH(double, expected);
        QVERIFY2(qAbs(ColorContrast::ratio(a, b) - expected) < 0.01,
                 qPrintable(QString::number(ColorContrast::ratio(a, b))));
    }

    void translucentColourOverBackground()
    {
        QColor half(Qt::white);
        half.setAlphaF(0.5);
        const QColor mixed = ColorContrast::over(half, Qt::black);
        QVERIFY(qAbs(mixed.redF() - 0.5) < 0.01 && qAbs(mixed.blueF() - 0.5) < 0.01);
        QCOMPARE(ColorContrast::over(QColor(0x123456), Qt::white), QColor(0x123456));
    }

    void entityColoursAreReadable_data()
    {
        // The built-in types as the database holds them, and types a user
        // adds, whose colour comes from a hue of their name.
        QStringList types = EntityStore(m_tables->connection()).types();
        QVERIFY(types.contains(QStringLiteral("Person")));
        for (int i = 0; i < 24; ++i)
            types << QStringLiteral("User type %1").arg(i);
        addThemeRows(types);
    }

    void entityColoursAreReadable()
    {
        QFETCH(QString, type);
        QFETCH(AppTheme::Choice, choice);
        const Themed theme(choice);
        const QColor base = theme.palette.color(QPalette::Base);
        QCOMPARE(theme.highlighter.background(), base);
        // The entity colour is an underline (3:1), on the bare background and on its own tint.
        const QColor color = theme.highlighter.colorFor(type);
        const QColor tinted = ColorContrast::over(theme.highlighter.mentionTint(type), base);
        const QStringList problems = {
            shortfall(color, base, ColorContrast::GraphicMinimum),
            shortfall(color, tinted, ColorContrast::GraphicMinimum),
            // The mention's text keeps the palette's text colour on the tint (4.5:1).
            shortfall(theme.palette.color(QPalette::Text), tinted, ColorContrast::TextMinimum),
        };
        QVERIFY2(problems.join(QString()).isEmpty(), qPrintable(problems.join(QLatin1Char(' '))));
    }

    void passageTintsKeepTextReadable_data()
    {
        QStringList colors { QStringLiteral("#b0b0b0") }; // a passage without a label
        const QVector<PassageLabel> labels = PassageStore(m_tables->connection()).labels();
        QVERIFY(!labels.isEmpty());
        for (const PassageLabel &label : labels)
            colors << label.color;
        addThemeRows(colors);
    }

    void passageTintsKeepTextReadable()
    {
        QFETCH(QString, type);
        QFETCH(AppTheme::Choice, choice);
        const Themed theme(choice);
        // One passage, and three overlapping, tinted deeper.
        for (int depth = 1; depth <= 3; ++depth) {
            const QColor tint = theme.highlighter.passageTint(QColor(type), depth);
            const QColor tinted = ColorContrast::over(tint, theme.highlighter.background());
            const QString problem = shortfall(theme.palette.color(QPalette::Text), tinted, ColorContrast::TextMinimum);
            QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("depth %1: %2").arg(depth).arg(problem)));
        }
    }

    void paletteTextIsReadable_data()
    {
        QTest::addColumn<AppTheme::Choice>("choice");
        QTest::newRow("light") << AppTheme::Choice::Light;
        QTest::newRow("dark") << AppTheme::Choice::Dark;
    }

    void paletteTextIsReadable()
    {
        QFETCH(AppTheme::Choice, choice);
        const QPalette p = AppTheme::palette(choice);
        const QVector<QPair<QPalette::ColorRole, QPalette::ColorRole>> pairs = {
            { QPalette::Text, QPalette::Base },
            { QPalette::WindowText, QPalette::Window },
            { QPalette::ButtonText, QPalette::Button },
            { QPalette::HighlightedText, QPalette::Highlight },
            { QPalette::PlaceholderText, QPalette::Base },
            { QPalette::Link, QPalette::Base },
            { QPalette::ToolTipText, QPalette::ToolTipBase },
        };
        for (const auto &pair : pairs) {
            const QString problem = shortfall(p.color(pair.first), p.color(pair.second), ColorContrast::TextMinimum);
            QVERIFY2(problem.isEmpty(),
                     qPrintable(QStringLiteral("roles %1 on %2: %3").arg(pair.first).arg(pair.second).arg(problem)));
        }
    }

    void themeActionRecoloursTheWindow_data() { paletteTextIsReadable_data(); }

    void themeActionRecoloursTheWindow()
    {
        QFETCH(AppTheme::Choice, choice);
        Importer(databasePath()).run({ QStringLiteral(VEILLE_SOURCE_DIR "/resources/sample-corpus") });
        const QColor systemBase = QApplication::palette().color(QPalette::Base);
        auto window = std::make_unique<MainWindow>(*m_database);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QVERIFY(listShown(*window));

        QAction *action = themeAction(*window, choice);
        QVERIFY(action->isCheckable());
        action->trigger();
        QVERIFY(action->isChecked());
        QVERIFY(!themeAction(*window, AppTheme::Choice::System)->isChecked());
        const bool dark = choice == AppTheme::Choice::Dark;
        const QPalette palette = QApplication::palette();
        QCOMPARE(palette.color(QPalette::Base).lightnessF() < 0.5, dark);
        QCOMPARE(palette.color(QPalette::Text).lightnessF() > 0.5, dark);

        // The reading pane paints entities in the theme's colours.
        ReadingPane *pane = readingPane(*window);
        QVERIFY(!pane->entitySpans().isEmpty());
        // The application's palette reaches the widgets through posted events.
        QTRY_COMPARE(pane->highlighter()->background(), AppTheme::palette(choice).color(QPalette::Base));
        const Themed expected(choice);
        const EntitySpan span = pane->entitySpans().constFirst();
        QCOMPARE(pane->highlighter()->colorFor(span.type), expected.highlighter.colorFor(span.type));
        pane->selectBodyRange({ span.start, span.start + 1 });
        const QTextBlock block = pane->textCursor().block();
        const int position = pane->textCursor().selectionStart() - block.position();
        bool underlined = false;
        const QVector<QTextLayout::FormatRange> formats = block.layout()->formats();
        for (const QTextLayout::FormatRange &range : formats) {
            if (range.start <= position && position < range.start + range.length)
                underlined = underlined || range.format.underlineColor() == expected.highlighter.colorFor(span.type);
        }
        QVERIFY(underlined);
        // The search's warning follows too.
        auto *message = part<QLabel>(*window, "searchMessage");
        QVERIFY(ColorContrast::ratio(message->palette().color(QPalette::WindowText),
                                     message->palette().color(QPalette::Window))
                >= ColorContrast::TextMinimum);

        // The choice is kept, and applied on the next start.
        window.reset();
        AppTheme().apply(AppTheme::Choice::System);
        QCOMPARE(QApplication::palette().color(QPalette::Base), systemBase);
        window = std::make_unique<MainWindow>(*m_database);
        QVERIFY(themeAction(*window, choice)->isChecked());
        QCOMPARE(QApplication::palette().color(QPalette::Base), AppTheme::palette(choice).color(QPalette::Base));

        // System gives the system's colours back.
        themeAction(*window, AppTheme::Choice::System)->trigger();
        QCOMPARE(QApplication::palette().color(QPalette::Base), systemBase);
        QTRY_COMPARE(readingPane(*window)->highlighter()->background(), systemBase);
    }
};

QTEST_MAIN(TestThemes)
#include "tst_themes.moc"
