// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/entitymatcher.h"
#include "text/textfold.h"

#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using Pattern = Veille::EntityMatcher::Pattern;
using Match = Veille::EntityMatcher::Match;

Q_DECLARE_METATYPE(QVector<Veille::EntityMatcher::Pattern>)

namespace Veille {

namespace {
Pattern folded(const QString &text)
{
    Pattern pattern;
    pattern.text = text;
    return pattern;
}

Pattern caseSensitive(const QString &text)
{
    Pattern pattern = folded(text);
    pattern.caseSensitive = true;
    return pattern;
}

Pattern accentSensitive(const QString &text)
{
    Pattern pattern = folded(text);
    pattern.foldAccents = false;
    return pattern;
}

// "surface [pattern index]", cut from the original text with the offsets,
// so comparing these also proves the offsets land on the original text.
QStringList describe(const QString &text, const QVector<Match> &matches)
{
    QStringList result;
    for (const Match &match : matches)
        result.append(text.mid(match.start, match.end - match.start) + QStringLiteral(" [")
                      + QString::number(match.pattern) + QLatin1Char(']'));
    return result;
}

// The definition of a match, written the slow way: every pattern at every
// position, then leftmost-longest with the lowest pattern index per span.
QVector<Match> naiveFind(const QVector<Pattern> &patterns, const QString &text)
{
    const auto sameUnit = [](const Pattern &pattern, QChar a, QChar b) {
        if (pattern.caseSensitive)
            return a == b || (foldCase(a) == QLatin1Char(' ') && foldCase(b) == QLatin1Char(' '));
        if (!pattern.foldAccents)
            return foldCase(a) == foldCase(b);
        return foldAccentsAndCase(a) == foldAccentsAndCase(b);
    };
    QStringList needles;
    for (const Pattern &pattern : patterns)
        needles.append(pattern.text.trimmed());
    QVector<Match> candidates;
    for (int start = 0; start < text.size(); ++start) {
        if (start > 0 && isWordChar(text.at(start - 1)))
            continue;
        const int firstCandidate = int(candidates.size());
        for (int p = 0; p < patterns.size(); ++p) {
            const QString &needle = needles.at(p);
            const int end = start + int(needle.size());
            if (needle.isEmpty() || end > text.size() || (end < text.size() && isWordChar(text.at(end))))
                continue;
            bool equal = true;
            for (int i = 0; equal && i < needle.size(); ++i)
                equal = sameUnit(patterns.at(p), text.at(start + i), needle.at(i));
            if (equal
                && std::none_of(candidates.cbegin() + firstCandidate, candidates.cend(),
                                [&](const Match &match) { return match.end == end; }))
                candidates.append({start, end, p});
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const Match &a, const Match &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    QVector<Match> matches;
    int reached = 0;
    for (const Match &candidate : std::as_const(candidates)) {
        if (candidate.start >= reached) {
            matches.append(candidate);
            reached = candidate.end;
        }
    }
    return matches;
}

QString randomString(QRandomGenerator &random, const QString &alphabet, int length)
{
    QString result;
    for (int i = 0; i < length; ++i)
        result.append(alphabet.at(random.bounded(int(alphabet.size()))));
    return result;
}

// Names that occur in no test text ("qzq"), enough of them that the matcher
// cannot give every state near the root a dense row.
QVector<Pattern> fillerPatterns()
{
    static const QVector<Pattern> filler = [] {
        QRandomGenerator random(7);
        const QString letters = QStringLiteral("abcdefghijklmnopqrstuvwxyz");
        QVector<Pattern> patterns;
        for (int i = 0; i < 8000; ++i)
            patterns.append(folded(randomString(random, letters, 4) + QStringLiteral("qzq")));
        return patterns;
    }();
    return filler;
}
} // namespace

class TestEntityMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void foldAccentsAndCase_data();
    void foldAccentsAndCase();
    void foldingKeepsWordCharacters();
    void isWordChar_data();
    void isWordChar();
    void find_data();
    void find();
    void offsetsAreOriginalTextOffsets();
    void emptyMatcher();
    void patternsKeepTheirIndexAndData();
    void randomPatternsAgreeWithNaiveSearch();
};

void TestEntityMatcher::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestEntityMatcher::foldAccentsAndCase_data()
{
    QTest::addColumn<QChar>("input");
    QTest::addColumn<QChar>("caseFolded");
    QTest::addColumn<QChar>("accentFolded");

    QTest::newRow("ASCII capital") << QChar(u'A') << QChar(u'a') << QChar(u'a');
    QTest::newRow("digit unchanged") << QChar(u'7') << QChar(u'7') << QChar(u'7');
    QTest::newRow("e acute") << QChar(0x00E9) << QChar(0x00E9) << QChar(u'e');
    QTest::newRow("capital I diaeresis") << QChar(0x00CF) << QChar(0x00EF) << QChar(u'i');
    QTest::newRow("o circumflex") << QChar(0x00F4) << QChar(0x00F4) << QChar(u'o');
    QTest::newRow("c cedilla") << QChar(0x00E7) << QChar(0x00E7) << QChar(u'c');
    QTest::newRow("Vietnamese stacked: a circumflex grave") << QChar(0x1EA7) << QChar(0x1EA7) << QChar(u'a');
    QTest::newRow("Vietnamese stacked: capital A circumflex acute")
        << QChar(0x1EA4) << QChar(0x1EA5) << QChar(u'a');
    QTest::newRow("Vietnamese horn: u horn") << QChar(0x01B0) << QChar(0x01B0) << QChar(u'u');
    QTest::newRow("Vietnamese horn and dot: capital O horn dot below")
        << QChar(0x1EE2) << QChar(0x1EE3) << QChar(u'o');
    QTest::newRow("stroke: capital D stroke") << QChar(0x0110) << QChar(0x0111) << QChar(u'd');
    QTest::newRow("stroke: d stroke") << QChar(0x0111) << QChar(0x0111) << QChar(u'd');
    QTest::newRow("would expand: capital OE stays one letter") << QChar(0x0152) << QChar(0x0153) << QChar(0x0153);
    QTest::newRow("would expand: ae stays") << QChar(0x00E6) << QChar(0x00E6) << QChar(0x00E6);
    QTest::newRow("would expand: sharp s stays") << QChar(0x00DF) << QChar(0x00DF) << QChar(0x00DF);
    QTest::newRow("no-break space becomes a space") << QChar(0x00A0) << QChar(u' ') << QChar(u' ');
    QTest::newRow("narrow no-break space becomes a space") << QChar(0x202F) << QChar(u' ') << QChar(u' ');
    QTest::newRow("apostrophe unchanged") << QChar(0x2019) << QChar(0x2019) << QChar(0x2019);
    QTest::newRow("lone surrogate unchanged") << QChar(0xD83D) << QChar(0xD83D) << QChar(0xD83D);
}

void TestEntityMatcher::foldAccentsAndCase()
{
    QFETCH(QChar, input);
    QFETCH(QChar, caseFolded);
    QFETCH(QChar, accentFolded);
    QCOMPARE(foldCase(input), caseFolded);
    QCOMPARE(Veille::foldAccentsAndCase(input), accentFolded);
}

void TestEntityMatcher::foldingKeepsWordCharacters()
{
    // The matcher decides word boundaries on folded classes; this must hold
    // for every unit, and accent folding must only depend on the case fold.
    for (int u = 0; u < 0x10000; ++u) {
        const QChar c(static_cast<quint16>(u));
        if (Veille::isWordChar(foldCase(c)) != Veille::isWordChar(c)
            || Veille::isWordChar(Veille::foldAccentsAndCase(c)) != Veille::isWordChar(c))
            QFAIL(qPrintable(QStringLiteral("U+%1 changes word-ness when folded").arg(u, 4, 16, QLatin1Char('0'))));
        if (Veille::foldAccentsAndCase(foldCase(c)) != Veille::foldAccentsAndCase(c))
            QFAIL(qPrintable(QStringLiteral("U+%1: accent folding disagrees with case folding").arg(u, 4, 16)));
    }
}

void TestEntityMatcher::isWordChar_data()
{
    QTest::addColumn<QChar>("input");
    QTest::addColumn<bool>("word");

    QTest::newRow("letter") << QChar(u'x') << true;
    QTest::newRow("accented letter") << QChar(0x1EA7) << true;
    QTest::newRow("digit") << QChar(u'3') << true;
    QTest::newRow("combining mark") << QChar(0x0301) << true;
    QTest::newRow("hyphen-minus joins words") << QChar(u'-') << true;
    QTest::newRow("Unicode hyphen joins words") << QChar(0x2010) << true;
    QTest::newRow("non-breaking hyphen joins words") << QChar(0x2011) << true;
    QTest::newRow("apostrophe separates") << QChar(u'\'') << false;
    QTest::newRow("typographic apostrophe separates") << QChar(0x2019) << false;
    QTest::newRow("space separates") << QChar(u' ') << false;
    QTest::newRow("no-break space separates") << QChar(0x00A0) << false;
    QTest::newRow("en dash separates") << QChar(0x2013) << false;
    QTest::newRow("guillemet separates") << QChar(0x00AB) << false;
    QTest::newRow("full stop separates") << QChar(u'.') << false;
    QTest::newRow("underscore separates") << QChar(u'_') << false;
}

void TestEntityMatcher::isWordChar()
{
    QFETCH(QChar, input);
    QFETCH(bool, word);
    QCOMPARE(Veille::isWordChar(input), word);
}

void TestEntityMatcher::find_data()
{
    QTest::addColumn<QVector<Pattern>>("patterns");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    const auto row = [](const char *name, const QVector<Pattern> &patterns, const QString &text,
                        const QStringList &expected) { QTest::newRow(name) << patterns << text << expected; };
    const QString intel = QStringLiteral("Intel");

    row("elision: d\u2019Intel matches Intel", {folded(intel)}, QStringLiteral("Les puces d\u2019Intel arrivent."),
        {QStringLiteral("Intel [0]")});
    row("elision: d'Intel with a straight apostrophe", {folded(intel)}, QStringLiteral("l'usine d'Intel"),
        {QStringLiteral("Intel [0]")});
    row("elision: l'IA matches the case-sensitive acronym IA", {caseSensitive(QStringLiteral("IA"))},
        QStringLiteral("Le pari de l'IA g\u00e9n\u00e9rative."), {QStringLiteral("IA [0]")});
    row("case-sensitive: IA is not the word ia", {caseSensitive(QStringLiteral("IA"))},
        QStringLiteral("via ia Ia"), {});
    row("case-sensitive: NIC not inside nickel", {caseSensitive(QStringLiteral("NIC"))},
        QStringLiteral("Le cours du nickel et du NICKEL."), {});
    row("case-sensitive: NIC not lower-case nic", {caseSensitive(QStringLiteral("NIC"))},
        QStringLiteral("un nic isol\u00e9, un Nic aussi"), {});
    row("case-sensitive: NIC in capitals matches", {caseSensitive(QStringLiteral("NIC"))},
        QStringLiteral("Le NIC a sign\u00e9."), {QStringLiteral("NIC [0]")});
    row("case-insensitive: INTEL in capitals matches Intel", {folded(intel)}, QStringLiteral("INTEL et intel"),
        {QStringLiteral("INTEL [0]"), QStringLiteral("intel [0]")});
    row("accent folding: Hanoi finds Hano\u00ef", {folded(QStringLiteral("Hanoi"))},
        QStringLiteral("\u00e0 Hano\u00ef hier"), {QStringLiteral("Hano\u00ef [0]")});
    row("accent folding: Hano\u00ef finds Hanoi", {folded(QStringLiteral("Hano\u00ef"))},
        QStringLiteral("\u00e0 Hanoi hier"), {QStringLiteral("Hanoi [0]")});
    row("no accent folding: Hanoi misses Hano\u00ef", {accentSensitive(QStringLiteral("Hanoi"))},
        QStringLiteral("\u00e0 Hano\u00ef hier"), {});
    row("no accent folding: case still folds", {accentSensitive(QStringLiteral("Hano\u00ef"))},
        QStringLiteral("HANO\u00cf et Hanoi"), {QStringLiteral("HANO\u00cf [0]")});
    row("Vietnamese stacked marks: Tuan finds Tu\u1ea5n", {folded(QStringLiteral("Tuan"))},
        QStringLiteral("M. Tu\u1ea5n et M. Tu\u00e2n"), {QStringLiteral("Tu\u1ea5n [0]"), QStringLiteral("Tu\u00e2n [0]")});
    row("Vietnamese stacked marks: Tu\u00e2n without folding misses Tuan and Tu\u1ea5n",
        {accentSensitive(QStringLiteral("Tu\u00e2n"))}, QStringLiteral("Tuan, Tu\u1ea5n, Tu\u00e2n"),
        {QStringLiteral("Tu\u00e2n [0]")});
    row("Vietnamese: Da Nang finds \u0110\u00e0 N\u1eb5ng", {folded(QStringLiteral("Da Nang"))},
        QStringLiteral("\u00e0 \u0110\u00e0 N\u1eb5ng."), {QStringLiteral("\u0110\u00e0 N\u1eb5ng [0]")});
    row("hyphenated name: H\u00f4 Chi Minh-Ville matched whole",
        {folded(QStringLiteral("H\u00f4 Chi Minh")), folded(QStringLiteral("H\u00f4 Chi Minh-Ville"))},
        QStringLiteral("\u00e0 H\u00f4 Chi Minh-Ville, hier"), {QStringLiteral("H\u00f4 Chi Minh-Ville [1]")});
    row("hyphenated name: H\u00f4 Chi Minh alone is not inside H\u00f4 Chi Minh-Ville",
        {folded(QStringLiteral("H\u00f4 Chi Minh"))}, QStringLiteral("\u00e0 H\u00f4 Chi Minh-Ville"), {});
    row("hyphen: Sud-Est never yields Est", {folded(QStringLiteral("Est"))},
        QStringLiteral("l'Asie du Sud-Est et le sud-est"), {});
    row("hyphen: Est alone still matches", {folded(QStringLiteral("Est"))}, QStringLiteral("\u00e0 l'Est."),
        {QStringLiteral("Est [0]")});
    row("hyphen: vice-ministre never yields ministre", {folded(QStringLiteral("ministre"))},
        QStringLiteral("le vice-ministre et le vice\u2010ministre"), {});
    row("leftmost-longest: Pham Minh Chinh beats Minh",
        {folded(QStringLiteral("Minh")), folded(QStringLiteral("Pham Minh Chinh"))},
        QStringLiteral("Le Premier ministre Pham Minh Chinh a dit."), {QStringLiteral("Pham Minh Chinh [1]")});
    row("leftmost-longest: Intel Products Vietnam beats Intel and Vietnam",
        {folded(intel), folded(QStringLiteral("Vietnam")), folded(QStringLiteral("Intel Products Vietnam"))},
        QStringLiteral("Intel Products Vietnam recrute au Vietnam."),
        {QStringLiteral("Intel Products Vietnam [2]"), QStringLiteral("Vietnam [1]")});
    row("leftmost-longest: overlapping names, the earlier start wins",
        {folded(QStringLiteral("Intel Products")), folded(QStringLiteral("Products Vietnam")),
         folded(QStringLiteral("Vietnam"))},
        QStringLiteral("Intel Products Vietnam"), {QStringLiteral("Intel Products [0]"), QStringLiteral("Vietnam [2]")});
    row("leftmost-longest: a longer name that fails its end boundary loses to a shorter one",
        {folded(QStringLiteral("Pham Minh")), folded(QStringLiteral("Pham Minh Chinh"))},
        QStringLiteral("Pham Minh Chinhxx"), {QStringLiteral("Pham Minh [0]")});
    row("failure link: Pham Minh Tuan falls back to Minh Tuan",
        {folded(QStringLiteral("Pham Minh Chinh")), folded(QStringLiteral("Minh Tuan"))},
        QStringLiteral("Pham Minh Tuan"), {QStringLiteral("Minh Tuan [1]")});
    row("branching deep in the trie: Intel Products and Intel Pentium and Intel Puces",
        {folded(QStringLiteral("Intel Products")), folded(QStringLiteral("Intel Pentium")),
         folded(QStringLiteral("Intel Puces"))},
        QStringLiteral("Intel Puces, Intel Pentium et Intel Products"),
        {QStringLiteral("Intel Puces [2]"), QStringLiteral("Intel Pentium [1]"), QStringLiteral("Intel Products [0]")});
    row("edges: names at the very start and end of the text", {folded(intel), folded(QStringLiteral("Qualcomm"))},
        QStringLiteral("Intel contre Qualcomm"), {QStringLiteral("Intel [0]"), QStringLiteral("Qualcomm [1]")});
    row("edges: the whole text is the name", {folded(intel)}, intel, {QStringLiteral("Intel [0]")});
    row("punctuation: French quotes \u00ab Intel \u00bb with no-break spaces", {folded(intel)},
        QStringLiteral("dit \u00ab\u00a0Intel\u00a0\u00bb."), {QStringLiteral("Intel [0]")});
    row("punctuation: (NIC) in parentheses", {caseSensitive(QStringLiteral("NIC"))},
        QStringLiteral("le Centre (NIC) a"), {QStringLiteral("NIC [0]")});
    row("punctuation: Qualcomm. before a full stop", {folded(QStringLiteral("Qualcomm"))},
        QStringLiteral("avec Qualcomm."), {QStringLiteral("Qualcomm [0]")});
    row("punctuation: Qualcomm\u2019s before an apostrophe", {folded(QStringLiteral("Qualcomm"))},
        QStringLiteral("Qualcomm\u2019s chips"), {QStringLiteral("Qualcomm [0]")});
    row("whole words: Intel not inside Intelligence", {folded(intel)}, QStringLiteral("Intelligence, INTELSAT"), {});
    row("whole words: Intel not inside a longer word ending in intel", {folded(intel)},
        QStringLiteral("Cointel"), {});
    row("whole words: digits glue, Intel2 is not Intel", {folded(intel)}, QStringLiteral("Intel2 2Intel"), {});
    row("spaces: a no-break space in the text matches a typed space",
        {folded(QStringLiteral("Pham Minh Chinh")), caseSensitive(QStringLiteral("Le Monde"))},
        QStringLiteral("Pham\u00a0Minh\u202fChinh dans Le\u00a0Monde"),
        {QStringLiteral("Pham\u00a0Minh\u202fChinh [0]"), QStringLiteral("Le\u00a0Monde [1]")});
    row("spaces: patterns match their spaces exactly, two spaces are not one",
        {folded(QStringLiteral("Pham Minh"))}, QStringLiteral("Pham  Minh"), {});
    row("duplicates: two entities with the same text report the first", {folded(intel), folded(intel)},
        QStringLiteral("chez Intel"), {QStringLiteral("Intel [0]")});
    row("duplicates: the first pattern that accepts the span wins",
        {caseSensitive(QStringLiteral("NIC")), folded(QStringLiteral("Nic"))}, QStringLiteral("NIC et nic"),
        {QStringLiteral("NIC [0]"), QStringLiteral("nic [1]")});
    row("blank patterns are ignored", {folded(QStringLiteral("  ")), folded(QString()), folded(intel)},
        QStringLiteral("  Intel  "), {QStringLiteral("Intel [2]")});
    row("spaces around a pattern are ignored", {folded(QStringLiteral(" Intel\u00a0"))},
        QStringLiteral("chez Intel."), {QStringLiteral("Intel [0]")});
    row("a name next to an emoji (surrogates separate words)", {folded(intel)},
        QStringLiteral("\U0001F600Intel\U0001F600"), {QStringLiteral("Intel [0]")});
    row("repeated names all found", {folded(intel)}, QStringLiteral("Intel, Intel et Intel"),
        {QStringLiteral("Intel [0]"), QStringLiteral("Intel [0]"), QStringLiteral("Intel [0]")});
}

void TestEntityMatcher::find()
{
    QFETCH(QVector<Pattern>, patterns);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);

    const EntityMatcher matcher(patterns);
    QCOMPARE(describe(text, matcher.find(text)), expected);
    QCOMPARE(describe(text, naiveFind(patterns, text)), expected);

    // Again among thousands of other names, so that the deeper states take
    // the compact layout, and inside a long text, so that the two cursors
    // meet in the middle of the names.
    const EntityMatcher crowded(patterns + fillerPatterns());
    QCOMPARE(describe(text, crowded.find(text)), expected);
    const QString padding = QStringLiteral(" zz").repeated(40) + QLatin1Char(' ');
    const QString padded = padding + text + padding;
    QCOMPARE(describe(padded, crowded.find(padded)), expected);
    const QString paddedBefore = padding + text;
    QCOMPARE(describe(paddedBefore, crowded.find(paddedBefore)), expected);
}

void TestEntityMatcher::offsetsAreOriginalTextOffsets()
{
    const EntityMatcher matcher({folded(QStringLiteral("Hanoi")), folded(QStringLiteral("Da Nang"))});
    // An emoji is two units, and every accent is precomposed: offsets count
    // UTF-16 units of the original text, not of some normalised copy.
    const QString text = QStringLiteral("\U0001F600 \u00ab\u00a0Hano\u00ef\u00a0\u00bb et \u0110\u00e0 N\u1eb5ng");
    const QVector<Match> matches = matcher.find(text);
    QCOMPARE(matches.size(), 2);
    QCOMPARE(matches.at(0).start, 5);
    QCOMPARE(matches.at(0).end, 10);
    QCOMPARE(text.mid(matches.at(0).start, matches.at(0).end - matches.at(0).start), QStringLiteral("Hano\u00ef"));
    QCOMPARE(matches.at(1).start, 16);
    QCOMPARE(matches.at(1).end, 23);
    QCOMPARE(text.mid(matches.at(1).start, matches.at(1).end - matches.at(1).start),
             QStringLiteral("\u0110\u00e0 N\u1eb5ng"));
}

void TestEntityMatcher::emptyMatcher()
{
    const EntityMatcher none;
    QVERIFY(none.isEmpty());
    QCOMPARE(none.patternCount(), 0);
    QVERIFY(none.find(QStringLiteral("Intel")).isEmpty());

    const EntityMatcher blank({folded(QStringLiteral(" ")), folded(QString())});
    QVERIFY(blank.isEmpty());
    QCOMPARE(blank.patternCount(), 2);
    QVERIFY(blank.find(QStringLiteral("  Intel ")).isEmpty());

    const EntityMatcher some({folded(QStringLiteral("Intel"))});
    QVERIFY(!some.isEmpty());
    QVERIFY(some.find(QString()).isEmpty());
}

void TestEntityMatcher::patternsKeepTheirIndexAndData()
{
    Pattern nic = caseSensitive(QStringLiteral("NIC"));
    nic.entityId = 7;
    nic.aliasId = 70;
    const EntityMatcher matcher({folded(QStringLiteral(" ")), nic});
    QCOMPARE(matcher.patternCount(), 2);
    const QVector<Match> matches = matcher.find(QStringLiteral("le NIC"));
    QCOMPARE(matches.size(), 1);
    const Pattern &found = matcher.pattern(matches.first().pattern);
    QCOMPARE(found.entityId, 7);
    QCOMPARE(found.aliasId, 70);
    QCOMPARE(found.text, QStringLiteral("NIC"));

    // A copy shares the tables and still finds the same.
    const EntityMatcher copy = matcher;
    QCOMPARE(copy.find(QStringLiteral("le NIC")).size(), 1);
}

void TestEntityMatcher::randomPatternsAgreeWithNaiveSearch()
{
    // A small alphabet makes names collide, nest, overlap and repeat, with
    // accents, cases, hyphens, apostrophes and no-break spaces in between.
    const QString letters = QStringLiteral("abcABC\u00e1\u00e0\u00e2\u1ea7\u0110\u0111\u00e9E\u00ef");
    const QString separators = QStringLiteral("  \u00a0.\u2019'-,");
    QRandomGenerator random(20260401);

    QVector<Pattern> patterns;
    for (int i = 0; i < 10000; ++i) {
        Pattern pattern;
        const int words = 1 + random.bounded(3);
        for (int w = 0; w < words; ++w) {
            if (w > 0)
                pattern.text += random.bounded(5) == 0 ? QLatin1Char('-') : QLatin1Char(' ');
            pattern.text += randomString(random, letters, 1 + random.bounded(3));
        }
        if (random.bounded(50) == 0)
            pattern.text = QStringLiteral(" ") + pattern.text + QStringLiteral(" ");
        if (random.bounded(200) == 0)
            pattern.text = QStringLiteral("  ");
        pattern.caseSensitive = random.bounded(10) == 0;
        pattern.foldAccents = random.bounded(5) != 0;
        pattern.entityId = i;
        patterns.append(pattern);
    }
    const EntityMatcher matcher(patterns);
    // The filler never matches here (no q, no z), but takes the dense rows.
    const EntityMatcher crowded(patterns + fillerPatterns());

    int total = 0;
    for (int round = 0; round < 5; ++round) {
        QString text;
        while (text.size() < 2000) {
            text += randomString(random, letters, 1 + random.bounded(4));
            text += randomString(random, separators, 1 + random.bounded(2));
        }
        const QVector<Match> expected = naiveFind(patterns, text);
        const QVector<Match> actual = matcher.find(text);
        QCOMPARE(describe(text, actual), describe(text, expected));
        QCOMPARE(describe(text, crowded.find(text)), describe(text, expected));
        for (int i = 0; i < actual.size(); ++i)
            QCOMPARE(actual.at(i).start, expected.at(i).start);
        total += int(actual.size());
    }
    // The property is only worth something if there was plenty to find.
    QVERIFY2(total > 500, qPrintable(QString::number(total)));
}

} // namespace Veille

QTEST_GUILESS_MAIN(Veille::TestEntityMatcher)
#include "tst_entitymatcher.moc"
