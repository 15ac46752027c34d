// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articles/articlestore.h"
#include "articles/listsearch.h"
#include "articles/snippetdelegate.h"
#include "db/database.h"
#include "import/importer.h"
#include "mainwindow.h"
#include "models/articlelistmodel.h"
#include "models/itemdatarole.h"
#include "passages/passagestore.h"
#include "reading/findbar.h"
#include "reading/readingpane.h"
#include "search/searchquery.h"
#include "windowparts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Veille;
using namespace WindowParts;

// Searching from the window, offscreen, on the sample corpus.
class TestSearchUi : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<MainWindow> m_window;

    QString dbPath() const { return m_dir->filePath(QStringLiteral("veille.sqlite")); }
    QAbstractItemModel *model() const { return articleModel(*m_window); }
    QStringList titles() const
    {
        QStringList titles;
        for (int row = 0; row < model()->rowCount(); ++row)
            titles << model()->index(row, ArticleListModel::TitleColumn).data().toString();
        return titles;
    }
    QLineEdit *searchField() const { return part<QLineEdit>(*m_window, "searchField"); }
    QString searchMessage() const { return part<QLabel>(*m_window, "searchMessage")->text(); }
    void type(const QString &text) const
    {
        QLineEdit *field = searchField();
        field->selectAll();
        if (text.isEmpty())
            QTest::keyClick(field, Qt::Key_Delete);
        else
            QTest::keyClicks(field, text);
    }

    // The pixels of \a area, given in logical pixels.
    static QImage cropped(const QImage &image, const QRect &area)
    {
        const qreal ratio = image.devicePixelRatio();
        return image.copy(QRect(QPoint(int(area.left() * ratio), int(area.top() * ratio)), area.size() * ratio));
    }

    // The most common colour of \a image: the background a row is painted on.
    static QRgb backgroundOf(const QImage &image)
    {
        QHash<QRgb, int> counts;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                ++counts[image.pixel(x, y)];
        }
        QRgb background = 0;
        int most = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.value() > most) {
                most = it.value();
                background = it.key();
            }
        }
        return background;
    }

    // How many pixels of \a area differ from its background: none when nothing is painted there.
    static int inkIn(const QImage &image, const QRect &area)
    {
        const QImage part = cropped(image, area);
        const QRgb background = backgroundOf(part);
        int ink = 0;
        for (int y = 0; y < part.height(); ++y) {
            for (int x = 0; x < part.width(); ++x)
                ink += part.pixel(x, y) != background;
        }
        return ink;
    }

    // The rightmost column of \a image painted on, or -1.
    static int inkEnd(const QImage &image)
    {
        const QRgb background = backgroundOf(image);
        for (int x = image.width() - 1; x >= 0; --x) {
            for (int y = 0; y < image.height(); ++y) {
                if (image.pixel(x, y) != background)
                    return x;
            }
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        Importer importer(dbPath());
        QCOMPARE(importer.run({ QStringLiteral(VEILLE_SOURCE_DIR "/resources/sample-corpus") }).imported.size(), 17);
    }

    void init()
    {
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).removeRecursively();
        m_database = std::make_unique<Database>(dbPath(), QStringLiteral("tst-search-ui"));
        QVERIFY2(m_database->open(), qPrintable(m_database->errorString()));
        m_window = std::make_unique<MainWindow>(*m_database);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(listShown(*m_window));
        QCOMPARE(model()->rowCount(), 17);
    }

    void cleanup()
    {
        m_window.reset();
        m_database.reset();
    }

    void typingFiltersTheListWithSnippets()
    {
        articleList(*m_window)->setFocus();
        QTest::keyClick(articleList(*m_window), Qt::Key_Slash);
        QVERIFY(searchField()->hasFocus());
        const int plainHeight = articleList(*m_window)->rowHeight(0);

        QTest::keyClicks(searchField(), QStringLiteral("etats-unis"));
        QTRY_COMPARE(model()->rowCount(), 6);
        QVERIFY(searchField()->hasFocus()); // typing goes on
        QVERIFY(searchMessage().isEmpty());
        const QModelIndex first = model()->index(0, ArticleListModel::TitleColumn);
        QVERIFY(first.data(SnippetRole).toString().contains(QStringLiteral("États")));
        QVERIFY(!first.data(SnippetMarksRole).toList().isEmpty());
        // The delegate gives the snippet a second line, and paints it.
        QTableView *list = articleList(*m_window);
        QVERIFY(list->rowHeight(0) > plainHeight);
        const QRect row = list->visualRect(first);
        const int line = list->fontMetrics().lineSpacing();
        const QImage painted = list->viewport()->grab().toImage();
        QVERIFY2(inkIn(painted, QRect(row.left(), row.top(), row.width(), line + 2)) > 20, "no title painted");
        QVERIFY2(inkIn(painted, QRect(row.left(), row.top() + line + 4, row.width(), row.height() - line - 4)) > 20,
                 "no snippet painted under the title");
        // The best match is open.
        QCOMPARE(readingPane(*m_window)->articleId(), first.data(ArticleIdRole).toLongLong());
        QCOMPARE(articleList(*m_window)->currentIndex().row(), 0);

        // Esc clears the field, and every article comes back.
        QTest::keyClick(searchField(), Qt::Key_Escape);
        QTRY_COMPARE(model()->rowCount(), 17);
        QVERIFY(!model()->index(0, 0).data(SnippetRole).isValid());
    }

    void snippetMarksArePaintedBold()
    {
        // Two rows alike but for the marks: only the snippet line differs.
        QStandardItemModel model;
        const QString snippet = QStringLiteral("les semi-conducteurs de Hanoï et leurs usines");
        for (const bool marked : { true, false }) {
            auto *item = new QStandardItem(QStringLiteral("Semi-conducteurs : le plan"));
            item->setData(snippet, SnippetRole);
            item->setData(marked ? QVariantList { QPoint(4, 19) } : QVariantList(), SnippetMarksRole);
            model.appendRow(item);
        }
        QTreeView view;
        view.setHeaderHidden(true);
        view.setFocusPolicy(Qt::NoFocus); // no focus frame on the first row
        view.setRootIsDecorated(false);
        view.setModel(&model);
        view.setItemDelegate(new SnippetDelegate(&view));
        view.resize(480, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        const QImage painted = view.viewport()->grab().toImage();
        const QRect marked = view.visualRect(model.index(0, 0));
        const QRect plain = view.visualRect(model.index(1, 0));
        const int line = view.fontMetrics().lineSpacing();
        const auto titleOf = [&](const QRect &row) {
            return cropped(painted, QRect(row.left(), row.top(), row.width(), line));
        };
        const auto snippetOf = [&](const QRect &row) {
            return cropped(painted, QRect(row.left(), row.top() + line + 2, row.width(), row.height() - line - 2));
        };
        QVERIFY(inkIn(snippetOf(plain), snippetOf(plain).rect()) > 20);
        QCOMPARE(titleOf(marked), titleOf(plain));
        // Bold words are wider: the rest of the snippet ends further right.
        QVERIFY2(inkEnd(snippetOf(marked)) > inkEnd(snippetOf(plain)), "the matched words are not painted bold");
    }

    void malformedInputShowsAMessage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("message");
        QTest::newRow("unbalanced quote searches the words")
            << QStringLiteral("\"semi-conducteurs") << 8 << QStringLiteral("closing quote");
        QTest::newRow("lone star shows every article")
            << QStringLiteral("*") << 17 << QStringLiteral("letters before it");
        QTest::newRow("punctuation only") << QStringLiteral("!!") << 17 << QStringLiteral("no letters or digits");
        QTest::newRow("date garbage") << QStringLiteral("date:hier") << 17 << QStringLiteral("is not a date");
        QTest::newRow("lone OR") << QStringLiteral("OR") << 0 << QStringLiteral("each side");
    }

    void malformedInputShowsAMessage()
    {
        QFETCH(QString, text);
        QFETCH(int, rows);
        QFETCH(QString, message);
        type(QStringLiteral("ia"));
        QTRY_COMPARE(model()->rowCount(), 9);
        type(text);
        QTRY_VERIFY2(searchMessage().contains(message), qPrintable(searchMessage()));
        QCOMPARE(model()->rowCount(), rows);
        QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("searchMessage"))->isVisible());
        type(QStringLiteral("ia"));
        QTRY_VERIFY(searchMessage().isEmpty());
    }

    void helpListsEveryField()
    {
        // The tooltip is rich text; each field of the parser's table is in
        // it, escaped, with its meaning.
        const QString help = searchField()->toolTip();
        const QVector<SearchQuery::Field> fields = SearchQuery::fields();
        QCOMPARE(fields.size(), 4);
        for (const SearchQuery::Field &field : fields) {
            QVERIFY2(!field.meaning.isEmpty(), qPrintable(field.name));
            QVERIFY2(help.contains(field.example.toHtmlEscaped() + QStringLiteral("</tt></td><td>") + field.meaning),
                     qPrintable(field.example));
        }
        QVERIFY(help.contains(QStringLiteral("entity:&quot;Pham Minh Chinh&quot;")));
    }

    void theLatestQueryWins()
    {
        // Typed in one go: only the last search reaches the list.
        searchField()->setText(QStringLiteral("ia"));
        searchField()->setText(QStringLiteral("ia microsoft"));
        searchField()->returnPressed();
        QTRY_COMPARE(model()->rowCount(), 2);
        QTRY_VERIFY(!part<ListSearch>(*m_window, "listSearch")->isBusy());
        QCOMPARE(model()->rowCount(), 2);
        QVERIFY(titles().first().startsWith(QStringLiteral("Microsoft et le")));
    }

    void filtersCombineWithTheSearch()
    {
        // Source: the combo lists the agencies.
        auto *source = part<QComboBox>(*m_window, "sourceFilter");
        auto *from = part<QLineEdit>(*m_window, "dateFrom");
        auto *to = part<QLineEdit>(*m_window, "dateTo");
        auto *bookmarked = part<QCheckBox>(*m_window, "bookmarkedFilter");
        const int afp = source->findData(QStringLiteral("AFP"));
        QVERIFY(afp > 0);
        source->setCurrentIndex(afp);
        Q_EMIT source->activated(afp);
        QTRY_VERIFY(model()->rowCount() > 0 && model()->rowCount() < 17);
        const int afpCount = model()->rowCount();
        for (int row = 0; row < afpCount; ++row)
            QCOMPARE(model()->index(row, 0).data(SourceRole).toString(), QStringLiteral("AFP"));

        type(QStringLiteral("ia"));
        QTRY_VERIFY(model()->rowCount() < afpCount);
        QCOMPARE(model()->rowCount(), 1); // the Meta and NIC story
        source->setCurrentIndex(0);
        Q_EMIT source->activated(0);
        QTRY_COMPARE(model()->rowCount(), 9);

        // Dates, each end at its precision.
        QTest::keyClicks(from, QStringLiteral("2025"));
        QTest::keyClick(from, Qt::Key_Return);
        QTRY_COMPARE(model()->rowCount(), 3);
        QTest::keyClicks(to, QStringLiteral("2025-06"));
        QTest::keyClick(to, Qt::Key_Return);
        QTRY_COMPARE(model()->rowCount(), 2);
        to->setText(QStringLiteral("juin"));
        QTest::keyClick(to, Qt::Key_Return);
        QTRY_VERIFY(searchMessage().contains(QStringLiteral("“juin” is not a date")));
        QCOMPARE(model()->rowCount(), 3);
        from->clear();
        to->clear();
        QTRY_COMPARE(model()->rowCount(), 9);

        // Bookmarked only: one passage in the Microsoft story, one in the trash elsewhere.
        PassageStore passages(m_database->connection());
        ArticleStore store(m_database->connection());
        const QVector<qint64> ids = store.articleIds();
        for (const qint64 id : { ids.at(12), ids.at(10) }) {
            const Article article = *store.article(id);
            Passage passage;
            passage.articleId = id;
            passage.articlePath = article.path;
            passage.anchor = TextAnchor::fromRange(article.body, {0, 10}, article.contentHash);
            QVERIFY(passages.add(passage));
            if (id == ids.at(10))
                QVERIFY(passages.moveToTrash(passage.id));
        }
        bookmarked->setChecked(true);
        QTRY_COMPARE(model()->rowCount(), 1);
        QVERIFY(titles().first().startsWith(QStringLiteral("Microsoft et le")));
        type(QString());
        QTRY_COMPARE(searchField()->text(), QString());
        QTRY_COMPARE(model()->rowCount(), 1);
        bookmarked->setChecked(false);
        QTRY_COMPARE(model()->rowCount(), 17);
    }

    void findInTheArticle()
    {
        type(QStringLiteral("title:microsoft"));
        QTRY_COMPARE(model()->rowCount(), 1);
        QTRY_VERIFY(readingPane(*m_window)->toPlainText().startsWith(QStringLiteral("Microsoft et le")));
        const int expected = int(readingPane(*m_window)->toPlainText().toLower().count(QStringLiteral("microsoft")));
        QVERIFY(expected >= 3);

        FindBar *find = part<FindBar>(*m_window, "findBar");
        QVERIFY(!find->isVisible());
        readingPane(*m_window)->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(find->isVisible());
        QVERIFY(find->lineEdit()->hasFocus());
        QTest::keyClicks(find->lineEdit(), QStringLiteral("MICROSÖFT"));
        QCOMPARE(find->matchCount(), expected);
        QCOMPARE(find->countText(), QStringLiteral("1 of %1").arg(expected));
        QCOMPARE(readingPane(*m_window)->textCursor().selectedText().toLower(), QStringLiteral("microsoft"));
        QTest::keyClick(find->lineEdit(), Qt::Key_Return);
        QCOMPARE(find->countText(), QStringLiteral("2 of %1").arg(expected));
        QTest::keyClick(find->lineEdit(), Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClick(find->lineEdit(), Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(find->countText(), QStringLiteral("%1 of %1").arg(expected));
        QTest::keyClicks(find->lineEdit(), QStringLiteral("zzz"));
        QCOMPARE(find->countText(), QStringLiteral("No match"));
        QTest::keyClick(find->lineEdit(), Qt::Key_Escape);
        QVERIFY(!find->isVisible());
    }
};

QTEST_MAIN(TestSearchUi)
#include "tst_searchui.moc"
