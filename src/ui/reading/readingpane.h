// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articles/article.h"
#include "reading/entityspan.h"
#include "reading/passagespan.h"

#include <QHash>
#include <QTextBrowser>

#include <functional>

#include <optional>

class QMenu;

namespace Veille {

class EntityHighlighter;

/*! The reading pane: an article's title, date at its real precision,
 * source and photo credit, then its paragraphs, one text block each, so
 * that offsets into the body map onto the document. */
class ReadingPane : public QTextBrowser
{
    Q_OBJECT
public:
    explicit ReadingPane(QWidget *parent = nullptr);

    /*! \brief While one of these lives, showArticle(), setEntitySpans()
     * and setPassageSpans() leave the text unpainted; the last one to go
     * paints it once. Opening an article painted it three times: half of
     * the 60 ms it took. */
    class PaintOnce
    {
    public:
        explicit PaintOnce(ReadingPane *pane);
        ~PaintOnce();
        PaintOnce(const PaintOnce &) = delete;
        PaintOnce &operator=(const PaintOnce &) = delete;

    private:
        ReadingPane *m_pane;
    };

    void showArticle(const Article &article);
    /*! Shows \a message in place of an article (empty list, errors). */
    void showPlaceholder(const QString &message);
    qint64 articleId() const { return m_article ? m_article->id : 0; }

    /*! Mentions and suggestions to paint and explain, in body offsets. */
    void setEntitySpans(const QVector<EntitySpan> &spans);
    const QVector<EntitySpan> &entitySpans() const { return m_spans; }
    EntityHighlighter *highlighter() const { return m_highlighter; }
    /*! Counts the articles that name an entity, for the tooltips. Counting
     * a common name reads much of the mentions index, so it happens when a
     * tooltip asks, not each time an article opens. */
    void setArticleCounter(std::function<int(qint64 entityId)> counter) { m_articleCounter = std::move(counter); }
    /*! How many articles name the entity of \a span (0 for a suggestion). */
    int articlesNaming(const EntitySpan &span) const;
    /*! The span at body offset \a offset, or null. */
    const EntitySpan *spanAt(int offset) const;
    /*! Bookmarked passages to tint under the entities, in body offsets. */
    void setPassageSpans(const QVector<PassageSpan> &spans);
    const QVector<PassageSpan> &passageSpans() const { return m_passages; }
    /*! The passages covering body offset \a offset, innermost first. */
    QVector<PassageSpan> passagesAt(int offset) const;
    /*! The paragraph holding body offset \a offset, as a body range; (-1, -1) off the body. */
    TextRange paragraphAt(int offset) const;
    /*! Selects body range \a range, scrolls to it and flashes it. */
    void flashBodyRange(const TextRange &range);
    /*! The body offset under \a position (viewport coordinates), or -1 off the body. */
    int bodyOffsetAt(const QPoint &position) const;
    /*! The selected body range, or the empty range at the cursor. */
    TextRange bodySelection() const;
    /*! Selects body range \a range and scrolls to it. */
    void selectBodyRange(const TextRange &range);

    /*! The width that shows a whole column of readable width, margins and scroll bar included. */
    int preferredWidth() const;

    int zoomSteps() const { return m_zoomSteps; }
    void setZoomSteps(int steps);

public Q_SLOTS:
    /*! Moves to the next (or previous) mention after the cursor. */
    void nextMention() { moveToMention(true); }
    void previousMention() { moveToMention(false); }
    void zoomInText() { setZoomSteps(m_zoomSteps + 1); }
    void zoomOutText() { setZoomSteps(m_zoomSteps - 1); }
    void resetZoom() { setZoomSteps(0); }

Q_SIGNALS:
    void zoomChanged(int steps);
    /*! Emitted while the context menu is built, so the window can add its
     * curation actions for the selection \a range and \a span (may be null). */
    void contextMenuAboutToShow(QMenu *menu, const Veille::TextRange &range, const Veille::EntitySpan *span);
    /*! Emitted after contextMenuAboutToShow(), for the passage actions at
     * body offset \a offset (under the mouse) and the selection. */
    void passageMenuAboutToShow(QMenu *menu, int offset);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateMargins();
    int columnWidth() const;
    void render();
    void paintSpans();
    void moveToMention(bool forward);
    int bodyOffsetOf(const QTextCursor &cursor) const;
    QTextCursor cursorAtBody(int offset) const;
    QString toolTipFor(const EntitySpan &span) const;
    QString toolTipFor(const QVector<PassageSpan> &passages) const;

    EntityHighlighter *m_highlighter = nullptr;
    QVector<EntitySpan> m_spans;
    QVector<PassageSpan> m_passages;
    std::function<int(qint64)> m_articleCounter;
    mutable QHash<qint64, int> m_articleCounts; //!< counted for this article's tooltips
    int m_firstBodyBlock = -1; //!< the block of the first paragraph
    QVector<int> m_paragraphStarts; //!< body offset of each paragraph

    int m_zoomSteps = 0;
    int m_paintHolds = 0; //!< PaintOnce alive
    QString m_placeholder;
    // Kept to render again on zoom or palette change.
    std::optional<Article> m_article;
};

} // namespace Veille
