// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reading/entityhighlighter.h"

#include <QBitArray>
#include <QStandardPaths>
#include <QTextDocument>

#if VEILLE_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#endif

namespace Veille {

namespace {
bool isDark(const QColor &background)
{
    return background.lightnessF() < 0.5;
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
}

QColor EntityHighlighter::colorFor(const QString &type) const
{
    const bool dark = isDark(m_palette.color(QPalette::Base));
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
    const auto style = styles.constFind(type);
    if (style != styles.cend() && theme().isValid()) {
        const QColor color = QColor::fromRgba(theme().textColor(*style));
        if (color.isValid() && color.alpha() > 0)
            return color;
    }
#endif
    return builtInColor(type, dark);
}

void EntityHighlighter::highlightBlock(const QString &text)
{
#if VEILLE_HAVE_KSYNTAXHIGHLIGHTING
    if (currentBlock().blockNumber() >= m_firstBodyBlock)
        HighlighterBase::highlightBlock(text); // the patterns, from the syntax definition
#endif
    const bool dark = isDark(m_palette.color(QPalette::Base));
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
            QColor color = cover.at(i).first;
            color.setAlphaF(qMin(0.85, (dark ? 0.45 : 0.40) + 0.2 * (cover.at(i).second - 1)));
            QTextCharFormat merged = format(i);
            merged.setBackground(color);
            setFormat(i, 1, merged);
        }
    }
    const auto spans = m_spans.constFind(currentBlock().blockNumber());
    if (spans == m_spans.cend())
        return;
    for (const BlockSpan &span : *spans) {
        const QColor color = colorFor(span.type);
        QColor tint = color;
        tint.setAlphaF(dark ? 0.35 : 0.18);
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
                merged.setUnderlineStyle(QTextCharFormat::SingleUnderline);
                merged.setUnderlineColor(color);
            }
            setFormat(i, 1, merged);
        }
    }
}

} // namespace Veille
