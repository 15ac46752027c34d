// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articles/articlestatestore.h"
#include "articles/articlestore.h"
#include "db/database.h"
#include "entities/entitystore.h"
#include "watches/digest.h"
#include "watches/digestwriter.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Veille {

// The daily digest: which articles are new for each watch, and how the
// Markdown and the HTML write them, hostile text included.
class TestDigest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void selection_data();
    void selection();
    void itemsCarrySnippetAndEntities();
    void hostileTextIsEscaped_data();
    void hostileTextIsEscaped();
    void htmlIsSelfContained();
    void formatNames_data();
    void formatNames();

private:
    qint64 addArticle(const QString &path, const QString &title, const QString &body, qint64 importedAt);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QVector<qint64> m_ids;
};

namespace {
const QString hostileTitle = QStringLiteral("<script>alert(1)</script> *Puces* [lien](http://x) # & \"q\"");

Watch watchOf(const QString &name, const QString &search)
{
    Watch watch;
    watch.id = 1;
    watch.name = name;
    watch.search = search;
    return watch;
}
} // namespace

void TestDigest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

qint64 TestDigest::addArticle(const QString &path, const QString &title, const QString &body, qint64 importedAt)
{
    Article article;
    article.path = path;
    article.title = title;
    article.body = body;
    article.source = QStringLiteral("VNA");
    article.date = PartialDate::fromIsoString(QStringLiteral("2025-05-12"));
    article.contentHash =
        QString::fromLatin1(QCryptographicHash::hash(body.toUtf8(), QCryptographicHash::Sha256).toHex());
    ArticleStore store(m_db->connection());
    if (store.upsert(article) == ArticleStore::Outcome::Failed)
        return 0;
    // The import time is the store's clock; the test sets it.
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral("UPDATE articles SET imported_at = :at, updated_at = :at WHERE id = :id"));
    query.bindValue(QStringLiteral(":at"), importedAt);
    query.bindValue(QStringLiteral(":id"), article.id);
    return query.exec() ? article.id : 0;
}

void TestDigest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("veille.sqlite")),
                                      Database::uniqueConnectionName(QStringLiteral("t")));
    QVERIFY(m_db->open());
    m_ids = { addArticle(QStringLiteral("/old"), QStringLiteral("Ancien article sur les puces"),
                         QStringLiteral("Les puces de Intel avancent."), 1000),
              addArticle(QStringLiteral("/new"), QStringLiteral("Nouvel article sur les puces"),
                         QStringLiteral("Une usine de puces ouvre au Vietnam avec Intel."), 5000),
              addArticle(QStringLiteral("/hostile"), hostileTitle,
                         QStringLiteral("Des puces <img src=x onerror=alert(2)> et du texte."), 6000) };
    QVERIFY(!m_ids.contains(0));
    EntityStore entities(m_db->connection());
    Entity intel;
    intel.name = QStringLiteral("Intel");
    intel.type = QStringLiteral("Company");
    const qint64 intelId = entities.addEntity(intel);
    QVERIFY(entities.beginTransaction());
    QVERIFY(entities.replaceMentions(m_ids.at(1), { { intelId, 0, 43, 48, {} } }, {}));
    QVERIFY(entities.commitTransaction());
}

void TestDigest::selection_data()
{
    QTest::addColumn<qint64>("since");
    QTest::addColumn<bool>("unread");
    QTest::addColumn<QStringList>("paths");
    QTest::newRow("everything, newest first")
        << qint64(0) << false
        << QStringList({ QStringLiteral("/hostile"), QStringLiteral("/new"), QStringLiteral("/old") });
    QTest::newRow("since a time leaves older imports out")
        << qint64(4000) << false << QStringList({ QStringLiteral("/hostile"), QStringLiteral("/new") });
    QTest::newRow("unread leaves the read article out")
        << qint64(0) << true << QStringList({ QStringLiteral("/hostile"), QStringLiteral("/old") });
}

void TestDigest::selection()
{
    QFETCH(qint64, since);
    QFETCH(bool, unread);
    QFETCH(QStringList, paths);
    QVERIFY(ArticleStateStore(m_db->connection()).setRead({ m_ids.at(1) }, true));
    Digest::Selection selection;
    selection.importedSince = since;
    selection.unreadOnly = unread;
    const Digest digest =
        Digest::collect(m_db->connection(), { watchOf(QStringLiteral("Puces"), QStringLiteral("puces")) }, selection);
    QVERIFY(digest.error.isEmpty());
    QCOMPARE(digest.sections.size(), 1);
    QStringList got;
    const ArticleStore store(m_db->connection());
    for (const Digest::Item &item : digest.sections.first().items)
        got << store.article(item.article.id)->path;
    QCOMPARE(got, paths);
    QCOMPARE(digest.sections.first().total, paths.size());
}

void TestDigest::itemsCarrySnippetAndEntities()
{
    Digest::Selection selection;
    const Digest digest =
        Digest::collect(m_db->connection(), { watchOf(QStringLiteral("Usine"), QStringLiteral("usine")) }, selection);
    QCOMPARE(digest.sections.first().items.size(), 1);
    const Digest::Item &item = digest.sections.first().items.first();
    QCOMPARE(item.article.title, QStringLiteral("Nouvel article sur les puces"));
    QVERIFY2(item.snippet.contains(QStringLiteral("usine")), qPrintable(item.snippet));
    QCOMPARE(item.entities, QStringList({ QStringLiteral("Intel") }));

    const QString markdown =
        DigestWriter::write(digest, DigestWriter::Format::Markdown, QStringLiteral("Digest"), QStringLiteral("All"));
    QVERIFY(markdown.contains(QStringLiteral("## Usine")));
    QVERIFY(markdown.contains(QStringLiteral("### Nouvel article sur les puces")));
    QVERIFY(markdown.contains(QStringLiteral("2025-05-12 · VNA")));
    QVERIFY(markdown.contains(QStringLiteral("Named: Intel")));
    const QString html =
        DigestWriter::write(digest, DigestWriter::Format::Html, QStringLiteral("Digest"), QStringLiteral("All"));
    QVERIFY(html.contains(QStringLiteral("<div class=\"title\">Nouvel article sur les puces</div>")));
    QVERIFY(html.contains(QStringLiteral("Named: Intel")));
}

void TestDigest::hostileTextIsEscaped_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("markdown") << int(DigestWriter::Format::Markdown);
    QTest::newRow("html") << int(DigestWriter::Format::Html);
}

void TestDigest::hostileTextIsEscaped()
{
    QFETCH(int, format);
    Watch watch = watchOf(QStringLiteral("<b>watch</b>"), QStringLiteral("puces"));
    const Digest digest = Digest::collect(m_db->connection(), { watch }, {});
    const QString text =
        DigestWriter::write(digest, DigestWriter::Format(format), QStringLiteral("<i>Digest</i>"), QStringLiteral("x"));
    // Markdown keeps a "<" only behind a backslash; HTML has entities instead.
    const QRegularExpression raw(DigestWriter::Format(format) == DigestWriter::Format::Html
                                     ? QStringLiteral("<(script|img|b>|i>)")
                                     : QStringLiteral("(^|[^\\\\])[<\\[]"));
    QVERIFY2(!raw.match(text).hasMatch(), qPrintable(raw.match(text).captured()));
    if (DigestWriter::Format(format) == DigestWriter::Format::Html) {
        QVERIFY(text.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
        QVERIFY(text.contains(QStringLiteral("&lt;b&gt;watch&lt;/b&gt;")));
        QVERIFY(text.contains(QStringLiteral("&amp; &quot;q&quot;")));
    } else {
        QVERIFY(text.contains(QStringLiteral("\\<script\\>alert(1)\\</script\\>")));
        QVERIFY(text.contains(QStringLiteral("\\*Puces\\* \\[lien\\](http://x) \\# \\&")));
    }
}

void TestDigest::htmlIsSelfContained()
{
    const Digest digest = Digest::collect(m_db->connection(),
                                          { watchOf(QStringLiteral("Puces"), QStringLiteral("puces")),
                                            watchOf(QStringLiteral("Rien"), QStringLiteral("zzzz")) },
                                          {});
    const QString html =
        DigestWriter::write(digest, DigestWriter::Format::Html, QStringLiteral("Digest"), QStringLiteral("All"));
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(html.contains(QStringLiteral("<style>")));
    QVERIFY(html.contains(QStringLiteral("@media print")));
    // Only the page's own tags: the hostile title and body are text, so
    // nothing is loaded from anywhere (no img, script, link or iframe).
    const QStringList allowed = { QStringLiteral("!DOCTYPE"), QStringLiteral("html"),  QStringLiteral("head"),
                                  QStringLiteral("meta"),     QStringLiteral("title"), QStringLiteral("style"),
                                  QStringLiteral("body"),     QStringLiteral("h1"),    QStringLiteral("h2"),
                                  QStringLiteral("p"),        QStringLiteral("span"),  QStringLiteral("div") };
    QRegularExpressionMatchIterator tags = QRegularExpression(QStringLiteral("</?([!A-Za-z0-9]+)")).globalMatch(html);
    int count = 0;
    while (tags.hasNext()) {
        const QString tag = tags.next().captured(1);
        QVERIFY2(allowed.contains(tag), qPrintable(tag));
        ++count;
    }
    QVERIFY(count > 10);
    QVERIFY(!html.contains(QStringLiteral("@import")));
    QVERIFY(!html.contains(QStringLiteral("url(")));
    QVERIFY(html.contains(QStringLiteral("Nothing new.")));
}

void TestDigest::formatNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("known");
    QTest::addColumn<int>("format");
    QTest::newRow("md") << QStringLiteral("md") << true << int(DigestWriter::Format::Markdown);
    QTest::newRow("markdown") << QStringLiteral("Markdown") << true << int(DigestWriter::Format::Markdown);
    QTest::newRow("html") << QStringLiteral("HTML") << true << int(DigestWriter::Format::Html);
    QTest::newRow("pdf is unknown") << QStringLiteral("pdf") << false << 0;
}

void TestDigest::formatNames()
{
    QFETCH(QString, name);
    QFETCH(bool, known);
    QFETCH(int, format);
    DigestWriter::Format parsed = DigestWriter::Format::Markdown;
    QCOMPARE(DigestWriter::formatFromName(name, &parsed), known);
    if (known)
        QCOMPARE(int(parsed), format);
}

} // namespace Veille

QTEST_GUILESS_MAIN(Veille::TestDigest)
#include "tst_digest.moc"
