// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articles/articlestore.h"
#include "import/columnmapping.h"
#include "db/database.h"
#include "import/importer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Veille {

// Tables imported through the same pipeline as article files: real files in
// a temporary folder, a real SQLite database.
class TestTableImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void eachRowIsAnArticle_data();
    void eachRowIsAnArticle();
    void reimportIsUnchangedAndAnEditedRowKeepsItsId();
    void malformedRowsAreReportedWithTheirLine();
    void keysWithoutUrlOrWithDuplicates();
    void mappingAndFormatOverrides();
    void tablesThatImportNothing_data();
    void tablesThatImportNothing();
    void folderWalkTakesTables();
    void bbcAfriqueCorpus();

private:
    QString write(const QString &name, const QByteArray &bytes) const;
    std::unique_ptr<Database> openDatabase() const;
    //! "title|date|source" of every stored article, by title.
    QStringList stored() const;
    QString databasePath() const { return m_dir->filePath(QStringLiteral("veille.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {
QString describe(const ImportReport &report)
{
    QStringList lines{QStringLiteral("imported %1, updated %2, unchanged %3, failed %4 %5")
                          .arg(report.imported.size())
                          .arg(report.updated.size())
                          .arg(report.unchanged.size())
                          .arg(report.failures.size())
                          .arg(report.error)};
    for (const ImportReport::Failure &failure : report.failures)
        lines.append(failure.path + QStringLiteral(": ") + failure.reason);
    return lines.join(QLatin1Char('\n'));
}
} // namespace

void TestTableImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestTableImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestTableImport::write(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir->filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return QFileInfo(path).canonicalFilePath();
}

std::unique_ptr<Database> TestTableImport::openDatabase() const
{
    auto db = std::make_unique<Database>(databasePath(), Database::uniqueConnectionName(QStringLiteral("test")));
    if (!db->open())
        qFatal("cannot open the database: %s", qPrintable(db->errorString()));
    return db;
}

QStringList TestTableImport::stored() const
{
    const auto db = openDatabase();
    ArticleStore store(db->connection());
    ArticleQuery query;
    query.sortKey = ArticleQuery::SortKey::Title;
    query.order = Qt::AscendingOrder;
    QStringList rows;
    const QVector<ArticleSummary> summaries = store.page(query, std::nullopt, 10000).rows;
    for (const ArticleSummary &summary : summaries)
        rows.append(summary.title + QLatin1Char('|') + summary.date.toIsoString() + QLatin1Char('|') + summary.source);
    return rows;
}

void TestTableImport::eachRowIsAnArticle_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("articles");

    const QStringList three = {QStringLiteral("Alpha|2025-05-12|AFP"), QStringLiteral("Bêta|2024-03|Reuters"),
                               QStringLiteral("Gamma||")};
    QTest::newRow("csv, English header") << QStringLiteral("a.csv")
                                         << QByteArray("headline,text,published,agency,url\n"
                                                       "Alpha,\"Corps, avec virgule.\",2025-05-12,AFP,http://a\n"
                                                       "Bêta,\"Deux\n\nparagraphes\",mars 2024,Reuters,http://b\n"
                                                       "Gamma,Sans date,,,http://c\n")
                                         << three;
    QTest::newRow("tsv, French header, CRLF, BOM")
        << QStringLiteral("b.tsv")
        << QByteArray("\xEF\xBB\xBFtitre\tcontenu\tdate\tagence\tlien\r\n"
                      "Alpha\t\"Un\ttab\"\t12/05/2025\tAFP\thttp://a\r\n"
                      "Bêta\tDeux\t2024-03\tReuters\thttp://b\r\n"
                      "Gamma\tTrois\tpas une date\t\thttp://c\r\n")
        << three;
    QTest::newRow("jsonl") << QStringLiteral("c.jsonl")
                           << QByteArray("{\"title\":\"Alpha\",\"body\":[\"Un.\",\"Deux.\"],\"date\":\"2025-05-12T10:00:00Z\","
                                         "\"source\":\"AFP\",\"url\":\"http://a\"}\n"
                                         "{\"title\":\"Bêta\",\"body\":\"B\",\"date\":\"2024-03\",\"source\":\"Reuters\"}\n"
                                         "{\"title\":\"Gamma\",\"body\":\"C\",\"date\":null}\n")
                           << three;
}

void TestTableImport::eachRowIsAnArticle()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, articles);
    const QString path = write(name, bytes);
    Importer importer(databasePath());
    const ImportReport report = importer.run({path});
    QVERIFY2(report.failures.isEmpty() && report.error.isEmpty(), qPrintable(describe(report)));
    QCOMPARE(report.imported.size(), articles.size());
    QVERIFY2(report.imported.first().startsWith(path + QLatin1Char('#')), qPrintable(report.imported.first()));
    QCOMPARE(stored(), articles);
}

void TestTableImport::reimportIsUnchangedAndAnEditedRowKeepsItsId()
{
    const QByteArray header("headline\ttext\turl\n");
    const QString path = write(QStringLiteral("t.tsv"), header + "A\tUn.\thttp://a\nB\tDeux.\thttp://b\n");
    Importer importer(databasePath());
    QCOMPARE(importer.run({path}).imported.size(), 2);
    const ImportReport again = importer.run({path});
    QCOMPARE(again.unchanged.size(), 2);
    QVERIFY(!again.changedStore());

    const QString keyB = path + QStringLiteral("#http://b");
    qint64 idBefore = 0;
    {
        const auto db = openDatabase();
        ArticleStore store(db->connection());
        for (const qint64 id : store.articleIds()) {
            if (store.article(id)->path == keyB)
                idBefore = id;
        }
    }
    QVERIFY(idBefore > 0);

    // A row moves up and another is edited: keyed by url, ids stay.
    write(QStringLiteral("t.tsv"), header + "B\tDeux, revu.\thttp://b\nA\tUn.\thttp://a\n");
    const ImportReport edited = importer.run({path});
    QVERIFY2(edited.failures.isEmpty(), qPrintable(describe(edited)));
    QCOMPARE(edited.updated, QStringList{keyB});
    QCOMPARE(edited.unchanged.size(), 1);
    const auto db = openDatabase();
    ArticleStore store(db->connection());
    QCOMPARE(store.count({}), 2);
    const std::optional<Article> b = store.article(idBefore);
    QVERIFY(b);
    QCOMPARE(b->body, QStringLiteral("Deux, revu."));
}

void TestTableImport::malformedRowsAreReportedWithTheirLine()
{
    const QString path = write(QStringLiteral("m.csv"),
                               "title,body\n"
                               "Un,\"Corps\n"
                               "sur deux lignes\"\n"
                               "Deux,\"mal\"ferme\n"
                               "Trois,x,y\n"
                               ",\n"
                               "Quatre,\"jamais fermé\n"
                               "Cinq,ok\n");
    Importer importer(databasePath());
    const ImportReport report = importer.run({path});
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.imported.size(), 2);
    QStringList failures;
    for (const ImportReport::Failure &failure : report.failures)
        failures.append(failure.path.mid(path.size()));
    QCOMPARE(failures, (QStringList{QStringLiteral(":4"), QStringLiteral(":5"), QStringLiteral(":6"),
                                    QStringLiteral(":7")}));
    QVERIFY2(report.failures.at(0).reason.contains(QLatin1String("closing quote")), qPrintable(describe(report)));
    QVERIFY2(report.failures.at(1).reason.contains(QLatin1String("3 fields")), qPrintable(describe(report)));
    QVERIFY2(report.failures.at(2).reason.contains(QLatin1String("neither a title nor a body")), qPrintable(describe(report)));
    QVERIFY2(report.failures.at(3).reason.contains(QLatin1String("unterminated quote")), qPrintable(describe(report)));
    QCOMPARE(stored(), (QStringList{QStringLiteral("Cinq||"), QStringLiteral("Un||")}));
}

void TestTableImport::keysWithoutUrlOrWithDuplicates()
{
    const QString noUrl = write(QStringLiteral("n.csv"), "title\nA\nB\n");
    const QString dup = write(QStringLiteral("d.csv"), "title,url\nC,http://x\nD,http://x\nE,\n");
    Importer importer(databasePath());
    const ImportReport report = importer.run({noUrl, dup});
    QVERIFY2(report.failures.isEmpty(), qPrintable(describe(report)));
    QStringList keys = report.imported;
    keys.sort();
    QCOMPARE(keys, (QStringList{dup + QStringLiteral("#2"), dup + QStringLiteral("#3"), dup + QStringLiteral("#http://x"),
                                noUrl + QStringLiteral("#1"), noUrl + QStringLiteral("#2")}));
    QCOMPARE(importer.run({noUrl, dup}).unchanged.size(), 5);
}

void TestTableImport::mappingAndFormatOverrides()
{
    // A .txt file read as TSV, with columns no guess would find.
    const QString path = write(QStringLiteral("export.txt"), "col1\tcol2\tcol3\nLe titre\tLe corps\t2025-01\n");
    Importer importer(databasePath());
    importer.setTableFormat(TableReader::Format::Tsv);
    QString error;
    importer.setColumnMapping(*ColumnMapping::parse(QStringLiteral("title=col1,body=col2,date=col3"), &error));
    const ImportReport report = importer.run({path});
    QVERIFY2(report.failures.isEmpty(), qPrintable(describe(report)));
    QCOMPARE(stored(), QStringList{QStringLiteral("Le titre|2025-01|")});

    importer.setColumnMapping(*ColumnMapping::parse(QStringLiteral("title=nope"), &error));
    const ImportReport missing = importer.run({path});
    QCOMPARE(missing.failures.size(), 1);
    QCOMPARE(missing.failures.first().path, path);
    QVERIFY2(missing.failures.first().reason.contains(QStringLiteral("no column “nope”")), qPrintable(describe(missing)));
}

void TestTableImport::tablesThatImportNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QStringLiteral("e.csv") << QByteArray() << QStringLiteral("empty file");
    QTest::newRow("header only") << QStringLiteral("h.tsv") << QByteArray("title\tbody\r\n")
                                 << QStringLiteral("no rows under the header");
    QTest::newRow("no title or body column") << QStringLiteral("x.csv") << QByteArray("foo,bar\n1,2\n")
                                             << QStringLiteral("no column for the title or the body");
    QTest::newRow("binary") << QStringLiteral("b.jsonl") << QByteArray("\x7f" "ELF\x02\x01\x01\0\0\0\0", 12)
                            << QStringLiteral("binary");
    QTest::newRow("JSON Lines of garbage") << QStringLiteral("g.jsonl") << QByteArray("nothing\nhere\n")
                                           << QStringLiteral("no column for the title or the body");
}

void TestTableImport::tablesThatImportNothing()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const QString path = write(name, bytes);
    Importer importer(databasePath());
    const ImportReport report = importer.run({path});
    QVERIFY(report.error.isEmpty());
    QCOMPARE(report.processed(), 1);
    QCOMPARE(report.failures.size(), 1);
    QCOMPARE(report.failures.first().path, path);
    QVERIFY2(report.failures.first().reason.contains(reason), qPrintable(describe(report)));
}

void TestTableImport::folderWalkTakesTables()
{
    write(QStringLiteral("corpus/one.txt"), " date 2025-05 Un article\n\nCorps.\n");
    write(QStringLiteral("corpus/sub/rows.csv"), "title,body\nLigne un,A\nLigne deux,B\n");
    write(QStringLiteral("corpus/rows.jsonl"), "{\"title\":\"Ligne trois\"}\n");
    write(QStringLiteral("corpus/image.png"), "\x89PNG");
    Importer importer(databasePath());
    const ImportReport report = importer.run({m_dir->filePath(QStringLiteral("corpus"))});
    QVERIFY2(report.failures.isEmpty(), qPrintable(describe(report)));
    QCOMPARE(report.imported.size(), 4);
    QCOMPARE(stored(), (QStringList{QStringLiteral("Ligne deux||"), QStringLiteral("Ligne trois||"),
                                    QStringLiteral("Ligne un||"), QStringLiteral("Un article|2025-05|")}));
}

void TestTableImport::bbcAfriqueCorpus()
{
    const QString path = QStringLiteral(VEILLE_SHARED_CORPUS_DIR "/bbc-afrique-fr/articles.tsv");
    if (!QFileInfo(path).isFile())
        QSKIP("the shared BBC Afrique corpus is not present (../shared/corpus/bbc-afrique-fr); a fresh clone does not have it");
    Importer importer(databasePath());
    const ImportReport report = importer.run({path});
    QVERIFY2(report.failures.isEmpty() && report.error.isEmpty(), qPrintable(describe(report)));
    QCOMPARE(report.imported.size(), 211);
    QVERIFY(report.imported.first().contains(QLatin1String("#https://www.bbc.com/afrique/")));
    const QStringList titles = stored();
    QCOMPARE(titles.size(), 211);
    QVERIFY(titles.contains(QStringLiteral("Environnement : comment l'énergie verte illimitée changerait le monde||")));

    const auto db = openDatabase();
    ArticleStore store(db->connection());
    const QVector<qint64> ids = store.articleIds();
    for (const qint64 id : ids) {
        const std::optional<Article> article = store.article(id);
        QVERIFY(article);
        // One row's text is only "." (Can 2019 : programme des matchs).
        QVERIFY2(!article->title.isEmpty() && !article->body.isEmpty(), qPrintable(article->path));
        // Doubled quotes in the file are single quotes in the text.
        QVERIFY2(!article->body.contains(QLatin1String("\"\"")), qPrintable(article->path));
    }
    QCOMPARE(importer.run({path}).unchanged.size(), 211);
}

} // namespace Veille

QTEST_GUILESS_MAIN(Veille::TestTableImport)
#include "tst_tableimport.moc"
