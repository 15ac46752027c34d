// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reading/entityhighlighter.h"

#include "colorcontrast.h"

#include <QBitArray>
#include <QStandardPaths>
#include <QTextDocument>

#if VEILLE_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#endif

namespace Veille {

namespace {
using ColorContrast::isDark;

// How much of an entity's colour tints the background of its mentions.
double mentionAlpha(bool dark)
{
    return dark ? 0.35 : 0.18;
}

// Whether an underline in \a color shows, on \a background and on the
// mention's own tint of it over \a background.
bool readableUnderline(const QColor &color, const QColor &background)
{
    QColor tint = color;
    tint.setAlphaF(mentionAlpha(isDark(background)));
    return ColorContrast::ratio(color, background) >= ColorContrast::GraphicMinimum
        && ColorContrast::ratio(color, ColorContrast::over(tint, background)) >= ColorContrast::GraphicMinimum;
}

// Built-in colours, chosen to stay apart from each other and readable as a
// light tint behind black text or a dark tint behind white text.
QColor builtInColor(const QString &type, bool dark)
{
    static const QHash<QString, QPair<QColor, QColor>> colors = {
        {QStringLiteral("Company"), {QColor(0x1565c0), QColor(0x64b5f6)}},
        {QStringLiteral("Organisation"), {QColor(0x6a1b9a), QColor(0xce93d8)}},
        {QStringLiteral("Person"), {QColor(0x2e7d32), QColor(0x81c784)}},
        {QStringLiteral("Role"), {QColor(0xb45f06), QColor(0xffb74d)}},
        {QStringLiteral("Place"), {QColor(0xc62828), QColor(0xef9a9a)}},
    };
    const auto known = colors.constFind(type);
    if (known != colors.cend())
        return dark ? known->second : known->first;
    // A type the user added: a stable hue from its name.
    const int hue = int(qHash(type) % 360);
    return QColor::fromHsl(hue, 160, dark ? 170 : 90);
}
} // namespace

EntityHighlighter::EntityHighlighter(QTextDocument *document)
    : HighlighterBase(document)
{
#if VEILLE_HAVE_KSYNTAXHIGHLIGHTING
    // Definitions the user drops in <data folder>/syntax are found here.
    m_repository.addCustomSearchPath(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    const KSyntaxHighlighting::Definition user = m_repository.definitionForName(QStringLiteral("Veille User Patterns"));
    setDefinition(user.isValid() ? user : m_repository.definitionForName(QStringLiteral("Veille Patterns")));
#endif
    applyTheme();
}

void EntityHighlighter::setSpans(const QHash<int, QVector<BlockSpan>> &spansByBlock,
                                 const QHash<int, QVector<BlockTint>> &tintsByBlock, int firstBodyBlock)
{
    m_spans = spansByBlock;
    m_tints = tintsByBlock;
    m_firstBodyBlock = firstBodyBlock;
    rehighlight();
}

void EntityHighlighter::setPalette(const QPalette &palette)
{
    m_palette = palette;
    applyTheme();
}

void EntityHighlighter::setThemeName(const QString &name)
{
    m_themeName = name;
    applyTheme();
}

QStringList EntityHighlighter::themeNames() const
{
    QStringList names;
#if VEILLE_HAVE_KSYNTAXHIGHLIGHTING
    const auto themes = m_repository.themes();
    for (const KSyntaxHighlighting::Theme &theme : themes)
        names.append(theme.name());
    names.sort(Qt::CaseInsensitive);
#endif
    return names;
}

void EntityHighlighter::applyTheme()
{
#if VEILLE_HAVE_KSYNTAXHIGHLIGHTING
    KSyntaxHighlighting::Theme theme = m_repository.theme(m_themeName);
    if (!theme.isValid())
        theme = m_repository.themeForPalette(m_palette);
    setTheme(theme);
#endif
    rehighlight();
    Q_EMIT colorsChanged();
}

QColor EntityHighlighter::colorFor(const QString &type) const
{
    const bool dark = isDark(background());
#if VEILLE_HAVE_KSYNTAXHIGHLIGHTING
    // Each entity type borrows a text style of the theme, so a chosen
    // theme recolours entities as it recolours everything else. These
    // styles differ from each other in the common themes (Breeze, Solarized,
    // GitHub) and from the ones the patterns use (numbers, strings).
    static const QHash<QString, KSyntaxHighlighting::Theme::TextStyle> styles = {
        {QStringLiteral("Company"), KSyntaxHighlighting::Theme::Extension},
        {QStringLiteral("Organisation"), KSyntaxHighlighting::Theme::Annotation},
        {QStringLiteral("Person"), KSyntaxHighlighting::Theme::Others},
        {QStringLiteral("Role"), KSyntaxHighlighting::Theme::Function},
        {QStringLiteral("Place"), KSyntaxHighlighting::Theme::Warning},
    };
    // A theme made for the other background (Solarized Dark on a light
    // palette) or a pale style would make an underline nobody sees.
    const auto style = styles.constFind(type);
    if (style != styles.cend() && theme().isValid()) {
        const QColor color = QColor::fromRgba(theme().textColor(*style));
        if (color.isValid() && color.alpha() > 0 && readableUnderline(color, background()))
            return color;
    }
#endif
    // A user's type takes a hue from its name, which may be too pale (a
    // yellow on white): shaded until its underline shows.
    QColor color = builtInColor(type, dark);
    for (int step = 0; step < 16 && !readableUnderline(color, background()); ++step)
        color = dark ? color.lighter(110) : color.darker(110);
    return color;
}

QColor EntityHighlighter::mentionTint(const QString &type, bool detected) const
{
    // A detected name's tint is half as deep: a guess, not a sure match.
    QColor tint = colorFor(type);
    tint.setAlphaF(mentionAlpha(isDark(background())) * (detected ? 0.5 : 1.0));
    return tint;
}

QColor EntityHighlighter::passageTint(const QColor &label, int depth) const
{
    // The label colours are light: on a dark background a deep tint of them
    // would turn the light text unreadable, so the dark palette tints less.
    const bool dark = isDark(background());
    QColor tint = label;
    const double first = dark ? 0.24 : 0.40;
    const double step = dark ? 0.06 : 0.20;
    const double deepest = dark ? 0.36 : 0.85;
    tint.setAlphaF(qMin(deepest, first + step * (depth - 1)));
    return tint;
}

void EntityHighlighter::highlightBlock(const QString &text)
{
    if (m_held)
        return;
#if VEILLE_HAVE_KSYNTAXHIGHLIGHTING
    if (currentBlock().blockNumber() >= m_firstBodyBlock)
        HighlighterBase::highlightBlock(text); // the patterns, from the syntax definition
#endif
    QBitArray inPassage(int(text.size()));
    const auto tints = m_tints.constFind(currentBlock().blockNumber());
    if (tints != m_tints.cend()) {
        // Each character takes the colour of the last passage over it, deeper
        // for each passage more, so nested passages stay told apart.
        QVector<QPair<QColor, int>> cover(int(text.size()), {QColor(), 0});
        for (const BlockTint &tint : *tints) {
            for (int i = qMax(0, tint.start); i < qMin(int(text.size()), tint.start + tint.length); ++i)
                cover[i] = {tint.color, cover.at(i).second + 1};
        }
        for (int i = 0; i < cover.size(); ++i) {
            if (cover.at(i).second == 0)
                continue;
            inPassage.setBit(i);
            QTextCharFormat merged = format(i);
            merged.setBackground(passageTint(cover.at(i).first, cover.at(i).second));
            setFormat(i, 1, merged);
        }
    }
    const auto spans = m_spans.constFind(currentBlock().blockNumber());
    if (spans == m_spans.cend())
        return;
    for (const BlockSpan &span : *spans) {
        const QColor color = colorFor(span.type);
        const QColor tint = mentionTint(span.type, span.detected);
        // Merge with the pattern format already there, character by
        // character: an amount inside a mention keeps its colour.
        for (int i = span.start; i < span.start + span.length; ++i) {
            QTextCharFormat merged = format(i);
            if (span.suggestion) {
                merged.setUnderlineStyle(QTextCharFormat::DashUnderline);
                merged.setUnderlineColor(color);
            } else {
                // Inside a bookmarked passage the passage keeps the
                // background, and the underline shows the entity.
                if (i >= inPassage.size() || !inPassage.testBit(i))
                    merged.setBackground(tint);
                merged.setUnderlineStyle(span.detected ? QTextCharFormat::DotLine : QTextCharFormat::SingleUnderline);
                merged.setUnderlineColor(color);
            }
            setFormat(i, 1, merged);
        }
    }
}

} // namespace Veille
