// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articles/articleparser.h"
#include "entities/defaultgazetteer.h"
#include "entities/mentionfinder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace Veille {

// Golden files, in the manner of KSyntaxHighlighting's autotests: each
// article of tests/data/input is matched against the default gazetteer and
// the spans it gets are compared, line by line, with tests/data/reference.
// One line per span, in order of position:
//   start-end <TAB> mention <TAB> type <TAB> surface <TAB> entity name [<TAB> role: …]
//   start-end <TAB> rule <TAB> type <TAB> surface <TAB> full name <TAB> reason [<TAB> role: …]
//   start-end <TAB> suggestion <TAB> type <TAB> surface <TAB> reason [<TAB> role: …]
// "rule" is a name a rule found, a detected name as the tagger's are (the
// test runs no tagger); "suggestion" is a typo variant of a known name.
// Offsets are UTF-16 positions in the body, as the store keeps them.
// The countries come from a small iso-codes in tests/data/iso-codes, with
// only the countries the inputs name, so the test runs the same everywhere.
// With VEILLE_UPDATE_REFERENCES=1 the test writes the references instead
// (tests/data/update-references.sh); read the diff before committing it.
class TestHighlightGolden : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void golden_data();
    void golden();

private:
    MentionFinder m_finder;
    QHash<qint64, Entity> m_entities;
};

namespace {
QString inputDir()
{
    return QStringLiteral(VEILLE_TEST_DATA_DIR "/input");
}

QString referenceDir()
{
    return QStringLiteral(VEILLE_TEST_DATA_DIR "/reference");
}

// The default gazetteer with the fixture's countries in place of the
// system's, so the references do not depend on the iso-codes installed.
QVector<Entity> goldenGazetteer(QStringList *problems)
{
    const QString isoCodes = QStringLiteral(VEILLE_TEST_DATA_DIR "/iso-codes");
    return DefaultGazetteer::load(isoCodes + QStringLiteral("/json"), isoCodes + QStringLiteral("/locale"), problems);
}

bool updating()
{
    return qEnvironmentVariableIntValue("VEILLE_UPDATE_REFERENCES") == 1;
}

// A field on one line: a surface never holds a tab or a line end, but if
// one ever did, the reference would still be one line per span.
QString field(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('\t'), QStringLiteral("\\t"));
    text.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return text;
}

QByteArray readAll(const QString &path, bool *ok = nullptr)
{
    QFile file(path);
    const bool opened = file.open(QIODevice::ReadOnly);
    if (ok)
        *ok = opened;
    return opened ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// A plain line diff for systems without diff(1): every line that differs,
// with its number.
QString simpleDiff(const QByteArray &expected, const QByteArray &actual)
{
    const QStringList a = QString::fromUtf8(expected).split(QLatin1Char('\n'));
    const QStringList b = QString::fromUtf8(actual).split(QLatin1Char('\n'));
    QStringList lines;
    for (int i = 0; i < std::max(a.size(), b.size()); ++i) {
        const QString left = a.value(i);
        const QString right = b.value(i);
        if (left == right)
            continue;
        if (i < a.size())
            lines.append(QStringLiteral("%1: - %2").arg(i + 1).arg(left));
        if (i < b.size())
            lines.append(QStringLiteral("%1: + %2").arg(i + 1).arg(right));
    }
    return lines.join(QLatin1Char('\n'));
}

// diff -u between the reference and what the test got, or a plain line
// diff when diff(1) is missing.
QString unifiedDiff(const QString &name, const QByteArray &expected, const QByteArray &actual)
{
    QTemporaryDir dir;
    const QString expectedPath = dir.filePath(QStringLiteral("expected"));
    const QString actualPath = dir.filePath(QStringLiteral("actual"));
    if (dir.isValid() && writeAll(expectedPath, expected) && writeAll(actualPath, actual)) {
        QProcess diff;
        diff.start(QStringLiteral("diff"),
                   { QStringLiteral("-u"), QStringLiteral("--label"), QStringLiteral("reference/") + name,
                     QStringLiteral("--label"), QStringLiteral("actual/") + name, expectedPath, actualPath });
        if (diff.waitForFinished(30000) && diff.exitStatus() == QProcess::NormalExit && diff.exitCode() == 1)
            return QString::fromUtf8(diff.readAllStandardOutput());
    }
    return simpleDiff(expected, actual);
}
} // namespace

void TestHighlightGolden::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QStringList problems;
    QVector<Entity> entities = goldenGazetteer(&problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(!entities.isEmpty());
    // Ids as the store gives them to a new database: in the order loaded.
    qint64 aliasId = 0;
    for (int i = 0; i < entities.size(); ++i) {
        Entity &entity = entities[i];
        entity.id = i + 1;
        for (Alias &alias : entity.aliases)
            alias.id = ++aliasId;
        m_entities.insert(entity.id, entity);
    }
    m_finder = MentionFinder(entities, {});
}

void TestHighlightGolden::golden_data()
{
    QTest::addColumn<QString>("inputPath");
    const QFileInfoList inputs = QDir(inputDir()).entryInfoList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name);
    QVERIFY2(!inputs.isEmpty(), qPrintable(inputDir()));
    for (const QFileInfo &input : inputs)
        QTest::newRow(qPrintable(input.fileName())) << input.absoluteFilePath();
}

void TestHighlightGolden::golden()
{
    QFETCH(QString, inputPath);

    bool ok = false;
    const QByteArray bytes = readAll(inputPath, &ok);
    QVERIFY2(ok, qPrintable(inputPath));
    const ArticleParser::Result parsed = ArticleParser::parse(bytes, inputPath);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    const QString body = parsed.article.body;
    const MentionFinder::Findings findings = m_finder.find(body);

    struct Line {
        int start;
        int end;
        QString text;
    };
    QVector<Line> lines;
    for (const Mention &mention : findings.mentions) {
        const Entity entity = m_entities.value(mention.entityId);
        QString line = QStringLiteral("%1-%2\tmention\t").arg(mention.start).arg(mention.end) + field(entity.type)
            + QLatin1Char('\t') + field(body.mid(mention.start, mention.end - mention.start)) + QLatin1Char('\t')
            + field(entity.name);
        if (!mention.role.isEmpty())
            line += QStringLiteral("\trole: ") + field(mention.role);
        lines.append({ mention.start, mention.end, line });
    }
    for (const DetectedMention &name : findings.detected) {
        QCOMPARE(name.origin, MentionOrigin::Rule);
        QString line = QStringLiteral("%1-%2\trule\t").arg(name.start).arg(name.end) + field(name.type)
            + QLatin1Char('\t') + field(body.mid(name.start, name.length())) + QLatin1Char('\t') + field(name.name)
            + QLatin1Char('\t') + field(name.reason);
        if (!name.role.isEmpty())
            line += QStringLiteral("\trole: ") + field(name.role);
        lines.append({ name.start, name.end, line });
    }
    for (const Suggestion &suggestion : findings.suggestions) {
        QVERIFY(suggestion.variantOf != 0); // every other name a rule reads is detected
        QCOMPARE(suggestion.text, body.mid(suggestion.start, suggestion.end - suggestion.start));
        QString line = QStringLiteral("%1-%2\tsuggestion\t").arg(suggestion.start).arg(suggestion.end)
            + field(suggestion.type) + QLatin1Char('\t') + field(suggestion.text) + QLatin1Char('\t')
            + field(suggestion.reason);
        if (!suggestion.role.isEmpty())
            line += QStringLiteral("\trole: ") + field(suggestion.role);
        lines.append({ suggestion.start, suggestion.end, line });
    }
    std::stable_sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) {
        return a.start != b.start ? a.start < b.start : a.end < b.end;
    });
    QString text;
    for (const Line &line : qAsConst(lines))
        text += line.text + QLatin1Char('\n');
    const QByteArray actual = text.toUtf8();

    const QString name = QFileInfo(inputPath).completeBaseName() + QStringLiteral(".ref");
    const QString referencePath = referenceDir() + QLatin1Char('/') + name;
    if (updating()) {
        QVERIFY(QDir().mkpath(referenceDir()));
        QVERIFY2(writeAll(referencePath, actual), qPrintable(referencePath));
        qInfo("wrote %s", qPrintable(referencePath));
        return;
    }
    const QByteArray expected = readAll(referencePath, &ok);
    QVERIFY2(ok, qPrintable(QStringLiteral("no reference %1; run tests/data/update-references.sh").arg(referencePath)));
    if (actual != expected) {
        qWarning().noquote() << QString(QLatin1Char('\n') + unifiedDiff(name, expected, actual));
        QFAIL(qPrintable(QStringLiteral("%1 differs from its reference (diff above); if the change is right, run "
                                        "tests/data/update-references.sh")
                             .arg(QFileInfo(inputPath).fileName())));
    }
}

} // namespace Veille

QTEST_GUILESS_MAIN(Veille::TestHighlightGolden)
#include "tst_highlight_golden.moc"
