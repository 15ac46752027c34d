// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later

// A W3C Web Annotation file (JSON-LD) imported onto a database with one
// article. The passages an input adds are removed again, so that every
// input meets the same database.

#include "fuzzsupport.h"
#include "passages/passagestore.h"
#include "passages/webannotation.h"

using namespace Veille;

namespace {
// Seeds name this file: an import finds an article by its file name when
// the folder differs, as it does here (the database is in a scratch folder).
const char ArticleName[] = "veille-fuzz-article.txt";

void removeAll(PassageStore &passages)
{
    for (const Passage &passage : passages.passages(PassageQuery()))
        passages.moveToTrash(passage.id);
    passages.emptyTrash();
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::startApplication();
    Fuzz::database({ Fuzz::makeArticle(QString::fromLatin1(ArticleName), QStringLiteral("Intel ouvre une usine"),
                                       QStringLiteral("2025-01-02"), QStringLiteral("VNA"),
                                       QStringLiteral("Intel construit une usine près de Hanoï.\n\n"
                                                      "Le groupe emploiera 2 000 personnes, dit l’agence.\n\n"
                                                      "Photo : VNA")) });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QSqlDatabase db = Fuzz::database({}).connection();
    const ArticleStore articles(db);
    PassageStore passages(db);
    const WebAnnotation::ImportReport report = WebAnnotation::import(Fuzz::bytesOf(data, size), articles, passages);
    if (report.added > 0) {
        // What was added reads back and exports again.
        const QVector<Passage> added = passages.passages(PassageQuery());
        if (added.size() != report.added)
            __builtin_trap();
        WebAnnotation::toJsonLd(added, passages.labelNames(), passages.databaseUuid());
        removeAll(passages);
    }
    return 0;
}
