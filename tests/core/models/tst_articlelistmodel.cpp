// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articles/articlestatestore.h"
#include "../articles/generatedstories.h"
#include "articles/articlestore.h"
#include "articles/storystore.h"
#include "db/database.h"
#include "models/articlelistmodel.h"
#include "models/itemdatarole.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(Veille::ArticleQuery::SortKey)

namespace Veille {

class TestArticleListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void shapeAndHeaders();
    void readsEveryRow_data();
    void readsEveryRow();
    void farRowsArriveFromTheWorker();
    void sortByEachColumn_data();
    void sortByEachColumn();
    void sortingTheSameWayAgainChangesNothing();
    void persistentIndexFollowsItsArticle();
    void farArticlesAreLocatedOnTheWorker();
    void refreshAfterAnImport();
    void aMillionRowsComeInSteps();
    void emptyStoreThenImport();
    void rolesAndUndatedDisplay();
    void stateRolesAndFilters_data();
    void stateRolesAndFilters();
    void shownStateKeepsTheRow();
    void storiesHaveOneRowEach_data();
    void storiesHaveOneRowEach();

private:
    void fill(ArticleStore &store, int first, int count);
    // Checks every row of the model, visited in \a rows order, against the
    // store's own order for the model's query.
    void compareRows(const ArticleListModel &model, const QVector<int> &rows);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ArticleStore> m_store;
};

namespace {
constexpr int Count = 1000; // about eight pages of 128, the cache's whole size

Article generated(int i)
{
    static const QString prefixes[] = {QStringLiteral("\u00c9tat"), QStringLiteral("etat"),
                                       QStringLiteral("Z\u00e8bre"), QStringLiteral("abc"),
                                       QStringLiteral("\u00c7a va"), QStringLiteral("Hano\u00ef")};
    static const char *const dates[] = {"", "2024", "2024-12", "2025-01-01", "2025-05", "2025-05-12", "2025-08-12"};
    static const QString sources[] = {QString(), QStringLiteral("AFP"), QStringLiteral("VNA/CVN"),
                                      QStringLiteral("Reuters")};
    Article article;
    article.path = QStringLiteral("/corpus/%1.txt").arg(i, 5, 10, QLatin1Char('0'));
    article.title = prefixes[i % 6] + QLatin1Char(' ') + QString::number(i * 7 % 50);
    article.date = PartialDate::fromIsoString(QString::fromLatin1(dates[i * 3 % 7]));
    article.source = sources[i / 3 % 4];
    article.body = QStringLiteral("Corps %1.").arg(i);
    article.contentHash = QString::fromLatin1(
        QCryptographicHash::hash((article.path + article.title).toUtf8(), QCryptographicHash::Sha256).toHex());
    return article;
}

QString dateDisplay(const PartialDate &date)
{
    return date.isNull() ? QStringLiteral("undated") : date.toDisplayString(QLocale());
}
} // namespace

void TestArticleListModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestArticleListModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("veille.sqlite")),
                                      Database::uniqueConnectionName(QStringLiteral("model-test")));
    QVERIFY2(m_db->open(), qPrintable(m_db->errorString()));
    m_store = std::make_unique<ArticleStore>(m_db->connection());
}

void TestArticleListModel::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

void TestArticleListModel::fill(ArticleStore &store, int first, int count)
{
    QVERIFY(store.beginTransaction());
    for (int i = first; i < first + count; ++i) {
        Article article = generated(i);
        QCOMPARE(store.upsert(article), ArticleStore::Outcome::Inserted);
    }
    QVERIFY(store.commitTransaction());
}

void TestArticleListModel::compareRows(const ArticleListModel &model, const QVector<int> &rows)
{
    const int count = m_store->count(model.query());
    QCOMPARE(model.rowCount(), count);
    const ArticleStore::Page reference = m_store->page(model.query(), std::nullopt, count + 1);
    QCOMPARE(int(reference.rows.size()), count);

    for (const int row : rows) {
        const ArticleSummary &expected = reference.rows.at(row);
        const QModelIndex title = model.index(row, ArticleListModel::TitleColumn);
        const QModelIndex date = model.index(row, ArticleListModel::DateColumn);
        const QModelIndex source = model.index(row, ArticleListModel::SourceColumn);
        const QByteArray where = "row " + QByteArray::number(row);
        QVERIFY2(title.data(ArticleIdRole).toLongLong() == expected.id, where.constData());
        QVERIFY2(model.articleIdAt(row) == expected.id, where.constData());
        QVERIFY2(title.data().toString() == expected.title, where.constData());
        QVERIFY2(date.data().toString() == dateDisplay(expected.date), where.constData());
        QVERIFY2(date.data(DateIsoRole).toString() == expected.date.toIsoString(), where.constData());
        QVERIFY2(source.data().toString() == expected.source, where.constData());
        QVERIFY2(source.data(SourceRole).toString() == expected.source, where.constData());
    }
}

void TestArticleListModel::shapeAndHeaders()
{
    fill(*m_store, 0, Count);
    ArticleListModel model(*m_store);
    model.refresh();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QCOMPARE(model.rowCount(), Count);
    QCOMPARE(model.columnCount(), int(ArticleListModel::ColumnCount));
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    QCOMPARE(model.columnCount(model.index(0, 0)), 0);
    QCOMPARE(model.headerData(ArticleListModel::TitleColumn, Qt::Horizontal).toString(), QStringLiteral("Title"));
    QCOMPARE(model.headerData(ArticleListModel::DateColumn, Qt::Horizontal).toString(), QStringLiteral("Date"));
    QCOMPARE(model.headerData(ArticleListModel::SourceColumn, Qt::Horizontal).toString(), QStringLiteral("Source"));
    QVERIFY(!model.headerData(ArticleListModel::ColumnCount, Qt::Horizontal).isValid());
    QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
    QVERIFY(!model.index(Count, 0).isValid());
    QVERIFY(!model.index(0, ArticleListModel::ColumnCount).isValid());
    QCOMPARE(model.articleIdAt(Count), qint64(0));
    QCOMPARE(model.articleIdAt(-1), qint64(0));
    // The default order is newest first.
    QCOMPARE(model.query().sortKey, ArticleQuery::SortKey::Date);
    QCOMPARE(model.query().order, Qt::DescendingOrder);
}

void TestArticleListModel::readsEveryRow_data()
{
    QTest::addColumn<QVector<int>>("rows");

    QVector<int> down;
    for (int row = 0; row < Count; ++row)
        down.append(row);
    QVector<int> up(down.rbegin(), down.rend());
    // A fixed seed: a failure must be reproducible.
    QRandomGenerator random(20260101);
    QVector<int> jumps;
    for (int i = 0; i < 2000; ++i)
        jumps.append(int(random.bounded(Count)));
    // Page edges in an order that defeats the neighbour shortcut.
    const QVector<int> edges = {999, 0, 128, 127, 896, 895, 255, 256, 640, 383, 384, 999, 1, 512, 511};
    QVector<int> twice = down + up + down; // more pages than the cache holds, read three times

    QTest::newRow("read top to bottom") << down;
    QTest::newRow("read bottom to top") << up;
    QTest::newRow("read by random jumps") << jumps;
    QTest::newRow("read page edges out of order") << edges;
    QTest::newRow("read down, up and down again") << twice;
}

void TestArticleListModel::readsEveryRow()
{
    QFETCH(QVector<int>, rows);
    fill(*m_store, 0, Count);
    ArticleListModel model(*m_store);
    model.refresh();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    compareRows(model, rows);
}

void TestArticleListModel::farRowsArriveFromTheWorker()
{
    fill(*m_store, 0, Count);
    ArticleListModel model(*m_store);
    model.readAside(m_db->path());
    model.refresh();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // Near the top, rows are read at once.
    compareRows(model, { 0, 200, 511 });
    QVERIFY(changed.isEmpty());

    // Far down, a row is blank until the worker has read the checkpoints;
    // then the pages shown blank are said changed, and read right.
    QCOMPARE(model.index(900, ArticleListModel::TitleColumn).data(), QVariant());
    QCOMPARE(model.articleIdAt(700), qint64(0));
    QVERIFY(changed.wait(20000));
    QCOMPARE(changed.size(), 2);
    const auto pageOf = [&changed](int signal) {
        const QModelIndex first = changed.at(signal).at(0).toModelIndex();
        const QModelIndex last = changed.at(signal).at(1).toModelIndex();
        return std::make_pair(first.row(), last.row());
    };
    QCOMPARE(pageOf(0), std::make_pair(7 * 128, Count - 1)); // the last page
    QCOMPARE(pageOf(1), std::make_pair(5 * 128, 6 * 128 - 1));
    compareRows(model, { 900, 700, Count - 1, 512, 0 });

    // Another order while the checkpoints of the first are on their way:
    // the late ones are dropped, the new order's are read.
    model.sort(ArticleListModel::SourceColumn, Qt::AscendingOrder);
    QCOMPARE(model.index(800, 0).data(), QVariant());
    model.sort(ArticleListModel::TitleColumn, Qt::AscendingOrder);
    changed.clear();
    QCOMPARE(model.index(800, 0).data(), QVariant());
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 20000);
    compareRows(model, { 800, 999, 513, 3 });
}

void TestArticleListModel::sortByEachColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<ArticleQuery::SortKey>("sortKey");

    using K = ArticleQuery::SortKey;
    QTest::newRow("sort: title ascending") << int(ArticleListModel::TitleColumn) << Qt::AscendingOrder << K::Title;
    QTest::newRow("sort: title descending") << int(ArticleListModel::TitleColumn) << Qt::DescendingOrder << K::Title;
    QTest::newRow("sort: date ascending") << int(ArticleListModel::DateColumn) << Qt::AscendingOrder << K::Date;
    QTest::newRow("sort: source ascending") << int(ArticleListModel::SourceColumn) << Qt::AscendingOrder << K::Source;
    QTest::newRow("sort: source descending") << int(ArticleListModel::SourceColumn) << Qt::DescendingOrder
                                             << K::Source;
}

void TestArticleListModel::sortByEachColumn()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(ArticleQuery::SortKey, sortKey);

    fill(*m_store, 0, Count);
    ArticleListModel model(*m_store);
    model.refresh();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Fill the cache in the old order first: sorting must drop it.
    QVector<int> all;
    for (int row = 0; row < Count; ++row)
        all.append(row);
    compareRows(model, all);

    QSignalSpy aboutToChange(&model, &QAbstractItemModel::layoutAboutToBeChanged);
    QSignalSpy changed(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.sort(column, order);
    QCOMPARE(aboutToChange.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.query().sortKey, sortKey);
    QCOMPARE(model.query().order, order);
    QCOMPARE(model.rowCount(), Count);

    compareRows(model, all);
    QVector<int> up(all.rbegin(), all.rend());
    compareRows(model, up);
}

void TestArticleListModel::sortingTheSameWayAgainChangesNothing()
{
    fill(*m_store, 0, 10);
    ArticleListModel model(*m_store);
    model.refresh();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::layoutChanged);

    model.sort(ArticleListModel::DateColumn, Qt::DescendingOrder); // already the order
    QCOMPARE(changed.count(), 0);
    model.sort(ArticleListModel::ColumnCount, Qt::AscendingOrder); // no such column
    model.sort(-1, Qt::AscendingOrder);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(model.query().sortKey, ArticleQuery::SortKey::Date);
    model.sort(ArticleListModel::TitleColumn, Qt::AscendingOrder);
    QCOMPARE(changed.count(), 1);
}

// With a worker, a sort keeps only the rows of its first page at once;
// an article farther down is located on the worker.
void TestArticleListModel::farArticlesAreLocatedOnTheWorker()
{
    fill(*m_store, 0, Count);
    ArticleListModel model(*m_store);
    model.readAside(m_db->path());
    model.refresh();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy located(&model, &ArticleListModel::articleLocated);

    // A row on a page read is found at once.
    const qint64 near = model.articleIdAt(3);
    model.locateArticle(near);
    QCOMPARE(located.size(), 1);
    QCOMPARE(located.takeFirst(), QVariantList({ near, 3 }));

    // Watch an article on the first page and one far down, then reverse
    // the order: the first goes far down, the other comes to the top.
    model.sort(ArticleListModel::TitleColumn, Qt::AscendingOrder);
    const int farRow = Count - 6;
    QCOMPARE(model.index(farRow, 0).data(), QVariant()); // blank until the checkpoints come
    QTRY_VERIFY_WITH_TIMEOUT(model.articleIdAt(farRow) > 0, 20000);
    const qint64 far = model.articleIdAt(farRow);
    const qint64 top = model.articleIdAt(5);
    const QPersistentModelIndex farIndex(model.index(farRow, 1));
    const QPersistentModelIndex topIndex(model.index(5, 0));
    model.sort(ArticleListModel::TitleColumn, Qt::DescendingOrder);
    QCOMPARE(model.rowOfArticle(far), 5);
    QCOMPARE(model.rowOfArticle(top), farRow);
    QVERIFY(farIndex.isValid());
    QCOMPARE(farIndex.row(), 5);
    QCOMPARE(farIndex.column(), 1);
    QVERIFY(!topIndex.isValid());

    // The one that went deep comes from the worker, after the call returns.
    model.locateArticle(top);
    QVERIFY(located.isEmpty());
    QVERIFY(located.wait(20000));
    QCOMPARE(located.takeFirst(), QVariantList({ top, farRow }));
    // Its page comes with it: the row and its neighbours show at once, not
    // blank until the checkpoints come.
    QCOMPARE(model.articleIdAt(farRow), top);
    compareRows(model, { farRow - 1, farRow, farRow + 1, 7 * 128 });

    // An article the list does not show is at row -1; a newer call, or
    // rows that change, drop an answer still on its way.
    model.locateArticle(999999);
    QVERIFY(located.wait(20000));
    QCOMPARE(located.takeFirst(), QVariantList({ qint64(999999), -1 }));
    // (Row 300 is on a page not read yet: a page read answers at once.)
    model.locateArticle(m_store->page(model.query(), std::nullopt, 301).rows.at(300).id);
    model.sort(ArticleListModel::SourceColumn, Qt::AscendingOrder);
    QTest::qWait(300);
    QVERIFY(located.isEmpty());
}

void TestArticleListModel::persistentIndexFollowsItsArticle()
{
    fill(*m_store, 0, Count);
    ArticleListModel model(*m_store);
    model.refresh();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    const QVector<QPair<int, int>> cells = {{0, 0}, {1, 2}, {127, 1}, {128, 0}, {500, 2}, {Count - 1, 1}};
    QVector<QPersistentModelIndex> persistent;
    QVector<qint64> ids;
    for (const auto &cell : cells) {
        persistent.append(QPersistentModelIndex(model.index(cell.first, cell.second)));
        ids.append(model.articleIdAt(cell.first));
        QVERIFY(ids.last() > 0);
    }

    const QVector<QPair<int, Qt::SortOrder>> sorts = {{ArticleListModel::TitleColumn, Qt::AscendingOrder},
                                                      {ArticleListModel::SourceColumn, Qt::DescendingOrder},
                                                      {ArticleListModel::DateColumn, Qt::AscendingOrder},
                                                      {ArticleListModel::TitleColumn, Qt::DescendingOrder}};
    for (const auto &sort : sorts) {
        const QVector<QPersistentModelIndex> before = persistent;
        QVector<int> rowsBefore;
        for (const QPersistentModelIndex &index : before)
            rowsBefore.append(index.row());
        model.sort(sort.first, sort.second);
        int moved = 0;
        for (int i = 0; i < persistent.size(); ++i) {
            const QPersistentModelIndex &index = persistent.at(i);
            QVERIFY(index.isValid());
            QCOMPARE(index.column(), cells.at(i).second);
            QCOMPARE(index.row(), model.rowOfArticle(ids.at(i)));
            QCOMPARE(index.data(ArticleIdRole).toLongLong(), ids.at(i));
            QCOMPARE(model.articleIdAt(index.row()), ids.at(i));
            if (index.row() != rowsBefore.at(i))
                ++moved;
        }
        QVERIFY2(moved > 0, "the sort moved none of the watched rows: the test proves nothing");
    }
}

// A view's header keeps an item per row: the rows of a large count come a
// step per turn of the event loop, and a new query drops those left.
void TestArticleListModel::aMillionRowsComeInSteps()
{
    fill(*m_store, 0, Count);
    ArticleListModel model(*m_store);
    const ArticleQuery query;
    const ArticleStore::Page first = m_store->page(query, std::nullopt, ArticleListModel::PageSize);
    model.setQuery(query, ArticleListModel::PageSize, first);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy grown(&model, &ArticleListModel::rowsGrown);

    // A count within a step: every row at once, and no signal later.
    model.setRowCount(ArticleListModel::GrowthStep);
    QVERIFY(!model.isGrowing());
    QCOMPARE(model.rowCount(), ArticleListModel::GrowthStep);
    QCOMPARE(inserted.count(), 1);
    model.setQuery(query, ArticleListModel::PageSize, first);
    inserted.clear();

    // As ListSearch does when the count comes after the first page.
    constexpr int Rows = 1000000;
    model.setRowCount(Rows);
    QVERIFY(model.isGrowing());
    QVERIFY(model.rowCount() < Rows);
    QVERIFY(grown.wait(10000));
    QTest::qWait(50);
    QCOMPARE(grown.count(), 1);
    QVERIFY(!model.isGrowing());
    QCOMPARE(model.rowCount(), Rows);
    QVERIFY(inserted.count() >= Rows / ArticleListModel::GrowthStep);
    int next = ArticleListModel::PageSize;
    for (const QList<QVariant> &step : inserted) {
        QCOMPARE(step.at(1).toInt(), next);
        QVERIFY(step.at(2).toInt() - step.at(1).toInt() < ArticleListModel::GrowthStep);
        next = step.at(2).toInt() + 1;
    }
    QCOMPARE(next, Rows);
    QCOMPARE(model.index(0, ArticleListModel::TitleColumn).data().toString(), first.rows.first().title);

    // Counted at once, then replaced while growing: the rest never comes.
    model.setQuery(query, Rows, first);
    QVERIFY(model.isGrowing());
    QCOMPARE(model.rowCount(), ArticleListModel::GrowthStep);
    model.setQuery(query, Count, first);
    QVERIFY(!model.isGrowing());
    grown.clear();
    QTest::qWait(100);
    QCOMPARE(grown.count(), 0);
    QCOMPARE(model.rowCount(), Count);

    // A smaller count while growing stops there.
    model.setQuery(query, Rows, first);
    model.setRowCount(Count);
    QVERIFY(!model.isGrowing());
    QTest::qWait(100);
    QCOMPARE(model.rowCount(), Count);
    QCOMPARE(grown.count(), 0);
}

void TestArticleListModel::refreshAfterAnImport()
{
    fill(*m_store, 0, Count);
    ArticleListModel model(*m_store);
    model.refresh();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(ArticleListModel::TitleColumn, Qt::AscendingOrder);
    QCOMPARE(model.rowCount(), Count);
    QVERIFY(model.index(Count - 1, 0).data(ArticleIdRole).toLongLong() > 0);

    // The importer writes through a connection of its own.
    {
        Database writer(m_db->path(), Database::uniqueConnectionName(QStringLiteral("writer")));
        QVERIFY2(writer.open(), qPrintable(writer.errorString()));
        ArticleStore store(writer.connection());
        fill(store, Count, 150);
    }
    QCOMPARE(model.rowCount(), Count); // unchanged until told

    QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.refresh();
    QCOMPARE(aboutToReset.count(), 1);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), Count + 150);
    QCOMPARE(model.query().sortKey, ArticleQuery::SortKey::Title); // the order survives

    QVector<int> all;
    for (int row = 0; row < Count + 150; ++row)
        all.append(row);
    compareRows(model, all);
}

void TestArticleListModel::emptyStoreThenImport()
{
    ArticleListModel model(*m_store);
    model.refresh();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.articleIdAt(0), qint64(0));
    QCOMPARE(model.rowOfArticle(1), -1);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    fill(*m_store, 0, 3);
    model.refresh();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 3);
    compareRows(model, {0, 1, 2});
}

void TestArticleListModel::rolesAndUndatedDisplay()
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    const auto restore = qScopeGuard([&previous] { QLocale::setDefault(previous); });

    const struct {
        const char *title;
        const char *date;
        const char *source;
    } rows[] = {{"Sans date", "", ""}, {"Au mois", "2025-05", "AFP"}, {"Au jour", "2025-08-12", "VNA/CVN"},
                {"\u00c0 l'ann\u00e9e", "2024", "Reuters/CVN"}};
    QVector<qint64> ids;
    for (const auto &row : rows) {
        Article article;
        article.path = QStringLiteral("/corpus/") + QString::fromUtf8(row.title) + QStringLiteral(".txt");
        article.title = QString::fromUtf8(row.title);
        article.date = PartialDate::fromIsoString(QString::fromLatin1(row.date));
        article.source = QString::fromLatin1(row.source);
        article.contentHash = article.path;
        QCOMPARE(m_store->upsert(article), ArticleStore::Outcome::Inserted);
        ids.append(article.id);
    }

    ArticleListModel model(*m_store);
    model.refresh();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(ArticleListModel::DateColumn, Qt::AscendingOrder);
    // Undated first, then "2024" < "2025-05" < "2025-08-12".
    const QVector<qint64> order = {ids[0], ids[3], ids[1], ids[2]};
    const QStringList display = {QStringLiteral("undated"), QStringLiteral("2024"), QStringLiteral("mai 2025"),
                                 QStringLiteral("12 ao\u00fbt 2025")};
    const QStringList iso = {QString(), QStringLiteral("2024"), QStringLiteral("2025-05"),
                             QStringLiteral("2025-08-12")};
    for (int row = 0; row < 4; ++row) {
        const QModelIndex title = model.index(row, ArticleListModel::TitleColumn);
        const QModelIndex date = model.index(row, ArticleListModel::DateColumn);
        const QModelIndex source = model.index(row, ArticleListModel::SourceColumn);
        QCOMPARE(title.data(ArticleIdRole).userType(), int(QMetaType::LongLong));
        QCOMPARE(title.data(ArticleIdRole).toLongLong(), order.at(row));
        QCOMPARE(date.data(ArticleIdRole).toLongLong(), order.at(row)); // every column knows its article
        QCOMPARE(date.data().toString(), display.at(row));
        QCOMPARE(date.data(DateIsoRole).toString(), iso.at(row));
        QCOMPARE(title.data(Qt::ToolTipRole).toString(), title.data().toString());
        QVERIFY(!date.data(Qt::ToolTipRole).isValid());
        QVERIFY(!title.data(Qt::DecorationRole).isValid());
        QCOMPARE(source.data(SourceRole).toString(), source.data().toString());
        QCOMPARE(model.rowOfArticle(order.at(row)), row);
    }
    QCOMPARE(model.index(0, ArticleListModel::TitleColumn).data().toString(), QStringLiteral("Sans date"));
    QCOMPARE(model.index(1, ArticleListModel::SourceColumn).data().toString(), QStringLiteral("Reuters/CVN"));
}

void TestArticleListModel::stateRolesAndFilters_data()
{
    QTest::addColumn<bool>("unreadOnly");
    QTest::addColumn<bool>("starredOnly");
    QTest::addColumn<int>("expectedRows");
    // Of 300 articles, every third is read and every fifth starred.
    QTest::newRow("every article") << false << false << 300;
    QTest::newRow("unread only: two in three") << true << false << 200;
    QTest::newRow("starred only: one in five") << false << true << 60;
    QTest::newRow("unread and starred") << true << true << 40;
}

void TestArticleListModel::stateRolesAndFilters()
{
    QFETCH(bool, unreadOnly);
    QFETCH(bool, starredOnly);
    QFETCH(int, expectedRows);
    fill(*m_store, 0, 300);
    ArticleStateStore states(m_db->connection());
    QVector<qint64> read;
    QVector<qint64> starred;
    for (qint64 id = 1; id <= 300; ++id) {
        if (id % 3 == 0)
            read.append(id);
        if (id % 5 == 0)
            starred.append(id);
    }
    QVERIFY(states.setRead(read, true));
    QVERIFY(states.setStarred(starred, true));

    ArticleListModel model(*m_store);
    model.refresh();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ArticleQuery query;
    query.unreadOnly = unreadOnly;
    query.starredOnly = starredOnly;
    model.setQuery(query);
    QCOMPARE(model.rowCount(), expectedRows);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex title = model.index(row, ArticleListModel::TitleColumn);
        const qint64 id = title.data(ArticleIdRole).toLongLong();
        QCOMPARE(title.data(ReadRole).toBool(), id % 3 == 0);
        QCOMPARE(title.data(StarredRole).toBool(), id % 5 == 0);
        QVERIFY(!title.data(ChangedRole).toBool());
    }
}

void TestArticleListModel::shownStateKeepsTheRow()
{
    fill(*m_store, 0, 20);
    ArticleListModel model(*m_store);
    model.refresh();
    ArticleQuery unread;
    unread.unreadOnly = true;
    model.setQuery(unread);
    const qint64 id = model.articleIdAt(3);
    QVERIFY(!model.index(3, 0).data(ReadRole).toBool());
    ArticleStateStore(m_db->connection()).setRead({ id }, true);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.showState(id, true, true);
    // Still in its row, shown read and starred, until the list is read again.
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 3);
    QCOMPARE(model.articleIdAt(3), id);
    QVERIFY(model.index(3, 0).data(ReadRole).toBool());
    QVERIFY(model.index(3, 0).data(StarredRole).toBool());
    model.refresh();
    QCOMPARE(model.rowCount(), 19);
    QVERIFY(model.rowOfArticle(id) < 0);
}

} // namespace Veille

namespace Veille {

void TestArticleListModel::storiesHaveOneRowEach_data()
{
    QTest::addColumn<int>("head");
    QTest::addColumn<QStringList>("titles");
    QTest::addColumn<QVector<int>>("copies");
    using H = ArticleQuery::StoryHead;
    // By date, newest first. "a1" is story A's original, "a3" its newest copy.
    QTest::newRow("every copy has its row")
        << int(H::None)
        << QStringList{QStringLiteral("a3"), QStringLiteral("b2"), QStringLiteral("single"), QStringLiteral("a2"),
                       QStringLiteral("b1"), QStringLiteral("a1")}
        << QVector<int>{2, 1, 0, 2, 1, 2};
    QTest::newRow("one row per story, under its original")
        << int(H::Original) << QStringList{QStringLiteral("single"), QStringLiteral("b1"), QStringLiteral("a1")}
        << QVector<int>{0, 1, 2};
    QTest::newRow("one row per story, under its newest copy")
        << int(H::Newest) << QStringList{QStringLiteral("a3"), QStringLiteral("b2"), QStringLiteral("single")}
        << QVector<int>{2, 1, 0};
}

void TestArticleListModel::storiesHaveOneRowEach()
{
    QFETCH(int, head);
    QFETCH(QStringList, titles);
    QFETCH(QVector<int>, copies);
    StoryStore stories(m_db->connection());
    const struct {
        const char *title;
        int topic, seed;
        const char *date;
    } rows[] = {{"a1", 0, 1, "2025-01-01"}, {"b1", 1, 2, "2025-01-02"}, {"a2", 0, 1, "2025-01-03"},
                {"single", 0, 3, "2025-01-04"}, {"b2", 1, 2, "2025-01-05"}, {"a3", 0, 1, "2025-01-06"}};
    QHash<QString, qint64> ids;
    for (const auto &row : rows) {
        Article article;
        article.title = QString::fromLatin1(row.title);
        article.path = QStringLiteral("/corpus/") + article.title;
        article.body = GeneratedStories::body(row.topic, row.seed);
        article.date = PartialDate::fromIsoString(QString::fromLatin1(row.date));
        article.contentHash = article.title;
        QCOMPARE(m_store->upsert(article), ArticleStore::Outcome::Inserted);
        QVERIFY(stories.assign(article.id, StoryStore::signatureOf(article.title, article.body)));
        ids.insert(article.title, article.id);
    }
    ArticleListModel model(*m_store);
    model.refresh();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ArticleQuery query;
    query.storyHead = ArticleQuery::StoryHead(head);
    model.setQuery(query);
    QCOMPARE(model.rowCount(), titles.size());
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, ArticleListModel::TitleColumn);
        QCOMPARE(index.data().toString(), titles.at(row));
        QCOMPARE(index.data(CopiesRole).toInt(), copies.at(row));
        const QString original = titles.at(row).left(1) + QLatin1Char('1');
        QCOMPARE(index.data(StoryRole).toLongLong(), ids.value(original, ids.value(titles.at(row))));
        // Statements over the whole list test the stories their own way.
        QCOMPARE(model.rowOfArticle(index.data(ArticleIdRole).toLongLong()), row);
    }
    int dated = 0;
    const QVector<DateHistogram::DateCount> byDate = m_store->countsByDate(query, 0);
    for (const DateHistogram::DateCount &date : byDate)
        dated += date.count;
    QCOMPARE(dated, titles.size());
    QCOMPARE(m_store->checkpoints(query, 1).size(), titles.size());
}

} // namespace Veille

QTEST_GUILESS_MAIN(Veille::TestArticleListModel)
#include "tst_articlelistmodel.moc"
