// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article.h"

#include <QTextBrowser>

#include <optional>

namespace Veille {

/*! The reading pane: an article's title, date at its real precision,
 * source and photo credit, then its paragraphs, one text block each, so
 * that offsets into the body map onto the document. */
class ReadingPane : public QTextBrowser
{
    Q_OBJECT
public:
    explicit ReadingPane(QWidget *parent = nullptr);

    void showArticle(const Article &article);
    /*! Shows \a message in place of an article (empty list, errors). */
    void showPlaceholder(const QString &message);
    qint64 articleId() const { return m_article ? m_article->id : 0; }

    int zoomSteps() const { return m_zoomSteps; }
    void setZoomSteps(int steps);

public Q_SLOTS:
    void zoomInText() { setZoomSteps(m_zoomSteps + 1); }
    void zoomOutText() { setZoomSteps(m_zoomSteps - 1); }
    void resetZoom() { setZoomSteps(0); }

Q_SIGNALS:
    void zoomChanged(int steps);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateMargins();
    void render();

    int m_zoomSteps = 0;
    QString m_placeholder;
    // Kept to render again on zoom or palette change.
    std::optional<Article> m_article;
};

} // namespace Veille
