// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Adds passages one by one and prints each id once it is committed, until
// killed: tst_passagestore kills it with SIGKILL and checks the database.
#include "articles/articlestore.h"
#include "db/database.h"
#include "passages/passagestore.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return 2;
    Veille::Database db(args.at(1), QStringLiteral("writer"));
    if (!db.open())
        return 1;
    const QVector<qint64> ids = Veille::ArticleStore(db.connection()).articleIds();
    if (ids.isEmpty())
        return 1;
    const Veille::Article article = *Veille::ArticleStore(db.connection()).article(ids.first());
    Veille::PassageStore store(db.connection());
    const int count = args.at(2).toInt();
    for (int i = 1; i <= count; ++i) {
        Veille::Passage passage;
        passage.id = i;
        passage.articleId = article.id;
        passage.articlePath = article.path;
        const int start = i % (int(article.body.size()) - 10);
        passage.anchor = Veille::TextAnchor::fromRange(article.body, {start, start + 10}, article.contentHash);
        passage.note = QStringLiteral("note %1").arg(i);
        passage.tags = QStringList{QStringLiteral("kill")};
        if (!store.add(passage))
            return 1;
        std::printf("%d\n", i);
        std::fflush(stdout);
    }
    return 0;
}
