// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../core/articles/generatedstories.h"
#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMultiMap>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using Veille::GeneratedStories;

// Wire copies in veille-cli, as a user runs it: list --json gives each
// article's story and copies, list --stories one row per story, and
// show --json the other versions. Four files: an original, a copy with
// another title and a paragraph more (another agency), the same file in a
// second folder, and a distinct article on the same topic.
class TestCliStories : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    CliRun cliDb(const QStringList &arguments) const
    {
        return CliRun::run(m_dir->path(),
                           QStringList { QStringLiteral("--db"), m_dir->filePath(QStringLiteral("veille.sqlite")) }
                               + arguments);
    }

    void writeArticle(const QString &name, const QString &title, const QString &body, const QString &source) const
    {
        const QString path = m_dir->filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write((QStringLiteral(" date 2025-05-13 ") + title + QStringLiteral("\n\n") + body
                        + QStringLiteral("\n\n") + source + QLatin1Char('\n'))
                           .toUtf8());
    }

    // title → the article's JSON object in list --json \a options.
    QMultiMap<QString, QJsonObject> listed(const QStringList &options = {}) const
    {
        const CliRun run = cliDb(QStringList { QStringLiteral("list"), QStringLiteral("--json") } + options);
        if (run.exitCode != 0)
            qWarning() << run.err;
        QMultiMap<QString, QJsonObject> rows;
        const QJsonArray array = CliRun::jsonArray(run.out);
        for (const QJsonValue &value : array)
            rows.insert(value.toObject().value(QStringLiteral("title")).toString(), value.toObject());
        return rows;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        const QStringList paragraphs = GeneratedStories::paragraphs(0, 60);
        writeArticle(QStringLiteral("one/a.txt"), QStringLiteral("Original"), paragraphs.join(QStringLiteral("\n\n")),
                     QStringLiteral("VNA/CVN"));
        writeArticle(QStringLiteral("one/b.txt"), QStringLiteral("Copie"),
                     (paragraphs + GeneratedStories::paragraphs(0, 61, 1)).join(QStringLiteral("\n\n")),
                     QStringLiteral("AFP"));
        writeArticle(QStringLiteral("one/c.txt"), QStringLiteral("Autre"), GeneratedStories::body(0, 62),
                     QStringLiteral("VNA/CVN"));
        QDir().mkpath(m_dir->filePath(QStringLiteral("two")));
        QVERIFY(
            QFile::copy(m_dir->filePath(QStringLiteral("one/a.txt")), m_dir->filePath(QStringLiteral("two/a.txt"))));
        const CliRun run = cliDb({ QStringLiteral("import"), m_dir->filePath(QStringLiteral("one")),
                                   m_dir->filePath(QStringLiteral("two")) });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    void listJsonHasStoryAndCopies()
    {
        const QMultiMap<QString, QJsonObject> rows = listed();
        QCOMPARE(rows.size(), 4);
        const QList<QJsonObject> originals = rows.values(QStringLiteral("Original"));
        QCOMPARE(originals.size(), 2);
        const double story = originals.first().value(QStringLiteral("story")).toDouble();
        QVERIFY(story > 0);
        for (const QJsonObject &row : originals + rows.values(QStringLiteral("Copie"))) {
            QCOMPARE(row.value(QStringLiteral("story")).toDouble(), story);
            QCOMPARE(row.value(QStringLiteral("copies")).toInt(-1), 2);
        }
        const QJsonObject other = rows.value(QStringLiteral("Autre"));
        QCOMPARE(other.value(QStringLiteral("story")).toDouble(), other.value(QStringLiteral("id")).toDouble());
        QCOMPARE(other.value(QStringLiteral("copies")).toInt(-1), 0);
    }

    void listStoriesHasOneRowPerStory()
    {
        const QMultiMap<QString, QJsonObject> rows = listed({ QStringLiteral("--stories") });
        QCOMPARE(rows.keys(), (QStringList { QStringLiteral("Autre"), QStringLiteral("Original") }));
        // The first article imported heads its story.
        QCOMPARE(rows.value(QStringLiteral("Original")).value(QStringLiteral("id")).toDouble(),
                 rows.value(QStringLiteral("Original")).value(QStringLiteral("story")).toDouble());
        const CliRun text = cliDb({ QStringLiteral("list"), QStringLiteral("--stories") });
        QCOMPARE(text.exitCode, 0);
        const QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        for (const QString &line : lines)
            QCOMPARE(line.section(QLatin1Char('\t'), 4),
                     line.contains(QLatin1String("Original")) ? QStringLiteral("+2 copies") : QString());
    }

    void showJsonListsTheCopies()
    {
        const QMultiMap<QString, QJsonObject> rows = listed();
        const qint64 copyId = qint64(rows.value(QStringLiteral("Copie")).value(QStringLiteral("id")).toDouble());
        const CliRun run = cliDb({ QStringLiteral("show"), QString::number(copyId), QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        const QJsonArray copies =
            QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("copies")).toArray();
        QCOMPARE(copies.size(), 2);
        for (const QJsonValue &value : copies) {
            const QJsonObject copy = value.toObject();
            QCOMPARE(copy.value(QStringLiteral("title")).toString(), QStringLiteral("Original"));
            QCOMPARE(copy.value(QStringLiteral("source")).toString(), QStringLiteral("VNA/CVN"));
            const double similarity = copy.value(QStringLiteral("similarity")).toDouble();
            // The copy holds the whole original and a paragraph more: its
            // overlap may be estimated at 1 (Qt 5 and 6 generate other
            // paragraphs).
            QVERIFY2(similarity >= 0.8 && similarity <= 1.0, qPrintable(QString::number(similarity)));
        }
        const qint64 otherId = qint64(rows.value(QStringLiteral("Autre")).value(QStringLiteral("id")).toDouble());
        const CliRun other = cliDb({ QStringLiteral("show"), QString::number(otherId), QStringLiteral("--json") });
        QVERIFY(QJsonDocument::fromJson(other.out.toUtf8()).object().value(QStringLiteral("copies")).isArray());
        QCOMPARE(QJsonDocument::fromJson(other.out.toUtf8()).object().value(QStringLiteral("copies")).toArray().size(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestCliStories)
#include "tst_cli_stories.moc"
