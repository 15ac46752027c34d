// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articles/articleparser.h"
#include "text/textdecoder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

namespace Veille {

class TestArticleParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parse_data();
    void parse();
    void hugeSingleLineTitleIsShortened_data();
    void hugeSingleLineTitleIsShortened();
    void sameTextSameHash_data();
    void sameTextSameHash();
    void hashFollowsTheText();
    void realSeeds();
    void sampleCorpus();

private:
    static QByteArray fixture(const char *name);
};

namespace {
const QString Ellipsis = QString(QChar(0x2026));

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString sha256Hex(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}
} // namespace

void TestArticleParser::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

QByteArray TestArticleParser::fixture(const char *name)
{
    const QByteArray bytes = readFile(QStringLiteral(VEILLE_TEST_DATA_DIR "/parser/") + QLatin1String(name));
    if (bytes.isEmpty() && qstrcmp(name, "empty.txt") != 0)
        qFatal("missing fixture %s", name);
    return bytes;
}

void TestArticleParser::parse_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("error"); // a word the error must contain; empty: must parse
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("photo");
    QTest::addColumn<QString>("body");

    const QString txt = QStringLiteral("/corpus/article.txt");
    const auto ok = [&](const char *name, const QByteArray &bytes, const QString &title, const char *date,
                        const QString &source, const QString &photo, const QString &body,
                        const QString &path = QString()) {
        QTest::newRow(name) << bytes << (path.isEmpty() ? txt : path) << QString() << title
                            << QString::fromLatin1(date) << source << photo << body;
    };
    const auto error = [&](const char *name, const QByteArray &bytes, const QString &word) {
        QTest::newRow(name) << bytes << txt << word << QString() << QString() << QString() << QString() << QString();
    };

    // Header line and dates.
    ok("wire: leading space, full date, photo in the middle, agency last", fixture("wire-full-date.txt"),
       QStringLiteral("Hano\u00ef et Washington signent un accord"), "2025-08-12", QStringLiteral("VNA/CVN"),
       QStringLiteral("Duong Giang/VNA/CVN"),
       QStringLiteral("Premier paragraphe de l\u2019article.\n\nDeuxi\u00e8me paragraphe, avec l'apostrophe droite."));
    ok("wire: no leading space, month-only date, Photo: without space, hard-wrapped lines join",
       fixture("wire-month-no-space.txt"), QStringLiteral("Un titre au mois pr\u00e8s"), "2025-05",
       QStringLiteral("AFP"), QStringLiteral("AFP"),
       QStringLiteral("Un paragraphe coup\u00e9 \u00e0 la main sur trois lignes.\n\nUn autre paragraphe."));
    ok("wire: year-only date, photo just before the agency", fixture("wire-year-only.txt"),
       QStringLiteral("Bilan de l\u2019ann\u00e9e"), "2024", QStringLiteral("Reuters/CVN"), QStringLiteral("Reuters"),
       QStringLiteral("Le bilan tient en une phrase."));
    ok("wire: header with a date but no title takes the file name", " date 2025-05\n\nCorps.",
       QStringLiteral("mon-article"), "2025-05", QString(), QString(), QStringLiteral("Corps."),
       QStringLiteral("/corpus/mon-article.txt"));
    ok("wire: extra spaces in the title are simplified", " date 2025-05-12   Deux   espaces \n\nCorps.",
       QStringLiteral("Deux espaces"), "2025-05-12", QString(), QString(), QStringLiteral("Corps."));
    ok("wire: blank lines before the header are skipped", "\n\n date 2025 Titre\n\nCorps.", QStringLiteral("Titre"),
       "2025", QString(), QString(), QStringLiteral("Corps."));
    ok("wire: header without a body", " date 2025 Titre seul", QStringLiteral("Titre seul"), "2025", QString(),
       QString(), QString());
    error("impossible date: month 13, day 40", fixture("impossible-date.txt"), QStringLiteral("2025-13-40"));
    error("impossible date: 30 February", " date 2025-02-30 Titre\n\nCorps.", QStringLiteral("2025-02-30"));
    error("impossible date: one-digit month", " date 2025-5 Titre\n\nCorps.", QStringLiteral("2025-5"));
    error("impossible date: trailing garbage", " date 2025-05x Titre\n\nCorps.", QStringLiteral("2025-05x"));

    // Photo credits.
    ok("photo: first paragraph", " date 2025 T\n\nPhoto : X/Y\n\nCorps.", QStringLiteral("T"), "2025", QString(),
       QStringLiteral("X/Y"), QStringLiteral("Corps."));
    ok("photo: last paragraph, no agency", " date 2025 T\n\nCorps.\n\nPhoto : AFP", QStringLiteral("T"), "2025",
       QString(), QStringLiteral("AFP"), QStringLiteral("Corps."));
    ok("photo: lower case and extra spaces", " date 2025 T\n\nphoto   :   Anh Tuan/VNA\n\nCorps.", QStringLiteral("T"),
       "2025", QString(), QStringLiteral("Anh Tuan/VNA"), QStringLiteral("Corps."));
    ok("photo: two credits, the first is kept and neither stays in the body",
       " date 2025 T\n\nPhoto : A\n\nUn.\n\nPhoto : B\n\nDeux.", QStringLiteral("T"), "2025", QString(),
       QStringLiteral("A"), QStringLiteral("Un.\n\nDeux."));
    ok("photo: credit line directly followed by text, no blank line",
       " date 2025 T\n\nPhoto : VNA/CVN\nLe texte continue.\n\nVNA/CVN", QStringLiteral("T"), "2025",
       QStringLiteral("VNA/CVN"), QStringLiteral("VNA/CVN"), QStringLiteral("Le texte continue."));
    ok("photo: credit line directly after text, no blank line", " date 2025 T\n\nLe texte.\nPhoto : AFP",
       QStringLiteral("T"), "2025", QString(), QStringLiteral("AFP"), QStringLiteral("Le texte."));
    ok("photo: the word inside a sentence is not a credit", " date 2025 T\n\nUne photo : la ville.",
       QStringLiteral("T"), "2025", QString(), QString(), QStringLiteral("Une photo : la ville."));

    // Agency signatures.
    ok("agency: AFP", " date 2025 T\n\nCorps.\n\nAFP", QStringLiteral("T"), "2025", QStringLiteral("AFP"), QString(),
       QStringLiteral("Corps."));
    ok("agency: two capitalised words", " date 2025 T\n\nCorps.\n\nLe Monde", QStringLiteral("T"), "2025",
       QStringLiteral("Le Monde"), QString(), QStringLiteral("Corps."));
    ok("agency: a normal last sentence stays in the body", " date 2025 T\n\nCorps.\n\nLe projet aboutira en 2026.",
       QStringLiteral("T"), "2025", QString(), QString(), QStringLiteral("Corps.\n\nLe projet aboutira en 2026."));
    ok("agency: a short lower-case line stays in the body", " date 2025 T\n\nCorps.\n\nfin de la d\u00e9p\u00eache",
       QStringLiteral("T"), "2025", QString(), QString(), QStringLiteral("Corps.\n\nfin de la d\u00e9p\u00eache"));
    ok("agency: an abbreviation ending with a full stop stays in the body", " date 2025 T\n\nCorps.\n\nVNA.",
       QStringLiteral("T"), "2025", QString(), QString(), QStringLiteral("Corps.\n\nVNA."));
    ok("agency: a long capitalised line is not an agency",
       " date 2025 T\n\nCorps.\n\nVietnam News Agency And Courrier Du Vietnam Hanoi",
       QStringLiteral("T"), "2025", QString(), QString(),
       QStringLiteral("Corps.\n\nVietnam News Agency And Courrier Du Vietnam Hanoi"));
    ok("agency: only in the last paragraph", " date 2025 T\n\nAFP\n\nCorps.", QStringLiteral("T"), "2025", QString(),
       QString(), QStringLiteral("AFP\n\nCorps."));

    // Paragraphs and characters.
    ok("body: several blank lines and indented lines make one paragraph break",
       " date 2025 T\n\n  Un\n   deux.\n\n\n \n\tTrois.\n", QStringLiteral("T"), "2025", QString(), QString(),
       QStringLiteral("Un deux.\n\nTrois."));
    ok("body: mixed apostrophes are preserved as-is",
       " date 2025 L\u2019IA et l'industrie\n\nL\u2019usine d'Intel et l'usine d\u2019Amkor.",
       QStringLiteral("L\u2019IA et l'industrie"), "2025", QString(), QString(),
       QStringLiteral("L\u2019usine d'Intel et l'usine d\u2019Amkor."));

    // Plain text.
    ok("plain text: first line is the title, no date, a last sentence is not an agency", fixture("plain-text.txt"),
       QStringLiteral("Un simple titre"), "", QString(), QString(),
       QStringLiteral("Le corps du texte.\n\nLa derni\u00e8re phrase reste dans le corps."));
    ok("plain text: a short last line is not an agency (only wire copy is signed)",
       "Casting\n\nLe r\u00f4le principal revient \u00e0 :\n\nJean Dupont", QStringLiteral("Casting"), "", QString(),
       QString(), QStringLiteral("Le r\u00f4le principal revient \u00e0 :\n\nJean Dupont"));
    ok("plain text: blank lines before the title", "\n \n  Titre  \n\nCorps.", QStringLiteral("Titre"), "", QString(),
       QString(), QStringLiteral("Corps."));
    ok("plain text: a line starting with 'date' but no year is a title", "date limite d\u00e9pass\u00e9e\n\nCorps.",
       QStringLiteral("date limite d\u00e9pass\u00e9e"), "", QString(), QString(), QStringLiteral("Corps."));
    ok("markdown: leading # is stripped from the title", fixture("markdown.md"),
       QStringLiteral("Un titre en Markdown"), "", QString(), QString(), QStringLiteral("Du *texte* ici."),
       QStringLiteral("/corpus/markdown.md"));
    ok("markdown: leading ## is stripped, upper-case extension", "## Sous-titre\n\nCorps.",
       QStringLiteral("Sous-titre"), "", QString(), QString(), QStringLiteral("Corps."),
       QStringLiteral("/corpus/NOTE.MD"));
    ok("plain text: # is kept in a .txt title", "# Pas du Markdown\n\nCorps.", QStringLiteral("# Pas du Markdown"), "",
       QString(), QString(), QStringLiteral("Corps."));

    // Encodings.
    ok("encoding: CP1252 with CRLF", fixture("cp1252-crlf.txt"),
       QStringLiteral("L\u2019\u00e9t\u00e9 \u00ab chaud \u00bb \u2014 5 \u20ac"), "2025-06-10", QString(), QString(),
       QStringLiteral("Corps \u00e9crit en Windows-1252."));
    ok("encoding: UTF-8 BOM before the header", fixture("utf8-bom.txt"),
       QStringLiteral("Titre apr\u00e8s un BOM"), "2025-05", QString(), QString(), QStringLiteral("Corps."));
    ok("encoding: UTF-16LE with BOM", fixture("utf16le-bom.txt"), QStringLiteral("Titre en UTF-16"), "2025-05-02",
       QString(), QString(), QStringLiteral("Corps accentu\u00e9."));
    ok("encoding: UTF-16BE with BOM", fixture("utf16be-bom.txt"), QStringLiteral("Titre en UTF-16"), "2025-05-02",
       QString(), QString(), QStringLiteral("Corps accentu\u00e9."));

    // Not articles.
    error("not an article: empty file", fixture("empty.txt"), QStringLiteral("empty"));
    error("not an article: whitespace only", fixture("whitespace-only.txt"), QStringLiteral("empty"));
    error("not an article: binary with NUL bytes", fixture("binary.txt"), QStringLiteral("binary"));
}

void TestArticleParser::parse()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, path);
    QFETCH(QString, error);
    QFETCH(QString, title);
    QFETCH(QString, date);
    QFETCH(QString, source);
    QFETCH(QString, photo);
    QFETCH(QString, body);

    const ArticleParser::Result result = ArticleParser::parse(bytes, path);
    if (!error.isEmpty()) {
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(error), qPrintable(result.error));
        return;
    }
    QVERIFY2(result.ok(), qPrintable(result.error));
    const Article &article = result.article;
    QCOMPARE(article.id, qint64(0));
    QCOMPARE(article.path, path);
    QCOMPARE(article.title, title);
    QCOMPARE(article.date.toIsoString(), date);
    QCOMPARE(article.date.isNull(), date.isEmpty());
    QCOMPARE(article.source, source);
    QCOMPARE(article.photoCredit, photo);
    QCOMPARE(article.body, body);
    QCOMPARE(article.paragraphs().join(QStringLiteral("\n\n")), body);
    QVERIFY(!article.body.contains(QLatin1String("Photo :")));
    QVERIFY(!article.body.contains(QLatin1Char('\r')));
    QCOMPARE(int(article.contentHash.size()), 64);
}

void TestArticleParser::hugeSingleLineTitleIsShortened_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("maxTitleLength"); // without the ellipsis

    QString words;
    for (int i = 0; words.size() < 200000; ++i)
        words += QStringLiteral("mot%1 ").arg(i);
    words = words.trimmed();
    const QString noSpaces(100000, QLatin1Char('x'));

    QTest::newRow("huge title: plain text, cut at a word") << QString() << words << 300;
    QTest::newRow("huge title: plain text without spaces") << QString() << noSpaces << 300;
    QTest::newRow("huge title: after a wire header") << QStringLiteral(" date 2025-05 ") << words << 300;
}

void TestArticleParser::hugeSingleLineTitleIsShortened()
{
    QFETCH(QString, prefix);
    QFETCH(QString, line);
    QFETCH(int, maxTitleLength);

    const ArticleParser::Result result = ArticleParser::parse((prefix + line).toUtf8(), QStringLiteral("/x/huge.txt"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    const QString &title = result.article.title;
    QVERIFY2(title.size() <= maxTitleLength + 1, qPrintable(QString::number(title.size())));
    QVERIFY(title.size() > maxTitleLength / 2);
    QVERIFY(title.endsWith(Ellipsis));
    const QString kept = title.chopped(1);
    QVERIFY(line.startsWith(kept));
    if (line.contains(QLatin1Char(' ')))
        QCOMPARE(line.at(kept.size()), QLatin1Char(' ')); // cut at a word boundary
    // Nothing of the text is lost: the whole line stays readable in the body.
    QCOMPARE(result.article.body, line);
}

void TestArticleParser::sameTextSameHash_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");

    const QByteArray lf = " date 2025-05 Titre\n\nUn.\nDeux.\n\nVNA/CVN";
    QByteArray crlf = lf;
    crlf.replace("\n", "\r\n");
    QByteArray cr = lf;
    cr.replace("\n", "\r");
    QTest::newRow("same hash: CRLF and LF") << lf << crlf;
    QTest::newRow("same hash: lone CR and LF") << lf << cr;
    QTest::newRow("same hash: UTF-8 with and without BOM") << lf << QByteArray("\xEF\xBB\xBF" + lf);
    QTest::newRow("same hash: CP1252 CRLF and UTF-8 LF") << fixture("cp1252-crlf.txt")
                                                         << fixture("cp1252-crlf-as-utf8-lf.txt");
    QTest::newRow("same hash: UTF-16LE and UTF-16BE") << fixture("utf16le-bom.txt") << fixture("utf16be-bom.txt");
}

void TestArticleParser::sameTextSameHash()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QVERIFY(a != b);

    const QString path = QStringLiteral("/x/a.txt");
    const ArticleParser::Result ra = ArticleParser::parse(a, path);
    const ArticleParser::Result rb = ArticleParser::parse(b, path);
    QVERIFY2(ra.ok(), qPrintable(ra.error));
    QVERIFY2(rb.ok(), qPrintable(rb.error));
    QCOMPARE(rb.article.contentHash, ra.article.contentHash);
    QCOMPARE(rb.article.title, ra.article.title);
    QCOMPARE(rb.article.date, ra.article.date);
    QCOMPARE(rb.article.source, ra.article.source);
    QCOMPARE(rb.article.photoCredit, ra.article.photoCredit);
    QCOMPARE(rb.article.body, ra.article.body);
}

void TestArticleParser::hashFollowsTheText()
{
    const QString text = QStringLiteral(" date 2025-05 Titre\n\nLe corps de l\u2019article.\n\nVNA/CVN");
    const QString path = QStringLiteral("/x/a.txt");

    const ArticleParser::Result fromText = ArticleParser::parseText(text, path);
    const ArticleParser::Result fromBytes = ArticleParser::parse(text.toUtf8(), path);
    QVERIFY(fromText.ok());
    // The hash is of the decoded, normalised text, whatever the bytes were.
    QCOMPARE(fromText.article.contentHash, sha256Hex(text));
    QCOMPARE(fromBytes.article.contentHash, fromText.article.contentHash);
    // The path is identity, not content.
    QCOMPARE(ArticleParser::parseText(text, QStringLiteral("/y/b.txt")).article.contentHash,
             fromText.article.contentHash);

    QString oneLetter = text;
    oneLetter.replace(QStringLiteral("corps"), QStringLiteral("Corps"));
    QVERIFY(ArticleParser::parseText(oneLetter, path).article.contentHash != fromText.article.contentHash);
    QString straightApostrophe = text;
    straightApostrophe.replace(QChar(0x2019), QLatin1Char('\''));
    QVERIFY(ArticleParser::parseText(straightApostrophe, path).article.contentHash != fromText.article.contentHash);
    QVERIFY(ArticleParser::parseText(text + QLatin1Char('\n'), path).article.contentHash
            != fromText.article.contentHash);
}

void TestArticleParser::realSeeds()
{
    const QString seeds = QStringLiteral(VEILLE_SHARED_CORPUS_DIR "/seeds");
    const QString first = seeds + QStringLiteral("/000_661b19726214a793.txt");
    const QString second = seeds + QStringLiteral("/002_2364271af330d281.txt");
    if (!QFile::exists(first) || !QFile::exists(second))
        QSKIP("the shared seed articles are not present (../shared/corpus/seeds); a fresh clone does not have them");

    const ArticleParser::Result a = ArticleParser::parse(readFile(first), first);
    QVERIFY2(a.ok(), qPrintable(a.error));
    QCOMPARE(a.article.date.toIsoString(), QStringLiteral("2025-05"));
    QCOMPARE(a.article.date.precision(), PartialDate::Precision::Month);
    QVERIFY2(a.article.title.startsWith(QStringLiteral("Vietnam et \u00c9tats-Unis promeuvent")),
             qPrintable(a.article.title));
    QCOMPARE(a.article.source, QStringLiteral("VNA/CVN"));
    QCOMPARE(a.article.photoCredit, QStringLiteral("VNA/CVN"));
    QVERIFY(a.article.body.contains(QStringLiteral("d\u2019Intel")));
    QVERIFY(a.article.body.contains(QStringLiteral("qu'industrielle"))); // the straight apostrophe survives too
    QVERIFY(!a.article.body.contains(QLatin1String("Photo :")));
    QVERIFY(!a.article.body.endsWith(QLatin1String("VNA/CVN")));
    QVERIFY(a.article.body.startsWith(QStringLiteral("Une d\u00e9l\u00e9gation")));
    QCOMPARE(int(a.article.paragraphs().size()), 8);

    const ArticleParser::Result b = ArticleParser::parse(readFile(second), second);
    QVERIFY2(b.ok(), qPrintable(b.error));
    QCOMPARE(b.article.date.toIsoString(), QStringLiteral("2025-08-12"));
    QCOMPARE(b.article.date.precision(), PartialDate::Precision::Day);
    QVERIFY(b.article.title.startsWith(QStringLiteral("Le PM appelle")));
    QCOMPARE(b.article.photoCredit, QStringLiteral("Duong Giang/VNA/CVN"));
    QCOMPARE(b.article.source, QStringLiteral("VNA/CVN"));
    QVERIFY(b.article.body.contains(QStringLiteral("Qualcom pour")));
    QVERIFY(!b.article.body.contains(QLatin1String("Photo :")));
    QVERIFY(b.article.body.startsWith(QStringLiteral("Le chef du gouvernement")));
    QVERIFY(a.article.contentHash != b.article.contentHash);
}

void TestArticleParser::sampleCorpus()
{
    const QDir dir(QStringLiteral(VEILLE_SOURCE_DIR "/resources/sample-corpus"));
    const QStringList names = dir.entryList({QStringLiteral("[0-9][0-9][0-9]_*")}, QDir::Files, QDir::Name);
    QVERIFY2(names.size() >= 17, qPrintable(dir.path()));

    QSet<QString> hashes;
    int dated = 0;
    for (const QString &name : names) {
        const QString path = dir.filePath(name);
        const QByteArray bytes = readFile(path);
        const ArticleParser::Result result = ArticleParser::parse(bytes, path);
        QVERIFY2(result.ok(), qPrintable(name + QStringLiteral(": ") + result.error));
        QVERIFY2(!result.article.title.isEmpty(), qPrintable(name));
        QVERIFY2(!result.article.body.isEmpty(), qPrintable(name));
        QVERIFY2(!result.article.title.startsWith(QLatin1Char('#')), qPrintable(name));
        QVERIFY2(!result.article.body.contains(QLatin1String("Photo :")), qPrintable(name));
        QVERIFY2(!result.article.body.contains(QChar(0xFFFD)), qPrintable(name));
        hashes.insert(result.article.contentHash);
        if (!result.article.date.isNull())
            ++dated;

        if (name == QLatin1String("017_cp1252-fiche.txt")) {
            QVERIFY(!TextDecoder::isValidUtf8(bytes));
            QCOMPARE(TextDecoder::decode(bytes).encoding, TextDecoder::Encoding::Windows1252);
            QVERIFY(result.article.title.contains(QChar(0x00e9)));
            QVERIFY(result.article.body.contains(QChar(0x00e9)));
            QVERIFY(result.article.body.contains(QStringLiteral("d\u2019innovation")));
            QCOMPARE(result.article.date.toIsoString(), QStringLiteral("2025-06-10"));
        }
    }
    QCOMPARE(hashes.size(), names.size());
    // 014-016 are plain text without a header; the others are dated wire copy.
    QCOMPARE(dated, int(names.size()) - 3);
}

} // namespace Veille

QTEST_GUILESS_MAIN(Veille::TestArticleParser)
#include "tst_articleparser.moc"
