// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later

// A search as typed: SearchQuery::parse, then the SQL it becomes, run by
// ArticleSearcher on a small database with a short time budget, so that a
// slow query shows as a stopped search, not as a libFuzzer timeout.

#include "entities/entitystore.h"
#include "fuzzsupport.h"
#include "search/articlesearcher.h"
#include "search/searchquery.h"

using namespace Veille;

namespace {
constexpr int BudgetMilliseconds = 250;

void addEntities(const QSqlDatabase &db)
{
    EntityStore entities(db);
    const qint64 intel = entities.addEntity(Entity { 0,
                                                     QStringLiteral("Intel Corporation"),
                                                     QStringLiteral("Company"),
                                                     { Alias { 0, QStringLiteral("Intel"), false, true } } });
    if (!intel || !entities.beginTransaction() || !entities.replaceMentions(1, { Mention { intel, 0, 0, 5, {} } }, {})
        || !entities.commitTransaction()) {
        std::fprintf(stderr, "fuzz: %s\n", qPrintable(entities.lastError()));
        std::abort();
    }
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::startApplication();
    const Database &db = Fuzz::database(
        { Fuzz::makeArticle(QStringLiteral("0.txt"), QStringLiteral("Intel ouvre une usine à Hanoï"),
                            QStringLiteral("2025-01"), QStringLiteral("VNA/CVN"),
                            QStringLiteral("Intel construit une usine de semi-conducteurs près de Hanoï.\n\n"
                                           "Le groupe emploiera 2 000 personnes.")),
          Fuzz::makeArticle(QStringLiteral("1.txt"), QStringLiteral("Les États-Unis misent sur l’IA"),
                            QStringLiteral("2025-05-12"), QStringLiteral("AFP"),
                            QStringLiteral("Washington annonce un plan pour l’intelligence artificielle.")),
          Fuzz::makeArticle(QStringLiteral("2.txt"), QStringLiteral("Note sans date"), QString(), QString(),
                            QStringLiteral("Intel et Qualcomm se disputent le marché des modems à Đà Nẵng.")) });
    addEntities(db.connection());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), int(size));
    const SearchQuery query = SearchQuery::parse(text);
    ArticleQuery filters;
    query.applyTo(filters);

    const ArticleSearcher::Result result = ArticleSearcher::run(Fuzz::database({}).connection(), ArticleQuery(), text,
                                                                20, ArticleStore::RelevanceLimit, BudgetMilliseconds);
    // Three articles: a search finds at most three, and a failure says why.
    if (result.count > 3 || result.firstPage.rows.size() > 3 || (result.stopped && result.error.isEmpty()))
        __builtin_trap();
    return 0;
}
