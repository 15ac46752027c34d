// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelinepanel.h"

#include "plaintext.h"
#include "text/partialdate.h"
#include "timeline/timelinecounter.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace Veille {

namespace {
// A burst of changes (typing, the chip, an entity picked) counts once.
constexpr int PauseMilliseconds = 150;
// Pixels between two date labels.
constexpr int LabelGap = 16;

QColor mixed(const QColor &a, const QColor &b, qreal towardsB)
{
    const auto channel = [towardsB](qreal x, qreal y) { return x + (y - x) * towardsB; };
    return QColor::fromRgbF(channel(a.redF(), b.redF()), channel(a.greenF(), b.greenF()),
                            channel(a.blueF(), b.blueF()));
}

// 1, 2 or 5 times a power of ten: about \a steps steps up to \a top.
int tickStep(int top, int steps)
{
    const double raw = std::max(1.0, double(top) / std::max(steps, 1));
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : { 1.0, 2.0, 5.0 }) {
        if (factor * magnitude >= raw)
            return int(factor * magnitude);
    }
    return int(10 * magnitude);
}

QString dayText(const QDate &day, const QLocale &locale)
{
    return PartialDate(day.year(), day.month(), day.day()).toDisplayString(locale);
}
} // namespace

TimelinePanel::TimelinePanel(const QString &databasePath, QWidget *parent)
    : QWidget(parent)
{
    m_counter = new TimelineCounter(databasePath, this);
    connect(m_counter, &TimelineCounter::counted, this, &TimelinePanel::show);
    m_pause.setSingleShot(true);
    m_pause.setInterval(PauseMilliseconds);
    connect(&m_pause, &QTimer::timeout, this, &TimelinePanel::count);

    setUpChart();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createLegend());
    layout->addWidget(m_view, 1);
    applyPalette();
}

void TimelinePanel::setUpChart()
{
    m_mentioning = new QBarSet(QString());
    m_others = new QBarSet(QString());
    m_series = new QStackedBarSeries;
    m_series->append(m_mentioning);
    m_series->append(m_others);
    m_series->setBarWidth(0.8);
    m_chart = new QChart;
    m_chart->addSeries(m_series);
    m_chart->legend()->hide();
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(2, 6, 8, 2));
    m_dates = new QCategoryAxis;
    m_dates->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_dates->setGridLineVisible(false);
    m_counts = new QValueAxis;
    m_counts->setLabelFormat(QStringLiteral("%d"));
    m_counts->setTickType(QValueAxis::TicksDynamic);
    m_counts->setTickAnchor(0);
    m_chart->addAxis(m_dates, Qt::AlignBottom);
    m_chart->addAxis(m_counts, Qt::AlignLeft);
    m_series->attachAxis(m_dates);
    m_series->attachAxis(m_counts);
    connect(m_chart, &QChart::plotAreaChanged, this, &TimelinePanel::showDateLabels);
    m_view = new TimelineChartView(m_chart);
    m_view->setObjectName(QStringLiteral("timelineChart"));
    m_view->setMinimumHeight(120);
    connect(m_view, &TimelineChartView::bucketsChosen, this, &TimelinePanel::chooseBuckets);
    connect(m_view, &TimelineChartView::bucketHovered, this, &TimelinePanel::showToolTip);
}

// The scale, the overlay's swatch and name, and what the bars leave out.
QWidget *TimelinePanel::createLegend()
{
    auto *legend = new QWidget;
    auto *layout = new QHBoxLayout(legend);
    layout->setContentsMargins(6, 2, 6, 2);
    m_scale = new QLabel;
    m_scale->setObjectName(QStringLiteral("timelineScale"));
    m_swatch = new QLabel(QStringLiteral("■"));
    m_legend = new QLabel;
    m_legend->setObjectName(QStringLiteral("timelineLegend"));
    m_legend->setTextFormat(Qt::PlainText);
    m_note = new QLabel;
    m_note->setObjectName(QStringLiteral("timelineNote"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_note->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    for (QLabel *label : { m_scale, m_swatch, m_legend })
        label->setTextFormat(Qt::PlainText);
    m_swatch->hide();
    m_legend->hide();
    layout->addWidget(m_scale);
    layout->addSpacing(12);
    layout->addWidget(m_swatch);
    layout->addWidget(m_legend);
    layout->addWidget(m_note, 1);
    return legend;
}

void TimelinePanel::setQuery(const ArticleQuery &query)
{
    // Even the same query: the store may have changed (an import).
    m_query = query;
    m_hasQuery = true;
    m_pause.start();
}

void TimelinePanel::setOverlayEntity(qint64 entityId, const QString &name)
{
    m_entityName = entityId ? name : QString();
    m_legend->setText(tr("Articles that mention %1").arg(m_entityName));
    m_swatch->setVisible(entityId != 0);
    m_legend->setVisible(entityId != 0);
    if (entityId == m_entity)
        return;
    m_entity = entityId;
    if (m_hasQuery)
        m_pause.start();
}

void TimelinePanel::count()
{
    m_counter->count(m_query, m_entity);
}

void TimelinePanel::show(const DateHistogram &histogram, const QString &error)
{
    // An estimate stays when the exact counts failed: the note says so.
    m_histogram = error.isEmpty() || histogram.sampledEvery() > 1 ? histogram : DateHistogram();
    m_view->setBucketCount(int(m_histogram.buckets().size()));
    showBars();
    showAxes();
    showNote(error);
    applyPalette(); // the overlay, or its absence, recolours the bars
    Q_EMIT histogramShown();
}

void TimelinePanel::showBars()
{
    // Stacked: the articles that mention the entity below, the others above,
    // so each bar is as high as its count.
    QList<qreal> mentioning;
    QList<qreal> others;
    for (const DateHistogram::Bucket &bucket : m_histogram.buckets()) {
        const int overlay = m_entity ? bucket.overlay : 0;
        mentioning.append(overlay);
        others.append(bucket.count - overlay);
    }
    m_mentioning->remove(0, m_mentioning->count());
    m_others->remove(0, m_others->count());
    m_mentioning->append(mentioning);
    m_others->append(others);
}

void TimelinePanel::showAxes()
{
    m_labelStep = 0;
    showDateLabels();
    int top = 1;
    for (const DateHistogram::Bucket &bucket : m_histogram.buckets())
        top = std::max(top, bucket.count);
    // As many steps as labels fit one above the other: QChart elides
    // labels that would touch ("…"), as it did under a wrapped note.
    const qreal plotHeight = m_chart->plotArea().height() > 0 ? m_chart->plotArea().height() : m_view->height() - 40;
    const int tick = tickStep(top, std::clamp(int(plotHeight / (2.5 * fontMetrics().height())), 1, 4));
    m_counts->setTickInterval(tick);
    m_counts->setRange(0, (top + tick - 1) / tick * tick);
}

// As many date labels as fit whole under the plot: every step-th bar. Laid
// out again when the plot's width changes the step.
void TimelinePanel::showDateLabels()
{
    const int buckets = int(m_histogram.buckets().size());
    int widest = 0;
    for (int bucket = 0; bucket < buckets; ++bucket)
        widest = std::max(widest, fontMetrics().horizontalAdvance(bucketLabel(bucket, false)));
    const qreal plotWidth = m_chart->plotArea().width() > 0 ? m_chart->plotArea().width() : m_view->width() - 60;
    const qreal perBucket = std::max<qreal>(1, plotWidth / std::max(buckets, 1));
    const int step = std::max(1, int(std::ceil((widest + LabelGap) / perBucket)));
    if (step == m_labelStep)
        return;
    m_labelStep = step;
    const QStringList old = m_dates->categoriesLabels();
    for (const QString &label : old)
        m_dates->remove(label);
    // A label is cut to its category, which starts at the previous one.
    m_dates->setStartValue(-step);
    for (int bucket = 0; bucket < buckets; bucket += step)
        m_dates->append(bucketLabel(bucket, false), bucket);
    m_dates->setRange(-0.5, std::max(buckets, 1) - 0.5);
}

void TimelinePanel::showNote(const QString &error)
{
    static const char *const scales[] = { QT_TR_NOOP("By year"), QT_TR_NOOP("By month"), QT_TR_NOOP("By week"),
                                          QT_TR_NOOP("By day") };
    m_scale->setText(m_histogram.buckets().isEmpty() ? QString() : tr(scales[int(m_histogram.scale())]));
    if (!error.isEmpty()) {
        m_note->setText(m_histogram.sampledEvery() > 1
                            ? tr("Estimated from one article in %L1; the exact counts could not be read: %2")
                                  .arg(m_histogram.sampledEvery())
                                  .arg(error)
                            : tr("The timeline could not be read: %1").arg(error));
        return;
    }
    QStringList hidden;
    if (m_histogram.undated())
        hidden << tr("%Ln undated", nullptr, m_histogram.undated());
    if (m_histogram.imprecise() && m_histogram.scale() == DateHistogram::Scale::Month)
        hidden << tr("%Ln dated only to the year", nullptr, m_histogram.imprecise());
    else if (m_histogram.imprecise())
        hidden << tr("%Ln dated only to the month or the year", nullptr, m_histogram.imprecise());
    QStringList notes;
    if (m_histogram.sampledEvery() > 1)
        notes << tr("Estimated from one article in %L1…").arg(m_histogram.sampledEvery());
    if (m_histogram.buckets().isEmpty() && hidden.isEmpty())
        notes << tr("No article in the list.");
    if (!hidden.isEmpty())
        notes << tr("Not shown: %1.").arg(hidden.join(QStringLiteral(", ")));
    m_note->setText(notes.join(QLatin1Char(' ')));
}

QString TimelinePanel::bucketLabel(int bucket, bool longForm) const
{
    const DateHistogram::Bucket &dates = m_histogram.buckets().at(bucket);
    switch (m_histogram.scale()) {
    case DateHistogram::Scale::Year:
        return QString::number(dates.first.year());
    case DateHistogram::Scale::Month:
        return locale().toString(dates.first, longForm ? QStringLiteral("MMMM yyyy") : QStringLiteral("MMM yy"));
    case DateHistogram::Scale::Week:
        if (longForm)
            return tr("%1 to %2").arg(dayText(dates.first, locale()), dayText(dates.last, locale()));
        break;
    case DateHistogram::Scale::Day:
        if (longForm)
            return dayText(dates.first, locale());
        break;
    }
    return locale().toString(dates.first, QStringLiteral("d MMM"));
}

void TimelinePanel::showToolTip(int bucket)
{
    if (bucket < 0 || bucket >= m_histogram.buckets().size()) {
        QToolTip::hideText();
        return;
    }
    const DateHistogram::Bucket &counts = m_histogram.buckets().at(bucket);
    const bool estimated = m_histogram.sampledEvery() > 1;
    QString text = bucketLabel(bucket, true) + QLatin1Char('\n')
        + (estimated ? tr("about %Ln article(s)", nullptr, counts.count) : tr("%Ln article(s)", nullptr, counts.count));
    if (m_entity)
        text += QLatin1Char('\n')
            + (estimated ? tr("about %Ln of them mention %1", nullptr, counts.overlay)
                         : tr("%Ln of them mention %1", nullptr, counts.overlay))
                  .arg(m_entityName);
    text += QLatin1Char('\n') + tr("Click to list these dates; drag to list several.");
    QToolTip::showText(QCursor::pos(), literalRichText(text), m_view);
}

void TimelinePanel::chooseBuckets(int first, int last)
{
    const QPair<QString, QString> range = m_histogram.filterRange(first, last);
    if (!range.first.isEmpty())
        Q_EMIT dateRangeChosen(range.first, range.second);
}

// QChart's themes know nothing of the palette: each colour is set from it,
// again whenever it changes (a light or dark theme, the system's).
void TimelinePanel::applyPalette()
{
    const QPalette colours = palette();
    const QColor base = colours.color(QPalette::Base);
    const QColor text = colours.color(QPalette::Text);
    const QColor highlight = colours.color(QPalette::Highlight);
    m_chart->setBackgroundBrush(base);
    m_chart->setBackgroundPen(Qt::NoPen);
    m_view->setBackgroundBrush(base);
    for (QAbstractAxis *axis : { static_cast<QAbstractAxis *>(m_dates), static_cast<QAbstractAxis *>(m_counts) }) {
        axis->setLabelsBrush(text);
        axis->setLabelsFont(font());
        axis->setLinePen(QPen(mixed(text, base, 0.6), 1));
        axis->setGridLinePen(QPen(mixed(text, base, 0.85), 1));
    }
    m_mentioning->setColor(highlight);
    m_mentioning->setPen(Qt::NoPen);
    // Alone, the bars are the highlight; under an overlay, the others are a
    // grey halfway to the text, at least 3:1 against the background in a
    // light or a dark palette.
    m_others->setColor(m_entity ? mixed(text, base, 0.45) : highlight);
    m_others->setPen(Qt::NoPen);
    QColor band = highlight;
    band.setAlpha(70);
    m_view->setBandColor(band);
    QPalette swatch = m_swatch->palette();
    swatch.setColor(QPalette::WindowText, highlight);
    m_swatch->setPalette(swatch);
}

void TimelinePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

} // namespace Veille
