// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the libFuzzer harnesses share: the application object Qt Sql needs,
// a scratch folder, and a small database built once per process.

#include "articles/article.h"
#include "articles/articlestore.h"
#include "db/database.h"
#include "text/partialdate.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace Veille::Fuzz {

// Qt Sql finds its drivers through the application object; one for the
// whole process, as in a program. Never destroyed: libFuzzer ends the
// process with exit(), after which Qt's teardown order is not ours to fix.
inline void startApplication()
{
    static int argc = 1;
    static char name[] = "veille-fuzz";
    static char *argv[] = { name, nullptr };
    static QCoreApplication *app = nullptr;
    if (app)
        return;
    QStandardPaths::setTestModeEnabled(true);
    app = new QCoreApplication(argc, argv);
}

inline QTemporaryDir &scratchDir()
{
    static QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "fuzz: no scratch folder\n");
        std::abort();
    }
    return dir;
}

inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), int(size));
}

inline Article makeArticle(const QString &name, const QString &title, const QString &date, const QString &source,
                           const QString &body)
{
    Article article;
    article.path = scratchDir().filePath(name);
    article.title = title;
    article.date = PartialDate::fromIsoString(date);
    article.source = source;
    article.body = body;
    article.contentHash =
        QString::fromLatin1(QCryptographicHash::hash((name + body).toUtf8(), QCryptographicHash::Sha256).toHex());
    return article;
}

// A database in the scratch folder holding a few articles; aborts when it
// cannot be made, since every input would then test nothing. Never closed:
// Qt's connection registry may be gone before a static of ours would be.
inline Database &database(QVector<Article> articles)
{
    static Database *db = nullptr;
    if (db)
        return *db;
    db = new Database(scratchDir().filePath(QStringLiteral("fuzz.sqlite")), QStringLiteral("fuzz"));
    if (!db->open()) {
        std::fprintf(stderr, "fuzz: %s\n", qPrintable(db->errorString()));
        std::abort();
    }
    ArticleStore store(db->connection());
    for (Article &article : articles) {
        if (store.upsert(article) != ArticleStore::Outcome::Inserted) {
            std::fprintf(stderr, "fuzz: the seed article %s was not stored\n", qPrintable(article.path));
            std::abort();
        }
    }
    return *db;
}

} // namespace Veille::Fuzz
