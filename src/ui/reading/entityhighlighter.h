// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QHash>
#include <QPalette>
#include <QVector>

#if VEILLE_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#else
#include <QSyntaxHighlighter>
#endif

namespace Veille {

#if VEILLE_HAVE_KSYNTAXHIGHLIGHTING
using HighlighterBase = KSyntaxHighlighting::SyntaxHighlighter;
#else
using HighlighterBase = QSyntaxHighlighter;
#endif

/*! Paints entity mentions and suggestions over the reading pane's text.
 *
 * With KSyntaxHighlighting, the same highlighter also colours patterns
 * (amounts, percentages, dates, quotations) from a syntax definition, and
 * every colour comes from the KSH theme, which follows the palette unless
 * the user picks one. Without it, a built-in palette for light and dark.
 * Mentions get a tinted background, so pattern colours stay readable on
 * top; suggestions get a dashed underline; names the tagger detected
 * get a lighter tint and a dotted underline, so a guess and a confirmed
 * name can be told apart. Bookmarked passages get a
 * lighter tint of their label's colour under everything else, deeper where
 * passages overlap. The spans come from the pane;
 * this class only paints them.
 */
class EntityHighlighter : public HighlighterBase
{
    Q_OBJECT
public:
    /*! A span inside one block of the document. */
    struct BlockSpan {
        int start = 0;
        int length = 0;
        QString type;
        bool suggestion = false;
        bool detected = false;
    };

    /*! A bookmarked passage's part in one block. */
    struct BlockTint {
        int start = 0;
        int length = 0;
        QColor color;
    };

    explicit EntityHighlighter(QTextDocument *document);

    /*! Paints \a spansByBlock over \a tintsByBlock; patterns only from
     * block \a firstBodyBlock on, so the title and the date line keep their
     * own look. */
    void setSpans(const QHash<int, QVector<BlockSpan>> &spansByBlock,
                  const QHash<int, QVector<BlockTint>> &tintsByBlock, int firstBodyBlock);
    /*! \brief While \a held, blocks are left unpainted, so that a new
     * document and its spans are painted once, by setSpans(). */
    void setHeld(bool held) { m_held = held; }
    /*! Follows \a palette (light or dark) unless a theme was chosen. */
    void setPalette(const QPalette &palette);
    /*! The KSH theme to use; empty follows the palette. */
    void setThemeName(const QString &name);
    QString themeName() const { return m_themeName; }
    /*! The themes the user may pick; empty without KSyntaxHighlighting. */
    QStringList themeNames() const;
    /*! The colour of entity type \a type, readable on the current background:
     * its underline keeps a contrast of 3:1 at least. */
    QColor colorFor(const QString &type) const;
    /*! The tint painted behind a mention of type \a type, with its alpha. */
    QColor mentionTint(const QString &type, bool detected = false) const;
    /*! The tint painted behind a passage of colour \a label, under \a depth
     * passages (1 for one); with its alpha, light enough on a dark palette
     * for the text to keep a contrast of 4.5:1. */
    QColor passageTint(const QColor &label, int depth) const;
    /*! The background the highlighter paints on: the palette's Base. */
    QColor background() const { return m_palette.color(QPalette::Base); }

Q_SIGNALS:
    /*! The colours changed (palette or theme): swatches drawn with colorFor() are stale. */
    void colorsChanged();

protected:
    void highlightBlock(const QString &text) override;

private:
    void applyTheme();

    QHash<int, QVector<BlockSpan>> m_spans;
    QHash<int, QVector<BlockTint>> m_tints;
    int m_firstBodyBlock = 0;
    bool m_held = false;
    QPalette m_palette;
    QString m_themeName;
#if VEILLE_HAVE_KSYNTAXHIGHLIGHTING
    KSyntaxHighlighting::Repository m_repository;
#endif
};

} // namespace Veille
