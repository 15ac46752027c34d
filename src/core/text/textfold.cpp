// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/textfold.h"

#include <QString>

namespace Veille {

namespace {
constexpr int UnitCount = 0x10000;

bool isNoBreakSpace(quint16 u)
{
    return u == 0x00A0 || u == 0x2007 || u == 0x202F;
}

quint16 computeCaseFold(quint16 u)
{
    if (QChar::isSurrogate(u))
        return u;
    if (isNoBreakSpace(u))
        return u' ';
    // toLower() first: simple case folding leaves "İ" alone, lower case
    // makes it "i"; toCaseFolded() then merges "ς" with "σ".
    const QChar folded = QChar(u).toLower().toCaseFolded();
    return isWordChar(folded) == isWordChar(QChar(u)) ? folded.unicode() : u;
}

// Letters with a stroke have no decomposition, yet readers and keyboards
// without them write the base letter: "Dang" for "Đặng", "Lodz" for "Łódź".
quint16 strokedBase(quint16 u)
{
    switch (u) {
    case 0x0111: // đ
        return u'd';
    case 0x0142: // ł
        return u'l';
    case 0x00F8: // ø
        return u'o';
    default:
        return u;
    }
}

bool allMarks(const QString &text, int from)
{
    for (int i = from; i < text.size(); ++i) {
        if (!text.at(i).isMark())
            return false;
    }
    return true;
}

struct FoldTables {
    quint16 caseFold[UnitCount];
    quint16 accentFold[UnitCount];

    FoldTables()
    {
        for (int u = 0; u < UnitCount; ++u)
            caseFold[u] = computeCaseFold(quint16(u));
        for (int u = 0; u < UnitCount; ++u)
            accentFold[u] = computeAccentFold(quint16(u));
    }

    // Accent folding is a function of the case-folded unit, so two units
    // equal under foldCase() are equal under foldAccentsAndCase() too: the
    // matcher relies on it to check case-only patterns after the fact.
    quint16 computeAccentFold(quint16 u) const
    {
        quint16 c = caseFold[u];
        // A decomposition may lead to a letter that decomposes again: "ầ" is
        // "â" plus a grave, and the Ångström sign is "Å", which is "A" plus a ring.
        for (int round = 0; round < 8; ++round) {
            const quint16 before = c;
            c = strokedBase(c);
            const QChar ch(c);
            if (ch.decompositionTag() == QChar::Canonical) {
                const QString parts = ch.decomposition();
                if (!parts.isEmpty() && !parts.at(0).isSurrogate() && allMarks(parts, 1))
                    c = caseFold[parts.at(0).unicode()];
            }
            if (c == before)
                break;
        }
        return isWordChar(QChar(c)) == isWordChar(QChar(u)) ? c : caseFold[u];
    }
};

const FoldTables &foldTables()
{
    // Built once on first use; C++11 guarantees a thread-safe initialisation.
    static const FoldTables tables;
    return tables;
}
} // namespace

QChar foldCase(QChar c)
{
    return QChar(foldTables().caseFold[c.unicode()]);
}

QChar foldAccentsAndCase(QChar c)
{
    return QChar(foldTables().accentFold[c.unicode()]);
}

QString foldText(QStringView text)
{
    QString folded(int(text.size()), Qt::Uninitialized);
    QChar *out = folded.data();
    for (const QChar c : text)
        *out++ = foldAccentsAndCase(c);
    return folded;
}

QString comparisonKey(const QString &text)
{
    // Decomposition strips accents, but Đ, œ and æ are letters of their own
    // that readers alphabetise as d, oe and ae ("Đà Nẵng" among the D's).
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        switch (c.unicode()) {
        case 0x0110: // Đ
        case 0x0111: // đ
            key.append(QLatin1Char('d'));
            break;
        case 0x0152: // Œ
        case 0x0153: // œ
            key.append(QLatin1String("oe"));
            break;
        case 0x00C6: // Æ
        case 0x00E6: // æ
            key.append(QLatin1String("ae"));
            break;
        default:
            if (c.category() != QChar::Mark_NonSpacing)
                key.append(c);
        }
    }
    return key.toCaseFolded();
}

bool isWordChar(QChar c)
{
    switch (c.unicode()) {
    case 0x002D: // -
    case 0x2010: // hyphen
    case 0x2011: // non-breaking hyphen
        return true;
    default:
        return c.isLetterOrNumber() || c.isMark();
    }
}

} // namespace Veille
