// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articles/articleparser.h"
#include "entities/entitymatcher.h"
#include "entities/katesyntaxexport.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Veille;

namespace {

struct Span {
    int start = 0;
    int end = 0;
    QString style;
    bool operator==(const Span &other) const
    {
        return start == other.start && end == other.end && style == other.style;
    }
};

QString describe(const Span &span, const QString &text)
{
    return QStringLiteral("%1-%2 %3 «%4»")
        .arg(span.start)
        .arg(span.end)
        .arg(span.style, text.mid(span.start, span.end - span.start));
}

QStringList describe(const QVector<Span> &spans, const QString &text)
{
    QStringList lines;
    for (const Span &span : spans)
        lines.append(describe(span, text));
    return lines;
}

// The seam STYLE.md names: KSyntaxHighlighting reports runs of one format
// through applyFormat(); this keeps those that are not plain text.
class SpanRecorder final : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    QVector<Span> highlight(QStringView text)
    {
        m_spans.clear();
        // Each paragraph on its own, from a fresh state, as EntityMatcher sees it.
        highlightLine(text, KSyntaxHighlighting::State());
        return m_spans;
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (length > 0 && format.isValid() && format.name() != QLatin1String("Normal Text"))
            m_spans.append({ offset, offset + length, format.name() });
    }

private:
    QVector<Span> m_spans;
};

Entity makeEntity(qint64 id, const QString &type, const QStringList &names, bool caseSensitive = false)
{
    Entity entity;
    entity.id = id;
    entity.type = type;
    entity.name = names.value(0);
    for (int i = 0; i < names.size(); ++i)
        entity.aliases.append({ id * 10 + i, names.at(i), caseSensitive, true });
    return entity;
}

const QString Company = QStringLiteral("Company");
const QString Organisation = QStringLiteral("Organisation");
const QString Person = QStringLiteral("Person");
const QString Role = QStringLiteral("Role");
const QString Place = QStringLiteral("Place");

QVector<Entity> gazetteer()
{
    return {
        makeEntity(1, Company, { QStringLiteral("Intel") }),
        makeEntity(2, Company, { QStringLiteral("Qualcomm") }),
        makeEntity(3, Company, { QStringLiteral("Meta") }, true),
        makeEntity(4, Person, { QStringLiteral("Pham Minh Chinh") }),
        makeEntity(5, Person, { QStringLiteral("Cao Anh Tuân") }),
        makeEntity(6, Person, { QStringLiteral("Sarah Kemp") }),
        makeEntity(7, Role, { QStringLiteral("vice-ministre des Finances") }),
        makeEntity(8, Role, { QStringLiteral("Premier ministre") }),
        makeEntity(9, Organisation, { QStringLiteral("NIC") }, true),
        makeEntity(10, Place, { QStringLiteral("Hanoï"), QStringLiteral("Hanoi") }),
        makeEntity(11, Place, { QStringLiteral("États-Unis") }),
        makeEntity(12, Place, { QStringLiteral("Vietnam") }),
        makeEntity(13, Place, { QStringLiteral("Hoa Lac") }),
        makeEntity(14, Place, { QStringLiteral("Asie du Sud-Est") }),
        makeEntity(15, Company, { QStringLiteral("VinAI") }),
        makeEntity(16, Company, { QStringLiteral("Vingroup") }),
        makeEntity(17, Company, { QStringLiteral("Viettel") }),
        makeEntity(18, Company, { QStringLiteral("VNPT") }),
    };
}

// Title and paragraphs of every file of the sample corpus, by file name.
QVector<QPair<QString, QStringList>> sampleCorpus()
{
    QVector<QPair<QString, QStringList>> texts;
    const QDir dir(QStringLiteral(VEILLE_SOURCE_DIR "/resources/sample-corpus"));
    const auto files = dir.entryInfoList({ QStringLiteral("*.txt"), QStringLiteral("*.md") }, QDir::Files, QDir::Name);
    for (const QFileInfo &info : files) {
        QFile file(info.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const ArticleParser::Result result = ArticleParser::parse(file.readAll(), info.absoluteFilePath());
        if (!result.ok())
            continue;
        QStringList paragraphs = result.article.paragraphs();
        paragraphs.prepend(result.article.title);
        texts.append({ info.fileName(), paragraphs });
    }
    return texts;
}

} // namespace

class TestKateSyntaxExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void corpusIsNotTrivial();
    void entitiesAgreeWithMatcher_data();
    void entitiesAgreeWithMatcher();
    void patternsDefinitionIsShipped();
    void patterns_data();
    void patterns();

private:
    QVector<Span> matcherSpans(const QString &text) const;

    QTemporaryDir m_dir;
    std::unique_ptr<KSyntaxHighlighting::Repository> m_repository;
    KSyntaxHighlighting::Definition m_entities;
    std::unique_ptr<EntityMatcher> m_matcher;
    QStringList m_typeOfPattern;
};

void TestKateSyntaxExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());

    const QVector<Entity> entities = gazetteer();
    // addCustomSearchPath() reads definitions from the "syntax" folder under it.
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("syntax")));
    QFile file(m_dir.filePath(QStringLiteral("syntax/veille-entities.xml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(KateSyntaxExport::write(entities));
    file.close();

    m_repository = std::make_unique<KSyntaxHighlighting::Repository>();
    m_repository->addCustomSearchPath(m_dir.path());
    m_entities = m_repository->definitionForName(QStringLiteral("Veille Entities"));
    QVERIFY(m_entities.isValid());

    // The same gazetteer for EntityMatcher: each alias a pattern, the
    // entity's name first, in the gazetteer's order.
    QVector<EntityMatcher::Pattern> patterns;
    for (const Entity &entity : entities) {
        QCOMPARE(entity.aliases.value(0).text, entity.name);
        for (const Alias &alias : entity.aliases) {
            patterns.append({ alias.text, entity.id, alias.id, alias.caseSensitive, alias.foldAccents });
            m_typeOfPattern.append(entity.type);
        }
    }
    m_matcher = std::make_unique<EntityMatcher>(patterns);
}

QVector<Span> TestKateSyntaxExport::matcherSpans(const QString &text) const
{
    QVector<Span> spans;
    for (const EntityMatcher::Match &match : m_matcher->find(text)) {
        const Span span { match.start, match.end, m_typeOfPattern.at(match.pattern) };
        // KSyntaxHighlighting reports runs of one format, not rule matches:
        // two names of one type with nothing between them (possible when
        // they end and start with punctuation, "C++" and "(x)" in "C++(x)")
        // come back as one run, so compare runs.
        if (!spans.isEmpty() && spans.last().end == span.start && spans.last().style == span.style)
            spans.last().end = span.end;
        else
            spans.append(span);
    }
    return spans;
}

void TestKateSyntaxExport::corpusIsNotTrivial()
{
    // Two empty answers would agree; make sure there is something to compare.
    const auto corpus = sampleCorpus();
    QVERIFY(corpus.size() >= 17);
    QHash<QString, int> byType;
    for (const auto &article : corpus) {
        for (const QString &paragraph : article.second) {
            for (const Span &span : matcherSpans(paragraph))
                ++byType[span.style];
        }
    }
    for (const QString &type : { Company, Organisation, Person, Role, Place })
        QVERIFY2(byType.value(type) > 0, qPrintable(type));
    int total = 0;
    for (const int count : std::as_const(byType))
        total += count;
    QVERIFY2(total >= 80, qPrintable(QString::number(total)));
}

void TestKateSyntaxExport::entitiesAgreeWithMatcher_data()
{
    QTest::addColumn<QStringList>("paragraphs");
    for (const auto &article : sampleCorpus())
        QTest::newRow(qPrintable(article.first)) << article.second;

    // What the corpus may not show.
    QTest::newRow("apostrophes separate, hyphens join") << QStringList { QStringLiteral(
        "l’Asie du Sud-Est, d'Intel, l’Intel’s, Intel-Inside, anti-Intel, Hanoï-Ville, Vietnam2") };
    QTest::newRow("case and accents") << QStringList { QStringLiteral(
        "HANOÏ, hanoi, Hànội, ETATS-UNIS, Etats-Unis, cao anh tuan, CAO ANH TUÂN, VIETNAM") };
    QTest::newRow("case-sensitive names") << QStringList { QStringLiteral("Meta, meta, META, NIC, nic, Nic, NICs") };
    QTest::newRow("no-break spaces inside names")
        << QStringList { QStringLiteral("le Premier\u00A0ministre Pham\u202FMinh Chinh à Hoa\u2007Lac") };
    QTest::newRow("longest name wins") << QStringList { QStringLiteral(
        "le vice-ministre des Finances et le vice-ministre des Affaires") };
    QTest::newRow("names next to each other") << QStringList { QStringLiteral("Intel/Qualcomm, VNPT–Viettel, «Meta»") };
}

void TestKateSyntaxExport::entitiesAgreeWithMatcher()
{
    QFETCH(QStringList, paragraphs);
    SpanRecorder recorder;
    recorder.setDefinition(m_entities);

    QStringList diff;
    for (int i = 0; i < paragraphs.size(); ++i) {
        const QString &text = paragraphs.at(i);
        const QVector<Span> expected = matcherSpans(text);
        const QVector<Span> actual = recorder.highlight(text);
        if (actual == expected)
            continue;
        diff.append(QStringLiteral("paragraph %1 (0 is the title):").arg(i));
        for (const Span &span : expected) {
            if (!actual.contains(span))
                diff.append(QStringLiteral("  - ") + describe(span, text) + QStringLiteral("   (EntityMatcher only)"));
        }
        for (const Span &span : actual) {
            if (!expected.contains(span))
                diff.append(QStringLiteral("  + ") + describe(span, text)
                            + QStringLiteral("   (KSyntaxHighlighting only)"));
        }
    }
    QVERIFY2(diff.isEmpty(), qPrintable(QLatin1Char('\n') + diff.join(QLatin1Char('\n'))));
}

void TestKateSyntaxExport::patternsDefinitionIsShipped()
{
    // A default repository, nothing added: the definition comes from the
    // resource veille_syntax_resources links in.
    KSyntaxHighlighting::Repository repository;
    const KSyntaxHighlighting::Definition definition = repository.definitionForName(QStringLiteral("Veille Patterns"));
    QVERIFY(definition.isValid());
    QCOMPARE(definition.filePath(), QStringLiteral(":/org.kde.syntax-highlighting/syntax-addons/veille-patterns.xml"));
    QCOMPARE(definition.section(), QStringLiteral("Other"));
    QCOMPARE(definition.extensions(), QVector<QString> { QStringLiteral("*.veille") });
    QCOMPARE(repository.definitionForFileName(QStringLiteral("notes.veille")).name(),
             QStringLiteral("Veille Patterns"));
}

void TestKateSyntaxExport::patterns_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    const auto row = [](const char *name, const QString &text, const QStringList &expected) {
        QTest::newRow(name) << text << expected;
    };
    // The four sentences of the brief.
    row("amount: milliards de dollars", QStringLiteral("plus de 90 milliards de dollars d’exportations"),
        { QStringLiteral("8-31 Amount «90 milliards de dollars»") });
    row("percentage with a space", QStringLiteral("plus de 50 % de la capacité"),
        { QStringLiteral("8-12 Percentage «50 %»") });
    row("date: day month year", QStringLiteral("le 13 mai 2025"), { QStringLiteral("3-14 Date «13 mai 2025»") });
    row("quotation: guillemets", QStringLiteral("« IA pour tous »"),
        { QStringLiteral("0-16 Quotation «« IA pour tous »»") });

    // Amounts.
    row("amount: d’USD", QStringLiteral("160 milliards d’USD et 32 millions d'USD"),
        { QStringLiteral("0-19 Amount «160 milliards d’USD»"), QStringLiteral("23-40 Amount «32 millions d'USD»") });
    row("amount: decimal comma", QStringLiteral("1,5 milliard de dollars"),
        { QStringLiteral("0-23 Amount «1,5 milliard de dollars»") });
    row("amount: d’euros", QStringLiteral("200 millions d’euros"),
        { QStringLiteral("0-20 Amount «200 millions d’euros»") });
    row("amount: English shorthand", QStringLiteral("$1.13bn and £600m"),
        { QStringLiteral("0-7 Amount «$1.13bn»"), QStringLiteral("12-17 Amount «£600m»") });
    row("amount: grouped thousands", QStringLiteral("environ 5 000 dollars"),
        { QStringLiteral("8-21 Amount «5 000 dollars»") });
    row("amount: no-break spaces", QStringLiteral("5\u202F000\u00A0dollars"),
        { QStringLiteral("0-13 Amount «5\u202F000\u00A0dollars»") });
    row("amount: dôngs", QStringLiteral("7 500 milliards de dôngs"),
        { QStringLiteral("0-24 Amount «7 500 milliards de dôngs»") });
    row("amount: francs CFA", QStringLiteral("2 milliards de francs CFA"),
        { QStringLiteral("0-25 Amount «2 milliards de francs CFA»") });
    row("amount: won only after a scale", QStringLiteral("Burnout 3 won three awards, 100 trillion won"),
        { QStringLiteral("28-44 Amount «100 trillion won»") });
    row("amount: a number alone is not one", QStringLiteral("5 000 ingénieurs"), {});

    // Percentages.
    row("percentage: no space", QStringLiteral("30%"), { QStringLiteral("0-3 Percentage «30%»") });
    row("percentage: decimal", QStringLiteral("de 2,5 % par an"), { QStringLiteral("3-8 Percentage «2,5 %»") });
    row("percentage: narrow no-break space", QStringLiteral("50\u202F%"),
        { QStringLiteral("0-4 Percentage «50\u202F%»") });

    // Dates.
    row("date: day month", QStringLiteral("le 13 mai (heure locale)"), { QStringLiteral("3-9 Date «13 mai»") });
    row("date: août", QStringLiteral("le 12 août 2025,"), { QStringLiteral("3-15 Date «12 août 2025»") });
    row("date: 1er", QStringLiteral("au 1er juillet"), { QStringLiteral("3-14 Date «1er juillet»") });
    row("date: month year", QStringLiteral("en mai 2025"), { QStringLiteral("3-11 Date «mai 2025»") });
    row("date: year", QStringLiteral("d’ici à 2030."), { QStringLiteral("8-12 Date «2030»") });
    row("date: English", QStringLiteral("in May 2025, on 12 August 2025"),
        { QStringLiteral("3-11 Date «May 2025»"), QStringLiteral("16-30 Date «12 August 2025»") });
    row("date: a month alone is a name", QStringLiteral("Mme Mai et mars"), {});
    row("date: ISO", QStringLiteral("le 2025-05-13"), { QStringLiteral("3-13 Date «2025-05-13»") });

    // Quotations.
    row("quotation: English quotes", QStringLiteral("il a dit “oui” hier"),
        { QStringLiteral("9-14 Quotation «“oui”»") });
    row("quotation: straight quotes", QStringLiteral("he said \"yes\" twice"),
        { QStringLiteral("8-13 Quotation «\"yes\"»") });
    row("quotation: ends with the paragraph", QStringLiteral("« Nous voulons"),
        { QStringLiteral("0-14 Quotation «« Nous voulons»") });
    row("quotation: holds its numbers", QStringLiteral("« 50 % »"), { QStringLiteral("0-8 Quotation «« 50 % »»") });

    // Acronyms.
    row("acronyms", QStringLiteral("l’IA, le NIC, la R&D, QVIC et la 5G"),
        { QStringLiteral("2-4 Acronym «IA»"), QStringLiteral("9-12 Acronym «NIC»"),
          QStringLiteral("17-20 Acronym «R&D»"), QStringLiteral("22-26 Acronym «QVIC»"),
          QStringLiteral("33-35 Acronym «5G»") });
    row("acronym: agency signature", QStringLiteral("VNA/CVN"),
        { QStringLiteral("0-3 Acronym «VNA»"), QStringLiteral("4-7 Acronym «CVN»") });
    row("acronym: not a hyphenated word or a long one", QStringLiteral("ÉTATS-UNIS, SEMICONDUCTEURS, A, Ab"), {});
}

void TestKateSyntaxExport::patterns()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    KSyntaxHighlighting::Repository repository;
    SpanRecorder recorder;
    recorder.setDefinition(repository.definitionForName(QStringLiteral("Veille Patterns")));
    QCOMPARE(describe(recorder.highlight(text), text), expected);
}

QTEST_GUILESS_MAIN(TestKateSyntaxExport)
#include "tst_katesyntaxexport.moc"
