// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../core/articles/generatedstories.h"
#include "articles/articlestore.h"
#include "articles/storystore.h"
#include "db/database.h"
#include "mainwindow.h"
#include "models/itemdatarole.h"
#include "reading/otherversionsbar.h"
#include "reading/versiondiffdialog.h"
#include "windowparts.h"

#include <QApplication>
#include <QComboBox>
#include <QMenu>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Veille;
using namespace WindowParts;

// Wire copies in the real window: one row per story with its copies
// counted, the choice that lists every copy, Other versions above the
// reading pane and the diff of a copy with the sentence it adds.
class TestStoriesUi : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<MainWindow> m_window;
    QHash<QString, qint64> m_ids;

    void add(const QString &title, const QString &body, const QString &source, int day)
    {
        ArticleStore store(m_database->connection());
        Article article;
        article.path = QStringLiteral("/corpus/") + title;
        article.title = title;
        article.body = body;
        article.source = source;
        article.date = PartialDate(2025, 3, day);
        article.contentHash = title;
        QCOMPARE(store.upsert(article), ArticleStore::Outcome::Inserted);
        QVERIFY(StoryStore(m_database->connection()).assign(article.id, StoryStore::signatureOf(title, body)));
        m_ids.insert(title, article.id);
    }

    int rowOf(qint64 id) const
    {
        const QAbstractItemModel *model = articleModel(*m_window);
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data(ArticleIdRole).toLongLong() == id)
                return row;
        return -1;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_database = std::make_unique<Database>(m_dir->filePath(QStringLiteral("veille.sqlite")),
                                                QStringLiteral("tst-stories-ui"));
        QVERIFY(m_database->open());
        const QString body = GeneratedStories::body(0, 80);
        add(QStringLiteral("Original"), body, QStringLiteral("VNA"), 1);
        add(QStringLiteral("Reprise"), body + QStringLiteral("\n\nUne phrase ajoutée par le site."),
            QStringLiteral("AFP"), 2);
        add(QStringLiteral("Autre"), GeneratedStories::body(0, 81), QStringLiteral("VNA"), 3);
        m_window = std::make_unique<MainWindow>(*m_database);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(listShown(*m_window));
    }

    void cleanup()
    {
        m_window.reset();
        m_database.reset();
    }

    void oneRowPerStoryAndEveryCopy()
    {
        QAbstractItemModel *model = articleModel(*m_window);
        QCOMPARE(model->rowCount(), 2);
        const int row = rowOf(m_ids.value(QStringLiteral("Original")));
        QVERIFY(row >= 0);
        QCOMPARE(model->index(row, 0).data(CopiesRole).toInt(), 1);
        QCOMPARE(rowOf(m_ids.value(QStringLiteral("Reprise"))), -1);
        auto *stories = part<QComboBox>(*m_window, "storyFilter");
        // The newest copy heads the story instead.
        stories->setCurrentIndex(1);
        Q_EMIT stories->activated(1);
        QTRY_COMPARE(rowOf(m_ids.value(QStringLiteral("Reprise"))) >= 0, true);
        QCOMPARE(rowOf(m_ids.value(QStringLiteral("Original"))), -1);
        stories->setCurrentIndex(2);
        Q_EMIT stories->activated(2);
        QTRY_COMPARE(model->rowCount(), 3);
    }

    void otherVersionsShowTheSentenceAdded()
    {
        articleList(*m_window)->setCurrentIndex(
            articleModel(*m_window)->index(rowOf(m_ids.value(QStringLiteral("Original"))), 0));
        auto *bar = part<OtherVersionsBar>(*m_window, "otherVersionsBar");
        QTRY_VERIFY(bar->isVisible());
        QCOMPARE(bar->button()->text(), QStringLiteral("Other versions (1)"));
        const QList<QAction *> actions = bar->button()->menu()->actions();
        QCOMPARE(actions.size(), 1);
        QCOMPARE(actions.constFirst()->data().toLongLong(), m_ids.value(QStringLiteral("Reprise")));
        QVERIFY(actions.constFirst()->text().startsWith(QStringLiteral("Reprise — AFP")));
        actions.constFirst()->trigger();
        auto *dialog = m_window->findChild<VersionDiffDialog *>(QStringLiteral("versionDiffDialog"));
        QVERIFY(dialog);
        QCOMPARE(dialog->differingInOpen(), 0);
        QCOMPARE(dialog->differingInCopy(), 1);
        const QList<QTextEdit::ExtraSelection> marks = dialog->copyView()->extraSelections();
        QCOMPARE(marks.size(), 1);
        QCOMPARE(marks.constFirst().cursor.selectedText(), QStringLiteral("Une phrase ajoutée par le site."));
        // A single article has no other versions.
        articleList(*m_window)->setCurrentIndex(
            articleModel(*m_window)->index(rowOf(m_ids.value(QStringLiteral("Autre"))), 0));
        QTRY_VERIFY(!bar->isVisible());
    }
};

QTEST_MAIN(TestStoriesUi)
#include "tst_storiesui.moc"
