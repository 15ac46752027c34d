// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// How long the daily backup of the user's data takes, and a restore of it
// into a database with the same articles. The goal: at most 1 s for the
// backup at 100,000 passages (issue 12). The database is filled with plain
// SQL in one transaction, since PassageStore::add journals each passage and
// would take minutes to make 100,000; the default gazetteer stands for the
// curation.
#include "db/database.h"
#include "db/userdatabackup.h"
#include "entities/defaultgazetteer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace Veille;

namespace {

const int passagesPerArticle = 10;

bool execOrSay(QSqlQuery &query, QTextStream &err)
{
    if (query.exec())
        return true;
    err << "fill failed: " << query.lastQuery() << ": " << query.lastError().text() << Qt::endl;
    return false;
}

bool fillArticles(QSqlDatabase db, int articles, QTextStream &err)
{
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO articles(id, path, content_hash, title, title_key, imported_at,"
                                  " updated_at) VALUES (?, ?, ?, ?, ?, 0, 0)"));
    for (int i = 1; i <= articles; ++i) {
        const QString title = QStringLiteral("Article %1").arg(i);
        insert.addBindValue(i);
        insert.addBindValue(QStringLiteral("/corpus/%1.txt").arg(i));
        insert.addBindValue(QStringLiteral("hash%1").arg(i));
        insert.addBindValue(title);
        insert.addBindValue(title.toLower());
        if (!execOrSay(insert, err))
            return false;
    }
    return true;
}

bool fillPassages(QSqlDatabase db, int articles, QTextStream &err)
{
    QSqlQuery passage(db);
    passage.prepare(QStringLiteral("INSERT INTO passages(id, article_id, article_path, quote, prefix, suffix,"
                                   " start_pos, end_pos, content_hash, note, label_id, created_at, updated_at)"
                                   " VALUES (?, ?, ?, ?, 'avant ', ' après', ?, ?, ?, ?, 2, ?, ?)"));
    QSqlQuery tag(db);
    tag.prepare(QStringLiteral("INSERT INTO passage_tags(passage_id, tag) VALUES (?, ?)"));
    int id = 0;
    for (int article = 1; article <= articles; ++article) {
        for (int i = 0; i < passagesPerArticle; ++i) {
            ++id;
            for (const QVariant &value :
                 {QVariant(id), QVariant(article), QVariant(QStringLiteral("/corpus/%1.txt").arg(article)),
                  QVariant(QStringLiteral("Une citation de l'article numéro %1, passage %2").arg(article).arg(i)),
                  QVariant(i * 100), QVariant(i * 100 + 48), QVariant(QStringLiteral("hash%1").arg(article)),
                  QVariant(QStringLiteral("Une note de l'analyste sur ce passage.")), QVariant(1000 + id),
                  QVariant(1000 + id)})
                passage.addBindValue(value);
            tag.addBindValue(id);
            tag.addBindValue(QStringLiteral("tag%1").arg(id % 50));
            if (!execOrSay(passage, err) || !execOrSay(tag, err))
                return false;
        }
    }
    return true;
}

bool fill(Database &database, int articles, bool withPassages, QTextStream &err)
{
    QSqlDatabase db = database.connection();
    QString error;
    if (!DefaultGazetteer::ensureLoaded(database, &error)) {
        err << "default gazetteer: " << error << Qt::endl;
        return false;
    }
    db.transaction();
    const bool ok = fillArticles(db, articles, err) && (!withPassages || fillPassages(db, articles, err));
    return ok && db.commit();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the backup of user data and its restore."));
    parser.addHelpOption();
    const QCommandLineOption quick(QStringLiteral("quick"), QStringLiteral("A smoke run: 2,000 passages."));
    parser.addOption(quick);
    parser.process(app);
    const int passages = parser.isSet(quick) ? 2000 : 100000;
    const int articles = passages / passagesPerArticle;

    QTemporaryDir dir;
    Database source(dir.filePath(QStringLiteral("source.sqlite")), QStringLiteral("source"));
    Database target(dir.filePath(QStringLiteral("target.sqlite")), QStringLiteral("target"));
    if (!source.open() || !target.open() || !fill(source, articles, true, err) || !fill(target, articles, false, err))
        return 1;

    const QString file = dir.filePath(QStringLiteral("backup.sqlite"));
    UserDataBackup backup(source.connection());
    QElapsedTimer timer;
    timer.start();
    if (!backup.write(file)) {
        err << "backup failed: " << backup.lastError() << Qt::endl;
        return 1;
    }
    const qint64 backupMs = timer.elapsed();

    UserDataBackup restorer(target.connection());
    timer.restart();
    const std::optional<RestoreReport> report = restorer.restore(file);
    const qint64 restoreMs = timer.elapsed();
    if (!report || report->passages != passages) {
        err << "restore failed: " << restorer.lastError() << Qt::endl;
        return 1;
    }
    timer.restart();
    const std::optional<RestoreReport> again = restorer.restore(file);
    const qint64 againMs = timer.elapsed();
    if (!again || again->added() != 0) {
        err << "the second restore added rows: " << restorer.lastError() << Qt::endl;
        return 1;
    }
    out << "passages\tarticles\tbackup ms\tbackup KiB\trestore ms\tsecond restore ms" << Qt::endl;
    out << passages << '\t' << articles << '\t' << backupMs << '\t' << QFileInfo(file).size() / 1024 << '\t'
        << restoreMs << '\t' << againMs << Qt::endl;
    return 0;
}
