// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nerevaluation.h"

#include "ner/nertokenizer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Veille::Ner {

namespace {
// The gold names of a sentence, with the offsets its words got in the text.
void appendGold(const QVector<int> &labels, const QVector<TextRange> &ranges, QVector<DetectedName> &gold)
{
    int start = -1;
    for (int i = 0; i < labels.size(); ++i) {
        const Position p = positionOf(labels.at(i));
        if (p == Position::Begin || p == Position::Unit)
            start = ranges.at(i).start;
        if ((p == Position::Last || p == Position::Unit) && start >= 0) {
            gold.append({ { start, ranges.at(i).end }, typeOf(labels.at(i)), 1.0f });
            start = -1;
        }
    }
}

EvalDocument documentFromConll(const ConllDocument &document)
{
    EvalDocument out;
    out.id = document.id;
    for (const ConllSentence &sentence : document.sentences) {
        if (!out.text.isEmpty())
            out.text += QLatin1Char('\n');
        QVector<TextRange> ranges;
        for (int i = 0; i < sentence.words.size(); ++i) {
            if (i > 0 && !isElision(sentence.words.at(i - 1)))
                out.text += QLatin1Char(' ');
            const int start = int(out.text.size());
            out.text += sentence.words.at(i);
            ranges.append({ start, int(out.text.size()) });
        }
        appendGold(bilouLabels(sentence.tags), ranges, out.gold);
    }
    return out;
}

bool hipeType(const QString &type, NameType *out)
{
    const QString t = type.toLower();
    if (t.startsWith(QLatin1String("per")))
        *out = NameType::Person;
    else if (t.startsWith(QLatin1String("org")))
        *out = NameType::Organisation;
    else if (t.startsWith(QLatin1String("loc")))
        *out = NameType::Place;
    else if (t.startsWith(QLatin1String("prod")) || t == QLatin1String("humanprod"))
        *out = NameType::Misc;
    else
        return false;
    return true;
}

QString prf(int hitsP, int predicted, int hitsR, int gold)
{
    const double p = predicted ? double(hitsP) / predicted : 0.0;
    const double r = gold ? double(hitsR) / gold : 0.0;
    const double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    return QStringLiteral("%1 %2 %3").arg(p, 5, 'f', 3).arg(r, 5, 'f', 3).arg(f, 5, 'f', 3);
}

double f1(int hits, int predicted, int gold)
{
    return predicted && gold && hits ? 2.0 * hits / double(predicted + gold) : 0.0;
}
} // namespace

QVector<EvalDocument> documentsFromConll(const QVector<ConllDocument> &documents)
{
    QVector<EvalDocument> out;
    for (const ConllDocument &document : documents)
        out.append(documentFromConll(document));
    return out;
}

QVector<EvalDocument> readHipeJson(const QString &path, QString *error)
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
    QVector<EvalDocument> documents;
    for (const QJsonValue &value : json.array()) {
        const QJsonObject object = value.toObject();
        EvalDocument document { object.value(QLatin1String("id")).toString(),
                                object.value(QLatin1String("text")).toString(),
                                {} };
        for (const QJsonValue &m : object.value(QLatin1String("mentions")).toArray()) {
            const QJsonObject mention = m.toObject();
            NameType type = NameType::Misc; // set by hipeType() when it knows the type
            if (hipeType(mention.value(QLatin1String("type")).toString(), &type))
                document.gold.append(
                    { { mention.value(QLatin1String("start")).toInt(), mention.value(QLatin1String("end")).toInt() },
                      type,
                      1.0f });
        }
        documents.append(document);
    }
    return documents;
}

QVector<ConllDocument> slice(const QVector<ConllDocument> &documents, int every, bool heldOut)
{
    QVector<ConllDocument> out;
    for (int i = 0; i < documents.size(); ++i) {
        if (every > 0 && (i % every == every - 1) == heldOut)
            out.append(documents.at(i));
    }
    return out;
}

NerScores::Counts &NerScores::Counts::operator+=(const Counts &other)
{
    gold += other.gold;
    predicted += other.predicted;
    exact += other.exact;
    overlapPredicted += other.overlapPredicted;
    overlapGold += other.overlapGold;
    return *this;
}

void NerScores::add(const QVector<DetectedName> &gold, const QVector<DetectedName> &predicted)
{
    const auto sameType = [](const DetectedName &a, const DetectedName &b) { return a.type == b.type; };
    for (const DetectedName &g : gold) {
        Counts &c = m_counts[int(g.type)];
        ++c.gold;
        c.overlapGold += std::any_of(predicted.cbegin(), predicted.cend(), [&](const DetectedName &p) {
            return sameType(g, p) && p.range.overlaps(g.range);
        });
    }
    for (const DetectedName &p : predicted) {
        Counts &c = m_counts[int(p.type)];
        ++c.predicted;
        c.exact += std::any_of(gold.cbegin(), gold.cend(),
                               [&](const DetectedName &g) { return sameType(g, p) && g.range == p.range; });
        c.overlapPredicted += std::any_of(gold.cbegin(), gold.cend(), [&](const DetectedName &g) {
            return sameType(g, p) && p.range.overlaps(g.range);
        });
    }
}

NerScores::Counts NerScores::micro() const
{
    Counts all;
    for (const NameType type : { NameType::Person, NameType::Organisation, NameType::Place })
        all += m_counts[int(type)];
    return all;
}

QString NerScores::header()
{
    return QStringLiteral("%1 %2 %3 %4   %5   %6")
        .arg(QStringLiteral("system"), -16)
        .arg(QStringLiteral("type"), -5)
        .arg(QStringLiteral("gold"), 5)
        .arg(QStringLiteral("pred"), 5)
        .arg(QStringLiteral("exact P / R / F1  "), QStringLiteral("overlap P / R / F1"));
}

QStringList NerScores::table(const QString &system) const
{
    QStringList lines;
    for (int t = 0; t <= TypeCount; ++t) {
        const Counts c = t < TypeCount ? m_counts[t] : micro();
        const QString type = t < TypeCount ? typeCode(NameType(t)) : QStringLiteral("micro");
        lines.append(QStringLiteral("%1 %2 %3 %4   %5   %6")
                         .arg(system, -16)
                         .arg(type, -5)
                         .arg(c.gold, 5)
                         .arg(c.predicted, 5)
                         .arg(prf(c.exact, c.predicted, c.exact, c.gold),
                              prf(c.overlapPredicted, c.predicted, c.overlapGold, c.gold)));
    }
    return lines;
}

double NerScores::exactF1(int type) const
{
    const Counts c = type < 0 ? micro() : m_counts[type];
    return f1(c.exact, c.predicted, c.gold);
}

} // namespace Veille::Ner
