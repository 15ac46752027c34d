// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>

class QGraphicsRectItem;

namespace Veille {

#if QT_VERSION < QT_VERSION_CHECK(6, 0, 0)
using namespace QtCharts;
#endif

/*! The timeline's chart, where a click chooses the bar under the mouse and
 * a drag the bars it passes over, shown as a band while the button is
 * down. Bar i stands at x = i on the chart's horizontal axis. */
class TimelineChartView : public QChartView
{
    Q_OBJECT
public:
    explicit TimelineChartView(QChart *chart, QWidget *parent = nullptr);

    void setBucketCount(int count);
    /*! The bar at \a position, in the viewport's coordinates, or -1 outside the plot. */
    int bucketAt(const QPoint &position) const;
    /*! The middle of bar \a bucket in the plot, in the viewport's coordinates. */
    QPoint centreOf(int bucket) const;
    void setBandColor(const QColor &color);

Q_SIGNALS:
    /*! The user chose bars \a first to \a last (first <= last). */
    void bucketsChosen(int first, int last);
    /*! The mouse is over bar \a bucket, or over no bar (-1). */
    void bucketHovered(int bucket);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void showBand(int first, int last);

    int m_count = 0;
    int m_pressed = -1;
    int m_hovered = -1;
    QGraphicsRectItem *m_band = nullptr;
};

} // namespace Veille
