// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articles/articlestore.h"
#include "db/database.h"
#include "entities/entitystore.h"
#include "import/importer.h"
#include "mainwindow.h"
#include "timeline/timelinepanel.h"
#include "windowparts.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Veille;
using namespace WindowParts;

// The timeline in the window, offscreen, on the sample corpus: it counts
// what the list shows, a bar sets the date filter, the picked entity is
// overlaid, and the colours follow the palette.
class TestTimelineUi : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<MainWindow> m_window;
    QPalette m_appPalette;

    QString dbPath() const { return m_dir->filePath(QStringLiteral("veille.sqlite")); }
    TimelinePanel *timeline() const { return part<TimelinePanel>(*m_window, "timelinePanel"); }
    QAbstractItemModel *model() const { return articleModel(*m_window); }
    QString dateFrom() const { return part<QLineEdit>(*m_window, "dateFrom")->text(); }
    QString dateTo() const { return part<QLineEdit>(*m_window, "dateTo")->text(); }
    int shown() const
    {
        const DateHistogram &histogram = timeline()->histogram();
        return histogram.counted() + histogram.undated() + histogram.imprecise();
    }
    // The first bar with articles; the chart must be laid out.
    int firstFullBar() const
    {
        const QVector<DateHistogram::Bucket> &buckets = timeline()->histogram().buckets();
        for (int bucket = 0; bucket < buckets.size(); ++bucket) {
            if (buckets.at(bucket).count > 0)
                return bucket;
        }
        return -1;
    }
    // The colour painted at the foot of bar \a bucket.
    QColor barFoot(int bucket) const
    {
        TimelineChartView *view = timeline()->chartView();
        QChart *chart = view->chart();
        const QImage painted = view->grab().toImage();
        const int bottom = view->mapFromScene(chart->mapToScene(chart->plotArea().bottomLeft())).y() - 2;
        return QColor(painted.pixel(QPoint(view->centreOf(bucket).x(), bottom) * painted.devicePixelRatio()));
    }
    bool chartReady() const
    {
        return !timeline()->histogram().buckets().isEmpty() && timeline()->chartView()->chart()->plotArea().width() > 0
            && shown() == model()->rowCount();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        Importer importer(dbPath());
        QCOMPARE(importer.run({ QStringLiteral(VEILLE_SOURCE_DIR "/resources/sample-corpus") }).imported.size(), 17);
        m_appPalette = QApplication::palette();
    }

    void init()
    {
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).removeRecursively();
        m_database = std::make_unique<Database>(dbPath(), QStringLiteral("tst-timeline-ui"));
        QVERIFY2(m_database->open(), qPrintable(m_database->errorString()));
        m_window = std::make_unique<MainWindow>(*m_database);
        m_window->resize(1366, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(listShown(*m_window));
        QTRY_VERIFY(chartReady());
    }

    void cleanup()
    {
        QApplication::setPalette(m_appPalette);
        m_window.reset();
        m_database.reset();
    }

    void countsWhatTheListShows()
    {
        // The sample: 12 articles dated to the day or the month, 2 to the
        // year, 3 undated, from September 2023 to August 2025.
        const DateHistogram &histogram = timeline()->histogram();
        QCOMPARE(histogram.scale(), DateHistogram::Scale::Month);
        QCOMPARE(histogram.counted(), 12);
        QCOMPARE(histogram.imprecise(), 2);
        QCOMPARE(histogram.undated(), 3);
        QCOMPARE(histogram.buckets().first().first, QDate(2023, 9, 1));
        QCOMPARE(histogram.buckets().last().first, QDate(2025, 8, 1));
        const QString note = part<QLabel>(*m_window, "timelineNote")->text();
        QVERIFY2(note.contains(QLatin1String("3")) && note.contains(QLatin1String("2")), qPrintable(note));

        // A search: the timeline follows the list.
        auto *search = part<QLineEdit>(*m_window, "searchField");
        QTest::keyClicks(search, QStringLiteral("Qualcomm"));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_VERIFY(model()->rowCount() < 17);
        QTRY_COMPARE(shown(), model()->rowCount());
    }

    void barClickSetsTheDateFilter()
    {
        const int bar = firstFullBar();
        QVERIFY(bar >= 0);
        const int count = timeline()->histogram().buckets().at(bar).count;
        const QDate month = timeline()->histogram().buckets().at(bar).first;
        TimelineChartView *chart = timeline()->chartView();
        QCOMPARE(chart->bucketAt(chart->centreOf(bar)), bar);
        QTest::mouseClick(chart->viewport(), Qt::LeftButton, Qt::NoModifier, chart->centreOf(bar));

        QCOMPARE(dateFrom(), month.toString(QStringLiteral("yyyy-MM")));
        QCOMPARE(dateTo(), month.toString(QStringLiteral("yyyy-MM")));
        QTRY_COMPARE(model()->rowCount(), count);
        // The timeline follows: that month alone, by day.
        QTRY_COMPARE(shown(), count);
        QCOMPARE(timeline()->histogram().scale(), DateHistogram::Scale::Day);
    }

    void dragSetsTheDateRange()
    {
        // Less than a year: no date known only to the year fits inside.
        const int first = firstFullBar();
        const int last = first + 8;
        QVERIFY(last < timeline()->histogram().buckets().size());
        int count = 0;
        for (int bucket = first; bucket <= last; ++bucket)
            count += timeline()->histogram().buckets().at(bucket).count;
        const QDate start = timeline()->histogram().buckets().at(first).first;
        const QDate end = timeline()->histogram().buckets().at(last).first;
        TimelineChartView *chart = timeline()->chartView();
        QTest::mousePress(chart->viewport(), Qt::LeftButton, Qt::NoModifier, chart->centreOf(first));
        QTest::mouseMove(chart->viewport(), chart->centreOf((first + last) / 2));
        QTest::mouseRelease(chart->viewport(), Qt::LeftButton, Qt::NoModifier, chart->centreOf(last));

        QCOMPARE(dateFrom(), start.toString(QStringLiteral("yyyy-MM")));
        QCOMPARE(dateTo(), end.toString(QStringLiteral("yyyy-MM")));
        QTRY_COMPARE(model()->rowCount(), count);
        QTRY_COMPARE(shown(), count);
    }

    void overlaysTheSelectedEntity()
    {
        const EntityStore entities(m_database->connection());
        const QVector<Entity> found = entities.find(QStringLiteral("Hanoï"));
        QVERIFY(!found.isEmpty());
        const qint64 id = found.first().id;
        // The overlay's bars, from each article's own date.
        const ArticleStore articles(m_database->connection());
        const DateHistogram &histogram = timeline()->histogram();
        QVector<int> expected(histogram.buckets().size(), 0);
        const QVector<qint64> mentioning = entities.articlesMentioning({ id });
        for (const qint64 article : mentioning) {
            const int bucket = histogram.bucketOf(articles.article(article)->date.sortKey());
            if (bucket >= 0)
                ++expected[bucket];
        }
        QVERIFY(std::count_if(expected.cbegin(), expected.cend(), [](int n) { return n > 0; }) > 1);

        Q_EMIT entityPanel(*m_window)->entitySelected(id);
        const auto overlay = [this] {
            QVector<int> counts;
            for (const DateHistogram::Bucket &bucket : timeline()->histogram().buckets())
                counts.append(bucket.overlay);
            return counts;
        };
        QTRY_COMPARE(overlay(), expected);
        auto *legend = part<QLabel>(*m_window, "timelineLegend");
        QVERIFY(legend->isVisible());
        QVERIFY(legend->text().contains(found.first().name));
        QCOMPARE(legend->textFormat(), Qt::PlainText);

        // Painted: the foot of a bar is the highlight where the entity is
        // named, the paler tint where it is not.
        const QColor highlight = timeline()->palette().color(QPalette::Highlight);
        for (int bucket = 0; bucket < expected.size(); ++bucket) {
            if (timeline()->histogram().buckets().at(bucket).count == 0)
                continue;
            const QColor foot = barFoot(bucket);
            QVERIFY2((foot == highlight) == (expected.at(bucket) > 0),
                     qPrintable(QStringLiteral("bar %1: %2").arg(bucket).arg(foot.name())));
        }
    }

    void followsThePalette_data()
    {
        QTest::addColumn<QColor>("base");
        QTest::addColumn<QColor>("text");
        QTest::addColumn<QColor>("highlight");
        QTest::newRow("a dark palette paints the chart dark")
            << QColor(0x23, 0x26, 0x29) << QColor(0xef, 0xf0, 0xf1) << QColor(0x3d, 0xae, 0xe9);
        QTest::newRow("a light palette paints the chart light")
            << QColor(0xfc, 0xfc, 0xfc) << QColor(0x23, 0x26, 0x29) << QColor(0x29, 0x80, 0xb9);
    }

    void followsThePalette()
    {
        QFETCH(QColor, base);
        QFETCH(QColor, text);
        QFETCH(QColor, highlight);
        QPalette palette = QApplication::palette();
        palette.setColor(QPalette::Base, base);
        palette.setColor(QPalette::Text, text);
        palette.setColor(QPalette::Highlight, highlight);
        QApplication::setPalette(palette);

        QChart *chart = timeline()->chartView()->chart();
        QTRY_COMPARE(chart->backgroundBrush().color(), base);
        const QList<QAbstractAxis *> axes = chart->axes();
        QCOMPARE(axes.size(), 2);
        for (const QAbstractAxis *axis : axes)
            QCOMPARE(axis->labelsBrush().color(), text);
        // Painted: the plot's corner is the background, a bar the highlight's tint.
        TimelineChartView *view = timeline()->chartView();
        const QImage painted = view->grab().toImage();
        const QPoint corner = view->mapFromScene(chart->mapToScene(chart->plotArea().topRight() + QPointF(2, -2)));
        QCOMPARE(QColor(painted.pixel(corner * painted.devicePixelRatio())), base);
        const QColor barColour = barFoot(firstFullBar());
        QVERIFY2(barColour != base && qAbs(barColour.hueF() - highlight.hueF()) < 0.05, qPrintable(barColour.name()));
    }
};

QTEST_MAIN(TestTimelineUi)
#include "tst_timelineui.moc"
