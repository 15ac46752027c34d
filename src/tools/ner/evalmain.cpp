// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later

// veille-eval-ner: exact and overlap precision, recall and F1 per type of
// three systems on CoNLL files and HIPE's JSON: the rules with the default
// gazetteer (what the importer runs today, MentionFinder), the tagger
// alone, and both (the gazetteer and rules first, the tagger filling what
// they leave).
#include "nerevaluation.h"

#include "entities/defaultgazetteer.h"
#include "entities/mentionfinder.h"
#include "ner/nertagger.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>

using namespace Veille;
using namespace Veille::Ner;

namespace {
void print(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
}

bool nameTypeOf(const QString &entityType, NameType *type)
{
    if (entityType == QLatin1String("Person"))
        *type = NameType::Person;
    else if (entityType == QLatin1String("Company") || entityType == QLatin1String("Organisation"))
        *type = NameType::Organisation;
    else if (entityType == QLatin1String("Place"))
        *type = NameType::Place;
    else
        return false;
    return true;
}

// What the importer finds without the tagger: gazetteer mentions, the
// rules' names (detected, honorifics cut off) and their typo variants.
class RulesSystem
{
public:
    RulesSystem()
        : m_entities(DefaultGazetteer::load())
        , m_finder(m_entities, {})
    {
        for (const Entity &entity : m_entities)
            m_typeOf.insert(entity.id, entity.type);
    }

    QVector<DetectedName> find(QStringView text) const
    {
        QVector<DetectedName> names;
        const MentionFinder::Findings findings = m_finder.find(text);
        NameType type;
        for (const Mention &mention : findings.mentions) {
            if (nameTypeOf(m_typeOf.value(mention.entityId), &type))
                names.append({ { mention.start, mention.end }, type, 1.0f });
        }
        for (const DetectedMention &name : findings.detected) {
            if (nameTypeOf(name.type, &type))
                names.append({ { name.start, name.end }, type, name.confidence });
        }
        for (const Suggestion &suggestion : findings.suggestions) {
            if (nameTypeOf(suggestion.type, &type))
                names.append({ { suggestion.start, suggestion.end }, type, 1.0f });
        }
        return names;
    }

private:
    QVector<Entity> m_entities;
    MentionFinder m_finder;
    QHash<qint64, QString> m_typeOf;
};

// The tagger's names where the rules found nothing.
QVector<DetectedName> both(QVector<DetectedName> rules, const QVector<DetectedName> &tagged)
{
    const int known = int(rules.size());
    for (const DetectedName &name : tagged) {
        bool covered = false;
        for (int r = 0; r < known && !covered; ++r)
            covered = rules.at(r).range.overlaps(name.range);
        if (!covered)
            rules.append(name);
    }
    return rules;
}

QString inContext(const QString &text, const DetectedName &name)
{
    const int from = std::max(0, name.range.start - 30);
    return QString(text.mid(from, name.range.start - from) + QStringLiteral("[[")
                   + text.mid(name.range.start, name.range.length()) + QStringLiteral("]]")
                   + text.mid(name.range.end, 30))
               .replace(QLatin1Char('\n'), QLatin1Char(' '))
        + QLatin1Char(' ') + typeCode(name.type);
}

bool contains(const QVector<DetectedName> &names, const DetectedName &name)
{
    return std::any_of(names.cbegin(), names.cend(),
                       [&](const DetectedName &n) { return n.range == name.range && n.type == name.type; });
}

// With --errors: the tagger's names that are not gold, and the gold it missed.
void printErrors(const EvalDocument &document, const QVector<DetectedName> &tagged)
{
    for (const DetectedName &name : tagged) {
        if (!contains(document.gold, name))
            print(QStringLiteral("  wrong   ") + inContext(document.text, name));
    }
    for (const DetectedName &name : document.gold) {
        if (!contains(tagged, name))
            print(QStringLiteral("  missed  ") + inContext(document.text, name));
    }
}

QVector<EvalDocument> readDocuments(const QString &path, int holdout, QString *error)
{
    if (path.endsWith(QLatin1String(".json")))
        return readHipeJson(path, error);
    const QVector<ConllDocument> documents = readConllFile(path, error);
    return documentsFromConll(holdout > 0 ? slice(documents, holdout, true) : documents);
}

// The names as the product keeps them: none under the threshold.
QVector<DetectedName> sureOnes(QVector<DetectedName> names, float minConfidence)
{
    names.erase(std::remove_if(names.begin(), names.end(),
                               [minConfidence](const DetectedName &n) { return n.confidence < minConfidence; }),
                names.end());
    return names;
}

void evaluate(const QString &path, const QVector<EvalDocument> &documents, const NerTagger &tagger,
              const QStringList &systems, bool errors, float minConfidence)
{
    const RulesSystem rules;
    NerScores rulesScores;
    NerScores taggerScores;
    NerScores bothScores;
    for (const EvalDocument &document : documents) {
        const QVector<DetectedName> ruled = rules.find(document.text);
        const QVector<DetectedName> tagged = sureOnes(tagger.tag(document.text), minConfidence);
        rulesScores.add(document.gold, ruled);
        taggerScores.add(document.gold, tagged);
        bothScores.add(document.gold, both(ruled, tagged));
        if (errors)
            printErrors(document, tagged);
    }
    print(QStringLiteral("# %1: %2 documents").arg(QFileInfo(path).fileName()).arg(documents.size()));
    print(NerScores::header());
    const QVector<QPair<QString, const NerScores *>> rows { { QStringLiteral("rules"), &rulesScores },
                                                            { QStringLiteral("tagger"), &taggerScores },
                                                            { QStringLiteral("rules+tagger"), &bothScores } };
    for (const auto &row : rows) {
        if (systems.contains(row.first) || systems.contains(QLatin1String("all"))) {
            for (const QString &line : row.second->table(row.first))
                print(line);
        }
    }
    print(QString());
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Scores the rules, the French tagger and both."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("CoNLL (.conll) or HIPE JSON (.json) files"));
    const QCommandLineOption model(QStringLiteral("model"), QStringLiteral("The model (default: the shipped one)."),
                                   QStringLiteral("file"), NerModel::shippedPath());
    const QCommandLineOption holdout(QStringLiteral("holdout"),
                                     QStringLiteral("Score only every N-th document of CoNLL files."),
                                     QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption systems(QStringLiteral("system"), QStringLiteral("rules, tagger, rules+tagger or all."),
                                     QStringLiteral("name"), QStringLiteral("all"));
    const QCommandLineOption errors(QStringLiteral("errors"), QStringLiteral("List the tagger's errors."));
    const QCommandLineOption minConfidence(QStringLiteral("min-confidence"),
                                           QStringLiteral("Drop the tagger's names below this confidence (0.5-1)."),
                                           QStringLiteral("C"), QStringLiteral("0"));
    parser.addOptions({ model, holdout, systems, errors, minConfidence });
    parser.process(app);
    QString error;
    const std::optional<NerModel> loaded = NerModel::load(parser.value(model), &error);
    if (!loaded) {
        print(QStringLiteral("veille-eval-ner: %1").arg(error));
        return 1;
    }
    const NerTagger tagger(*loaded);
    print(QStringLiteral("# command: veille-eval-ner %1").arg(app.arguments().mid(1).join(QLatin1Char(' '))));
    print(QStringLiteral("# exact = same span and type; overlap = spans overlap, same type; micro over PER/ORG/LOC"));
    for (const QString &path : parser.positionalArguments()) {
        const QVector<EvalDocument> documents = readDocuments(path, parser.value(holdout).toInt(), &error);
        if (documents.isEmpty()) {
            print(QStringLiteral("veille-eval-ner: %1: %2")
                      .arg(path, error.isEmpty() ? QStringLiteral("no documents") : error));
            return 1;
        }
        evaluate(path, documents, tagger, parser.value(systems).split(QLatin1Char(',')), parser.isSet(errors),
                 parser.value(minConfidence).toFloat());
    }
    return 0;
}
