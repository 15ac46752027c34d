// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articles/articlefilterbar.h"
#include "models/articlelistmodel.h"
#include "articles/articlestore.h"
#include "db/database.h"
#include "reading/findbar.h"
#include "import/importer.h"
#include "models/itemdatarole.h"
#include "articles/listsearch.h"
#include "mainwindow.h"
#include "passages/passagestore.h"
#include "reading/readingpane.h"
#include "articles/searchbar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Veille;

// Searching from the window, offscreen, on the sample corpus.
class TestSearchUi : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<MainWindow> m_window;

    QString dbPath() const { return m_dir->filePath(QStringLiteral("veille.sqlite")); }
    ArticleListModel *model() const { return m_window->articleModel(); }
    QStringList titles() const
    {
        QStringList titles;
        for (int row = 0; row < model()->rowCount(); ++row)
            titles << model()->index(row, ArticleListModel::TitleColumn).data().toString();
        return titles;
    }
    void type(const QString &text) const
    {
        QLineEdit *field = m_window->searchBar()->lineEdit();
        field->selectAll();
        if (text.isEmpty())
            QTest::keyClick(field, Qt::Key_Delete);
        else
            QTest::keyClicks(field, text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        Importer importer(dbPath());
        QCOMPARE(importer.run({QStringLiteral(VEILLE_SOURCE_DIR "/resources/sample-corpus")}).imported.size(), 17);
    }

    void init()
    {
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).removeRecursively();
        m_database = std::make_unique<Database>(dbPath(), QStringLiteral("tst-search-ui"));
        QVERIFY2(m_database->open(), qPrintable(m_database->errorString()));
        m_window = std::make_unique<MainWindow>(*m_database);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(model()->rowCount(), 17);
    }

    void cleanup()
    {
        m_window.reset();
        m_database.reset();
    }

    void typingFiltersTheListWithSnippets()
    {
        m_window->articleView()->setFocus();
        QTest::keyClick(m_window->articleView(), Qt::Key_Slash);
        QVERIFY(m_window->searchBar()->lineEdit()->hasFocus());
        const int plainHeight = m_window->articleView()->sizeHintForRow(0);

        QTest::keyClicks(m_window->searchBar()->lineEdit(), QStringLiteral("etats-unis"));
        QTRY_COMPARE(model()->rowCount(), 6);
        QVERIFY(m_window->searchBar()->lineEdit()->hasFocus()); // typing goes on
        QVERIFY(m_window->searchBar()->message().isEmpty());
        const QModelIndex first = model()->index(0, ArticleListModel::TitleColumn);
        QVERIFY(first.data(SnippetRole).toString().contains(QStringLiteral("États")));
        QVERIFY(!first.data(SnippetMarksRole).toList().isEmpty());
        // The delegate gives the snippet a second line, and paints it.
        QVERIFY(m_window->articleView()->sizeHintForRow(0) > plainHeight);
        QVERIFY(!m_window->articleView()->grab().isNull());
        // The best match is open.
        QCOMPARE(m_window->readingPane()->articleId(), first.data(ArticleIdRole).toLongLong());
        QCOMPARE(m_window->articleView()->currentIndex().row(), 0);

        // Esc clears the field, and every article comes back.
        QTest::keyClick(m_window->searchBar()->lineEdit(), Qt::Key_Escape);
        QTRY_COMPARE(model()->rowCount(), 17);
        QVERIFY(!model()->index(0, 0).data(SnippetRole).isValid());
    }

    void malformedInputShowsAMessage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("message");
        QTest::newRow("unbalanced quote searches the words") << QStringLiteral("\"semi-conducteurs") << 8
                                                              << QStringLiteral("closing quote");
        QTest::newRow("lone star shows every article") << QStringLiteral("*") << 17 << QStringLiteral("letters before it");
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
        QTRY_VERIFY2(m_window->searchBar()->message().contains(message), qPrintable(m_window->searchBar()->message()));
        QCOMPARE(model()->rowCount(), rows);
        QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("searchMessage"))->isVisible());
        type(QStringLiteral("ia"));
        QTRY_VERIFY(m_window->searchBar()->message().isEmpty());
    }

    void theLatestQueryWins()
    {
        // Typed in one go: only the last search reaches the list.
        m_window->searchBar()->setText(QStringLiteral("ia"));
        m_window->searchBar()->setText(QStringLiteral("ia microsoft"));
        m_window->searchBar()->lineEdit()->returnPressed();
        QTRY_COMPARE(model()->rowCount(), 2);
        QTRY_VERIFY(!m_window->listSearch()->isBusy());
        QCOMPARE(model()->rowCount(), 2);
        QVERIFY(titles().first().startsWith(QStringLiteral("Microsoft et le")));
    }

    void filtersCombineWithTheSearch()
    {
        ArticleFilterBar *filters = m_window->filterBar();
        // Source: the combo lists the agencies.
        QComboBox *source = filters->sourceBox();
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
        QTest::keyClicks(filters->fromEdit(), QStringLiteral("2025"));
        QTest::keyClick(filters->fromEdit(), Qt::Key_Return);
        QTRY_COMPARE(model()->rowCount(), 3);
        QTest::keyClicks(filters->toEdit(), QStringLiteral("2025-06"));
        QTest::keyClick(filters->toEdit(), Qt::Key_Return);
        QTRY_COMPARE(model()->rowCount(), 2);
        filters->toEdit()->setText(QStringLiteral("juin"));
        QTest::keyClick(filters->toEdit(), Qt::Key_Return);
        QTRY_VERIFY(m_window->searchBar()->message().contains(QStringLiteral("“juin” is not a date")));
        QCOMPARE(model()->rowCount(), 3);
        filters->fromEdit()->clear();
        filters->toEdit()->clear();
        QTRY_COMPARE(model()->rowCount(), 9);

        // Bookmarked only: one passage in the Microsoft story, one in the trash elsewhere.
        PassageStore passages(m_database->connection());
        ArticleStore store(m_database->connection());
        const QVector<qint64> ids = store.articleIds();
        for (const qint64 id : {ids.at(12), ids.at(10)}) {
            const Article article = *store.article(id);
            Passage passage;
            passage.articleId = id;
            passage.articlePath = article.path;
            passage.anchor = TextAnchor::fromRange(article.body, 0, 10, article.contentHash);
            QVERIFY(passages.add(passage));
            if (id == ids.at(10))
                QVERIFY(passages.moveToTrash(passage.id));
        }
        filters->bookmarkedBox()->setChecked(true);
        QTRY_COMPARE(model()->rowCount(), 1);
        QVERIFY(titles().first().startsWith(QStringLiteral("Microsoft et le")));
        type(QString());
        QTRY_COMPARE(m_window->searchBar()->text(), QString());
        QTRY_COMPARE(model()->rowCount(), 1);
        filters->bookmarkedBox()->setChecked(false);
        QTRY_COMPARE(model()->rowCount(), 17);
    }

    void findInTheArticle()
    {
        type(QStringLiteral("title:microsoft"));
        QTRY_COMPARE(model()->rowCount(), 1);
        QTRY_VERIFY(m_window->readingPane()->toPlainText().startsWith(QStringLiteral("Microsoft et le")));
        const int expected = int(m_window->readingPane()->toPlainText().toLower().count(QStringLiteral("microsoft")));
        QVERIFY(expected >= 3);

        FindBar *find = m_window->findBar();
        QVERIFY(!find->isVisible());
        m_window->readingPane()->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(find->isVisible());
        QVERIFY(find->lineEdit()->hasFocus());
        QTest::keyClicks(find->lineEdit(), QStringLiteral("MICROSÖFT"));
        QCOMPARE(find->matchCount(), expected);
        QCOMPARE(find->countText(), QStringLiteral("1 of %1").arg(expected));
        QCOMPARE(m_window->readingPane()->textCursor().selectedText().toLower(), QStringLiteral("microsoft"));
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
