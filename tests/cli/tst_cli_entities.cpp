// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/database.h"
#include "entities/defaultgazetteer.h"
#include "entities/entitystore.h"

#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>
#include <memory>

// veille-cli's entity commands, tested as a user runs them: a process on a
// database of its own, its exit code and output.
class TestCliEntities : public QObject
{
    Q_OBJECT

    using Run = CliRun;

    std::unique_ptr<QTemporaryDir> m_dir;

    QString dbPath() const { return m_dir->filePath(QStringLiteral("veille.sqlite")); }

    Run cli(const QStringList &arguments) const { return CliRun::run(m_dir->path(), arguments); }

    Run cliDb(const QStringList &arguments, const QString &db = QString()) const
    {
        return cli(QStringList { QStringLiteral("--db"), db.isEmpty() ? dbPath() : db } + arguments);
    }

    static QJsonArray jsonArray(const QString &text) { return CliRun::jsonArray(text); }

    static QJsonObject jsonObject(const QString &text)
    {
        QJsonParseError error {};
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            qWarning() << error.errorString() << text.left(200);
        return document.object();
    }

    // The gazetteer a new database starts with: the shipped list and the
    // system's iso-codes countries (none where iso-codes is missing, for the
    // CLI as for the test).
    static QVector<Veille::Entity> defaultGazetteer() { return Veille::DefaultGazetteer::load(); }

    // "type|name" of each entity, sorted.
    static QStringList typedNames(const QVector<Veille::Entity> &entities, const QString &type = QString())
    {
        QStringList names;
        for (const Veille::Entity &entity : entities) {
            if (type.isEmpty() || entity.type == type)
                names.append(entity.type + QLatin1Char('|') + entity.name);
        }
        names.sort();
        return names;
    }

    static QStringList typedNames(const QJsonArray &entities)
    {
        QStringList names;
        for (const QJsonValue &entity : entities) {
            names.append(entity.toObject().value(QStringLiteral("type")).toString() + QLatin1Char('|')
                         + entity.toObject().value(QStringLiteral("name")).toString());
        }
        names.sort();
        return names;
    }

    static QString sampleCorpus() { return QStringLiteral(VEILLE_SOURCE_DIR "/resources/sample-corpus"); }

    // Writes \a name into the test's folder; returns its path.
    QString writeFile(const QString &name, const QByteArray &bytes) const
    {
        const QString path = m_dir->filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qWarning() << "cannot write" << path;
        return path;
    }

    // Imports one article in the wire format; returns its id, or 0.
    qint64 importArticle(const QString &name, const QString &title, const QString &body, const QString &db = QString())
    {
        const QString path = writeFile(QStringLiteral("articles/") + name,
                                       QString(QStringLiteral(" date 2025-06-01 ") + title + QStringLiteral("\n\n")
                                               + body + QStringLiteral("\n\nAFP\n"))
                                           .toUtf8());
        const Run run = cliDb({ QStringLiteral("import"), path }, db);
        if (run.exitCode != 0)
            qWarning() << run.out << run.err;
        return articleId(title, db);
    }

    // The id of the article whose title starts with \a title, or 0.
    qint64 articleId(const QString &title, const QString &db = QString()) const
    {
        const QJsonArray articles = jsonArray(cliDb({ QStringLiteral("list"), QStringLiteral("--json") }, db).out);
        for (const QJsonValue &article : articles) {
            if (article.toObject().value(QStringLiteral("title")).toString().startsWith(title))
                return integer(article.toObject().value(QStringLiteral("id")));
        }
        return 0;
    }

    QJsonObject show(qint64 id, const QString &db = QString()) const
    {
        const Run run = cliDb({ QStringLiteral("show"), QString::number(id), QStringLiteral("--json") }, db);
        if (run.exitCode != 0)
            qWarning() << run.err;
        return jsonObject(run.out);
    }

    // Every entity of `entities list --json`, by name.
    QHash<QString, QJsonObject> entities(const QString &db = QString()) const
    {
        QHash<QString, QJsonObject> byName;
        const QJsonArray list =
            jsonArray(cliDb({ QStringLiteral("entities"), QStringLiteral("list"), QStringLiteral("--json") }, db).out);
        for (const QJsonValue &entity : list)
            byName.insert(entity.toObject().value(QStringLiteral("name")).toString(), entity.toObject());
        return byName;
    }

    qint64 entityId(const QString &name, const QString &db = QString()) const
    {
        return integer(entities(db).value(name).value(QStringLiteral("id")));
    }

    // QJsonValue::toInteger() is Qt 6 only.
    static qint64 integer(const QJsonValue &value) { return qint64(value.toDouble()); }

    static QStringList strings(const QJsonValue &array)
    {
        QStringList list;
        const QJsonArray values = array.toArray();
        for (const QJsonValue &value : values)
            list.append(value.toString());
        return list;
    }

    // "text|name|type|role" of each mention of a `show --json`.
    static QStringList mentionLines(const QJsonObject &article)
    {
        QStringList lines;
        const QJsonArray mentions = article.value(QStringLiteral("mentions")).toArray();
        for (const QJsonValue &value : mentions) {
            const QJsonObject mention = value.toObject();
            lines.append(QStringList {
                mention.value(QStringLiteral("text")).toString(), mention.value(QStringLiteral("name")).toString(),
                mention.value(QStringLiteral("type")).toString(), mention.value(QStringLiteral("role")).toString() }
                             .join(QLatin1Char('|')));
        }
        return lines;
    }

    static bool hasMention(const QJsonObject &article, const QString &text, const QString &type,
                           const QString &role = QString())
    {
        const QJsonArray mentions = article.value(QStringLiteral("mentions")).toArray();
        for (const QJsonValue &value : mentions) {
            const QJsonObject mention = value.toObject();
            if (mention.value(QStringLiteral("text")).toString() == text
                && mention.value(QStringLiteral("type")).toString() == type
                && (role.isEmpty() || mention.value(QStringLiteral("role")).toString() == role))
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void listJson()
    {
        QCOMPARE(cliDb({ QStringLiteral("import"), sampleCorpus() }).exitCode, 0);
        const Run run = cliDb({ QStringLiteral("entities"), QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        const QJsonArray list = jsonArray(run.out);
        // Importing adds mentions, never entities: the list is the default gazetteer.
        const QVector<Veille::Entity> gazetteer = defaultGazetteer();
        QVERIFY(!gazetteer.isEmpty());
        QCOMPARE(list.size(), gazetteer.size());
        QCOMPARE(typedNames(list), typedNames(gazetteer));
        for (const QJsonValue &value : list) {
            QCOMPARE(value.toObject().keys(),
                     (QStringList { QStringLiteral("aliases"), QStringLiteral("articles"), QStringLiteral("id"),
                                    QStringLiteral("mentions"), QStringLiteral("name"), QStringLiteral("status"),
                                    QStringLiteral("type") }));
        }
        const QJsonObject intel = entities().value(QStringLiteral("Intel"));
        QCOMPARE(intel.value(QStringLiteral("type")).toString(), QStringLiteral("Company"));
        // The gazetteer's aliases, without the name, which is apart.
        const auto shipped = std::find_if(gazetteer.cbegin(), gazetteer.cend(), [](const Veille::Entity &entity) {
            return entity.type == QLatin1String("Company") && entity.name == QLatin1String("Intel");
        });
        QVERIFY(shipped != gazetteer.cend());
        QStringList aliases;
        for (const Veille::Alias &alias : shipped->aliases) {
            if (alias.text != shipped->name)
                aliases.append(alias.text);
        }
        QVERIFY(aliases.contains(QStringLiteral("Intel Corporation")));
        QCOMPARE(strings(intel.value(QStringLiteral("aliases"))), aliases);
        // Its counts agree with the articles `list --entity` finds for it.
        const Run intelArticles = cliDb(
            { QStringLiteral("list"), QStringLiteral("--entity"), QStringLiteral("Intel"), QStringLiteral("--json") });
        QCOMPARE(intelArticles.exitCode, 0);
        const int articles = intel.value(QStringLiteral("articles")).toInt();
        QVERIFY(articles > 0);
        QCOMPARE(articles, int(jsonArray(intelArticles.out).size()));
        QVERIFY(intel.value(QStringLiteral("mentions")).toInt() >= articles);
    }

    void listByType()
    {
        const Run json = cliDb({ QStringLiteral("entities"), QStringLiteral("list"), QStringLiteral("--type"),
                                 QStringLiteral("Person"), QStringLiteral("--json") });
        QCOMPARE(json.exitCode, 0);
        const QJsonArray people = jsonArray(json.out);
        // Exactly the default gazetteer's people, and only them.
        QCOMPARE(typedNames(people), typedNames(defaultGazetteer(), QStringLiteral("Person")));
        QVERIFY(typedNames(people).contains(QStringLiteral("Person|Sarah Kemp")));

        const Run text = cliDb(
            { QStringLiteral("entities"), QStringLiteral("list"), QStringLiteral("--type"), QStringLiteral("Person") });
        QCOMPARE(text.exitCode, 0);
        const QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), people.size());
        for (const QString &line : lines)
            QCOMPARE(line.section(QLatin1Char('\t'), 1, 1), QStringLiteral("Person"));
    }

    void addPrintsTheIdAndIndexes()
    {
        const qint64 article =
            importArticle(QStringLiteral("roe.txt"), QStringLiteral("Roe"),
                          QStringLiteral("Jane Roe a parl\u00e9. Plus tard, J. Roe a pr\u00e9cis\u00e9."));
        QVERIFY(article > 0);
        const qint64 other =
            importArticle(QStringLiteral("other.txt"), QStringLiteral("Autre"), QStringLiteral("Rien de tel ici."));
        QVERIFY(other > 0);

        const Run run = cliDb({ QStringLiteral("entities"), QStringLiteral("add"), QStringLiteral("Jane Roe"),
                                QStringLiteral("--type"), QStringLiteral("Person"), QStringLiteral("--alias"),
                                QStringLiteral("J. Roe") });
        QCOMPARE(run.exitCode, 0);
        bool isNumber = false;
        const qint64 id = run.out.trimmed().toLongLong(&isNumber);
        QVERIFY2(isNumber && id > 0, qPrintable(run.out));
        // Only the article that names her is read again.
        QVERIFY2(run.err.contains(QLatin1String("1 article indexed again")), qPrintable(run.err));

        const QJsonObject entity = entities().value(QStringLiteral("Jane Roe"));
        QCOMPARE(integer(entity.value(QStringLiteral("id"))), id);
        QCOMPARE(entity.value(QStringLiteral("type")).toString(), QStringLiteral("Person"));
        QCOMPARE(strings(entity.value(QStringLiteral("aliases"))), QStringList { QStringLiteral("J. Roe") });
        QCOMPARE(entity.value(QStringLiteral("articles")).toInt(), 1);
        QCOMPARE(entity.value(QStringLiteral("mentions")).toInt(), 2);
        QCOMPARE(
            mentionLines(show(article)),
            (QStringList { QStringLiteral("Jane Roe|Jane Roe|Person|"), QStringLiteral("J. Roe|Jane Roe|Person|") }));
    }

    void aliasAddsAndIndexes()
    {
        const qint64 article = importArticle(QStringLiteral("nxr.txt"), QStringLiteral("NXR"),
                                             QStringLiteral("Le fabricant NXR a sign\u00e9, dit-on chez Nexaro."));
        const Run added = cliDb({ QStringLiteral("entities"), QStringLiteral("add"), QStringLiteral("Nexaro"),
                                  QStringLiteral("--type"), QStringLiteral("Company") });
        QCOMPARE(added.exitCode, 0);
        const QString id = added.out.trimmed();
        // "Le fabricant NXR": a rule reads a company the gazetteer lacks.
        QCOMPARE(mentionLines(show(article)),
                 (QStringList { QStringLiteral("NXR|NXR|Company|"), QStringLiteral("Nexaro|Nexaro|Company|") }));

        const Run run = cliDb({ QStringLiteral("entities"), QStringLiteral("alias"), id, QStringLiteral("NXR") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QLatin1String("1 article indexed again")), qPrintable(run.err));
        QCOMPARE(strings(entities().value(QStringLiteral("Nexaro")).value(QStringLiteral("aliases"))),
                 QStringList { QStringLiteral("NXR") });
        QCOMPARE(mentionLines(show(article)),
                 (QStringList { QStringLiteral("NXR|Nexaro|Company|"), QStringLiteral("Nexaro|Nexaro|Company|") }));
        // Twice is once.
        QCOMPARE(cliDb({ QStringLiteral("entities"), QStringLiteral("alias"), id, QStringLiteral("NXR") }).exitCode, 0);
        QCOMPARE(strings(entities().value(QStringLiteral("Nexaro")).value(QStringLiteral("aliases"))),
                 QStringList { QStringLiteral("NXR") });

        const Run missing = cliDb(
            { QStringLiteral("entities"), QStringLiteral("alias"), QStringLiteral("999999"), QStringLiteral("X") });
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QLatin1String("no entity with id 999999")), qPrintable(missing.err));
    }

    void mergeMovesMentions()
    {
        const qint64 article = importArticle(QStringLiteral("m.txt"), QStringLiteral("Fusion"),
                                             QStringLiteral("Vexora et Vexora Labs ont fusionn\u00e9."));
        const QString keep = cliDb({ QStringLiteral("entities"), QStringLiteral("add"), QStringLiteral("Vexora"),
                                     QStringLiteral("--type"), QStringLiteral("Company") })
                                 .out.trimmed();
        const QString gone = cliDb({ QStringLiteral("entities"), QStringLiteral("add"), QStringLiteral("Vexora Labs"),
                                     QStringLiteral("--type"), QStringLiteral("Organisation"),
                                     QStringLiteral("--alias"), QStringLiteral("VXL") })
                                 .out.trimmed();
        QVERIFY(!keep.isEmpty() && !gone.isEmpty() && keep != gone);
        QCOMPARE(mentionLines(show(article)),
                 (QStringList { QStringLiteral("Vexora|Vexora|Company|"),
                                QStringLiteral("Vexora Labs|Vexora Labs|Organisation|") }));

        const Run run = cliDb({ QStringLiteral("entities"), QStringLiteral("merge"), keep, gone });
        QCOMPARE(run.exitCode, 0);
        const QHash<QString, QJsonObject> all = entities();
        QVERIFY(!all.contains(QStringLiteral("Vexora Labs")));
        QCOMPARE(strings(all.value(QStringLiteral("Vexora")).value(QStringLiteral("aliases"))),
                 (QStringList { QStringLiteral("Vexora Labs"), QStringLiteral("VXL") }));
        QCOMPARE(all.value(QStringLiteral("Vexora")).value(QStringLiteral("mentions")).toInt(), 2);
        QCOMPARE(
            mentionLines(show(article)),
            (QStringList { QStringLiteral("Vexora|Vexora|Company|"), QStringLiteral("Vexora Labs|Vexora|Company|") }));

        const Run again = cliDb({ QStringLiteral("entities"), QStringLiteral("merge"), keep, gone });
        QCOMPARE(again.exitCode, 1);
        QVERIFY(!again.err.isEmpty());
    }

    void suppressHidesEverywhere()
    {
        QCOMPARE(cliDb({ QStringLiteral("import"), sampleCorpus() }).exitCode, 0);
        QVERIFY(entities().value(QStringLiteral("Intel")).value(QStringLiteral("mentions")).toInt() > 0);
        const Run run = cliDb({ QStringLiteral("entities"), QStringLiteral("suppress"), QStringLiteral("INTEL") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QLatin1String("indexed again")), qPrintable(run.err));
        const QJsonObject intel = entities().value(QStringLiteral("Intel"));
        QCOMPARE(intel.value(QStringLiteral("mentions")).toInt(), 0);
        QCOMPARE(intel.value(QStringLiteral("articles")).toInt(), 0);
        // The longer name that contains it is not that text.
        QVERIFY(entities().value(QStringLiteral("Intel Products Vietnam")).value(QStringLiteral("mentions")).toInt()
                > 0);
        const Run listed = cliDb(
            { QStringLiteral("list"), QStringLiteral("--entity"), QStringLiteral("Intel"), QStringLiteral("--json") });
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(jsonArray(listed.out).isEmpty());
    }

    void importCsv()
    {
        const QString csv = writeFile(QStringLiteral("watch.csv"),
                                      "name,type,aliases\n"
                                      "\"Roe, Jane\",Person,\"J. Roe|Jane R.\"\n"
                                      "Vexora,company,=VXR\n"
                                      "Broken \"quote,Company,\n"
                                      "\n"
                                      "\"Orvane \"\"Labs\"\"\",Organisation,Orvane\n");
        const int before = entities().size();
        const Run run = cliDb({ QStringLiteral("entities"), QStringLiteral("import"), csv });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("line 4")), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QLatin1String("line 2")) && !run.err.contains(QLatin1String("line 6")),
                 qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("3 entities added")), qPrintable(run.out));

        QHash<QString, QJsonObject> all = entities();
        QCOMPARE(all.size(), before + 3);
        QCOMPARE(all.value(QStringLiteral("Roe, Jane")).value(QStringLiteral("type")).toString(),
                 QStringLiteral("Person"));
        QCOMPARE(strings(all.value(QStringLiteral("Roe, Jane")).value(QStringLiteral("aliases"))),
                 (QStringList { QStringLiteral("J. Roe"), QStringLiteral("Jane R.") }));
        QCOMPARE(all.value(QStringLiteral("Vexora")).value(QStringLiteral("type")).toString(),
                 QStringLiteral("Company"));
        QCOMPARE(strings(all.value(QStringLiteral("Vexora")).value(QStringLiteral("aliases"))),
                 QStringList { QStringLiteral("VXR") });
        QCOMPARE(all.value(QStringLiteral("Orvane \"Labs\"")).value(QStringLiteral("type")).toString(),
                 QStringLiteral("Organisation"));

        // Again: nothing new, the same bad line.
        const Run again = cliDb({ QStringLiteral("entities"), QStringLiteral("import"), csv });
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.out.contains(QLatin1String("0 entities added")), qPrintable(again.out));
        all = entities();
        QCOMPARE(all.size(), before + 3);
        QCOMPARE(strings(all.value(QStringLiteral("Roe, Jane")).value(QStringLiteral("aliases"))),
                 (QStringList { QStringLiteral("J. Roe"), QStringLiteral("Jane R.") }));

        const Run missing = cliDb(
            { QStringLiteral("entities"), QStringLiteral("import"), m_dir->filePath(QStringLiteral("nosuch.csv")) });
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QLatin1String("nosuch.csv")));
    }

    void exportCsvRoundTrips()
    {
        const QString csv = writeFile(QStringLiteral("watch.csv"),
                                      "name,type,aliases\n"
                                      "\"Roe, Jane\",Person,\"J. Roe|Jane \"\"JR\"\" Roe\"\n"
                                      "Vexora,Product,=VXR|vexora one\n");
        QCOMPARE(cliDb({ QStringLiteral("entities"), QStringLiteral("import"), csv }).exitCode, 0);
        // An entity renamed in the application (the CLI has no rename):
        // the export must carry its new name.
        {
            Veille::Database db(dbPath(), Veille::Database::uniqueConnectionName(QStringLiteral("rename")));
            QVERIFY2(db.open(), qPrintable(db.errorString()));
            Veille::EntityStore store(db.connection());
            const QVector<Veille::Entity> found = store.find(QStringLiteral("Roe, Jane"));
            QCOMPARE(found.size(), 1);
            QVERIFY(store.renameEntity(found.first().id, QStringLiteral("Jane Roe-Smith")));
        }

        const Run exported = cliDb({ QStringLiteral("entities"), QStringLiteral("export"), QStringLiteral("--format"),
                                     QStringLiteral("csv") });
        QCOMPARE(exported.exitCode, 0);
        QVERIFY(exported.out.startsWith(QLatin1String("name,type,aliases\n")));
        QVERIFY2(
            exported.out.contains(QStringLiteral("Jane Roe-Smith,Person,\"Roe, Jane|J. Roe|Jane \"\"JR\"\" Roe\"\n")),
            qPrintable(exported.out.left(300)));
        const QString file = writeFile(QStringLiteral("export.csv"), exported.out.toUtf8());

        const QString fresh = m_dir->filePath(QStringLiteral("fresh.sqlite"));
        const Run imported = cliDb({ QStringLiteral("entities"), QStringLiteral("import"), file }, fresh);
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err.left(500)));

        const QHash<QString, QJsonObject> original = entities();
        const QHash<QString, QJsonObject> copy = entities(fresh);
        QSet<QString> originalNames;
        QSet<QString> copyNames;
        for (auto it = original.cbegin(); it != original.cend(); ++it)
            originalNames.insert(it.value().value(QStringLiteral("type")).toString() + QLatin1Char('/') + it.key());
        for (auto it = copy.cbegin(); it != copy.cend(); ++it)
            copyNames.insert(it.value().value(QStringLiteral("type")).toString() + QLatin1Char('/') + it.key());
        QCOMPARE(copyNames, originalNames);
        for (auto it = original.cbegin(); it != original.cend(); ++it) {
            QStringList a = strings(it.value().value(QStringLiteral("aliases")));
            QStringList b = strings(copy.value(it.key()).value(QStringLiteral("aliases")));
            a.sort();
            b.sort();
            QCOMPARE(b, a);
        }
        // And the exported file of the copy is the same file.
        QCOMPARE(cliDb({ QStringLiteral("entities"), QStringLiteral("export"), QStringLiteral("--format"),
                         QStringLiteral("csv") },
                       fresh)
                     .out,
                 exported.out);
    }

    void reimportingTheExportKeepsCaseSensitiveNames()
    {
        if (!QFileInfo::exists(QStringLiteral("/usr/share/iso-codes/json/iso_3166-1.json")))
            QSKIP("Debian's iso-codes is not installed: no one-word country names to test");
        // One-word country names match only with their capital: "chili"
        // and "grenade" are food, "Chili" is Chile.
        const qint64 id = importArticle(QStringLiteral("chili.txt"), QStringLiteral("Cuisine"),
                                        QStringLiteral("Un chili con carne et une grenade au dessert, puis le Chili."));
        QVERIFY(id > 0);
        QCOMPARE(mentionLines(show(id)), QStringList { QStringLiteral("Chili|Chili|Place|") });

        const Run exported = cliDb({ QStringLiteral("entities"), QStringLiteral("export"), QStringLiteral("--format"),
                                     QStringLiteral("csv") });
        QCOMPARE(exported.exitCode, 0);
        const QString file = writeFile(QStringLiteral("export.csv"), exported.out.toUtf8());
        const Run imported = cliDb({ QStringLiteral("entities"), QStringLiteral("import"), file });
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err.left(500)));
        QVERIFY2(imported.out.contains(QLatin1String("0 entities added")), qPrintable(imported.out));
        QCOMPARE(mentionLines(show(id)), QStringList { QStringLiteral("Chili|Chili|Place|") });
    }

    // Names a spreadsheet would run as formulas: the CSV export defuses
    // them unless --raw asks for the exact text, and reads them back exact.
    void csvExportDefusesFormulas_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QStringList>("lines");
        QTest::newRow("by default the cells starting with @, + or - are prefixed with '")
            << QStringList {}
            << QStringList { QStringLiteral("'@SUM(A1),Company,'-2+3"), QStringLiteral("'+cmd,Person,") };
        QTest::newRow("--raw writes the exact names")
            << QStringList { QStringLiteral("--raw") }
            << QStringList { QStringLiteral("@SUM(A1),Company,-2+3"), QStringLiteral("+cmd,Person,") };
    }

    void csvExportDefusesFormulas()
    {
        QFETCH(QStringList, options);
        QFETCH(QStringList, lines);
        QCOMPARE(cliDb({ QStringLiteral("entities"), QStringLiteral("add"), QStringLiteral("@SUM(A1)"),
                         QStringLiteral("--type"), QStringLiteral("Company"), QStringLiteral("--alias"),
                         QStringLiteral("-2+3") })
                     .exitCode,
                 0);
        QCOMPARE(cliDb({ QStringLiteral("entities"), QStringLiteral("add"), QStringLiteral("+cmd"),
                         QStringLiteral("--type"), QStringLiteral("Person") })
                     .exitCode,
                 0);
        const Run exported = cliDb(QStringList { QStringLiteral("entities"), QStringLiteral("export"),
                                                 QStringLiteral("--format"), QStringLiteral("csv") }
                                   + options);
        QCOMPARE(exported.exitCode, 0);
        const QStringList written = exported.out.split(QLatin1Char('\n'));
        for (const QString &line : std::as_const(lines))
            QVERIFY2(written.contains(line), qPrintable(line));

        // Imported again, the names are the ones given, without the prefix.
        const QString fresh = m_dir->filePath(QStringLiteral("fresh.sqlite"));
        const Run imported = cliDb({ QStringLiteral("entities"), QStringLiteral("import"),
                                     writeFile(QStringLiteral("export.csv"), exported.out.toUtf8()) },
                                   fresh);
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err.left(500)));
        const QHash<QString, QJsonObject> copy = entities(fresh);
        QVERIFY(copy.contains(QStringLiteral("@SUM(A1)")));
        QCOMPARE(strings(copy.value(QStringLiteral("@SUM(A1)")).value(QStringLiteral("aliases"))),
                 QStringList { QStringLiteral("-2+3") });
        QVERIFY(copy.contains(QStringLiteral("+cmd")));
    }

    void exportKsyntaxIsWellFormed()
    {
        const Run run = cliDb({ QStringLiteral("entities"), QStringLiteral("export"), QStringLiteral("--format"),
                                QStringLiteral("ksyntax") });
        QCOMPARE(run.exitCode, 0);
        QXmlStreamReader xml(run.out);
        QString language;
        int rules = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("language"))
                language = xml.attributes().value(QLatin1String("name")).toString();
            else if (xml.name() == QLatin1String("RegExpr"))
                ++rules;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(language, QStringLiteral("Veille Entities"));
        QVERIFY(rules > 0);
    }

    // The rules' typo variants stay suggestions; every other name a rule
    // reads is a detected mention (English text: no tagger runs on it).
    void suggestionsJson()
    {
        const qint64 article = importArticle(
            QStringLiteral("s.txt"), QStringLiteral("Suggestions"),
            QStringLiteral("Mr Delorme has left Qualcomm. The partnership with Qualcom is still to be signed."));
        QVERIFY(article > 0);
        const qint64 qualcomm = entityId(QStringLiteral("Qualcomm"));
        const Run run = cliDb({ QStringLiteral("entities"), QStringLiteral("suggestions"), QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        const QJsonArray list = jsonArray(run.out);
        QCOMPARE(list.size(), 1);
        const QJsonObject variant = list.at(0).toObject();
        QCOMPARE(variant.value(QStringLiteral("text")).toString(), QStringLiteral("Qualcom"));
        QCOMPARE(variant.value(QStringLiteral("type")).toString(), QStringLiteral("Company"));
        QCOMPARE(integer(variant.value(QStringLiteral("variant_of"))), qualcomm);
        QCOMPARE(variant.value(QStringLiteral("variant_of_name")).toString(), QStringLiteral("Qualcomm"));
        QCOMPARE(variant.value(QStringLiteral("articles")).toInt(), 1);
        QVERIFY(!variant.value(QStringLiteral("reason")).toString().isEmpty());

        const Run text = cliDb({ QStringLiteral("entities"), QStringLiteral("suggestions") });
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 1);

        // "Mr Delorme": the person Delorme, found by a rule, not yet accepted.
        QJsonObject delorme;
        for (const QJsonValue &value : show(article).value(QStringLiteral("mentions")).toArray()) {
            if (value.toObject().value(QStringLiteral("type")).toString() == QLatin1String("Person"))
                delorme = value.toObject();
        }
        QCOMPARE(delorme.value(QStringLiteral("text")).toString(), QStringLiteral("Delorme"));
        QCOMPARE(delorme.value(QStringLiteral("name")).toString(), QStringLiteral("Delorme"));
        QCOMPARE(delorme.value(QStringLiteral("origin")).toString(), QStringLiteral("rule"));
        QCOMPARE(delorme.value(QStringLiteral("status")).toString(), QStringLiteral("detected"));
        QCOMPARE(delorme.value(QStringLiteral("confidence")).toDouble(), 0.9);
        // Accepted as the tagger's names are: it joins the gazetteer, as a Person.
        const QString id = QString::number(integer(delorme.value(QStringLiteral("entity_id"))));
        QCOMPARE(cliDb({ QStringLiteral("entities"), QStringLiteral("accept"), id }).exitCode, 0);
        const QJsonObject accepted = entities().value(QStringLiteral("Delorme"));
        QCOMPARE(accepted.value(QStringLiteral("type")).toString(), QStringLiteral("Person"));
        QVERIFY(hasMention(show(article), QStringLiteral("Delorme"), QStringLiteral("Person")));
        const QJsonArray after = show(article).value(QStringLiteral("mentions")).toArray();
        for (const QJsonValue &value : after) {
            if (value.toObject().value(QStringLiteral("text")).toString() == QLatin1String("Delorme"))
                QCOMPARE(value.toObject().value(QStringLiteral("origin")).toString(), QStringLiteral("gazetteer"));
        }
    }

    void listByEntity()
    {
        QCOMPARE(cliDb({ QStringLiteral("import"), sampleCorpus() }).exitCode, 0);
        const QJsonObject qualcomm = entities().value(QStringLiteral("Qualcomm"));
        const qint64 id = integer(qualcomm.value(QStringLiteral("id")));
        const Run run = cliDb({ QStringLiteral("list"), QStringLiteral("--entity"), QStringLiteral("Qualcomm"),
                                QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        QSet<qint64> listed;
        const QJsonArray rows = jsonArray(run.out);
        for (const QJsonValue &row : rows)
            listed.insert(integer(row.toObject().value(QStringLiteral("id"))));
        QVERIFY(!listed.isEmpty());
        QCOMPARE(listed.size(), qualcomm.value(QStringLiteral("articles")).toInt());

        // Exactly the articles that name it.
        const QJsonArray all = jsonArray(cliDb({ QStringLiteral("list"), QStringLiteral("--json") }).out);
        QCOMPARE(all.size(), 17);
        for (const QJsonValue &row : all) {
            const qint64 article = integer(row.toObject().value(QStringLiteral("id")));
            bool names = false;
            const QJsonArray mentions = show(article).value(QStringLiteral("mentions")).toArray();
            for (const QJsonValue &mention : mentions)
                names = names || integer(mention.toObject().value(QStringLiteral("entity_id"))) == id;
            QCOMPARE(names, listed.contains(article));
        }

        // By id, by alias, in another case: the same list.
        for (const QString &key :
             { QString::number(id), QStringLiteral("qualcomm inc."), QStringLiteral("QUALCOMM") }) {
            const Run other =
                cliDb({ QStringLiteral("list"), QStringLiteral("--entity"), key, QStringLiteral("--json") });
            QCOMPARE(other.exitCode, 0);
            QCOMPARE(jsonArray(other.out), rows);
        }

        const Run none = cliDb({ QStringLiteral("list"), QStringLiteral("--entity"), QStringLiteral("nosuchname") });
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains(QLatin1String("nosuchname")), qPrintable(none.err));
        QVERIFY(none.out.isEmpty());
    }

    void showOffsetsAreCodePoints()
    {
        // U+1F642 and U+1D518 are outside the BMP: two UTF-16 units, one code point.
        const QString body = QStringLiteral("\U0001F642 Intel et \U0001D518\U0001D518 Qualcomm ; le soutien de Qualcom "
                                            "reste \u00e0 voir.");
        const qint64 id = importArticle(QStringLiteral("emoji.txt"), QStringLiteral("Emoji"), body);
        QVERIFY(id > 0);
        const QJsonObject article = show(id);
        QCOMPARE(article.value(QStringLiteral("body")).toString(), body);
        const QVector<uint> codePoints = body.toUcs4();
        const auto slice = [&codePoints](int start, int end) {
            QString text;
            for (int i = start; i < end; ++i) {
                const uint c = codePoints.at(i);
                if (QChar::requiresSurrogates(c)) {
                    text.append(QChar(QChar::highSurrogate(c)));
                    text.append(QChar(QChar::lowSurrogate(c)));
                } else {
                    text.append(QChar(c));
                }
            }
            return text;
        };

        const QJsonArray mentions = article.value(QStringLiteral("mentions")).toArray();
        QCOMPARE(mentions.size(), 2);
        const QJsonObject intel = mentions.at(0).toObject();
        QCOMPARE(intel.value(QStringLiteral("name")).toString(), QStringLiteral("Intel"));
        QCOMPARE(intel.value(QStringLiteral("start")).toInt(), 2); // UTF-16 would say 3
        QCOMPARE(intel.value(QStringLiteral("end")).toInt(), 7);
        for (const QJsonValue &value : mentions) {
            const QJsonObject mention = value.toObject();
            QCOMPARE(
                slice(mention.value(QStringLiteral("start")).toInt(), mention.value(QStringLiteral("end")).toInt()),
                mention.value(QStringLiteral("text")).toString());
        }
        const QJsonObject qualcomm = mentions.at(1).toObject();
        QCOMPARE(qualcomm.value(QStringLiteral("start")).toInt(), 14); // UTF-16 would say 17

        QVERIFY(article.value(QStringLiteral("suggestions")).isArray());
        const QJsonArray suggestions = article.value(QStringLiteral("suggestions")).toArray();
        QCOMPARE(suggestions.size(), 1);
        const QJsonObject typo = suggestions.at(0).toObject();
        QCOMPARE(typo.value(QStringLiteral("text")).toString(), QStringLiteral("Qualcom"));
        QCOMPARE(slice(typo.value(QStringLiteral("start")).toInt(), typo.value(QStringLiteral("end")).toInt()),
                 QStringLiteral("Qualcom"));
        QCOMPARE(integer(typo.value(QStringLiteral("variant_of"))),
                 integer(qualcomm.value(QStringLiteral("entity_id"))));
    }

    // The French tagger's names: shown with their origin and confidence,
    // listed apart from the gazetteer, accepted or rejected by id.
    void detectedNames()
    {
        const qint64 id = importArticle(
            QStringLiteral("poutine.txt"), QStringLiteral("Moscou reçoit Hanoï"),
            QStringLiteral("Le président russe Vladimir Poutine a reçu mardi à Moscou une délégation venue de Hanoï, "
                           "a annoncé le Kremlin. Selon M. Poutine, les échanges entre les deux pays doivent encore "
                           "progresser dans l’énergie et les semi-conducteurs. La délégation, conduite par Nguyen "
                           "Van Thanh, a également rencontré des responsables du groupe Rosatom."));
        QVERIFY(id > 0);
        const QJsonArray mentions = show(id).value(QStringLiteral("mentions")).toArray();
        QHash<QString, QJsonObject> byText;
        for (const QJsonValue &value : mentions)
            byText.insert(value.toObject().value(QStringLiteral("text")).toString(), value.toObject());
        const QJsonObject poutine = byText.value(QStringLiteral("Vladimir Poutine"));
        QCOMPARE(poutine.value(QStringLiteral("origin")).toString(), QStringLiteral("model"));
        QCOMPARE(poutine.value(QStringLiteral("status")).toString(), QStringLiteral("detected"));
        QVERIFY(poutine.value(QStringLiteral("confidence")).toDouble() > 0.5);
        QVERIFY(poutine.value(QStringLiteral("confidence")).toDouble() <= 1.0);
        const QJsonObject hanoi = byText.value(QStringLiteral("Hanoï"));
        QCOMPARE(hanoi.value(QStringLiteral("origin")).toString(), QStringLiteral("gazetteer"));
        QCOMPARE(hanoi.value(QStringLiteral("confidence")).toDouble(), 1.0);
        QCOMPARE(byText.value(QStringLiteral("Poutine")).value(QStringLiteral("name")).toString(),
                 QStringLiteral("Vladimir Poutine"));

        const auto listed = [this](const QString &status) {
            const Run run = cliDb({ QStringLiteral("entities"), QStringLiteral("list"), QStringLiteral("--status"),
                                    status, QStringLiteral("--json") });
            QStringList names;
            for (const QJsonValue &value : jsonArray(run.out))
                names.append(value.toObject().value(QStringLiteral("name")).toString());
            return names;
        };
        QVERIFY(listed(QStringLiteral("detected")).contains(QStringLiteral("Vladimir Poutine")));
        QVERIFY(!listed(QStringLiteral("confirmed")).contains(QStringLiteral("Vladimir Poutine")));

        const QString poutineId = QString::number(integer(poutine.value(QStringLiteral("entity_id"))));
        QCOMPARE(cliDb({ QStringLiteral("entities"), QStringLiteral("accept"), poutineId }).exitCode, 0);
        QVERIFY(listed(QStringLiteral("confirmed")).contains(QStringLiteral("Vladimir Poutine")));
        QVERIFY(!listed(QStringLiteral("detected")).contains(QStringLiteral("Vladimir Poutine")));

        const QJsonObject thanh = byText.value(QStringLiteral("Nguyen Van Thanh"));
        QCOMPARE(thanh.value(QStringLiteral("status")).toString(), QStringLiteral("detected"));
        const QString thanhId = QString::number(integer(thanh.value(QStringLiteral("entity_id"))));
        QCOMPARE(cliDb({ QStringLiteral("entities"), QStringLiteral("reject"), thanhId }).exitCode, 0);
        QVERIFY(!listed(QStringLiteral("detected")).contains(QStringLiteral("Nguyen Van Thanh")));
        for (const QJsonValue &value : show(id).value(QStringLiteral("mentions")).toArray())
            QVERIFY(value.toObject().value(QStringLiteral("text")).toString() != QLatin1String("Nguyen Van Thanh"));
        // A rejected id is gone; a bad status is a usage error.
        QCOMPARE(cliDb({ QStringLiteral("entities"), QStringLiteral("reject"), thanhId }).exitCode, 1);
        QCOMPARE(listed(QStringLiteral("guessed")), QStringList());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString entities = QStringLiteral("entities");
        QTest::newRow("no subcommand") << QStringList { entities } << QStringLiteral("subcommand");
        QTest::newRow("unknown subcommand")
            << QStringList { entities, QStringLiteral("frobnicate") } << QStringLiteral("frobnicate");
        QTest::newRow("add without --type")
            << QStringList { entities, QStringLiteral("add"), QStringLiteral("Jane Roe") } << QStringLiteral("--type");
        QTest::newRow("add without a name")
            << QStringList { entities, QStringLiteral("add"), QStringLiteral("--type"), QStringLiteral("Person") }
            << QStringLiteral("NAME");
        QTest::newRow("alias with a word for an id")
            << QStringList { entities, QStringLiteral("alias"), QStringLiteral("Intel"), QStringLiteral("Intel Corp") }
            << QStringLiteral("ID");
        QTest::newRow("alias without the alias")
            << QStringList { entities, QStringLiteral("alias"), QStringLiteral("12") } << QStringLiteral("ALIAS");
        QTest::newRow("merge with a word")
            << QStringList { entities, QStringLiteral("merge"), QStringLiteral("1"), QStringLiteral("two") }
            << QStringLiteral("GONE_ID");
        QTest::newRow("suppress nothing")
            << QStringList { entities, QStringLiteral("suppress") } << QStringLiteral("TEXT");
        QTest::newRow("export in an unknown format")
            << QStringList { entities, QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf") }
            << QStringLiteral("csv or ksyntax");
        QTest::newRow("list with an unknown status")
            << QStringList { entities, QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("maybe") }
            << QStringLiteral("--status");
        QTest::newRow("accept without an id")
            << QStringList { entities, QStringLiteral("accept") } << QStringLiteral("ID");
        QTest::newRow("import two files")
            << QStringList { entities, QStringLiteral("import"), QStringLiteral("a.csv"), QStringLiteral("b.csv") }
            << QStringLiteral("one CSV");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = cliDb(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void theRealSeeds()
    {
        const QString seeds = QStringLiteral(VEILLE_SHARED_CORPUS_DIR "/seeds");
        if (!QFileInfo::exists(seeds))
            QSKIP("../shared/corpus is absent (a fresh clone): the reference seeds are not tested");
        QCOMPARE(cliDb({ QStringLiteral("import"), seeds }).exitCode, 0);
        const qint64 qualcomm = entityId(QStringLiteral("Qualcomm"));
        QVERIFY(qualcomm > 0);

        // Seed 002: "Qualcom" is a typo of Qualcomm, until the user says it is Qualcomm.
        const qint64 pm = articleId(QStringLiteral("Le PM appelle"));
        QVERIFY(pm > 0);
        QJsonObject article = show(pm);
        bool suggested = false;
        const QJsonArray suggestions = article.value(QStringLiteral("suggestions")).toArray();
        for (const QJsonValue &value : suggestions) {
            const QJsonObject suggestion = value.toObject();
            if (suggestion.value(QStringLiteral("text")).toString() == QLatin1String("Qualcom")) {
                suggested = true;
                QCOMPARE(integer(suggestion.value(QStringLiteral("variant_of"))), qualcomm);
                QCOMPARE(suggestion.value(QStringLiteral("type")).toString(), QStringLiteral("Company"));
            }
        }
        QVERIFY(suggested);
        QVERIFY(!hasMention(article, QStringLiteral("Qualcom"), QStringLiteral("Company")));

        const Run alias = cliDb({ QStringLiteral("entities"), QStringLiteral("alias"), QString::number(qualcomm),
                                  QStringLiteral("Qualcom") });
        QCOMPARE(alias.exitCode, 0);
        article = show(pm);
        QVERIFY2(mentionLines(article).contains(QStringLiteral("Qualcom|Qualcomm|Company|")),
                 qPrintable(mentionLines(article).join(QLatin1Char('\n'))));
        const QJsonArray after = article.value(QStringLiteral("suggestions")).toArray();
        for (const QJsonValue &value : after)
            QVERIFY(value.toObject().value(QStringLiteral("text")).toString() != QLatin1String("Qualcom"));

        // Seed 000: the names a reader sees, and the roles linked to the people.
        const qint64 visit = articleId(QStringLiteral("Vietnam et \u00c9tats-Unis"));
        QVERIFY(visit > 0);
        article = show(visit);
        const QString context = mentionLines(article).join(QLatin1Char('\n'));
        const QVector<QPair<QString, QString>> expected = {
            { QStringLiteral("Intel"), QStringLiteral("Company") },
            { QStringLiteral("Meta"), QStringLiteral("Company") },
            { QStringLiteral("Cao Anh Tu\u00e2n"), QStringLiteral("Person") },
            { QStringLiteral("Sarah Kemp"), QStringLiteral("Person") },
            { QStringLiteral("Molly Montgomery"), QStringLiteral("Person") },
            { QStringLiteral("vice-ministre des Finances"), QStringLiteral("Role") },
            { QStringLiteral("\u00c9tats-Unis"), QStringLiteral("Place") },
            { QStringLiteral("Vietnam"), QStringLiteral("Place") },
            { QStringLiteral("NIC"), QStringLiteral("Organisation") },
        };
        for (const auto &mention : expected)
            QVERIFY2(hasMention(article, mention.first, mention.second),
                     qPrintable(mention.first + QLatin1Char('\n') + context));
        // Hoa Lac, as part of whatever place name the gazetteer has.
        bool hoaLac = false;
        const QJsonArray mentions = article.value(QStringLiteral("mentions")).toArray();
        for (const QJsonValue &value : mentions) {
            const QJsonObject mention = value.toObject();
            hoaLac = hoaLac
                || (mention.value(QStringLiteral("text")).toString().contains(QLatin1String("Hoa Lac"))
                    && mention.value(QStringLiteral("type")).toString() == QLatin1String("Place"));
        }
        QVERIFY2(hoaLac, qPrintable(context));
        QVERIFY2(hasMention(article, QStringLiteral("Cao Anh Tu\u00e2n"), QStringLiteral("Person"),
                            QStringLiteral("vice-ministre des Finances")),
                 qPrintable(context));
        QVERIFY2(hasMention(article, QStringLiteral("Sarah Kemp"), QStringLiteral("Person"),
                            QStringLiteral("vice-pr\u00e9sidente des affaires gouvernementales internationales")),
                 qPrintable(context));
        QVERIFY2(hasMention(article, QStringLiteral("Molly Montgomery"), QStringLiteral("Person"),
                            QStringLiteral("directrice des politiques publiques")),
                 qPrintable(context));

        // No everyday French word: a mention starts with a capital, or is
        // a gazetteer phrase of several words ("ministère des Finances",
        // "vice-ministre des Finances"), never a person or a company.
        for (const QJsonValue &value : mentions) {
            const QJsonObject mention = value.toObject();
            const QString text = mention.value(QStringLiteral("text")).toString();
            const QString type = mention.value(QStringLiteral("type")).toString();
            const bool capital = text.at(0).isUpper();
            const bool phrase =
                text.contains(QLatin1Char(' ')) && type != QLatin1String("Person") && type != QLatin1String("Company");
            QVERIFY2(capital || phrase, qPrintable(text + QStringLiteral(" (") + type + QLatin1Char(')')));
        }
        const QJsonArray visitSuggestions = article.value(QStringLiteral("suggestions")).toArray();
        for (const QJsonValue &value : visitSuggestions) {
            const QString text = value.toObject().value(QStringLiteral("text")).toString();
            QVERIFY2(text.at(0).isUpper(), qPrintable(text));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliEntities)
#include "tst_cli_entities.moc"
