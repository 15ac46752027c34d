// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelinechartview.h"

#include <QGraphicsRectItem>
#include <QMouseEvent>

#include <algorithm>
#include <cmath>

namespace Veille {

TimelineChartView::TimelineChartView(QChart *chart, QWidget *parent)
    : QChartView(chart, parent)
{
    setMouseTracking(true);
    setRenderHint(QPainter::Antialiasing, false); // crisp bar edges
    m_band = new QGraphicsRectItem(chart);
    m_band->setPen(Qt::NoPen);
    m_band->setZValue(100);
    m_band->hide();
}

void TimelineChartView::setBucketCount(int count)
{
    m_count = count;
    m_pressed = -1;
    m_band->hide();
}

void TimelineChartView::setBandColor(const QColor &color)
{
    m_band->setBrush(color);
}

int TimelineChartView::bucketAt(const QPoint &position) const
{
    const QPointF inChart = chart()->mapFromScene(mapToScene(position));
    if (m_count == 0 || !chart()->plotArea().contains(inChart))
        return -1;
    const long bucket = std::lround(chart()->mapToValue(inChart).x());
    return bucket >= 0 && bucket < m_count ? int(bucket) : -1;
}

QPoint TimelineChartView::centreOf(int bucket) const
{
    const QPointF inChart(chart()->mapToPosition(QPointF(bucket, 0)).x(), chart()->plotArea().center().y());
    return mapFromScene(chart()->mapToScene(inChart));
}

void TimelineChartView::showBand(int first, int last)
{
    const QRectF plot = chart()->plotArea();
    const qreal left = chart()->mapToPosition(QPointF(std::min(first, last) - 0.5, 0)).x();
    const qreal right = chart()->mapToPosition(QPointF(std::max(first, last) + 0.5, 0)).x();
    m_band->setRect(QRectF(QPointF(left, plot.top()), QPointF(right, plot.bottom())));
    m_band->show();
}

void TimelineChartView::mousePressEvent(QMouseEvent *event)
{
    m_pressed = event->button() == Qt::LeftButton ? bucketAt(event->pos()) : -1;
    if (m_pressed >= 0) {
        showBand(m_pressed, m_pressed);
        m_hovered = -1;
        Q_EMIT bucketHovered(-1);
    }
    event->accept();
}

void TimelineChartView::mouseMoveEvent(QMouseEvent *event)
{
    const int bucket = bucketAt(event->pos());
    // No tooltip over the band while dragging.
    if (bucket != m_hovered && m_pressed < 0) {
        m_hovered = bucket;
        Q_EMIT bucketHovered(bucket);
    }
    // Past either end of the plot, the drag keeps its last bar.
    if (m_pressed >= 0 && bucket >= 0)
        showBand(m_pressed, bucket);
    event->accept();
}

void TimelineChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_pressed < 0) {
        event->accept();
        return;
    }
    int bucket = bucketAt(event->pos());
    if (bucket < 0) {
        // Released beside the plot: up to the bar nearest that side.
        const QPointF inChart = chart()->mapFromScene(mapToScene(event->pos()));
        bucket = inChart.x() < chart()->plotArea().center().x() ? 0 : m_count - 1;
    }
    const int first = std::min(m_pressed, bucket);
    const int last = std::max(m_pressed, bucket);
    m_pressed = -1;
    m_band->hide();
    event->accept();
    Q_EMIT bucketsChosen(first, last);
}

} // namespace Veille
