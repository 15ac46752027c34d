// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/celldate.h"
#include "import/columnmapping.h"
#include "import/tablereader.h"

#include <QStandardPaths>
#include <QTest>

namespace Veille {

class TestColumnMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void guess_data();
    void guess();
    void parse_data();
    void parse();
    void resolvedKeepsTheUsersChoice();
    void problem_data();
    void problem();
    void article_data();
    void article();
    void cellDate_data();
    void cellDate();
};

void TestColumnMapping::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestColumnMapping::guess_data()
{
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<QString>("mapping");
    QTest::newRow("the BBC Afrique header") << QStringList{QStringLiteral("category"), QStringLiteral("headline"),
                                                           QStringLiteral("text"), QStringLiteral("url")}
                                            << QStringLiteral("title=headline,body=text,date=,source=,url=url");
    QTest::newRow("French names, accents and case")
        << QStringList{QStringLiteral("Titre"), QStringLiteral("Contenu"), QStringLiteral("Date de publication"),
                       QStringLiteral("Agence"), QStringLiteral("Lien")}
        << QStringLiteral("title=Titre,body=Contenu,date=Date de publication,source=Agence,url=Lien");
    QTest::newRow("snake case and other synonyms")
        << QStringList{QStringLiteral("pub_date"), QStringLiteral("Body"), QStringLiteral("TITLE"),
                       QStringLiteral("agency"), QStringLiteral("link")}
        << QStringLiteral("title=TITLE,body=Body,date=pub_date,source=agency,url=link");
    QTest::newRow("texte and published")
        << QStringList{QStringLiteral("texte"), QStringLiteral("published")}
        << QStringLiteral("title=,body=texte,date=published,source=,url=");
    QTest::newRow("headline wins over title; title is left alone")
        << QStringList{QStringLiteral("title"), QStringLiteral("headline"), QStringLiteral("content")}
        << QStringLiteral("title=headline,body=content,date=,source=,url=");
    QTest::newRow("nothing known") << QStringList{QStringLiteral("x"), QStringLiteral("y")}
                                   << QStringLiteral("title=,body=,date=,source=,url=");
    QTest::newRow("no columns") << QStringList() << QStringLiteral("title=,body=,date=,source=,url=");
}

void TestColumnMapping::guess()
{
    QFETCH(QStringList, columns);
    QFETCH(QString, mapping);
    QCOMPARE(ColumnMapping::guess(columns).toString(), mapping);
}

void TestColumnMapping::parse_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("mapping"); // empty: an error
    QTest::addColumn<QString>("error");
    QTest::newRow("two fields") << QStringLiteral("title=headline,body=text") << QStringLiteral("title=headline,body=text")
                                << QString();
    QTest::newRow("spaces and case") << QStringLiteral(" Title = head line , URL=link")
                                     << QStringLiteral("title=head line,url=link") << QString();
    QTest::newRow("no column") << QStringLiteral("date=") << QStringLiteral("date=") << QString();
    QTest::newRow("unknown field") << QStringLiteral("titel=headline") << QString() << QStringLiteral("unknown field");
    QTest::newRow("no equals sign") << QStringLiteral("title") << QString() << QStringLiteral("FIELD=COLUMN");
    QTest::newRow("twice") << QStringLiteral("title=a,title=b") << QString() << QStringLiteral("twice");
    QTest::newRow("empty") << QStringLiteral(" , ") << QString() << QStringLiteral("empty");
}

void TestColumnMapping::parse()
{
    QFETCH(QString, spec);
    QFETCH(QString, mapping);
    QFETCH(QString, error);
    QString message;
    const std::optional<ColumnMapping> parsed = ColumnMapping::parse(spec, &message);
    QCOMPARE(parsed.has_value(), !mapping.isEmpty());
    if (parsed)
        QCOMPARE(parsed->toString(), mapping);
    else
        QVERIFY2(message.contains(error), qPrintable(message));
}

void TestColumnMapping::resolvedKeepsTheUsersChoice()
{
    const QStringList columns = {QStringLiteral("headline"), QStringLiteral("text"), QStringLiteral("summary")};
    QString error;
    // body=headline takes the column the guess gave the title: the title is then unmapped.
    const ColumnMapping mapping = ColumnMapping::parse(QStringLiteral("body=headline"), &error)->resolved(columns);
    QCOMPARE(mapping.toString(), QStringLiteral("title=,body=headline,date=,source=,url="));
    const ColumnMapping other = ColumnMapping::parse(QStringLiteral("title=summary"), &error)->resolved(columns);
    QCOMPARE(other.toString(), QStringLiteral("title=summary,body=text,date=,source=,url="));
}

void TestColumnMapping::problem_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("problem");
    QTest::newRow("fine") << QStringLiteral("title=a") << QString();
    QTest::newRow("a missing column") << QStringLiteral("title=a,body=zz") << QStringLiteral("no column “zz” for the body");
    QTest::newRow("no title nor body") << QStringLiteral("title=,date=a") << QStringLiteral("no column for the title or the body");
}

void TestColumnMapping::problem()
{
    QFETCH(QString, spec);
    QFETCH(QString, problem);
    QString error;
    const QString found = ColumnMapping::parse(spec, &error)->problem({QStringLiteral("a"), QStringLiteral("b")});
    QVERIFY2(problem.isEmpty() ? found.isEmpty() : found.contains(problem), qPrintable(found));
}

void TestColumnMapping::article_data()
{
    QTest::addColumn<QStringList>("values"); // title, body, date, source, url
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("error");
    QTest::newRow("all fields")
        << QStringList{QStringLiteral(" Un  titre\n"), QStringLiteral("Premier.\nsuite\n\nSecond."),
                       QStringLiteral("2025-05-12"), QStringLiteral("AFP"), QStringLiteral("http://x")}
        << QStringLiteral("Un titre") << QStringLiteral("Premier. suite\n\nSecond.") << QStringLiteral("2025-05-12")
        << QStringLiteral("AFP") << QString();
    QTest::newRow("unparseable date: undated")
        << QStringList{QStringLiteral("T"), QStringLiteral("B"), QStringLiteral("hier"), QString(), QString()}
        << QStringLiteral("T") << QStringLiteral("B") << QString() << QString() << QString();
    QTest::newRow("body only: its first line is the title")
        << QStringList{QString(), QStringLiteral("Le titre\nLe corps."), QString(), QString(), QString()}
        << QStringLiteral("Le titre") << QStringLiteral("Le corps.") << QString() << QString() << QString();
    QTest::newRow("title only") << QStringList{QStringLiteral("Seul"), QString(), QStringLiteral("2024"), QString(), QString()}
                                << QStringLiteral("Seul") << QString() << QStringLiteral("2024") << QString() << QString();
    QTest::newRow("neither title nor body")
        << QStringList{QStringLiteral("  "), QStringLiteral("\n"), QStringLiteral("2024"), QString(), QString()}
        << QString() << QString() << QString() << QString() << QStringLiteral("neither a title nor a body");
}

void TestColumnMapping::article()
{
    QFETCH(QStringList, values);
    QFETCH(QString, title);
    QFETCH(QString, body);
    QFETCH(QString, date);
    QFETCH(QString, source);
    QFETCH(QString, error);
    const QStringList columns = {QStringLiteral("t"), QStringLiteral("b"), QStringLiteral("d"), QStringLiteral("s"),
                                 QStringLiteral("u")};
    QString parseError;
    const ColumnMapping mapping =
        *ColumnMapping::parse(QStringLiteral("title=t,body=b,date=d,source=s,url=u"), &parseError);
    TableRow row;
    row.values = values;
    const ArticleParser::Result result = mapping.article(row, columns, QStringLiteral("/f.csv#1"));
    QCOMPARE(result.error.isEmpty(), error.isEmpty());
    if (!error.isEmpty()) {
        QVERIFY2(result.error.contains(error), qPrintable(result.error));
        return;
    }
    QCOMPARE(result.article.title, title);
    QCOMPARE(result.article.body, body);
    QCOMPARE(result.article.date.toIsoString(), date);
    QCOMPARE(result.article.source, source);
    QCOMPARE(result.article.path, QStringLiteral("/f.csv#1"));
    QCOMPARE(result.article.contentHash.size(), 64);

    // Any mapped cell, the url too, is part of the identity of the content.
    TableRow edited = row;
    edited.values[4] += QLatin1Char('/');
    QVERIFY(mapping.article(edited, columns, QString()).article.contentHash != result.article.contentHash);
}

void TestColumnMapping::cellDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("iso");
    QTest::newRow("ISO day") << QStringLiteral("2025-05-12") << QStringLiteral("2025-05-12");
    QTest::newRow("ISO month") << QStringLiteral("2025-05") << QStringLiteral("2025-05");
    QTest::newRow("year") << QStringLiteral(" 2025 ") << QStringLiteral("2025");
    QTest::newRow("ISO date-time") << QStringLiteral("2025-05-12T08:30:00Z") << QStringLiteral("2025-05-12");
    QTest::newRow("SQL date-time") << QStringLiteral("2025-05-12 08:30:00") << QStringLiteral("2025-05-12");
    QTest::newRow("slashes, year first") << QStringLiteral("2025/5/2") << QStringLiteral("2025-05-02");
    QTest::newRow("compact") << QStringLiteral("20250512") << QStringLiteral("2025-05-12");
    QTest::newRow("day first") << QStringLiteral("12/05/2025") << QStringLiteral("2025-05-12");
    QTest::newRow("dots, day first") << QStringLiteral("02.05.2025") << QStringLiteral("2025-05-02");
    QTest::newRow("month first when day first is impossible") << QStringLiteral("05/25/2025") << QStringLiteral("2025-05-25");
    QTest::newRow("French words") << QStringLiteral("12 août 2025") << QStringLiteral("2025-08-12");
    QTest::newRow("French first of the month") << QStringLiteral("lundi 1er septembre 2025") << QStringLiteral("2025-09-01");
    QTest::newRow("French month and year") << QStringLiteral("Mai 2025") << QStringLiteral("2025-05");
    QTest::newRow("French weekday abbreviation") << QStringLiteral("mar. 4 février 2025") << QStringLiteral("2025-02-04");
    QTest::newRow("English words") << QStringLiteral("May 12, 2025") << QStringLiteral("2025-05-12");
    QTest::newRow("RFC 2822") << QStringLiteral("Mon, 12 May 2025 08:30:00 +0000") << QStringLiteral("2025-05-12");
    QTest::newRow("impossible ISO") << QStringLiteral("2025-13-40") << QString();
    QTest::newRow("impossible day") << QStringLiteral("31 février 2025") << QString();
    QTest::newRow("words only") << QStringLiteral("hier") << QString();
    QTest::newRow("no year") << QStringLiteral("12 mai") << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("a number") << QStringLiteral("123456") << QString();
}

void TestColumnMapping::cellDate()
{
    QFETCH(QString, text);
    QFETCH(QString, iso);
    QCOMPARE(CellDate::parse(text).toIsoString(), iso);
}

} // namespace Veille

QTEST_GUILESS_MAIN(Veille::TestColumnMapping)
#include "tst_columnmapping.moc"
