// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Measures the entity rules against the gold mentions of HIPE-2022's French
// NewsEye newspapers (1920s, OCR'd): precision, recall and F1, on exact spans
// and on overlaps, for the rules alone and for a gazetteer built from the dev
// split's gold with and without the rules, all evaluated on dev2.
//
//   eval_hipe [DEV.json TEST.json]
#include "entities/entitymatcher.h"
#include "entities/entityrules.h"
#include "entities/gazetteerfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <algorithm>
#include <cstdio>

using namespace Veille;

namespace {
struct GoldMention {
    int start = 0;
    int end = 0;
    QString type; // PER, LOC, ORG, HumanProd
    QString qid;
    QString surface;
};

struct Document {
    QString id;
    QString text;
    QVector<GoldMention> mentions;
};

// A predicted mention in HIPE's coarse types, with the rule that made it.
struct Prediction {
    int start = 0;
    int end = 0;
    QString type;
    QString source;
};

const QStringList ScoredTypes { QStringLiteral("PER"), QStringLiteral("LOC"), QStringLiteral("ORG") };

void print(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
}

QVector<Document> readDocuments(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!json.isArray()) {
        *error = parseError.errorString();
        return {};
    }
    QVector<Document> documents;
    const QJsonArray array = json.array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        Document document;
        document.id = object.value(QLatin1String("id")).toString();
        document.text = object.value(QLatin1String("text")).toString();
        const QJsonArray mentions = object.value(QLatin1String("mentions")).toArray();
        for (const QJsonValue &m : mentions) {
            const QJsonObject mention = m.toObject();
            document.mentions.append(
                { mention.value(QLatin1String("start")).toInt(), mention.value(QLatin1String("end")).toInt(),
                  mention.value(QLatin1String("type")).toString(), mention.value(QLatin1String("qid")).toString(),
                  mention.value(QLatin1String("surface")).toString() });
        }
        documents.append(document);
    }
    return documents;
}

// Veille's types in HIPE's: companies and other organisations are both ORG.
QString hipeType(const QString &veilleType)
{
    if (veilleType == QLatin1String("Person"))
        return QStringLiteral("PER");
    if (veilleType == QLatin1String("Place"))
        return QStringLiteral("LOC");
    if (veilleType == QLatin1String("Company") || veilleType == QLatin1String("Organisation"))
        return QStringLiteral("ORG");
    if (veilleType == QLatin1String("HumanProd"))
        return veilleType;
    return {};
}

QString veilleType(const QString &hipe)
{
    if (hipe == QLatin1String("PER"))
        return QStringLiteral("Person");
    if (hipe == QLatin1String("LOC"))
        return QStringLiteral("Place");
    if (hipe == QLatin1String("ORG"))
        return QStringLiteral("Organisation");
    return hipe;
}

// Used only when the default gazetteer cannot be read.
QVector<Entity> builtInRoles()
{
    const char *const roles[] = {
        "président",
        "présidente",
        "vice-président",
        "ministre",
        "vice-ministre",
        "Premier ministre",
        "député",
        "sénateur",
        "maire",
        "préfet",
        "ambassadeur",
        "général",
        "colonel",
        "professeur",
        "docteur",
        "directeur",
        "directrice",
        "secrétaire général",
        "juge d'instruction",
        "abbé",
    };
    QVector<Entity> entities;
    qint64 id = 1000000;
    for (const char *role : roles) {
        Entity entity;
        entity.id = ++id;
        entity.name = QString::fromUtf8(role);
        entity.type = QStringLiteral("Role");
        entity.aliases.append(GazetteerFile::parseAlias(entity.name));
        entities.append(entity);
    }
    return entities;
}

QVector<Entity> defaultRoles(QString *origin)
{
    const QString path = QStringLiteral(VEILLE_SOURCE_DIR "/resources/gazetteer/default-gazetteer.tsv");
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        QVector<Entity> roles;
        const GazetteerFile::Result result = GazetteerFile::readTsv(file);
        qint64 id = 1000000; // the file has no ids; the store would give them
        for (Entity entity : result.entities) {
            if (entity.type != QLatin1String("Role"))
                continue;
            entity.id = ++id;
            roles.append(entity);
        }
        if (!roles.isEmpty()) {
            *origin =
                QStringLiteral("%1 Role entities from resources/gazetteer/default-gazetteer.tsv").arg(roles.size());
            return roles;
        }
    }
    const QVector<Entity> roles = builtInRoles();
    *origin = QStringLiteral("%1 built-in roles (the default gazetteer could not be read)").arg(roles.size());
    return roles;
}

// Group the dev split's gold by Wikidata id (by surface for NIL), the
// surfaces becoming aliases. The gold splits a name broken at a line end in
// two mentions ("Lau¬" and "rent"), and "M.Poincaré" in "M." and
// "Poincaré": such fragments, and lower-case single words, would only match
// everyday words ("rent", "pas"), so they are left out.
QVector<Entity> gazetteerFromGold(const QVector<Document> &documents, qint64 firstId)
{
    struct Group {
        QMap<QString, int> types;
        QStringList surfaces;
    };
    QMap<QString, Group> groups; // a QMap, so ids come out the same on every run
    for (const Document &document : documents) {
        for (const GoldMention &mention : document.mentions) {
            const QChar ocrHyphen(0x00AC);
            const bool fragment = mention.surface.endsWith(ocrHyphen)
                || (mention.start > 0 && document.text.at(mention.start - 1) == ocrHyphen);
            QString surface = mention.surface.simplified();
            surface.remove(ocrHyphen);
            const int letters =
                int(std::count_if(surface.cbegin(), surface.cend(), [](QChar c) { return c.isLetter(); }));
            const bool capitalised = std::any_of(surface.cbegin(), surface.cend(), [](QChar c) { return c.isUpper(); });
            const bool oneWord = !surface.contains(QLatin1Char(' '));
            if (fragment || letters < 2 || (surface.endsWith(QLatin1Char('.')) && letters <= 3)
                || (oneWord && !capitalised))
                continue;
            const QString key = mention.qid == QLatin1String("NIL") || mention.qid.isEmpty()
                ? QStringLiteral("NIL:") + GazetteerFile::foldedName(surface)
                : mention.qid;
            Group &group = groups[key];
            ++group.types[mention.type];
            if (!group.surfaces.contains(surface))
                group.surfaces.append(surface);
        }
    }
    QVector<Entity> entities;
    qint64 id = firstId;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const Group &group = it.value();
        QString type;
        int best = 0;
        for (auto t = group.types.cbegin(); t != group.types.cend(); ++t) {
            if (t.value() > best) {
                best = t.value();
                type = t.key();
            }
        }
        Entity entity;
        entity.id = ++id;
        entity.name = group.surfaces.first();
        entity.type = veilleType(type);
        for (const QString &surface : group.surfaces) {
            Alias alias = GazetteerFile::parseAlias(surface);
            if (alias.text.isEmpty())
                continue;
            alias.id = entity.id * 100 + entity.aliases.size();
            entity.aliases.append(alias);
        }
        if (!entity.aliases.isEmpty())
            entities.append(entity);
    }
    return entities;
}

// Known mentions, with their types, from a matcher over \a gazetteer.
class Gazetteer
{
public:
    explicit Gazetteer(const QVector<Entity> &entities)
        : m_entities(entities)
    {
        QVector<EntityMatcher::Pattern> patterns;
        for (int e = 0; e < m_entities.size(); ++e) {
            for (const Alias &alias : m_entities.at(e).aliases) {
                EntityMatcher::Pattern pattern;
                pattern.text = alias.text;
                pattern.entityId = m_entities.at(e).id;
                pattern.aliasId = alias.id;
                pattern.caseSensitive = alias.caseSensitive;
                pattern.foldAccents = alias.foldAccents;
                patterns.append(pattern);
                m_owner.append(e);
            }
        }
        m_matcher = EntityMatcher(patterns);
    }

    QVector<TypedSpan> find(QStringView text) const
    {
        QVector<TypedSpan> spans;
        for (const EntityMatcher::Match &match : m_matcher.find(text)) {
            const Entity &entity = m_entities.at(m_owner.at(match.pattern));
            spans.append({ match.start, match.end, entity.type, entity.id });
        }
        return spans;
    }

private:
    QVector<Entity> m_entities;
    QVector<int> m_owner; // pattern → index into m_entities
    EntityMatcher m_matcher;
};

QString ruleOf(const Suggestion &suggestion)
{
    if (suggestion.variantOf != 0)
        return QStringLiteral("typo variant");
    const QString &reason = suggestion.reason;
    if (reason.startsWith(QLatin1String("role")))
        return QStringLiteral("role + name");
    if (reason.startsWith(QLatin1String("honorific")))
        return QStringLiteral("honorific");
    if (reason.startsWith(QLatin1String("initial")))
        return QStringLiteral("initial + name");
    if (reason.startsWith(QLatin1String("organisation cue")))
        return QStringLiteral("organisation cue");
    if (reason.startsWith(QLatin1String("company suffix")))
        return QStringLiteral("company suffix");
    return reason;
}

struct Score {
    int gold = 0;
    int predicted = 0;
    int exact = 0; // predictions with the gold's span and type
    int overlapPredicted = 0; // predictions overlapping a gold mention of their type
    int overlapGold = 0; // gold mentions overlapped by a prediction of their type

    static QString prf(int hitsP, int predicted, int hitsR, int gold)
    {
        const double p = predicted ? double(hitsP) / predicted : 0.0;
        const double r = gold ? double(hitsR) / gold : 0.0;
        const double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        return QStringLiteral("%1 %2 %3").arg(100 * p, 5, 'f', 1).arg(100 * r, 5, 'f', 1).arg(100 * f, 5, 'f', 1);
    }
    QString exactPrf() const { return prf(exact, predicted, exact, gold); }
    QString overlapPrf() const { return prf(overlapPredicted, predicted, overlapGold, gold); }
};

// Scores per HIPE type ("" is all of them together).
QMap<QString, Score> score(const QVector<Document> &documents, const QVector<QVector<Prediction>> &predictions)
{
    QMap<QString, Score> scores;
    for (int d = 0; d < documents.size(); ++d) {
        const QVector<GoldMention> &gold = documents.at(d).mentions;
        for (const GoldMention &g : gold) {
            if (!ScoredTypes.contains(g.type))
                continue;
            ++scores[g.type].gold;
            ++scores[QString()].gold;
            const bool overlapped =
                std::any_of(predictions.at(d).cbegin(), predictions.at(d).cend(), [&g](const Prediction &p) {
                    return p.type == g.type && p.start < g.end && g.start < p.end;
                });
            if (overlapped) {
                ++scores[g.type].overlapGold;
                ++scores[QString()].overlapGold;
            }
        }
        for (const Prediction &p : predictions.at(d)) {
            if (!ScoredTypes.contains(p.type))
                continue;
            ++scores[p.type].predicted;
            ++scores[QString()].predicted;
            bool exact = false;
            bool overlap = false;
            for (const GoldMention &g : gold) {
                if (g.type != p.type)
                    continue;
                exact = exact || (g.start == p.start && g.end == p.end);
                overlap = overlap || (p.start < g.end && g.start < p.end);
            }
            if (exact) {
                ++scores[p.type].exact;
                ++scores[QString()].exact;
            }
            if (overlap) {
                ++scores[p.type].overlapPredicted;
                ++scores[QString()].overlapPredicted;
            }
        }
    }
    return scores;
}

void printScores(const QString &setting, const QMap<QString, Score> &scores)
{
    for (const QString &type : ScoredTypes + QStringList { QString() }) {
        const Score s = scores.value(type);
        print(QStringLiteral("%1 %2 %3 %4   %5   %6")
                  .arg(setting, -31)
                  .arg(type.isEmpty() ? QStringLiteral("all") : type, -4)
                  .arg(s.gold, 5)
                  .arg(s.predicted, 5)
                  .arg(s.exactPrf(), s.overlapPrf()));
    }
}

// With --errors: each suggestion that overlaps no gold mention of its type,
// and each exact miss, with some context, to see which rule misfires.
void printErrors(const QString &setting, const QVector<Document> &documents,
                 const QVector<QVector<Prediction>> &predictions)
{
    const auto context = [](const QString &text, int start, int end) {
        return QString(text.mid(std::max(0, start - 30), start - std::max(0, start - 30)) + QStringLiteral("[[")
                       + text.mid(start, end - start) + QStringLiteral("]]") + text.mid(end, 30))
            .replace(QLatin1Char('\n'), QLatin1Char(' '));
    };
    print(QStringLiteral("# errors of %1").arg(setting));
    for (int d = 0; d < documents.size(); ++d) {
        const Document &document = documents.at(d);
        for (const Prediction &p : predictions.at(d)) {
            if (p.source == QLatin1String("gazetteer") || !ScoredTypes.contains(p.type))
                continue;
            QString verdict = QStringLiteral("wrong");
            for (const GoldMention &g : document.mentions) {
                if (g.type != p.type || !(p.start < g.end && g.start < p.end))
                    continue;
                verdict = g.start == p.start && g.end == p.end ? QString() : QStringLiteral("gold: ") + g.surface;
                break;
            }
            if (!verdict.isEmpty()) {
                print(QStringLiteral("  %1 %2 %3  (%4)")
                          .arg(p.source, -17)
                          .arg(p.type, -3)
                          .arg(context(document.text, p.start, p.end), verdict));
            }
        }
    }
}

// How often each rule is right, on overlap, whatever the type it gave.
void printRules(const QString &setting, const QVector<Document> &documents,
                const QVector<QVector<Prediction>> &predictions)
{
    QMap<QString, QPair<int, int>> byRule; // rule → (suggestions, overlapping a gold mention of their type)
    for (int d = 0; d < documents.size(); ++d) {
        for (const Prediction &p : predictions.at(d)) {
            auto &counts = byRule[p.source];
            ++counts.first;
            for (const GoldMention &g : documents.at(d).mentions) {
                if (g.type == p.type && p.start < g.end && g.start < p.end) {
                    ++counts.second;
                    break;
                }
            }
        }
    }
    for (auto it = byRule.cbegin(); it != byRule.cend(); ++it) {
        print(QStringLiteral("  %1 %2 %3 spans, %4 overlap a gold mention of their type (%5 %)")
                  .arg(setting, -31)
                  .arg(it.key(), -17)
                  .arg(it.value().first, 4)
                  .arg(it.value().second, 4)
                  .arg(it.value().first ? 100.0 * it.value().second / it.value().first : 0.0, 0, 'f', 0));
    }
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    const bool showErrors = args.removeAll(QStringLiteral("--errors")) > 0;
    const QString shared = QStringLiteral(VEILLE_SOURCE_DIR "/../shared/corpus/hipe-newseye-fr/");
    const QString devPath =
        QFileInfo(args.size() > 1 ? args.at(1) : shared + QStringLiteral("newseye-dev-fr.json")).absoluteFilePath();
    const QString testPath =
        QFileInfo(args.size() > 2 ? args.at(2) : shared + QStringLiteral("newseye-dev2-fr.json")).absoluteFilePath();
    if (args.size() > 3 || args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
        print(QStringLiteral("usage: eval_hipe [DEV.json TEST.json] [--errors]"));
        return args.size() > 3 ? 2 : 0;
    }
    if (!QFileInfo::exists(devPath) || !QFileInfo::exists(testPath)) {
        print(QStringLiteral("eval_hipe: the HIPE files are not here, nothing to measure:\n  %1\n  %2")
                  .arg(devPath, testPath));
        return 0;
    }
    QString error;
    const QVector<Document> dev = readDocuments(devPath, &error);
    const QVector<Document> test = readDocuments(testPath, &error);
    if (dev.isEmpty() || test.isEmpty()) {
        print(QStringLiteral("eval_hipe: cannot read the HIPE files: %1").arg(error));
        return 1;
    }

    QString rolesOrigin;
    const QVector<Entity> roles = defaultRoles(&rolesOrigin);
    QVector<Entity> devGazetteer = gazetteerFromGold(dev, 0);
    const int devEntityCount = int(devGazetteer.size());
    devGazetteer += roles;

    int testMentions = 0;
    int humanProd = 0;
    for (const Document &document : test) {
        testMentions += int(document.mentions.size());
        for (const GoldMention &m : document.mentions)
            humanProd += m.type == QLatin1String("HumanProd") ? 1 : 0;
    }

    print(QStringLiteral("# command: %1 %2 %3%4")
              .arg(QFileInfo(args.at(0)).absoluteFilePath(), devPath, testPath,
                   showErrors ? QStringLiteral(" --errors") : QString()));
    print(QStringLiteral("# test: %1 (%2 documents, %3 gold mentions; %4 HumanProd not scored)")
              .arg(QFileInfo(testPath).fileName())
              .arg(test.size())
              .arg(testMentions)
              .arg(humanProd));
    print(QStringLiteral("# gazetteer: %1 entities grouped by qid from %2's gold; roles: %3")
              .arg(devEntityCount)
              .arg(QFileInfo(devPath).fileName(), rolesOrigin));
    print(QStringLiteral("# exact = same span and type; overlap = spans overlap, same type (P over predictions,"
                         " R over gold). Company and Organisation both count as ORG."));
    print(QString());
    print(QStringLiteral("%1 %2 %3 %4   %5   %6")
              .arg(QStringLiteral("setting"), -31)
              .arg(QStringLiteral("type"), -4)
              .arg(QStringLiteral("gold"), 5)
              .arg(QStringLiteral("pred"), 5)
              .arg(QStringLiteral("exact P/R/F1     "), QStringLiteral("overlap P/R/F1")));

    const Gazetteer roleMatcher(roles);
    const EntityRules roleRules(roles);
    const Gazetteer devMatcher(devGazetteer);
    const EntityRules devRules(devGazetteer);

    QVector<QVector<Prediction>> rulesAlone;
    QVector<QVector<Prediction>> gazetteerAlone;
    QVector<QVector<Prediction>> gazetteerAndRules;
    for (const Document &document : test) {
        QVector<Prediction> rules;
        for (const Suggestion &s : roleRules.apply(document.text, roleMatcher.find(document.text)).suggestions)
            rules.append({ s.start, s.end, hipeType(s.type), ruleOf(s) });
        rulesAlone.append(rules);

        const QVector<TypedSpan> known = devMatcher.find(document.text);
        QVector<Prediction> fromGazetteer;
        for (const TypedSpan &span : known)
            fromGazetteer.append({ span.start, span.end, hipeType(span.type), QStringLiteral("gazetteer") });
        gazetteerAlone.append(fromGazetteer);
        QVector<Prediction> both = fromGazetteer;
        for (const Suggestion &s : devRules.apply(document.text, known).suggestions)
            both.append({ s.start, s.end, hipeType(s.type), ruleOf(s) });
        gazetteerAndRules.append(both);
    }
    printScores(QStringLiteral("(1) rules alone"), score(test, rulesAlone));
    printScores(QStringLiteral("    gazetteer from dev alone"), score(test, gazetteerAlone));
    printScores(QStringLiteral("(2) gazetteer from dev + rules"), score(test, gazetteerAndRules));
    print(QString());
    print(QStringLiteral("# per rule, on %1:").arg(QFileInfo(testPath).fileName()));
    printRules(QStringLiteral("(1) rules alone"), test, rulesAlone);
    printRules(QStringLiteral("(2) gazetteer from dev + rules"), test, gazetteerAndRules);
    if (showErrors) {
        print(QString());
        printErrors(QStringLiteral("(1) rules alone"), test, rulesAlone);
        printErrors(QStringLiteral("(2) gazetteer from dev + rules"), test, gazetteerAndRules);
    }
    return 0;
}
