// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/entitymatcher.h"
#include "entities/katesyntaxexport.h"
#include "text/textfold.h"

#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

using namespace Veille;

namespace {

// What the tests read back from the XML.
struct Definition {
    QString name;
    QStringList styles; //!< itemData names, in order
    struct Rule {
        QString style;
        bool insensitive = false;
        QString pattern;
    };
    QVector<Rule> rules;
    QString error; //!< empty when the XML is well-formed
};

Definition parse(const QByteArray &xml)
{
    Definition definition;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto attributes = reader.attributes();
        if (reader.name() == QLatin1String("language")) {
            definition.name = attributes.value(QLatin1String("name")).toString();
        } else if (reader.name() == QLatin1String("itemData")) {
            definition.styles.append(attributes.value(QLatin1String("name")).toString());
        } else if (reader.name() == QLatin1String("RegExpr")) {
            definition.rules.append({ attributes.value(QLatin1String("attribute")).toString(),
                                      attributes.value(QLatin1String("insensitive")) == QLatin1String("true"),
                                      attributes.value(QLatin1String("String")).toString() });
        }
    }
    if (reader.hasError())
        definition.error = QStringLiteral("line %1: %2").arg(reader.lineNumber()).arg(reader.errorString());
    return definition;
}

// The options KSyntaxHighlighting compiles a RegExpr rule with.
QRegularExpression compile(const Definition::Rule &rule)
{
    QRegularExpression::PatternOptions options =
        QRegularExpression::UseUnicodePropertiesOption | QRegularExpression::DontCaptureOption;
    if (rule.insensitive)
        options |= QRegularExpression::CaseInsensitiveOption;
    return QRegularExpression(rule.pattern, options);
}

struct Span {
    int start = 0;
    int end = 0;
    QString style;
    bool operator==(const Span &other) const
    {
        return start == other.start && end == other.end && style == other.style;
    }
};

QString describe(const QVector<Span> &spans, const QString &text)
{
    QStringList parts;
    for (const Span &span : spans) {
        parts.append(QStringLiteral("%1-%2 %3 «%4»")
                         .arg(span.start)
                         .arg(span.end)
                         .arg(span.style, text.mid(span.start, span.end - span.start)));
    }
    return parts.join(QStringLiteral("; "));
}

// KSyntaxHighlighting's loop in AbstractHighlighter::highlightLine(), for
// one context of RegExpr rules: at each place, the first rule that matches
// right there wins and the scan goes on after it; else one character on.
class RuleEmulator
{
public:
    explicit RuleEmulator(const Definition &definition)
    {
        for (const Definition::Rule &rule : definition.rules)
            m_rules.append({ compile(rule), rule.style });
    }

    QVector<Span> highlight(const QString &text) const
    {
        QVector<Span> spans;
        for (int offset = 0; offset < text.size();) {
            int end = offset;
            for (const auto &rule : m_rules) {
                const auto match = rule.first.match(text, offset);
                if (match.hasMatch() && match.capturedStart() == offset && match.capturedLength() > 0) {
                    end = int(match.capturedEnd());
                    spans.append({ offset, end, rule.second });
                    break;
                }
            }
            offset = end > offset ? end : offset + 1;
        }
        return spans;
    }

private:
    QVector<QPair<QRegularExpression, QString>> m_rules;
};

Entity makeEntity(qint64 id, const QString &type, const QStringList &names, bool caseSensitive = false,
                  bool foldAccents = true)
{
    Entity entity;
    entity.id = id;
    entity.type = type;
    entity.name = names.value(0);
    for (int i = 0; i < names.size(); ++i)
        entity.aliases.append({ id * 100 + i, names.at(i), caseSensitive, foldAccents });
    return entity;
}

// Deterministic invented names with Vietnamese and French accents, all
// different once folded, so each has exactly one expected entity.
QVector<Entity> generatedGazetteer(int count)
{
    static const char16_t *const syllables[] = {
        u"an",   u"bảo", u"cao",  u"dinh", u"đức",   u"hà",   u"hoà",   u"lê",   u"minh", u"nguyễn",  u"phạm",
        u"quốc", u"thị", u"trần", u"tuân", u"văn",   u"việt", u"xuân",  u"éloi", u"noël", u"sud-est", u"ông",
        u"ngọc", u"lâm", u"hưng", u"phú",  u"thành", u"long", u"giang", u"mai",  u"sơn",  u"khánh",
    };
    const int syllableCount = int(sizeof syllables / sizeof *syllables);
    static const QStringList types = { QStringLiteral("Company"), QStringLiteral("Person"), QStringLiteral("Place"),
                                       QStringLiteral("Role"), QStringLiteral("Organisation") };
    QVector<Entity> entities;
    QSet<QString> folded;
    quint32 seed = 20260513;
    while (entities.size() < count) {
        QStringList words;
        seed = seed * 1664525u + 1013904223u;
        const int wordCount = 2 + int((seed >> 24) % 3);
        for (int w = 0; w < wordCount; ++w) {
            seed = seed * 1664525u + 1013904223u;
            QString word = QString::fromUtf16(syllables[(seed >> 16) % quint32(syllableCount)]);
            word[0] = word.at(0).toUpper();
            words.append(word);
        }
        const QString name = words.join(QLatin1Char(' '));
        QString key = name;
        for (QChar &c : key)
            c = foldAccentsAndCase(c);
        if (folded.contains(key))
            continue;
        folded.insert(key);
        const int n = int(entities.size());
        entities.append(makeEntity(n + 1, types.at(n % types.size()), { name }, n % 7 == 0, n % 5 != 0));
    }
    return entities;
}

} // namespace

class TestKateSyntaxExportXml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wellFormed();
    void oneStylePerType();
    void chunksLongGazetteers();
    void escapesMetacharacters_data();
    void escapesMetacharacters();
    void agreesWithMatcher_data();
    void agreesWithMatcher();
};

void TestKateSyntaxExportXml::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestKateSyntaxExportXml::wellFormed()
{
    // Characters XML or PCRE2 would choke on, if written as they are.
    const QVector<Entity> entities = {
        makeEntity(1, QStringLiteral("Company"), { QStringLiteral("AT&T"), QStringLiteral("<Brackets> & \"Quotes\"") }),
        makeEntity(2, QStringLiteral("Person"),
                   { QStringLiteral("Nguyễn Thị\u00A0Mai"), QStringLiteral("Tab\tand\x01") }),
        makeEntity(3, QStringLiteral("Place"),
                   { QStringLiteral("Côte d’Ivoire"), QStringLiteral("Emoji \U0001F600 Land") }),
        makeEntity(4, QStringLiteral("Place"), { QStringLiteral("   "), QStringLiteral("Lone \xD800 surrogate") }),
    };
    const QByteArray xml = KateSyntaxExport::write(entities, QStringLiteral("Test & Co"));
    QCOMPARE(QString::fromUtf8(xml).toUtf8(), xml); // valid UTF-8
    QVERIFY(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));

    const Definition definition = parse(xml);
    QVERIFY2(definition.error.isEmpty(), qPrintable(definition.error));
    QCOMPARE(definition.name, QStringLiteral("Test & Co"));
    QVERIFY(!definition.rules.isEmpty());
    for (const Definition::Rule &rule : definition.rules) {
        const QRegularExpression regex = compile(rule);
        QVERIFY2(regex.isValid(), qPrintable(regex.errorString() + QLatin1String(": ") + rule.pattern));
    }
    const RuleEmulator emulator(definition);
    const QString text = QStringLiteral("AT&T, Nguyễn Thị Mai et l’Emoji \U0001F600 Land.");
    QCOMPARE(describe(emulator.highlight(text), text),
             QStringLiteral("0-4 Company «AT&T»; 6-20 Person «Nguyễn Thị Mai»; 26-39 Place «Emoji \U0001F600 Land»"));
}

void TestKateSyntaxExportXml::oneStylePerType()
{
    // Types are data: any name, any number of them.
    const QVector<Entity> entities = {
        makeEntity(1, QStringLiteral("Company"), { QStringLiteral("Intel") }),
        makeEntity(2, QStringLiteral("Person"), { QStringLiteral("Sarah Kemp") }),
        makeEntity(3, QStringLiteral("Company"), { QStringLiteral("Qualcomm") }),
        makeEntity(4, QStringLiteral("Lieu / Région"), { QStringLiteral("Hoa Lac") }),
        makeEntity(5, QString(), { QStringLiteral("Sans type") }),
        makeEntity(6, QStringLiteral("Normal Text"), { QStringLiteral("Texte") }),
        makeEntity(7, QStringLiteral("company"), { QStringLiteral("Minuscule") }),
    };
    const Definition definition = parse(KateSyntaxExport::write(entities));
    QVERIFY2(definition.error.isEmpty(), qPrintable(definition.error));
    QCOMPARE(definition.name, QStringLiteral("Veille Entities"));
    const QStringList expected = { QStringLiteral("Normal Text"), QStringLiteral("Company"),
                                   QStringLiteral("Person"),      QStringLiteral("Lieu Région"),
                                   QStringLiteral("Entity"),      QStringLiteral("Normal Text 2"),
                                   QStringLiteral("company 2") };
    QCOMPARE(definition.styles, expected);
    QSet<QString> used;
    for (const Definition::Rule &rule : definition.rules)
        used.insert(rule.style);
    QCOMPARE(used.size(), expected.size() - 1); // every type has rules; Normal Text has none
    QVERIFY(!used.contains(QStringLiteral("Normal Text")));
}

void TestKateSyntaxExportXml::chunksLongGazetteers()
{
    const QVector<Entity> entities = generatedGazetteer(10000);
    const Definition definition = parse(KateSyntaxExport::write(entities));
    QVERIFY2(definition.error.isEmpty(), qPrintable(definition.error));
    // Five types, sensitive or not: more rules than that means real chunks.
    QVERIFY2(definition.rules.size() > 10, qPrintable(QString::number(definition.rules.size())));
    for (const Definition::Rule &rule : definition.rules) {
        QVERIFY2(rule.pattern.size() <= KateSyntaxExport::MaxPatternLength,
                 qPrintable(QString::number(rule.pattern.size())));
        const QRegularExpression regex = compile(rule);
        QVERIFY2(regex.isValid(), qPrintable(regex.errorString()));
    }

    // Every name is still found, as a whole and with its own type; one in
    // 97 keeps the test quick.
    const RuleEmulator emulator(definition);
    for (int i = 0; i < entities.size(); i += 97) {
        const Entity &entity = entities.at(i);
        const QString text = QStringLiteral("Selon ") + entity.name + QStringLiteral(", rien.");
        const QString expected =
            QStringLiteral("6-%1 %2 «%3»").arg(6 + entity.name.size()).arg(entity.type, entity.name);
        QCOMPARE(describe(emulator.highlight(text), text), expected);
    }
}

void TestKateSyntaxExportXml::escapesMetacharacters_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("ampersand is literal and XML-escaped")
        << QStringLiteral("R&D") << QStringLiteral("la R&D, pas RD") << QStringLiteral("3-6 Term «R&D»");
    QTest::newRow("plus signs are not quantifiers")
        << QStringLiteral("C++") << QStringLiteral("C++ ou CC ou C") << QStringLiteral("0-3 Term «C++»");
    QTest::newRow("dot and parentheses are literal")
        << QStringLiteral("A.B (x)") << QStringLiteral("AxB x, A.B (x).") << QStringLiteral("7-14 Term «A.B (x)»");
    QTest::newRow("brackets, bar, anchors")
        << QStringLiteral("[a|b]^$") << QStringLiteral("a ou [a|b]^$") << QStringLiteral("5-12 Term «[a|b]^$»");
    QTest::newRow("backslash and braces")
        << QStringLiteral("\\d{2}") << QStringLiteral("12 et \\d{2}") << QStringLiteral("6-11 Term «\\d{2}»");
    QTest::newRow("not inside a longer word") << QStringLiteral("R&D") << QStringLiteral("R&Dx") << QString();
}

void TestKateSyntaxExportXml::escapesMetacharacters()
{
    QFETCH(QString, name);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QByteArray xml = KateSyntaxExport::write({ makeEntity(1, QStringLiteral("Term"), { name }) });
    QVERIFY(!xml.contains("R&D")); // as &amp; in the file, or not there at all
    const Definition definition = parse(xml);
    QVERIFY2(definition.error.isEmpty(), qPrintable(definition.error));
    QCOMPARE(definition.rules.size(), 1);
    const QRegularExpression regex = compile(definition.rules.first());
    QVERIFY2(regex.isValid(), qPrintable(regex.errorString()));
    QCOMPARE(describe(RuleEmulator(definition).highlight(text), text), expected);
}

void TestKateSyntaxExportXml::agreesWithMatcher_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("longest name across rules") << QStringLiteral("Le NIC de l’Asie du Sud-Est et l’Asie, au Sud.");
    QTest::newRow("hyphen joins, apostrophe separates")
        << QStringLiteral("Sud-Est, Est-Asie, d’Est et l'Est-Ouest; Hanoi-Ville, Hanoï’s");
    QTest::newRow("case-sensitive acronym") << QStringLiteral("NIC, nic, Nic et NIC’s");
    QTest::newRow("accents folded both ways")
        << QStringLiteral("Hanoï, Hanoi, HANOÏ, Hànội, hanoí, Etats-Unis, ÉTATS-UNIS, Cao Anh Tuan");
    QTest::newRow("no accent folding") << QStringLiteral("Vietnam, Viêtnam, VIETNAM, Việtnam");
    QTest::newRow("no-break spaces") << QStringLiteral("Premier\u00A0ministre, Asie\u202Fdu Sud-Est, Hoa\u2007Lac");
    QTest::newRow("digits and marks are word characters") << QStringLiteral("Asie2, 2Asie, Asie\u0301, Asie_, _Asie");
    QTest::newRow("a letter outside the BMP separates") << QStringLiteral("\U0001D400Asie\U0001D400");
}

void TestKateSyntaxExportXml::agreesWithMatcher()
{
    // Short names first in the gazetteer, and thousands of others, so the
    // short and the long ones land in different rules.
    QVector<Entity> entities = {
        makeEntity(1, QStringLiteral("Person"), { QStringLiteral("Asie"), QStringLiteral("Est") }),
        makeEntity(2, QStringLiteral("Organisation"), { QStringLiteral("NIC") }, true),
        makeEntity(3, QStringLiteral("Place"),
                   { QStringLiteral("Hanoï"), QStringLiteral("Etats-Unis"), QStringLiteral("Cao Anh Tuân") }),
        makeEntity(4, QStringLiteral("Place"), { QStringLiteral("Vietnam") }, false, false),
    };
    entities += generatedGazetteer(3000);
    entities.append(makeEntity(9001, QStringLiteral("Place"), { QStringLiteral("Asie du Sud-Est") }));
    entities.append(makeEntity(9002, QStringLiteral("Role"), { QStringLiteral("Premier ministre") }));
    entities.append(makeEntity(9003, QStringLiteral("Place"), { QStringLiteral("Hoa Lac") }));

    QVector<EntityMatcher::Pattern> patterns;
    QStringList typeOfPattern;
    for (const Entity &entity : std::as_const(entities)) {
        for (const Alias &alias : entity.aliases) {
            patterns.append({ alias.text, entity.id, alias.id, alias.caseSensitive, alias.foldAccents });
            typeOfPattern.append(entity.type);
        }
    }
    const EntityMatcher matcher(patterns);
    static const Definition definition = parse(KateSyntaxExport::write(entities));
    QVERIFY2(definition.error.isEmpty(), qPrintable(definition.error));
    static const RuleEmulator emulator(definition);

    QFETCH(QString, text);
    QVector<Span> expected;
    for (const EntityMatcher::Match &match : matcher.find(text))
        expected.append({ match.start, match.end, typeOfPattern.at(match.pattern) });
    QCOMPARE(describe(emulator.highlight(text), text), describe(expected, text));
}

QTEST_GUILESS_MAIN(TestKateSyntaxExportXml)
#include "tst_katesyntaxexport_xml.moc"
