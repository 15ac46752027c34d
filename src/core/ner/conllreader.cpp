// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/conllreader.h"

#include "ner/nerlabel.h"

#include <QFile>
#include <QIODevice>

namespace Veille::Ner {

namespace {
void endSentence(ConllSentence &sentence, QVector<ConllDocument> &documents)
{
    if (sentence.words.isEmpty())
        return;
    if (documents.isEmpty())
        documents.append(ConllDocument {});
    documents.last().sentences.append(sentence);
    sentence = {};
}

// The type of a tag, and whether it begins a name; false for O or junk.
bool parseTag(const QString &tag, NameType *type, bool *begins)
{
    if (tag.size() < 3 || tag.at(1) != QLatin1Char('-'))
        return false;
    *begins = tag.at(0) == QLatin1Char('B');
    if (!*begins && tag.at(0) != QLatin1Char('I'))
        return false;
    return typeFromCode(QStringView(tag).mid(2), type);
}
} // namespace

QVector<ConllDocument> readConll(QIODevice &device, QString *error)
{
    QVector<ConllDocument> documents;
    ConllSentence sentence;
    int lineNumber = 0;
    while (!device.atEnd()) {
        const QString line = QString::fromUtf8(device.readLine()).trimmed();
        ++lineNumber;
        if (line.isEmpty()) {
            endSentence(sentence, documents);
        } else if (line.startsWith(QLatin1String("# doc")) || line.startsWith(QLatin1String("-DOCSTART-"))) {
            endSentence(sentence, documents);
            documents.append(ConllDocument { line.mid(line.indexOf(QLatin1Char(' '), 2) + 1).trimmed(), {} });
        } else if (line.contains(QLatin1Char('\t'))) {
            sentence.words.append(line.section(QLatin1Char('\t'), 0, 0));
            sentence.tags.append(line.section(QLatin1Char('\t'), -1));
        } else if (!line.startsWith(QLatin1Char('#'))) {
            if (error && error->isEmpty())
                *error = QStringLiteral("line %1 has no TAB: %2").arg(lineNumber).arg(line.left(40));
        }
    }
    endSentence(sentence, documents);
    return documents;
}

QVector<ConllDocument> readConllFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return {};
    }
    return readConll(file, error);
}

QVector<int> bilouLabels(const QStringList &tags)
{
    QVector<int> labels(tags.size(), Outside);
    for (int i = 0; i < tags.size(); ++i) {
        NameType type;
        bool begins = false;
        if (!parseTag(tags.at(i), &type, &begins))
            continue;
        const int previous = i > 0 ? labels.at(i - 1) : Outside;
        const bool continues = !begins && previous != Outside && typeOf(previous) == type;
        NameType nextType;
        bool nextBegins = true;
        const bool goesOn =
            i + 1 < tags.size() && parseTag(tags.at(i + 1), &nextType, &nextBegins) && !nextBegins && nextType == type;
        const Position p =
            continues ? (goesOn ? Position::Inside : Position::Last) : (goesOn ? Position::Begin : Position::Unit);
        labels[i] = labelOf(p, type);
    }
    return labels;
}

} // namespace Veille::Ner
