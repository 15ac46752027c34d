// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/gazetteerfile.h"
#include "text/gettextcatalog.h"
#include "entities/isocodes.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace Veille {

class TestGazetteer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parseAlias_data();
    void parseAlias();
    void readTsv_data();
    void readTsv();
    void readCsv_data();
    void readCsv();
    void binaryFileIsRejected();
    void merge_data();
    void merge();
    void catalogTranslates_data();
    void catalogTranslates();
    void catalogRejectsBadFiles_data();
    void catalogRejectsBadFiles();
    void catalogSurvivesTruncationAndNoise();
    void catalogLoadsFromFile();
    void countriesFromFixture_data();
    void countriesFromFixture();
    void countriesWithoutTheirFiles_data();
    void countriesWithoutTheirFiles();
    void countriesFromDebian();
    void defaultGazetteerLoads();
    void defaultGazetteerHasTheSeedNames_data();
    void defaultGazetteerHasTheSeedNames();
    void defaultGazetteerAvoidsEverydayWords_data();
    void defaultGazetteerAvoidsEverydayWords();
    void defaultGazetteerMergesIntoCountries();

private:
    QTemporaryDir m_dir;
};

namespace {
// "=Meta" for an exact alias, "^FPT" for a case-sensitive one that folds
// accents, "Hanoi" for one that ignores case and accents.
QString describe(const Alias &alias)
{
    if (alias.caseSensitive)
        return (alias.foldAccents ? QStringLiteral("^") : QStringLiteral("=")) + alias.text;
    return alias.foldAccents ? alias.text : QStringLiteral("~") + alias.text;
}

// "Company: =Meta / Meta Platforms": the type, then every alias in order
// (the first is the name itself).
QString describe(const Entity &entity)
{
    QStringList aliases;
    for (const Alias &alias : entity.aliases)
        aliases.append(describe(alias));
    return entity.type + QStringLiteral(": ") + aliases.join(QStringLiteral(" / "));
}

QStringList describe(const QVector<Entity> &entities)
{
    QStringList lines;
    for (const Entity &entity : entities)
        lines.append(describe(entity));
    return lines;
}

// The line numbers the errors name, -1 for an error about the whole file.
QList<int> errorLines(const QStringList &errors)
{
    QList<int> lines;
    for (const QString &error : errors) {
        const QString prefix = QStringLiteral("line ");
        const int colon = int(error.indexOf(QLatin1Char(':')));
        lines.append(error.startsWith(prefix) && colon > 0
                         ? error.mid(prefix.size(), colon - prefix.size()).toInt()
                         : -1);
    }
    return lines;
}

GazetteerFile::Result readBytes(const QByteArray &bytes, bool csv)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return csv ? GazetteerFile::readCsv(buffer) : GazetteerFile::readTsv(buffer);
}

const Entity *findEntity(const QVector<Entity> &entities, const QString &type, const QString &name)
{
    for (const Entity &entity : entities) {
        if (entity.type == type && entity.name == name)
            return &entity;
    }
    return nullptr;
}

const Alias *findAlias(const Entity &entity, const QString &text)
{
    for (const Alias &alias : entity.aliases) {
        if (alias.text == text)
            return &alias;
    }
    return nullptr;
}

Entity entity(const QString &type, const QStringList &written)
{
    Entity result;
    result.type = type;
    for (const QString &text : written)
        result.aliases.append(GazetteerFile::parseAlias(text));
    result.name = result.aliases.isEmpty() ? QString() : result.aliases.first().text;
    return result;
}

struct MoEntry {
    QByteArray original;
    QByteArray translation;
};

void put32(QByteArray &bytes, quint32 value, bool bigEndian)
{
    for (int i = 0; i < 4; ++i) {
        const int shift = bigEndian ? 24 - 8 * i : 8 * i;
        bytes.append(char((value >> shift) & 0xFF));
    }
}

// A .mo file as msgfmt lays it out: header, the two tables, then the
// strings, each followed by a NUL. No hash table.
QByteArray moFile(const QVector<MoEntry> &entries, bool bigEndian, quint32 revision = 0)
{
    const auto count = quint32(entries.size());
    const quint32 originals = 28;
    const quint32 translations = originals + 8 * count;
    const quint32 stringsStart = translations + 8 * count;
    QByteArray strings;
    QByteArray originalTable;
    QByteArray translationTable;
    for (const MoEntry &entry : entries) {
        put32(originalTable, quint32(entry.original.size()), bigEndian);
        put32(originalTable, stringsStart + quint32(strings.size()), bigEndian);
        strings.append(entry.original).append('\0');
    }
    for (const MoEntry &entry : entries) {
        put32(translationTable, quint32(entry.translation.size()), bigEndian);
        put32(translationTable, stringsStart + quint32(strings.size()), bigEndian);
        strings.append(entry.translation).append('\0');
    }
    QByteArray bytes;
    for (const quint32 word : {0x950412deU, revision, count, originals, translations, 0U, 0U})
        put32(bytes, word, bigEndian);
    return bytes + originalTable + translationTable + strings;
}

QVector<MoEntry> sampleEntries()
{
    return {
        {QByteArray(), QByteArray("Content-Type: text/plain; charset=UTF-8\n")},
        {QByteArray("Viet Nam"), QByteArray("Vi\xC3\xAAt Nam")},
        {QByteArray("United States"), QByteArray("\xC3\x89tats-Unis")},
        {QByteArray("country\0countries", 17), QByteArray("pays\0des pays", 13)},
        {QByteArray("menu\x04Open"), QByteArray("Ouvrir")},
        {QByteArray("Untranslated"), QByteArray()},
    };
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QVector<Entity> defaultGazetteer(QStringList *errors = nullptr)
{
    QFile file(QStringLiteral(":/gazetteer/default-gazetteer.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    GazetteerFile::Result result = GazetteerFile::readTsv(file);
    if (errors)
        *errors = result.errors;
    return result.entities;
}

const QString IsoJson = QStringLiteral("/usr/share/iso-codes/json/iso_3166-1.json");
} // namespace

void TestGazetteer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestGazetteer::parseAlias_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("caseSensitive");
    QTest::addColumn<bool>("foldAccents");

    QTest::newRow("plain name ignores case and accents") << QStringLiteral("Hanoi") << QStringLiteral("Hanoi")
                                                         << false << true;
    QTest::newRow("= makes an alias exact") << QStringLiteral("=Meta") << QStringLiteral("Meta") << true << false;
    QTest::newRow("= on an acronym is exact too") << QStringLiteral("=NIC") << QStringLiteral("NIC") << true << false;
    QTest::newRow("acronym of three capitals is case-sensitive")
        << QStringLiteral("FPT") << QStringLiteral("FPT") << true << true;
    QTest::newRow("acronym of two capitals") << QStringLiteral("HP") << QStringLiteral("HP") << true << true;
    QTest::newRow("acronym of six capitals") << QStringLiteral("VINASA") << QStringLiteral("VINASA") << true << true;
    QTest::newRow("acronym with an accented capital") << QStringLiteral("ÉDF") << QStringLiteral("ÉDF") << true
                                                      << true;
    QTest::newRow("seven capitals are a word, not an acronym")
        << QStringLiteral("UNESCOX") << QStringLiteral("UNESCOX") << false << true;
    QTest::newRow("one capital is not an acronym") << QStringLiteral("A") << QStringLiteral("A") << false << true;
    QTest::newRow("mixed case is not an acronym") << QStringLiteral("AmCham") << QStringLiteral("AmCham") << false
                                                  << true;
    QTest::newRow("a digit is not a capital") << QStringLiteral("G7") << QStringLiteral("G7") << false << true;
    QTest::newRow("capitals with a space are not an acronym")
        << QStringLiteral("SK HY") << QStringLiteral("SK HY") << false << true;
    QTest::newRow("surrounding spaces are trimmed") << QStringLiteral("  Intel Corp. ")
                                                    << QStringLiteral("Intel Corp.") << false << true;
    QTest::newRow("space after = is trimmed") << QStringLiteral("= NIC") << QStringLiteral("NIC") << true << false;
    QTest::newRow("a lone = leaves nothing") << QStringLiteral("=") << QString() << true << false;
    QTest::newRow("empty stays empty") << QString() << QString() << false << true;
}

void TestGazetteer::parseAlias()
{
    QFETCH(QString, written);
    QFETCH(QString, text);
    QFETCH(bool, caseSensitive);
    QFETCH(bool, foldAccents);

    const Alias alias = GazetteerFile::parseAlias(written);
    QCOMPARE(alias.text, text);
    QCOMPARE(alias.caseSensitive, caseSensitive);
    QCOMPARE(alias.foldAccents, foldAccents);
}

void TestGazetteer::readTsv_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("entities");
    QTest::addColumn<QList<int>>("errorLines");

    QTest::newRow("header, comments and blank lines")
        << QByteArray("# SPDX-FileCopyrightText: 2026 Veille developers\n"
                      "# SPDX-License-Identifier: CC0-1.0\n"
                      "type\tname\taliases\n"
                      "\n"
                      "Company\tIntel\tIntel Corporation|Intel Corp.\n"
                      "  # an indented comment\n"
                      "Place\tHano\xC3\xAF\tHanoi|Ha Noi\n")
        << QStringList{QStringLiteral("Company: Intel / Intel Corporation / Intel Corp."),
                       QStringLiteral("Place: Hanoï / Hanoi / Ha Noi")}
        << QList<int>();
    QTest::newRow("alias options: exact, acronym, plain; the name is the first alias")
        << QByteArray("type\tname\taliases\n"
                      "Company\t=Meta\tMeta Platforms\n"
                      "Organisation\tCentre national d\xE2\x80\x99innovation\t=NIC|National Innovation Center\n"
                      "Company\tFPT\tFPT Corporation\n")
        << QStringList{QStringLiteral("Company: =Meta / Meta Platforms"),
                       QStringLiteral("Organisation: Centre national d\u2019innovation / =NIC / "
                                      "National Innovation Center"),
                       QStringLiteral("Company: ^FPT / FPT Corporation")}
        << QList<int>();
    QTest::newRow("empty aliases between pipes and a missing column are fine")
        << QByteArray("type\tname\taliases\n"
                      "Person\tSarah Kemp\n"
                      "Person\tMolly Montgomery\t\n"
                      "Place\tDa Nang\t|Danang||\xC4\x90\xC3\xA0 N\xE1\xBA\xB5ng|\n")
        << QStringList{QStringLiteral("Person: Sarah Kemp"), QStringLiteral("Person: Molly Montgomery"),
                       QStringLiteral("Place: Da Nang / Danang / Đà Nẵng")}
        << QList<int>();
    QTest::newRow("an alias equal to the name is dropped")
        << QByteArray("type\tname\taliases\nCompany\tQualcomm\tQualcomm|Qualcomm Inc.|Qualcomm Inc.\n")
        << QStringList{QStringLiteral("Company: Qualcomm / Qualcomm Inc.")} << QList<int>();
    QTest::newRow("UTF-8 BOM before the header")
        << QByteArray("\xEF\xBB\xBFtype\tname\taliases\nRole\tPDG\t=CEO\n")
        << QStringList{QStringLiteral("Role: ^PDG / =CEO")} << QList<int>();
    QTest::newRow("CRLF line ends")
        << QByteArray("type\tname\taliases\r\nRole\tministre\tMinister\r\nRole\tvice-ministre\t\r\n")
        << QStringList{QStringLiteral("Role: ministre / Minister"), QStringLiteral("Role: vice-ministre")}
        << QList<int>();
    QTest::newRow("columns are found by their header")
        << QByteArray("name\taliases\ttype\tnote\nHanoi\tHa Noi\tPlace\tthe capital\n")
        << QStringList{QStringLiteral("Place: Hanoi / Ha Noi")} << QList<int>();
    QTest::newRow("type names are spelt one way")
        << QByteArray("type\tname\taliases\ncompany\tIntel\t\nPLACE\tHanoi\t\nProduct\tCUDA\t\n")
        << QStringList{QStringLiteral("Company: Intel"), QStringLiteral("Place: Hanoi"),
                       QStringLiteral("Product: ^CUDA")}
        << QList<int>();
    QTest::newRow("a field quoted by a spreadsheet")
        << QByteArray("type\tname\taliases\nOrganisation\t\"IA pour \"\"tous\"\"\"\t\n")
        << QStringList{QStringLiteral("Organisation: IA pour \"tous\"")} << QList<int>();
    QTest::newRow("bad lines are reported with their number, the rest loads")
        << QByteArray("# comment\n"
                      "type\tname\taliases\n"
                      "Company\t\tNo Name Inc.\n"
                      "\tNobody\t\n"
                      "Company\tIntel\t\n"
                      "Company\tToo Many\taliases\textra\n"
                      "Company\tSynopsys\t=|Synopsys Inc.\n")
        << QStringList{QStringLiteral("Company: Intel"), QStringLiteral("Company: Synopsys / Synopsys Inc.")}
        << QList<int>{3, 4, 6, 7};
    QTest::newRow("a lone = as the name is an empty name")
        << QByteArray("type\tname\taliases\nCompany\t=\tx\nCompany\tAMD\t\n")
        << QStringList{QStringLiteral("Company: ^AMD")} << QList<int>{2};
    QTest::newRow("without the header nothing loads")
        << QByteArray("# comment\nCompany\tIntel\t\nCompany\tAMD\t\n") << QStringList() << QList<int>{2};
    QTest::newRow("empty file loads nothing and says nothing") << QByteArray() << QStringList() << QList<int>();
    QTest::newRow("comments only") << QByteArray("# nothing here\n\n") << QStringList() << QList<int>();
}

void TestGazetteer::readTsv()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, entities);
    QFETCH(QList<int>, errorLines);

    const GazetteerFile::Result result = readBytes(bytes, false);
    QCOMPARE(describe(result.entities), entities);
    QCOMPARE(Veille::errorLines(result.errors), errorLines);
    for (const Entity &entity : result.entities) {
        QVERIFY(!entity.aliases.isEmpty());
        QCOMPARE(entity.aliases.first().text, entity.name);
    }
}

void TestGazetteer::readCsv_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("entities");
    QTest::addColumn<QList<int>>("errorLines");

    QTest::newRow("plain records")
        << QByteArray("name,type,aliases\nIntel,Company,Intel Corporation|Intel Corp.\n=Meta,Company,\n")
        << QStringList{QStringLiteral("Company: Intel / Intel Corporation / Intel Corp."),
                       QStringLiteral("Company: =Meta")}
        << QList<int>();
    QTest::newRow("a quoted field holds commas")
        << QByteArray("name,type,aliases\nWashington,Place,\"Washington, D.C.|Washington DC\"\n")
        << QStringList{QStringLiteral("Place: Washington / Washington, D.C. / Washington DC")} << QList<int>();
    QTest::newRow("doubled quotes inside a quoted field")
        << QByteArray("name,type,aliases\n\"IA pour \"\"tous\"\"\",Organisation,\"\"\"AI for all\"\"\"\n")
        << QStringList{QStringLiteral("Organisation: IA pour \"tous\" / \"AI for all\"")} << QList<int>();
    QTest::newRow("a quoted line break; later line numbers stay right")
        << QByteArray("name,type,aliases\n"
                      "Hanoi,Place,\"Ha Noi|\nHanoï\"\n"
                      ",Company,\n"
                      "Intel,Company,\n")
        << QStringList{QStringLiteral("Place: Hanoi / Ha Noi / Hanoï"), QStringLiteral("Company: Intel")}
        << QList<int>{4};
    QTest::newRow("text after a closing quote is reported, the next line loads")
        << QByteArray("name,type,aliases\n\"Intel\"x,Company,\nAMD,Company,\n")
        << QStringList{QStringLiteral("Company: ^AMD")} << QList<int>{2};
    QTest::newRow("a quote inside an unquoted field is reported")
        << QByteArray("name,type,aliases\nIn\"tel,Company,\nAMD,Company,\n")
        << QStringList{QStringLiteral("Company: ^AMD")} << QList<int>{2};
    QTest::newRow("a quote never closed is reported")
        << QByteArray("name,type,aliases\nAMD,Company,\n\"Intel,Company,\nNvidia,Company,\n")
        << QStringList{QStringLiteral("Company: ^AMD")} << QList<int>{3};
    QTest::newRow("BOM, CRLF, blank and comment lines")
        << QByteArray("\xEF\xBB\xBFname,type,aliases\r\n\r\n# people\r\nSarah Kemp,Person,\r\n")
        << QStringList{QStringLiteral("Person: Sarah Kemp")} << QList<int>();
    QTest::newRow("a trailing comma and no final newline")
        << QByteArray("name,type,aliases\nNIC,Organisation,Centre national d'innovation,")
        << QStringList{QStringLiteral("Organisation: ^NIC / Centre national d'innovation")} << QList<int>();
    QTest::newRow("more columns than the header")
        << QByteArray("name,type\nIntel,Company,Intel Corp.\nAMD,Company\n")
        << QStringList{QStringLiteral("Company: ^AMD")} << QList<int>{2};
    QTest::newRow("without the header nothing loads")
        << QByteArray("Intel,Company,\n") << QStringList() << QList<int>{1};
    QTest::newRow("a broken header loads nothing")
        << QByteArray("\"name,type,aliases\nIntel,Company,\n") << QStringList() << QList<int>{1};
}

void TestGazetteer::readCsv()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, entities);
    QFETCH(QList<int>, errorLines);

    const GazetteerFile::Result result = readBytes(bytes, true);
    QCOMPARE(describe(result.entities), entities);
    QCOMPARE(Veille::errorLines(result.errors), errorLines);
}

void TestGazetteer::binaryFileIsRejected()
{
    const QByteArray bytes("type\tname\taliases\nCompany\tIn\0tel\t\n", 35);
    for (const bool csv : {false, true}) {
        const GazetteerFile::Result result = readBytes(bytes, csv);
        QVERIFY(result.entities.isEmpty());
        QCOMPARE(result.errors.size(), 1);
    }
}

void TestGazetteer::merge_data()
{
    QTest::addColumn<QVector<QStringList>>("a");
    QTest::addColumn<QVector<QStringList>>("b");
    QTest::addColumn<QStringList>("merged");

    // Each entity is written as {type, name, aliases…}.
    using List = QVector<QStringList>;
    QTest::newRow("same type, name equal but for case and accents: one entity")
        << List{{QStringLiteral("Place"), QStringLiteral("Viêt Nam"), QStringLiteral("Vietnam")}}
        << List{{QStringLiteral("Place"), QStringLiteral("viet nam"), QStringLiteral("Việt Nam"),
                 QStringLiteral("Vietnam")}}
        << QStringList{QStringLiteral("Place: Viêt Nam / Vietnam / viet nam / Việt Nam")};
    QTest::newRow("different types stay apart")
        << List{{QStringLiteral("Company"), QStringLiteral("Intel")}}
        << List{{QStringLiteral("Person"), QStringLiteral("Intel")}}
        << QStringList{QStringLiteral("Company: Intel"), QStringLiteral("Person: Intel")};
    QTest::newRow("different names stay apart, a first, then b")
        << List{{QStringLiteral("Company"), QStringLiteral("Intel")},
                {QStringLiteral("Company"), QStringLiteral("AMD")}}
        << List{{QStringLiteral("Company"), QStringLiteral("Nvidia")},
                {QStringLiteral("Company"), QStringLiteral("intel")}}
        << QStringList{QStringLiteral("Company: Intel / intel"), QStringLiteral("Company: ^AMD"),
                       QStringLiteral("Company: Nvidia")};
    QTest::newRow("duplicates within one list merge")
        << List{{QStringLiteral("Role"), QStringLiteral("PDG")},
                {QStringLiteral("Role"), QStringLiteral("PDG"), QStringLiteral("=CEO")}}
        << List{}
        << QStringList{QStringLiteral("Role: ^PDG / =CEO")};
    QTest::newRow("curly and straight apostrophes are the same name")
        << List{{QStringLiteral("Place"), QStringLiteral("Côte d'Ivoire")}}
        << List{{QStringLiteral("Place"), QStringLiteral("Côte d\u2019Ivoire")}}
        << QStringList{QStringLiteral("Place: Côte d'Ivoire / Côte d\u2019Ivoire")};
    QTest::newRow("the first of two equal alias texts keeps its options")
        << List{{QStringLiteral("Company"), QStringLiteral("=Meta")}}
        << List{{QStringLiteral("Company"), QStringLiteral("Meta"), QStringLiteral("Meta Platforms")}}
        << QStringList{QStringLiteral("Company: =Meta / Meta Platforms")};
    QTest::newRow("extra spaces in a name do not make another entity")
        << List{{QStringLiteral("Place"), QStringLiteral("Hô Chi Minh-Ville")}}
        << List{{QStringLiteral("Place"), QStringLiteral("Hô  Chi Minh-Ville")}}
        << QStringList{QStringLiteral("Place: Hô Chi Minh-Ville / Hô  Chi Minh-Ville")};
    QTest::newRow("nothing and nothing") << List{} << List{} << QStringList();
}

void TestGazetteer::merge()
{
    QFETCH(QVector<QStringList>, a);
    QFETCH(QVector<QStringList>, b);
    QFETCH(QStringList, merged);

    const auto entities = [](const QVector<QStringList> &written) {
        QVector<Entity> result;
        for (const QStringList &fields : written)
            result.append(entity(fields.first(), fields.mid(1)));
        return result;
    };
    QCOMPARE(describe(GazetteerFile::merge(entities(a), entities(b))), merged);
}

void TestGazetteer::catalogTranslates_data()
{
    QTest::addColumn<bool>("bigEndian");
    QTest::newRow("little-endian, as msgfmt writes on x86") << false;
    QTest::newRow("big-endian") << true;
}

void TestGazetteer::catalogTranslates()
{
    QFETCH(bool, bigEndian);

    for (const quint32 revision : {0U, 1U}) {
        const std::optional<GettextCatalog> catalog
            = GettextCatalog::fromData(moFile(sampleEntries(), bigEndian, revision << 16));
        QVERIFY(catalog);
        QCOMPARE(catalog->translate(QStringLiteral("Viet Nam")), QStringLiteral("Viêt Nam"));
        QCOMPARE(catalog->translate(QStringLiteral("United States")), QStringLiteral("États-Unis"));
        // Only the singular of a plural entry; contexts are not msgids.
        QCOMPARE(catalog->translate(QStringLiteral("country")), QStringLiteral("pays"));
        QVERIFY(!catalog->contains(QStringLiteral("Open")));
        // gettext's rule: no translation gives the msgid back.
        QCOMPARE(catalog->translate(QStringLiteral("Laos")), QStringLiteral("Laos"));
        QVERIFY(!catalog->contains(QStringLiteral("Untranslated")));
        QCOMPARE(catalog->translate(QStringLiteral("Untranslated")), QStringLiteral("Untranslated"));
        // The header is not the translation of the empty string.
        QVERIFY(!catalog->contains(QString()));
        QCOMPARE(catalog->translate(QString()), QString());
        QCOMPARE(catalog->size(), 3);
    }
}

void TestGazetteer::catalogRejectsBadFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");

    const QByteArray good = moFile(sampleEntries(), false);
    const auto patched = [&good](int offset, quint32 value) {
        QByteArray bytes = good;
        QByteArray word;
        put32(word, value, false);
        bytes.replace(offset, 4, word);
        return bytes;
    };
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("shorter than the header") << good.left(27);
    QTest::newRow("wrong magic") << patched(0, 0x12345678);
    QTest::newRow("a text file") << QByteArray("msgid \"Viet Nam\"\nmsgstr \"Vi\xC3\xAAt Nam\"\n");
    QTest::newRow("major revision 2") << patched(4, 2U << 16);
    QTest::newRow("more strings than the file holds") << patched(8, 1000);
    QTest::newRow("a count that would overflow 32 bits") << patched(8, 0xFFFFFFFF);
    QTest::newRow("original table past the end") << patched(12, quint32(good.size()));
    QTest::newRow("translation table past the end") << patched(16, 0xFFFFFFF0);
    QTest::newRow("a string longer than the file") << patched(28 + 8, 0xFFFFFFFF);
    QTest::newRow("a string offset past the end") << patched(28 + 12, quint32(good.size()));
    QTest::newRow("a string running one byte past the end") << patched(28 + 12, quint32(good.size() - 7));
    QTest::newRow("zeros") << QByteArray(64, '\0');
}

void TestGazetteer::catalogRejectsBadFiles()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(!GettextCatalog::fromData(bytes));
}

void TestGazetteer::catalogSurvivesTruncationAndNoise()
{
    for (const bool bigEndian : {false, true}) {
        const QByteArray good = moFile(sampleEntries(), bigEndian);
        QVERIFY(GettextCatalog::fromData(good));
        // The last string ends one byte before the end (its NUL); any
        // shorter file has lost part of a string or a table.
        for (int size = 0; size < good.size() - 1; ++size)
            QVERIFY2(!GettextCatalog::fromData(good.left(size)), qPrintable(QString::number(size)));

        // Flipped bytes must never crash or read out of bounds; whether the
        // result is a catalogue depends on which byte changed.
        quint32 seed = 12345;
        int accepted = 0;
        for (int round = 0; round < 2000; ++round) {
            QByteArray bytes = good;
            for (int flips = 0; flips < 3; ++flips) {
                seed = seed * 1103515245U + 12345U;
                bytes[int((seed >> 8) % quint32(bytes.size()))] = char(seed >> 24);
            }
            accepted += GettextCatalog::fromData(bytes) ? 1 : 0;
        }
        // Most flips land in the strings, which any bytes may fill.
        QVERIFY(accepted > 0);
    }
}

void TestGazetteer::catalogLoadsFromFile()
{
    const QString path = m_dir.filePath(QStringLiteral("catalog/fr.mo"));
    QVERIFY(writeFile(path, moFile(sampleEntries(), false)));
    const std::optional<GettextCatalog> catalog = GettextCatalog::load(path);
    QVERIFY(catalog);
    QCOMPARE(catalog->translate(QStringLiteral("Viet Nam")), QStringLiteral("Viêt Nam"));
    QVERIFY(!GettextCatalog::load(m_dir.filePath(QStringLiteral("catalog/missing.mo"))));
    QVERIFY(!GettextCatalog::load(m_dir.filePath(QStringLiteral("catalog"))));
}

void TestGazetteer::countriesFromFixture_data()
{
    QTest::addColumn<QStringList>("languages");
    QTest::addColumn<QStringList>("countries");

    // '^' marks a case-sensitive alias: a one-word country name.
    QTest::newRow("French")
        << QStringList{QStringLiteral("fr")}
        << QStringList{
               QStringLiteral("Place: Viêt Nam / Socialist Republic of Viet Nam / ^Vietnam / République socialiste du "
                              "Viet Nam"),
               QStringLiteral("Place: ^États-Unis / United States / United States of America / États-Unis "
                              "d'Amérique"),
               QStringLiteral("Place: ^Syria / Syrian Arab Republic / Syrienne, République arabe"),
               QStringLiteral("Place: Réunion, Île de la / ^Réunion"),
           };
    QTest::newRow("French, then Vietnamese translations as aliases")
        << QStringList{QStringLiteral("fr"), QStringLiteral("vi")}
        << QStringList{
               QStringLiteral("Place: Viêt Nam / Socialist Republic of Viet Nam / ^Vietnam / République socialiste du "
                              "Viet Nam"),
               QStringLiteral("Place: ^États-Unis / United States / United States of America / États-Unis "
                              "d'Amérique / Hoa Kỳ"),
               QStringLiteral("Place: ^Syria / Syrian Arab Republic / Syrienne, République arabe"),
               QStringLiteral("Place: Réunion, Île de la / ^Réunion"),
           };
    QTest::newRow("no language: English names")
        << QStringList()
        << QStringList{QStringLiteral("Place: ^Vietnam / Viet Nam / Socialist Republic of Viet Nam"),
                       QStringLiteral("Place: United States / United States of America"),
                       QStringLiteral("Place: ^Syria / Syrian Arab Republic"), QStringLiteral("Place: ^Réunion")};
}

void TestGazetteer::countriesFromFixture()
{
    QFETCH(QStringList, languages);
    QFETCH(QStringList, countries);

    const QString root = m_dir.filePath(QStringLiteral("iso-fixture"));
    const QByteArray json = R"({"3166-1": [
        {"alpha_2": "VN", "alpha_3": "VNM", "name": "Viet Nam", "common_name": "Vietnam",
         "official_name": "Socialist Republic of Viet Nam"},
        {"alpha_2": "US", "alpha_3": "USA", "name": "United States", "official_name": "United States of America"},
        {"alpha_2": "XX", "alpha_3": "XXX"},
        {"alpha_2": "SY", "alpha_3": "SYR", "name": "Syrian Arab Republic", "common_name": "Syria"},
        {"alpha_2": "RE", "alpha_3": "REU", "name": "Réunion"}
    ]})";
    QVERIFY(writeFile(root + QStringLiteral("/json/iso_3166-1.json"), json));
    const QVector<MoEntry> french = {
        {QByteArray("Viet Nam"), QByteArray("Vi\xC3\xAAt Nam")},
        {QByteArray("Vietnam"), QByteArray("Vi\xC3\xAAt Nam")},
        {QByteArray("Socialist Republic of Viet Nam"), QByteArray("R\xC3\xA9publique socialiste du Viet Nam")},
        {QByteArray("United States"), QByteArray("\xC3\x89tats-Unis")},
        {QByteArray("United States of America"), QByteArray("\xC3\x89tats-Unis d'Am\xC3\xA9rique")},
        {QByteArray("Syrian Arab Republic"), QByteArray("Syrienne, R\xC3\xA9publique arabe")},
        {QByteArray("R\xC3\xA9union"), QByteArray("R\xC3\xA9union, \xC3\x8Ele de la")},
    };
    const QVector<MoEntry> vietnamese = {
        {QByteArray("Viet Nam"), QByteArray("Vi\xE1\xBB\x87t Nam")},
        {QByteArray("United States"), QByteArray("Hoa K\xE1\xBB\xB3")},
    };
    QVERIFY(writeFile(root + QStringLiteral("/locale/fr/LC_MESSAGES/iso_3166-1.mo"), moFile(french, false)));
    QVERIFY(writeFile(root + QStringLiteral("/locale/vi/LC_MESSAGES/iso_3166-1.mo"), moFile(vietnamese, true)));

    const QVector<Entity> entities
        = IsoCodes::countries(root + QStringLiteral("/json"), root + QStringLiteral("/locale"), languages);
    QCOMPARE(describe(entities), countries);
}

void TestGazetteer::countriesWithoutTheirFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("withCatalog");
    QTest::addColumn<QStringList>("languages");

    const QByteArray good = R"({"3166-1": [{"alpha_2": "VN", "name": "Viet Nam"}]})";
    QTest::newRow("no JSON file") << QByteArray() << true << QStringList{QStringLiteral("fr")};
    QTest::newRow("JSON that does not parse") << QByteArray("{\"3166-1\": [") << true
                                              << QStringList{QStringLiteral("fr")};
    QTest::newRow("JSON of another shape") << QByteArray("[1, 2, 3]") << true << QStringList{QStringLiteral("fr")};
    QTest::newRow("no catalogue for the language") << good << false << QStringList{QStringLiteral("fr")};
    QTest::newRow("one of two catalogues missing")
        << good << true << QStringList{QStringLiteral("fr"), QStringLiteral("xx")};
}

void TestGazetteer::countriesWithoutTheirFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, withCatalog);
    QFETCH(QStringList, languages);

    QTemporaryDir root;
    QVERIFY(root.isValid());
    if (!json.isNull())
        QVERIFY(writeFile(root.filePath(QStringLiteral("json/iso_3166-1.json")), json));
    if (withCatalog)
        QVERIFY(writeFile(root.filePath(QStringLiteral("locale/fr/LC_MESSAGES/iso_3166-1.mo")),
                          moFile({{QByteArray("Viet Nam"), QByteArray("Vi\xC3\xAAt Nam")}}, false)));
    QVERIFY(IsoCodes::countries(root.filePath(QStringLiteral("json")), root.filePath(QStringLiteral("locale")),
                                languages)
                .isEmpty());
}

void TestGazetteer::countriesFromDebian()
{
    if (!QFile::exists(IsoJson))
        QSKIP("iso-codes is not installed");
    const QVector<Entity> countries = IsoCodes::countries();
    if (countries.isEmpty())
        QSKIP("the French iso-codes catalogue is not installed");
    QVERIFY2(countries.size() >= 240 && countries.size() <= 260, qPrintable(QString::number(countries.size())));

    const Entity *usa = findEntity(countries, QStringLiteral("Place"), QStringLiteral("États-Unis"));
    QVERIFY(usa);
    QVERIFY(findAlias(*usa, QStringLiteral("United States")));
    QVERIFY(findAlias(*usa, QStringLiteral("United States of America")));
    QVERIFY(findAlias(*usa, QStringLiteral("États-Unis d'Amérique")));
    const Entity *vietnam = findEntity(countries, QStringLiteral("Place"), QStringLiteral("Viêt Nam"));
    QVERIFY(vietnam);
    QVERIFY(findAlias(*vietnam, QStringLiteral("Vietnam")));
    QVERIFY(findAlias(*vietnam, QStringLiteral("Socialist Republic of Viet Nam")));
    QVERIFY(findAlias(*vietnam, QStringLiteral("République socialiste du Viet Nam")));
    const Entity *korea = findEntity(countries, QStringLiteral("Place"), QStringLiteral("Corée du Sud"));
    QVERIFY(korea);
    QVERIFY(!korea->aliases.first().caseSensitive);

    const QSet<QString> codes = {QStringLiteral("US"), QStringLiteral("USA"), QStringLiteral("VN"),
                                 QStringLiteral("VNM"), QStringLiteral("FR"), QStringLiteral("FRA")};
    QSet<QString> names;
    for (const Entity &country : countries) {
        QCOMPARE(country.type, QStringLiteral("Place"));
        QVERIFY(!country.aliases.isEmpty());
        QCOMPARE(country.aliases.first().text, country.name);
        QVERIFY2(!names.contains(country.name), qPrintable(country.name));
        names.insert(country.name);
        QSet<QString> folded;
        for (const Alias &alias : country.aliases) {
            QVERIFY2(!codes.contains(alias.text), qPrintable(alias.text));
            QVERIFY2(!folded.contains(GazetteerFile::foldedName(alias.text)), qPrintable(alias.text));
            folded.insert(GazetteerFile::foldedName(alias.text));
            // "réunion" is a meeting, "chili" a pepper: one-word names keep their capital.
            QCOMPARE(alias.caseSensitive, !alias.text.contains(QLatin1Char(' ')));
        }
    }
}

void TestGazetteer::defaultGazetteerLoads()
{
    QStringList errors;
    const QVector<Entity> entities = defaultGazetteer(&errors);
    QCOMPARE(errors, QStringList());
    QVERIFY2(entities.size() >= 400, qPrintable(QString::number(entities.size())));

    QSet<QString> types;
    for (const Entity &entity : entities) {
        types.insert(entity.type);
        QCOMPARE(entity.aliases.first().text, entity.name);
        for (const Alias &alias : entity.aliases) {
            QVERIFY2(!alias.text.isEmpty() && alias.text == alias.text.simplified(), qPrintable(entity.name));
            // A mistyped "= X" or "==X" would leave a stray sign.
            QVERIFY2(!alias.text.startsWith(QLatin1Char('=')), qPrintable(alias.text));
        }
    }
    QCOMPARE(types,
             (QSet<QString>{QStringLiteral("Company"), QStringLiteral("Organisation"), QStringLiteral("Person"),
                            QStringLiteral("Role"), QStringLiteral("Place")}));
    // One line per entity: a second line for the same name is a slip.
    QCOMPARE(GazetteerFile::merge(entities, {}).size(), entities.size());
}

void TestGazetteer::defaultGazetteerHasTheSeedNames_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("alias"); // written as in the file; empty: only the name
    QTest::addColumn<bool>("caseSensitive");

    QTest::newRow("Intel") << QStringLiteral("Company") << QStringLiteral("Intel") << QString() << false;
    QTest::newRow("Qualcomm") << QStringLiteral("Company") << QStringLiteral("Qualcomm") << QString() << false;
    QTest::newRow("Meta is exact: never \"méta\"")
        << QStringLiteral("Company") << QStringLiteral("Meta") << QStringLiteral("Meta") << true;
    QTest::newRow("VinAI") << QStringLiteral("Company") << QStringLiteral("VinAI") << QString() << false;
    QTest::newRow("Viettel") << QStringLiteral("Company") << QStringLiteral("Viettel") << QString() << false;
    QTest::newRow("VNPT is an acronym") << QStringLiteral("Company") << QStringLiteral("VNPT")
                                        << QStringLiteral("VNPT") << true;
    QTest::newRow("Pham Minh Chinh") << QStringLiteral("Person") << QStringLiteral("Pham Minh Chinh")
                                     << QStringLiteral("Phạm Minh Chính") << false;
    QTest::newRow("Cao Anh Tuân, also in ASCII")
        << QStringLiteral("Person") << QStringLiteral("Cao Anh Tuân") << QStringLiteral("Cao Anh Tuan") << false;
    QTest::newRow("Sarah Kemp") << QStringLiteral("Person") << QStringLiteral("Sarah Kemp") << QString() << false;
    QTest::newRow("Molly Montgomery") << QStringLiteral("Person") << QStringLiteral("Molly Montgomery") << QString()
                                      << false;
    QTest::newRow("Cristiano Amon") << QStringLiteral("Person") << QStringLiteral("Cristiano Amon") << QString()
                                    << false;
    QTest::newRow("vice-ministre des Finances")
        << QStringLiteral("Role") << QStringLiteral("vice-ministre des Finances") << QString() << false;
    QTest::newRow("Premier ministre, also PM")
        << QStringLiteral("Role") << QStringLiteral("Premier ministre") << QStringLiteral("PM") << true;
    QTest::newRow("directrice des politiques publiques")
        << QStringLiteral("Role") << QStringLiteral("directrice des politiques publiques") << QString() << false;
    QTest::newRow("Hanoï, also Hanoi") << QStringLiteral("Place") << QStringLiteral("Hanoï")
                                       << QStringLiteral("Hanoi") << false;
    QTest::newRow("Hoa Lac") << QStringLiteral("Place") << QStringLiteral("Hoa Lac") << QString() << false;
    QTest::newRow("NIC is case-sensitive") << QStringLiteral("Organisation")
                                           << QStringLiteral("Centre national d'innovation") << QStringLiteral("NIC")
                                           << true;
    QTest::newRow("NIC with a curly apostrophe, as the seeds write it")
        << QStringLiteral("Organisation") << QStringLiteral("Centre national d'innovation")
        << QStringLiteral("Centre national d\u2019innovation") << false;
    QTest::newRow("ministère vietnamien des Finances")
        << QStringLiteral("Organisation") << QStringLiteral("ministère des Finances")
        << QStringLiteral("ministère vietnamien des Finances") << false;
    QTest::newRow("SelectUSA") << QStringLiteral("Organisation") << QStringLiteral("SelectUSA") << QString() << false;
    QTest::newRow("VNA is case-sensitive") << QStringLiteral("Organisation")
                                           << QStringLiteral("Agence vietnamienne d'information")
                                           << QStringLiteral("VNA") << true;
    QTest::newRow("Asie du Sud-Est") << QStringLiteral("Place") << QStringLiteral("Asie du Sud-Est") << QString()
                                     << false;
}

void TestGazetteer::defaultGazetteerHasTheSeedNames()
{
    QFETCH(QString, type);
    QFETCH(QString, name);
    QFETCH(QString, alias);
    QFETCH(bool, caseSensitive);

    const QVector<Entity> entities = defaultGazetteer();
    const Entity *entity = findEntity(entities, type, name);
    QVERIFY2(entity, qPrintable(name));
    const Alias *found = findAlias(*entity, alias.isEmpty() ? name : alias);
    QVERIFY2(found, qPrintable(alias));
    QCOMPARE(found->caseSensitive, caseSensitive);
}

void TestGazetteer::defaultGazetteerAvoidsEverydayWords_data()
{
    QTest::addColumn<QString>("word");

    // Words of French or English prose that share a spelling with a name
    // in the gazetteer; only an exact alias may carry them.
    for (const char *word : {"meta", "méta", "apple", "orange", "total", "free", "oracle", "micron", "cadence",
                             "alphabet", "canon", "arm", "amazon", "grab", "tesla", "vivo", "uber", "réunion",
                             "hue", "hué", "phoenix", "congrès", "long an", "la réunion", "visa", "amazone"}) {
        QTest::newRow(word) << QString::fromUtf8(word);
    }
}

void TestGazetteer::defaultGazetteerAvoidsEverydayWords()
{
    QFETCH(QString, word);

    for (const Entity &entity : defaultGazetteer()) {
        for (const Alias &alias : entity.aliases) {
            if (alias.caseSensitive)
                continue;
            QVERIFY2(GazetteerFile::foldedName(alias.text) != GazetteerFile::foldedName(word),
                     qPrintable(entity.name + QStringLiteral(": ") + alias.text));
        }
    }
}

void TestGazetteer::defaultGazetteerMergesIntoCountries()
{
    if (!QFile::exists(IsoJson))
        QSKIP("iso-codes is not installed");
    const QVector<Entity> countries = IsoCodes::countries();
    if (countries.isEmpty())
        QSKIP("the French iso-codes catalogue is not installed");

    // The gazetteer's spelling lines carry iso-codes' French names, so they
    // add aliases to the countries instead of making second entities.
    const QVector<Entity> gazetteer = defaultGazetteer();
    QSet<QString> countryNames;
    for (const Entity &country : countries)
        countryNames.insert(GazetteerFile::foldedName(country.name));
    QStringList spellingLines;
    for (const Entity &entity : gazetteer) {
        if (entity.type == QLatin1String("Place") && countryNames.contains(GazetteerFile::foldedName(entity.name)))
            spellingLines.append(entity.name);
    }
    QCOMPARE(spellingLines,
             (QStringList{QStringLiteral("Viêt Nam"), QStringLiteral("États-Unis"), QStringLiteral("Royaume-Uni"),
                          QStringLiteral("Russie, Fédération de"), QStringLiteral("Syria"), QStringLiteral("Türkiye"),
                          QStringLiteral("Palestine, État de"), QStringLiteral("Micronésie, États fédérés de"),
                          QStringLiteral("Réunion, Île de la")}));

    const QVector<Entity> merged = GazetteerFile::merge(countries, gazetteer);
    QCOMPARE(merged.size(), countries.size() + gazetteer.size() - spellingLines.size());
    const Entity *usa = findEntity(merged, QStringLiteral("Place"), QStringLiteral("États-Unis"));
    QVERIFY(usa);
    QVERIFY(findAlias(*usa, QStringLiteral("United States")));
    QVERIFY(findAlias(*usa, QStringLiteral("USA")));
    const Alias *us = findAlias(*usa, QStringLiteral("US"));
    QVERIFY(us);
    QVERIFY(us->caseSensitive);
    const Entity *vietnam = findEntity(merged, QStringLiteral("Place"), QStringLiteral("Viêt Nam"));
    QVERIFY(vietnam);
    QVERIFY(findAlias(*vietnam, QStringLiteral("Việt Nam")));
}

} // namespace Veille

QTEST_GUILESS_MAIN(Veille::TestGazetteer)
#include "tst_gazetteer.moc"
