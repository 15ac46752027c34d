// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articles/articlequery.h"
#include "articles/datehistogram.h"
#include "timeline/timelinechartview.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QStackedBarSeries>
#include <QTimer>
#include <QValueAxis>
#include <QWidget>

class QLabel;

namespace Veille {

class TimelineCounter;

/*! How many articles of the list there are per year, month, week or day,
 * as bars; the articles that mention the selected entity are the lower,
 * stronger part of each bar. A click on a bar, or a drag over several,
 * asks for that date range. The counts follow the list's search, filters
 * and entity chip, read on a worker thread; the colours follow the palette. */
class TimelinePanel : public QWidget
{
    Q_OBJECT
public:
    /*! \a databasePath is read on a worker thread. */
    explicit TimelinePanel(const QString &databasePath, QWidget *parent = nullptr);

    /*! Counts the articles \a query lists, after a short pause, so that a
     * burst of changes (typing, an import) counts once; the same query
     * again counts again (the store changed). */
    void setQuery(const ArticleQuery &query);
    /*! Overlays the articles that mention \a entityId (0: none), named \a name. */
    void setOverlayEntity(qint64 entityId, const QString &name);
    /*! The histogram the chart shows. */
    const DateHistogram &histogram() const { return m_histogram; }
    /*! Asks for the date range of bars \a first to \a last, as a click or a drag does. */
    void chooseBuckets(int first, int last);
    TimelineChartView *chartView() const { return m_view; }

Q_SIGNALS:
    /*! The user chose the dates from \a from to \a to ("2025", "2025-05"
     * or "2025-05-12"), for the date filter. */
    void dateRangeChosen(const QString &from, const QString &to);
    /*! The chart shows the latest counts. */
    void histogramShown();

protected:
    void changeEvent(QEvent *event) override;

private:
    void setUpChart();
    QWidget *createLegend();
    void count();
    void show(const DateHistogram &histogram, const QString &error);
    void showBars();
    void showAxes();
    void showDateLabels();
    void showNote(const QString &error);
    void showToolTip(int bucket);
    QString bucketLabel(int bucket, bool longForm) const;
    void applyPalette();

    TimelineCounter *m_counter = nullptr;
    QTimer m_pause;
    ArticleQuery m_query;
    bool m_hasQuery = false;
    qint64 m_entity = 0;
    QString m_entityName;
    DateHistogram m_histogram;
    int m_labelStep = 0; //!< a date label under every m_labelStep-th bar

    QChart *m_chart = nullptr;
    TimelineChartView *m_view = nullptr;
    QStackedBarSeries *m_series = nullptr;
    QBarSet *m_mentioning = nullptr;
    QBarSet *m_others = nullptr;
    QCategoryAxis *m_dates = nullptr;
    QValueAxis *m_counts = nullptr;
    QLabel *m_scale = nullptr;
    QLabel *m_swatch = nullptr;
    QLabel *m_legend = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace Veille
