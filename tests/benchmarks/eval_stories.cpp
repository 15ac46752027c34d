// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Precision and recall of the grouping of wire copies on a corpus made at
// run time from real articles (../shared/corpus/bbc-news-en: 2,225 BBC
// articles on five topics, so many distinct articles share a topic). Some
// originals get copies as sites republish them: another title, a paragraph
// added or removed, curly apostrophes, a Latin-1 file, CRLF line ends, or
// two of these at once. Everything goes through Veille's Importer into a
// fresh database; the truth is which original each file came from.
// Precision and recall count pairs of articles: a pair grouped by Veille
// and from the same original is a true positive. Exits 1 when a goal
// (P >= 0.95, R >= 0.9) is missed, 0 when the corpus is absent (skipped).
#include "articles/articlestore.h"
#include "articles/storystore.h"
#include "db/database.h"
#include "import/importer.h"
#include "text/minhash.h"
#include "text/textfold.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <numeric>

using namespace Veille;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct Source {
    QString topic;
    QString title;
    QStringList paragraphs;
};

// The articles of \a folder, without the exact duplicates the BBC set
// holds (the same text under two names): one original each.
QVector<Source> readCorpus(const QString &folder, int limit, int *duplicates)
{
    QVector<Source> sources;
    QSet<QString> bodies;
    QStringList files;
    QDirIterator it(folder, { QStringLiteral("*.txt") }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        // Copies are written in UTF-8 unless the variant says otherwise.
        const QString text = QString::fromUtf8(file.readAll()).replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        QStringList paragraphs = text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
        if (paragraphs.size() < 3)
            continue;
        const QString title = paragraphs.takeFirst().trimmed();
        const QString body = paragraphs.join(QLatin1Char('\n'));
        if (bodies.contains(body)) {
            ++*duplicates;
            continue;
        }
        bodies.insert(body);
        sources.append({ path.section(QLatin1Char('/'), -2, -2), title, paragraphs });
    }
    // Every n-th article, so that a smaller run still spans the topics.
    if (limit > 0 && sources.size() > limit) {
        QVector<Source> picked;
        for (int k = 0; k < limit; ++k)
            picked.append(sources.at(int(qint64(k) * sources.size() / limit)));
        sources = picked;
    }
    return sources;
}

enum Variant { Title, Added, Removed, Apostrophes, Latin1, Crlf, TitleAndAdded, VariantCount };

const char *const variantNames[] = {
    "another title",  "a paragraph added", "the last paragraph removed",         "curly apostrophes",
    "a Latin-1 file", "CRLF line ends",    "another title and a paragraph added"
};

// The file of \a source as \a variant makes it; \a extra is a paragraph of
// another article on the same topic.
QByteArray copyOf(const Source &source, Variant variant, const QString &extra)
{
    QString title = source.title;
    QStringList paragraphs = source.paragraphs;
    if (variant == Title || variant == TitleAndAdded)
        title = QStringLiteral("UPDATE: ") + title.section(QLatin1Char(' '), 0, 3) + QStringLiteral(" (wire)");
    if (variant == Added || variant == TitleAndAdded)
        paragraphs.append(extra);
    if (variant == Removed)
        paragraphs.removeLast();
    QString text = title + QStringLiteral("\n\n") + paragraphs.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
    if (variant == Apostrophes)
        text.replace(QLatin1Char('\''), QChar(0x2019));
    if (variant == Crlf)
        text.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    // A character Latin-1 lacks (€, curly quotes) becomes '?', as a careless
    // conversion would make it.
    return variant == Latin1 ? text.toLatin1() : text.toUtf8();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(path.section(QLatin1Char('/'), 0, -2));
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

struct Corpus {
    QHash<QString, int> truth; //!< canonical path → the original it came from
    QHash<QString, int> variantOf; //!< a copy's canonical path → its Variant
    QHash<int, QString> originalPath; //!< an original's canonical path
    int copies = 0;
    int nearDuplicates = 0; //!< originals merged into another's story by the exact measure
    QVector<int> perVariant = QVector<int>(VariantCount, 0);
};

// The exact shingle set of a text, as MinHash reads it: folded words, runs
// of four.
QSet<quint64> shingles(const QString &text)
{
    QStringList words;
    QString word;
    for (const QChar c : foldText(text)) {
        if (isWordChar(c)) {
            word += c;
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);
    QSet<quint64> set;
    for (int k = 0; k + MinHash::ShingleWords <= words.size(); ++k)
        set.insert(qHash(words.mid(k, MinHash::ShingleWords).join(QLatin1Char(' ')), 0));
    return set;
}

int rootOf(QVector<int> &parent, int k)
{
    while (parent[k] != k)
        k = parent[k] = parent[parent[k]];
    return k;
}

// The BBC set also holds near-duplicates (a story and its update under
// another name). By the definition Veille estimates, computed exactly here
// (Jaccard >= 0.8, or the smaller text at least a quarter of the larger and
// 90 % of it in the larger), they are one story: the truth merges them, so
// that the score measures the estimate and the band index, not the set.
QVector<int> exactStories(const QVector<Source> &sources, int *merged)
{
    QVector<QSet<quint64>> sets;
    QHash<quint64, QVector<int>> postings;
    for (int k = 0; k < sources.size(); ++k) {
        sets.append(shingles(sources.at(k).paragraphs.join(QStringLiteral("\n\n"))));
        for (const quint64 shingle : std::as_const(sets.last()))
            postings[shingle].append(k);
    }
    QVector<int> parent(sources.size());
    std::iota(parent.begin(), parent.end(), 0);
    for (int k = 0; k < sources.size(); ++k) {
        QHash<int, int> shared;
        for (const quint64 shingle : std::as_const(sets.at(k))) {
            for (const int other : postings.value(shingle))
                if (other > k)
                    ++shared[other];
        }
        for (auto it = shared.cbegin(); it != shared.cend(); ++it) {
            const double a = sets.at(k).size(), b = sets.at(it.key()).size(), common = it.value();
            const double jaccard = common / (a + b - common);
            const bool contained = std::min(a, b) * 4 >= std::max(a, b) && common >= 0.9 * std::min(a, b);
            if ((jaccard >= StoryStore::Threshold || contained) && rootOf(parent, k) != rootOf(parent, it.key())) {
                parent[rootOf(parent, k)] = rootOf(parent, it.key());
                ++*merged;
            }
        }
    }
    for (int k = 0; k < sources.size(); ++k)
        parent[k] = rootOf(parent, k);
    return parent;
}

// The originals as they are, and copies of every third one: one, two or
// three copies each, in turn through the variants.
bool writeCorpus(const QVector<Source> &sources, const QString &folder, Corpus &corpus)
{
    const QVector<int> story = exactStories(sources, &corpus.nearDuplicates);
    int variant = 0;
    for (int k = 0; k < sources.size(); ++k) {
        const Source &source = sources.at(k);
        const QString original = folder + QStringLiteral("/originals/%1.txt").arg(k, 5, 10, QLatin1Char('0'));
        if (!writeFile(original, copyOf(source, VariantCount, {})))
            return false;
        corpus.truth.insert(QFileInfo(original).canonicalFilePath(), story.at(k));
        corpus.originalPath.insert(k, QFileInfo(original).canonicalFilePath());
        if (k % 3 != 0)
            continue;
        const Source &neighbour = sources.at((k + 1) % sources.size());
        for (int c = 0; c <= (k / 3) % 3; ++c, ++variant) {
            const QString path =
                folder + QStringLiteral("/copies/site%1/%2.txt").arg(c).arg(k, 5, 10, QLatin1Char('0'));
            const Variant v = Variant(variant % VariantCount);
            if (!writeFile(path, copyOf(source, v, neighbour.paragraphs.constLast())))
                return false;
            corpus.truth.insert(QFileInfo(path).canonicalFilePath(), story.at(k));
            corpus.variantOf.insert(QFileInfo(path).canonicalFilePath(), v);
            ++corpus.copies;
            ++corpus.perVariant[v];
        }
    }
    return true;
}

struct Score {
    qint64 truePairs = 0;
    qint64 falsePairs = 0;
    qint64 missedPairs = 0;
    double precision() const { return truePairs + falsePairs ? double(truePairs) / double(truePairs + falsePairs) : 1; }
    double recall() const { return truePairs + missedPairs ? double(truePairs) / double(truePairs + missedPairs) : 1; }
};

qint64 pairs(qint64 n)
{
    return n * (n - 1) / 2;
}

// Pairs within each (story, original) cell are true; the rest of a
// story's pairs are false, the rest of an original's pairs missed.
Score score(const Corpus &corpus, const QString &databasePath, QStringList *falseGroups)
{
    Database database(databasePath, QStringLiteral("eval-stories"));
    Score result;
    if (!database.open())
        return result;
    const ArticleStore articles(database.connection());
    const StoryStore stories(database.connection());
    QHash<qint64, qint64> perStory;
    QHash<int, qint64> perOriginal;
    QHash<QPair<qint64, int>, qint64> perCell;
    QHash<qint64, QStringList> titles;
    for (auto it = corpus.truth.cbegin(); it != corpus.truth.cend(); ++it) {
        const qint64 id = articles.findByPath(it.key());
        const qint64 story = stories.storyOf(id);
        ++perStory[story];
        ++perOriginal[it.value()];
        ++perCell[qMakePair(story, it.value())];
        titles[story] << it.key();
    }
    qint64 same = 0;
    for (const qint64 n : std::as_const(perCell))
        same += pairs(n);
    qint64 grouped = 0;
    for (auto it = perStory.cbegin(); it != perStory.cend(); ++it) {
        grouped += pairs(it.value());
        QStringList files = titles.value(it.key());
        QSet<int> originals;
        for (const QString &file : std::as_const(files))
            originals.insert(corpus.truth.value(file));
        files.sort();
        if (originals.size() > 1)
            falseGroups->append(files.replaceInStrings(QRegularExpression(QStringLiteral(".*/files/")), QString())
                                    .join(QStringLiteral(", ")));
    }
    qint64 truth = 0;
    for (const qint64 n : std::as_const(perOriginal))
        truth += pairs(n);
    return { same, grouped - same, truth - same };
}

// The original a copy was made from: its file name.
int originalOf(const QString &copyPath)
{
    return copyPath.section(QLatin1Char('/'), -1).section(QLatin1Char('.'), 0, 0).toInt();
}

// How many copies of each variant are in their original's story.
QVector<int> groupedPerVariant(const Corpus &corpus, const QString &databasePath)
{
    QVector<int> grouped(VariantCount, 0);
    Database database(databasePath, QStringLiteral("eval-stories-variants"));
    if (!database.open())
        return grouped;
    const ArticleStore articles(database.connection());
    const StoryStore stories(database.connection());
    for (auto it = corpus.variantOf.cbegin(); it != corpus.variantOf.cend(); ++it) {
        const qint64 original = articles.findByPath(corpus.originalPath.value(originalOf(it.key())));
        if (stories.storyOf(articles.findByPath(it.key())) == stories.storyOf(original))
            ++grouped[it.value()];
    }
    return grouped;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Precision and recall of the grouping of wire copies."));
    parser.addHelpOption();
    const QCommandLineOption quick(QStringLiteral("quick"), QStringLiteral("Only 300 originals."));
    const QCommandLineOption corpusOption(QStringLiteral("corpus"), QStringLiteral("The bbc-news-en folder."),
                                          QStringLiteral("DIR"),
                                          QStringLiteral(VEILLE_SHARED_CORPUS_DIR "/bbc-news-en"));
    const QCommandLineOption keep(QStringLiteral("keep"), QStringLiteral("Keep the files and database, for a look."));
    parser.addOptions({ quick, corpusOption, keep });
    parser.process(app);

    const QString corpusFolder = parser.value(corpusOption);
    if (!QFileInfo(corpusFolder).isDir()) {
        out() << "SKIP: " << corpusFolder << " is absent" << Qt::endl;
        return 0;
    }
    int duplicates = 0;
    const QVector<Source> sources = readCorpus(corpusFolder, parser.isSet(quick) ? 300 : 0, &duplicates);
    QTemporaryDir work;
    work.setAutoRemove(!parser.isSet(keep));
    if (parser.isSet(keep))
        out() << "files and database in " << work.path() << "\n";
    Corpus corpus;
    if (!work.isValid() || !writeCorpus(sources, work.filePath(QStringLiteral("files")), corpus)) {
        out() << "cannot write the corpus" << Qt::endl;
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    const QString databasePath = work.filePath(QStringLiteral("veille.sqlite"));
    const ImportReport report = Importer(databasePath).run({ work.filePath(QStringLiteral("files")) });
    if (!report.error.isEmpty() || report.imported.size() != corpus.truth.size()) {
        out() << "the import failed: " << report.error << ", " << report.imported.size() << " of "
              << corpus.truth.size() << Qt::endl;
        return 1;
    }
    QStringList falseGroups;
    const Score result = score(corpus, databasePath, &falseGroups);
    const QVector<int> grouped = groupedPerVariant(corpus, databasePath);
    out() << "# Wire copies grouped: " << sources.size() << " originals (bbc-news-en), " << corpus.copies
          << " copies, imported in " << timer.elapsed() << " ms; " << duplicates
          << " articles of the set left out as exact duplicates of another, " << corpus.nearDuplicates
          << " originals counted in another's story as near-duplicates (exact shingle sets)\n\n";
    for (int v = 0; v < VariantCount; ++v)
        out() << "- " << corpus.perVariant.at(v) << " copies with " << variantNames[v] << ": " << grouped.at(v)
              << " grouped with their original\n";
    out() << "\n| pairs grouped and from one original | grouped, from two | from one, not grouped | precision | "
             "recall |\n|---|---|---|---|---|\n"
          << "| " << result.truePairs << " | " << result.falsePairs << " | " << result.missedPairs << " | "
          << QString::number(result.precision(), 'f', 3) << " | " << QString::number(result.recall(), 'f', 3)
          << " |\n\n";
    for (const QString &group : std::as_const(falseGroups))
        out() << "- grouped although distinct originals: " << group << "\n";
    const bool met = result.precision() >= 0.95 && result.recall() >= 0.9;
    out() << (met ? "goals met" : "GOAL MISSED") << " (precision >= 0.95, recall >= 0.9)" << Qt::endl;
    return met ? 0 : 1;
}
