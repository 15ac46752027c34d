// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/searchquery.h"

#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

namespace Veille {

// The search syntax, row by row: what reaches FTS5 and the filters, and
// what the user is told. Every row must give an expression FTS5 accepts;
// tst_articlesearch runs the same rows against a real index.
class TestSearchQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("match");
        QTest::addColumn<QString>("exclude");
        QTest::addColumn<QStringList>("sources");
        QTest::addColumn<QStringList>("entities");
        QTest::addColumn<int>("dateFrom");
        QTest::addColumn<int>("dateTo");
        QTest::addColumn<QString>("problem"); // a part of the only message, or empty for none

        const QStringList none;
        QTest::newRow("empty") << QString() << QString() << QString() << none << none << 0 << 0 << QString();
        QTest::newRow("spaces only") << QStringLiteral("   \t ") << QString() << QString() << none << none << 0 << 0
                                     << QString();
        QTest::newRow("one word") << QStringLiteral("semi-conducteurs") << QStringLiteral("\"semi-conducteurs\"")
                                  << QString() << none << none << 0 << 0 << QString();
        QTest::newRow("words are ANDed") << QStringLiteral("Intel  Hanoï") << QStringLiteral("\"Intel\" AND \"Hanoï\"")
                                         << QString() << none << none << 0 << 0 << QString();
        QTest::newRow("accents and case are kept for the tokenizer")
            << QStringLiteral("etats-unis ÉTATS-UNIS") << QStringLiteral("\"etats-unis\" AND \"ÉTATS-UNIS\"")
            << QString() << none << none << 0 << 0 << QString();
        QTest::newRow("elision with a typographic apostrophe")
            << QStringLiteral("l’IA") << QStringLiteral("\"l’IA\"") << QString() << none << none << 0 << 0 << QString();
        QTest::newRow("phrase") << QStringLiteral("\"vice-ministre des Finances\"")
                                << QStringLiteral("\"vice-ministre des Finances\"") << QString() << none << none << 0
                                << 0 << QString();
        QTest::newRow("prefix") << QStringLiteral("semi*") << QStringLiteral("\"semi\" *") << QString() << none << none
                                << 0 << 0 << QString();
        QTest::newRow("prefix of a phrase") << QStringLiteral("\"puces électro\"*")
                                            << QStringLiteral("\"puces électro\" *") << QString() << none << none << 0
                                            << 0 << QString();
        QTest::newRow("OR") << QStringLiteral("Intel OR Qualcomm Hanoï")
                            << QStringLiteral("(\"Intel\" OR \"Qualcomm\") AND \"Hanoï\"") << QString() << none << none
                            << 0 << 0 << QString();
        QTest::newRow("OR chain") << QStringLiteral("a OR b OR \"c d\"")
                                  << QStringLiteral("(\"a\" OR \"b\" OR \"c d\")") << QString() << none << none << 0
                                  << 0 << QString();
        QTest::newRow("explicit AND") << QStringLiteral("a AND b") << QStringLiteral("\"a\" AND \"b\"") << QString()
                                      << none << none << 0 << 0 << QString();
        QTest::newRow("lower-case or is a word") << QStringLiteral("prix or") << QStringLiteral("\"prix\" AND \"or\"")
                                                 << QString() << none << none << 0 << 0 << QString();
        QTest::newRow("exclusion") << QStringLiteral("Intel -Qualcomm -\"Nvidia Corp\"") << QStringLiteral("\"Intel\"")
                                   << QStringLiteral("\"Qualcomm\" OR \"Nvidia Corp\"") << none << none << 0 << 0
                                   << QString();
        QTest::newRow("exclusion alone") << QStringLiteral("-AFP") << QString() << QStringLiteral("\"AFP\"") << none
                                         << none << 0 << 0 << QString();
        QTest::newRow("hyphen inside a word is no exclusion")
            << QStringLiteral("Hô-Chi-Minh") << QStringLiteral("\"Hô-Chi-Minh\"") << QString() << none << none << 0
            << 0 << QString();
        QTest::newRow("title field") << QStringLiteral("title:Intel title:\"puces IA\"*")
                                     << QStringLiteral("title : \"Intel\" AND title : \"puces IA\" *") << QString()
                                     << none << none << 0 << 0 << QString();
        QTest::newRow("excluded title word") << QStringLiteral("puces -title:Intel") << QStringLiteral("\"puces\"")
                                             << QStringLiteral("title : \"Intel\"") << none << none << 0 << 0
                                             << QString();
        QTest::newRow("field names ignore case") << QStringLiteral("TITLE:x Source:AFP")
                                                 << QStringLiteral("title : \"x\"") << QString()
                                                 << QStringList{QStringLiteral("AFP")} << none << 0 << 0 << QString();
        QTest::newRow("source") << QStringLiteral("source:VNA puces") << QStringLiteral("\"puces\"") << QString()
                                << QStringList{QStringLiteral("VNA")} << none << 0 << 0 << QString();
        QTest::newRow("entity by quoted name") << QStringLiteral("entity:\"Pham  Minh Chinh\" visite")
                                               << QStringLiteral("\"visite\"") << QString() << none
                                               << QStringList{QStringLiteral("Pham Minh Chinh")} << 0 << 0 << QString();
        QTest::newRow("unknown field is a word") << QStringLiteral("http://x.vn") << QStringLiteral("\"http://x.vn\"")
                                                 << QString() << none << none << 0 << 0 << QString();
        QTest::newRow("date: year") << QStringLiteral("date:2025") << QString() << QString() << none << none
                                    << 20250000 << 20259999 << QString();
        QTest::newRow("date: month") << QStringLiteral("date:2025-05") << QString() << QString() << none << none
                                     << 20250500 << 20250599 << QString();
        QTest::newRow("date: day") << QStringLiteral("date:2025-05-12") << QString() << QString() << none << none
                                   << 20250512 << 20250512 << QString();
        QTest::newRow("date: range of months") << QStringLiteral("date:2025-01..2025-06") << QString() << QString()
                                               << none << none << 20250100 << 20250699 << QString();
        QTest::newRow("date: open range") << QStringLiteral("date:2024-11..") << QString() << QString() << none << none
                                          << 20241100 << 0 << QString();
        QTest::newRow("date: two filters intersect") << QStringLiteral("date:2025 date:..2025-03") << QString()
                                                     << QString() << none << none << 20250000 << 20250399 << QString();

        // Malformed input: a message, and the literal words where it makes sense.
        QTest::newRow("unbalanced quote") << QStringLiteral("Intel \"puces électroniques")
                                          << QStringLiteral("\"Intel\" AND \"puces\" AND \"électroniques\"") << QString()
                                          << none << none << 0 << 0 << QStringLiteral("closing quote");
        QTest::newRow("unbalanced quote in a field stays a phrase")
            << QStringLiteral("title:\"puces IA") << QStringLiteral("title : \"puces IA\"") << QString() << none << none << 0
            << 0 << QStringLiteral("closing quote");
        QTest::newRow("lone quote") << QStringLiteral("\"") << QString() << QString() << none << none << 0 << 0
                                    << QStringLiteral("closing quote");
        QTest::newRow("lone AND") << QStringLiteral("AND") << QStringLiteral("\"AND\"") << QString() << none << none
                                  << 0 << 0 << QStringLiteral("each side");
        QTest::newRow("lone OR") << QStringLiteral("OR") << QStringLiteral("\"OR\"") << QString() << none << none << 0
                                 << 0 << QStringLiteral("each side");
        QTest::newRow("trailing OR") << QStringLiteral("Intel OR") << QStringLiteral("\"Intel\" AND \"OR\"") << QString()
                                     << none << none << 0 << 0 << QStringLiteral("each side");
        QTest::newRow("leading AND") << QStringLiteral("AND Intel") << QStringLiteral("\"AND\" AND \"Intel\"")
                                     << QString() << none << none << 0 << 0 << QStringLiteral("each side");
        QTest::newRow("lone star") << QStringLiteral("*") << QString() << QString() << none << none << 0 << 0
                                   << QStringLiteral("letters before it");
        QTest::newRow("stars") << QStringLiteral("Intel ***") << QStringLiteral("\"Intel\"") << QString() << none
                               << none << 0 << 0 << QStringLiteral("letters before it");
        QTest::newRow("punctuation only") << QStringLiteral("?!…") << QString() << QString() << none << none << 0 << 0
                                          << QStringLiteral("no letters or digits");
        QTest::newRow("punctuation beside a word") << QStringLiteral("Intel ;") << QStringLiteral("\"Intel\"")
                                                   << QString() << none << none << 0 << 0
                                                   << QStringLiteral("no letters or digits");
        QTest::newRow("FTS5 syntax is searched literally")
            << QStringLiteral("NEAR(a b) ^c {title}:d") << QStringLiteral("\"NEAR(a\" AND \"b)\" AND \"^c\" AND \"{title}:d\"")
            << QString() << none << none << 0 << 0 << QString();
        QTest::newRow("lone minus") << QStringLiteral("Intel -") << QStringLiteral("\"Intel\"") << QString() << none
                                    << none << 0 << 0 << QStringLiteral("word right after it");
        QTest::newRow("date: garbage") << QStringLiteral("date:garbage Intel") << QStringLiteral("\"Intel\"")
                                       << QString() << none << none << 0 << 0 << QStringLiteral("is not a date");
        QTest::newRow("date: month 13") << QStringLiteral("date:2025-13") << QString() << QString() << none << none
                                        << 0 << 0 << QStringLiteral("is not a date");
        QTest::newRow("date: 30 February") << QStringLiteral("date:2025-02-30") << QString() << QString() << none
                                           << none << 0 << 0 << QStringLiteral("is not a date");
        QTest::newRow("date: reversed range") << QStringLiteral("date:2025..2024") << QString() << QString() << none
                                              << none << 0 << 0 << QStringLiteral("is not a date");
        QTest::newRow("date: dots only") << QStringLiteral("date:..") << QString() << QString() << none << none << 0
                                         << 0 << QStringLiteral("is not a date");
        QTest::newRow("empty field") << QStringLiteral("source:") << QString() << QString() << none << none << 0 << 0
                                     << QStringLiteral("needs a value");
        QTest::newRow("empty title field") << QStringLiteral("title:") << QString() << QString() << none << none << 0
                                           << 0 << QStringLiteral("needs a value");
        QTest::newRow("excluded source") << QStringLiteral("-source:AFP") << QString() << QString() << none << none
                                         << 0 << 0 << QStringLiteral("not supported");
        addBoundedRows();
        QTest::newRow("quotes inside a word") << QStringLiteral("ab\"cd\"ef") << QStringLiteral("\"ab\" AND \"cd\" AND \"ef\"")
                                              << QString() << none << none << 0 << 0 << QString();
    }

private:
    // Input that made FTS5 work for seconds: repeats are dropped, and the
    // rest is cut at SearchTerms::MaxWords words and MaxPrefixes prefixes.
    static void addBoundedRows()
    {
        const QStringList none;
        QTest::newRow("1,000 × a OR: a") << repeated(QStringLiteral("a"), 1000, QStringLiteral(" OR "))
                                         << QStringLiteral("\"a\"") << QString() << none << none << 0 << 0 << QString();
        QTest::newRow("300 × the: the") << repeated(QStringLiteral("the"), 300, QStringLiteral(" "))
                                        << QStringLiteral("\"the\"") << QString() << none << none << 0 << 0
                                        << QString();
        QTest::newRow("repeated OR groups in any order are one")
            << QStringLiteral("a OR b b OR a a OR b") << QStringLiteral("(\"a\" OR \"b\")") << QString() << none << none
            << 0 << 0 << QString();
        QTest::newRow("a word repeated beside its OR group stays")
            << QStringLiteral("a OR b a") << QStringLiteral("(\"a\" OR \"b\") AND \"a\"") << QString() << none << none
            << 0 << 0 << QString();
        QTest::newRow("300 × -x: -x") << repeated(QStringLiteral("-x"), 300, QStringLiteral(" ")) << QString()
                                      << QStringLiteral("\"x\"") << none << none << 0 << 0 << QString();
        QStringList prefixes;
        QStringList firstPrefixes;
        for (int i = 0; i < 1040; ++i) {
            prefixes << QStringLiteral("pre%1*").arg(i);
            if (i < 16)
                firstPrefixes << QStringLiteral("\"pre%1\" *").arg(i);
        }
        QTest::newRow("1,040 prefixes: the first 16")
            << prefixes.join(QLatin1Char(' ')) << firstPrefixes.join(QStringLiteral(" AND ")) << QString() << none
            << none << 0 << 0 << QStringLiteral("first 16 prefixes");
        QStringList words;
        for (int i = 0; i < 100; ++i)
            words << QStringLiteral("w%1").arg(i);
        QTest::newRow("a phrase of 100 words: its first 64")
            << QLatin1Char('"') + words.join(QLatin1Char(' ')) + QLatin1Char('"')
            << QLatin1Char('"') + words.mid(0, 64).join(QLatin1Char(' ')) + QLatin1Char('"') << QString() << none
            << none << 0 << 0 << QStringLiteral("first 64 words");
        QTest::newRow("an exclusion typed first is among the 64")
            << QStringLiteral("-x ") + words.join(QLatin1Char(' ')) << quotedAnd(words.mid(0, 63))
            << QStringLiteral("\"x\"") << none << none << 0 << 0 << QStringLiteral("first 64 words");
        QTest::newRow("10,000 × source:AFP: one filter")
            << repeated(QStringLiteral("source:AFP"), 10000, QStringLiteral(" ")) << QString() << QString()
            << QStringList{QStringLiteral("AFP")} << none << 0 << 0 << QString();
        QStringList sources;
        QStringList typedSources;
        for (int i = 0; i < 20; ++i) {
            sources << QStringLiteral("S%1").arg(i);
            typedSources << QStringLiteral("source:S%1").arg(i);
        }
        QTest::newRow("20 sources: the first 16") << typedSources.join(QLatin1Char(' ')) << QString() << QString()
                                                  << QStringList(sources.mid(0, 16)) << none << 0 << 0
                                                  << QStringLiteral("first 16 filters");
        QTest::newRow("1,000 × ;: one message") << repeated(QStringLiteral(";"), 1000, QStringLiteral(" ")) << QString()
                                                << QString() << none << none << 0 << 0
                                                << QStringLiteral("no letters or digits");
        const QStringList random = randomWords(100 * 1024);
        QTest::newRow("100 KB of random words: the first 64")
            << random.join(QLatin1Char(' ')) << quotedAnd(distinctFirst(random, 64)) << QString() << none << none << 0
            << 0 << QStringLiteral("first 64 words");
    }

    static QString repeated(const QString &word, int times, const QString &separator)
    {
        QStringList words;
        for (int i = 0; i < times; ++i)
            words << word;
        return words.join(separator);
    }

    static QString quotedAnd(const QStringList &words)
    {
        QStringList terms;
        for (const QString &word : words)
            terms << QLatin1Char('"') + word + QLatin1Char('"');
        return terms.join(QStringLiteral(" AND "));
    }

    // Lower-case words of 1 to 10 letters, from a fixed seed, up to \a size characters.
    static QStringList randomWords(int size)
    {
        QRandomGenerator random(12);
        QStringList words;
        int length = 0;
        while (length < size) {
            QString word;
            const int letters = random.bounded(1, 11);
            for (int k = 0; k < letters; ++k)
                word += QChar(QLatin1Char(char('a' + random.bounded(26))));
            length += int(word.size()) + 1;
            words << word;
        }
        return words;
    }

    static QStringList distinctFirst(const QStringList &words, int count)
    {
        QStringList distinct;
        for (const QString &word : words) {
            if (!distinct.contains(word))
                distinct << word;
            if (distinct.size() == count)
                break;
        }
        return distinct;
    }

private Q_SLOTS:
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, match);
        QFETCH(QString, exclude);
        QFETCH(QStringList, sources);
        QFETCH(QStringList, entities);
        QFETCH(int, dateFrom);
        QFETCH(int, dateTo);
        QFETCH(QString, problem);

        const SearchQuery query = SearchQuery::parse(text);
        QCOMPARE(query.match(), match);
        QCOMPARE(query.exclude(), exclude);
        QCOMPARE(query.sources(), sources);
        QCOMPARE(query.entities(), entities);
        QCOMPARE(query.dateFrom(), dateFrom);
        QCOMPARE(query.dateTo(), dateTo);
        if (problem.isEmpty()) {
            QVERIFY2(query.problems().isEmpty(), qPrintable(query.problems().join(QLatin1Char('\n'))));
        } else {
            QCOMPARE(query.problems().size(), 1);
            QVERIFY2(query.problems().first().contains(problem), qPrintable(query.problems().first()));
        }
        QCOMPARE(query.isEmpty(), match.isEmpty() && exclude.isEmpty() && sources.isEmpty() && entities.isEmpty()
                                      && !dateFrom && !dateTo);
    }

    // A one-word prefix becomes the words it begins, ORed in its place;
    // what the vocabulary does not list, or would go over the words a
    // search may hold, stays a prefix.
    void expandPrefixes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("match");
        QTest::addColumn<QString>("exclude");
        QTest::newRow("a prefix") << QStringLiteral("cyber*")
                                  << QStringLiteral("(\"cyberattaque\" OR \"cybersecurite\")") << QString();
        QTest::newRow("ORed with a word it begins")
            << QStringLiteral("cyberattaque OR cyber* puce")
            << QStringLiteral("(\"cyberattaque\" OR \"cybersecurite\") AND \"puce\"") << QString();
        QTest::newRow("in a column") << QStringLiteral("title:cyber*")
                                     << QStringLiteral("(title : \"cyberattaque\" OR title : \"cybersecurite\")")
                                     << QString();
        QTest::newRow("left out") << QStringLiteral("puce -cyber*") << QStringLiteral("\"puce\"")
                                  << QStringLiteral("\"cyberattaque\" OR \"cybersecurite\"");
        QTest::newRow("a prefix the vocabulary does not list")
            << QStringLiteral("semi*") << QStringLiteral("\"semi\" *") << QString();
        QTest::newRow("a prefix of no word") << QStringLiteral("zyx*") << QStringLiteral("\"zyx\" *") << QString();
        QTest::newRow("the prefix of a phrase")
            << QStringLiteral("\"la cyber\"*") << QStringLiteral("\"la cyber\" *") << QString();
        QStringList words;
        for (int i = 0; i < SearchTerms::MaxWords - 1; ++i)
            words << QStringLiteral("w%1").arg(i);
        QTest::newRow("over the words a search holds")
            << words.join(QLatin1Char(' ')) + QStringLiteral(" cyber*")
            << QStringLiteral("\"") + words.join(QStringLiteral("\" AND \"")) + QStringLiteral("\" AND \"cyber\" *")
            << QString();
    }

    void expandPrefixes()
    {
        QFETCH(QString, text);
        QFETCH(QString, match);
        QFETCH(QString, exclude);
        SearchQuery query = SearchQuery::parse(text);
        query.expandPrefixes([](const QString &prefix) -> std::optional<QStringList> {
            if (prefix == QLatin1String("cyber"))
                return QStringList { QStringLiteral("cyberattaque"), QStringLiteral("cybersecurite") };
            if (prefix == QLatin1String("zyx"))
                return QStringList();
            return std::nullopt;
        });
        QCOMPARE(query.match(), match);
        QCOMPARE(query.exclude(), exclude);
    }

    // The filters typed narrow the list's own filters, field by field.
    void applyTo_data()
    {
        QTest::addColumn<QStringList>("baseSources");
        QTest::addColumn<int>("baseFrom");
        QTest::addColumn<int>("baseTo");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("sources");
        QTest::addColumn<int>("dateFrom");
        QTest::addColumn<int>("dateTo");

        const QStringList none;
        const QStringList vna{QStringLiteral("VNA")};
        QTest::newRow("source: added to the list's")
            << vna << 0 << 0 << QStringLiteral("source:AFP source:CVN")
            << QStringList{QStringLiteral("VNA"), QStringLiteral("AFP"), QStringLiteral("CVN")} << 0 << 0;
        QTest::newRow("date: intersected with the list's range")
            << none << 20250100 << 20251299 << QStringLiteral("date:2025-05..2026") << none << 20250500 << 20251299;
        QTest::newRow("date: an open end keeps the list's")
            << none << 20240000 << 0 << QStringLiteral("date:..2025-03") << none << 20240000 << 20250399;
        QTest::newRow("date: two filters and the list's, all intersected")
            << none << 20250200 << 0 << QStringLiteral("date:2025 date:..2025-03") << none << 20250200 << 20250399;
        QTest::newRow("a date not understood narrows nothing")
            << vna << 20250000 << 0 << QStringLiteral("date:garbage") << vna << 20250000 << 0;
        QTest::newRow("words and entities are not filters")
            << vna << 0 << 0 << QStringLiteral("Intel entity:\"Pham Minh Chinh\"") << vna << 0 << 0;
    }

    void applyTo()
    {
        QFETCH(QStringList, baseSources);
        QFETCH(int, baseFrom);
        QFETCH(int, baseTo);
        QFETCH(QString, text);
        QFETCH(QStringList, sources);
        QFETCH(int, dateFrom);
        QFETCH(int, dateTo);

        ArticleQuery base;
        base.sourcesContaining = baseSources;
        base.dateFrom = baseFrom;
        base.dateTo = baseTo;
        base.match = QStringLiteral("\"kept\"");
        ArticleQuery expected = base;
        expected.sourcesContaining = sources;
        expected.dateFrom = dateFrom;
        expected.dateTo = dateTo;

        SearchQuery::parse(text).applyTo(base);
        QCOMPARE(base.sourcesContaining, expected.sourcesContaining);
        QCOMPARE(base.dateFrom, expected.dateFrom);
        QCOMPARE(base.dateTo, expected.dateTo);
        QVERIFY(base == expected); // nothing else touched: not the match, not the entity sets
    }

    // The fields help lists are the ones parse() reads: each example
    // filters something without a problem, and the name alone asks for a value.
    void listedFieldsAreParsed_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("example");
        const QVector<SearchQuery::Field> fields = SearchQuery::fields();
        for (const SearchQuery::Field &field : fields)
            QTest::newRow(qPrintable(field.name + QStringLiteral(": its example is understood")))
                << field.name << field.example;
    }

    void listedFieldsAreParsed()
    {
        QFETCH(QString, name);
        QFETCH(QString, example);
        QVERIFY2(example.startsWith(name + QLatin1Char(':')), qPrintable(example));
        const SearchQuery query = SearchQuery::parse(example);
        QVERIFY2(query.problems().isEmpty(), qPrintable(query.problems().join(QLatin1Char('\n'))));
        QVERIFY(!query.isEmpty());
        // Read as a field, not as the word "name:…".
        QVERIFY2(!query.match().contains(QLatin1Char('"') + name + QLatin1Char(':')), qPrintable(query.match()));
        const SearchQuery bare = SearchQuery::parse(name.toUpper() + QLatin1Char(':'));
        QCOMPARE(bare.problems().size(), 1);
        QVERIFY2(bare.problems().first().contains(QStringLiteral("needs a value")), qPrintable(bare.problems().first()));
    }

    void fieldsAreListed()
    {
        QStringList names;
        const QVector<SearchQuery::Field> fields = SearchQuery::fields();
        for (const SearchQuery::Field &field : fields)
            names << field.name;
        QCOMPARE(names, (QStringList{QStringLiteral("title"), QStringLiteral("source"), QStringLiteral("entity"),
                                     QStringLiteral("date")}));
    }
};

} // namespace Veille

QTEST_GUILESS_MAIN(Veille::TestSearchQuery)
#include "tst_searchquery.moc"
