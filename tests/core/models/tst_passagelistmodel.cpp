// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articles/articlestore.h"
#include "db/database.h"
#include "models/itemdatarole.h"
#include "models/passagelistmodel.h"
#include "passages/passagestore.h"
#include "support/testbackend.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

namespace Veille {

// The Passages panel's model over a real database of 300 passages: paged
// reads, filters and refresh, watched by QAbstractItemModelTester.
class TestPassageListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void rowsArePagedNewestFirst();
    void filterResetsTheModel();
    void refreshShowsANewPassage();
    void orphanIsMarked();
    void anothersSharedPassageNamesItsOwner();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_location;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PassageStore> m_store;
    Article m_article;
};

void TestPassageListModel::initTestCase()
{
    VEILLE_INIT_BACKEND_TEST();
}

void TestPassageListModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_location = TestBackend::newDatabase(*m_dir);
    m_db = std::make_unique<Database>(m_location, QStringLiteral("model"));
    QVERIFY2(m_db->open(), qPrintable(m_db->errorString()));
    ArticleStore articles(m_db->connection());
    m_article.path = m_dir->filePath(QStringLiteral("a.txt"));
    m_article.contentHash = QStringLiteral("h1");
    m_article.title = QStringLiteral("Un titre");
    m_article.date = PartialDate(2025, 5);
    m_article.body = QStringLiteral("Lorem ipsum dolor sit amet, consectetur adipiscing elit. ").repeated(20);
    QCOMPARE(articles.upsert(m_article), ArticleStore::Outcome::Inserted);
    m_store = std::make_unique<PassageStore>(m_db->connection());
    for (int i = 0; i < 300; ++i) {
        Passage passage;
        passage.articleId = m_article.id;
        passage.articlePath = m_article.path;
        passage.anchor = TextAnchor::fromRange(m_article.body, {i, i + 20}, m_article.contentHash);
        passage.note = QStringLiteral("note %1").arg(i);
        passage.labelId = i % 5;
        passage.tags = QStringList{i % 2 ? QStringLiteral("odd") : QStringLiteral("even")};
        QVERIFY(m_store->add(passage));
    }
}

void TestPassageListModel::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

void TestPassageListModel::rowsArePagedNewestFirst()
{
    PassageListModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 300);
    QCOMPARE(model.columnCount(), int(PassageListModel::ColumnCount));
    auto *random = QRandomGenerator::global();
    for (int i = 0; i < 200; ++i) {
        const int row = int(random->bounded(300));
        QCOMPARE(model.index(row, PassageListModel::NoteColumn).data().toString(), QStringLiteral("note %1").arg(299 - row));
        QCOMPARE(model.index(row, 0).data(PassageIdRole).toLongLong(), qint64(300 - row));
    }
    QCOMPARE(model.index(0, PassageListModel::ArticleColumn).data().toString(), QStringLiteral("Un titre"));
    QCOMPARE(model.index(0, PassageListModel::DateColumn).data().toString(), QStringLiteral("May 2025"));
    QCOMPARE(model.index(0, PassageListModel::LabelColumn).data().toString(), QStringLiteral("important")); // note 299: label 4
    QCOMPARE(model.index(1, PassageListModel::LabelColumn).data().toString(), QStringLiteral("follow up")); // 298: 3
    QCOMPARE(model.index(4, PassageListModel::LabelColumn).data().toString(), QString()); // 295: no label
    QCOMPARE(model.rowOfPassage(1), 299);
    QCOMPARE(model.rowOfPassage(4242), -1);
    QVERIFY(!model.index(300, 0).isValid());
}

void TestPassageListModel::filterResetsTheModel()
{
    PassageListModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    PassageQuery query;
    query.tag = QStringLiteral("odd");
    model.setQuery(query);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 150);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, PassageListModel::TagsColumn).data().toString(), QStringLiteral("odd"));
    model.setQuery(query); // the same query changes nothing
    QCOMPARE(reset.count(), 1);
    query.text = QStringLiteral("note 29");
    model.setQuery(query);
    QCOMPARE(model.rowCount(), 6); // 29, 291, 293, 295, 297, 299
}

void TestPassageListModel::refreshShowsANewPassage()
{
    PassageListModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.passageAt(0));
    Passage passage;
    passage.articleId = m_article.id;
    passage.articlePath = m_article.path;
    passage.anchor = TextAnchor::fromRange(m_article.body, {0, 11}, m_article.contentHash);
    passage.note = QStringLiteral("nouvelle");
    QVERIFY(m_store->add(passage));
    model.refresh();
    QCOMPARE(model.rowCount(), 301);
    QCOMPARE(model.index(0, PassageListModel::NoteColumn).data().toString(), QStringLiteral("nouvelle"));
    QVERIFY(m_store->moveToTrash(passage.id));
    model.refresh();
    QCOMPARE(model.rowCount(), 300);
}

void TestPassageListModel::orphanIsMarked()
{
    m_article.body = QStringLiteral("Tout autre chose.");
    m_article.contentHash = QStringLiteral("h2");
    QCOMPARE(ArticleStore(m_db->connection()).upsert(m_article), ArticleStore::Outcome::Updated);
    QCOMPARE(m_store->reanchor(m_article), 300);
    PassageListModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex quote = model.index(0, PassageListModel::QuoteColumn);
    QVERIFY(quote.data().toString().startsWith(QStringLiteral("⚠")));
    QCOMPARE(quote.data(PassageStateRole).toInt(), int(Passage::State::Orphaned));
    QVERIFY(quote.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Re-attach")));
}

// On a team server, bob's list shows alice's shared passage as hers.
void TestPassageListModel::anothersSharedPassageNamesItsOwner()
{
    if (!TestBackend::isPostgres())
        QSKIP("Team server only: a file has one user");
    QVERIFY(m_store->setShared(300, true));
    QVERIFY(m_store->setShared(299, true));
    Passage bare = *m_store->passage(299);
    bare.note.clear();
    QVERIFY(m_store->update(bare));
    PassageListModel own(*m_store);
    QCOMPARE(own.index(0, PassageListModel::NoteColumn).data().toString(), QStringLiteral("note 299"));
    QVERIFY(own.index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Shared with the team")));

    Database bob(TestBackend::asUser(m_location, QStringLiteral("bob")), QStringLiteral("model-bob"));
    QVERIFY2(bob.open(), qPrintable(bob.errorString()));
    const PassageStore bobs(bob.connection());
    PassageListModel model(bobs);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, PassageListModel::NoteColumn).data().toString(),
             QStringLiteral("shared by alice: note 299"));
    QCOMPARE(model.index(1, PassageListModel::NoteColumn).data().toString(), QStringLiteral("shared by alice"));
    QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Shared by alice: read-only")));
    // Each wears alice's label, named and painted as she sees it, though
    // bob's own palette has other labels.
    for (int row = 0; row < 2; ++row) {
        const qint64 id = model.index(row, 0).data(PassageIdRole).toLongLong();
        const int labelId = m_store->passage(id)->labelId;
        QVERIFY(labelId > 0);
        const QVector<PassageLabel> alices = m_store->labels();
        const auto label = std::find_if(alices.cbegin(), alices.cend(),
                                        [labelId](const PassageLabel &l) { return l.id == labelId; });
        QVERIFY(label != alices.cend());
        QCOMPARE(model.index(row, 0).data(LabelColorRole).toString(), label->color);
        QCOMPARE(model.index(row, PassageListModel::LabelColumn).data().toString(), PassageStore::labelName(*label));
        const QVector<PassageLabel> palette = bobs.labels();
        QCOMPARE(palette.size(), 4);
        QVERIFY(std::none_of(palette.cbegin(), palette.cend(),
                             [labelId](const PassageLabel &l) { return l.id == labelId; }));
    }
}

} // namespace Veille

QTEST_GUILESS_MAIN(Veille::TestPassageListModel)
#include "tst_passagelistmodel.moc"
