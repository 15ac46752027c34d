// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articles/article.h"
#include "db/database.h"
#include "passages/passagestore.h"
#include "support/pgtestserver.h"
#include "support/testbackend.h"

#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Veille {

// On a team server each analyst's passages are private unless shared, and
// a shared one is read-only to the others: alice bookmarks, bob (another
// role on the same database) tries through the store and through raw SQL
// as psql runs it. Row-level security in the database is what holds; the
// store only says so in words. Runs on a real PostgreSQL 15 only.
class TestPassagePrivacy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void othersSeeNoPrivatePassage();
    void rawSqlCannotReachPrivatePassages_data();
    void rawSqlCannotReachPrivatePassages();
    void nobodyWritesAPassageInAnothersName();
    void sharedPassageIsReadOnlyToOthers();
    void rawSqlCannotChangeASharedPassage_data();
    void rawSqlCannotChangeASharedPassage();
    void onlyTheOwnerShares();
    void unsharedPassageIsPrivateAgain();
    void passagesAreDeletedOnlyByTheirOwner();
    void othersReimportLeavesPassagesAlone();
    void ownPassagesKeepUndo();
    void eachAnalystHasPrivateLabels();
    void rawSqlCannotReachAnothersLabels_data();
    void rawSqlCannotReachAnothersLabels();
    void sharedPassageShowsItsLabel();
    void pointingAtAnothersLabelRevealsNothing();
    void sharedPaletteOfSchema10IsCopiedForEachAnalyst();

private:
    // Alice's view of her passages: what another role must not change.
    struct Seen {
        qint64 id = 0;
        QString note;
        QStringList tags;
        bool deleted = false;
        bool shared = false;
        bool operator==(const Seen &o) const
        {
            return id == o.id && note == o.note && tags == o.tags && deleted == o.deleted && shared == o.shared;
        }
    };
    QVector<Seen> seenByAlice() const;
    QString psql(const QString &user, const QString &sql, bool *ok = nullptr) const;
    Passage passageOn(const QString &quote) const;
    qint64 addAlicePassage(const QString &quote, const QString &note, const QStringList &tags);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_location; //!< the database, as alice
    std::unique_ptr<Database> m_alice;
    std::unique_ptr<Database> m_bob;
    std::unique_ptr<PassageStore> m_aliceStore;
    std::unique_ptr<PassageStore> m_bobStore;
    Article m_article;
};

namespace {
const QString Body = QStringLiteral("Le groupe Intel a annoncé un investissement à Hô Chi Minh-Ville.\n\n"
                                    "Qualcomm ouvre un centre de recherche à Hanoï.");

QString quoted(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}
} // namespace

void TestPassagePrivacy::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!TestBackend::isPostgres())
        QSKIP("Row-level security is the team server's: this test runs with VEILLE_TEST_BACKEND=postgresql");
    if (!TestBackend::unavailableReason().isEmpty())
        QSKIP(qPrintable(TestBackend::unavailableReason()));
}

void TestPassagePrivacy::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = TestBackend::newDatabase(*m_dir, QStringLiteral("alice"));
    QVERIFY(!m_location.isEmpty());
    m_alice = std::make_unique<Database>(m_location, Database::uniqueConnectionName(QStringLiteral("alice")));
    QVERIFY2(m_alice->open(), qPrintable(m_alice->errorString()));
    m_bob = std::make_unique<Database>(TestBackend::asUser(m_location, QStringLiteral("bob")),
                                       Database::uniqueConnectionName(QStringLiteral("bob")));
    QVERIFY2(m_bob->open(), qPrintable(m_bob->errorString()));
    m_aliceStore = std::make_unique<PassageStore>(m_alice->connection());
    m_bobStore = std::make_unique<PassageStore>(m_bob->connection());

    // The article is shared data; written here with SQL so that this test
    // needs nothing of the import on the server.
    m_article.path = m_dir->filePath(QStringLiteral("article.txt"));
    m_article.contentHash = QStringLiteral("hash-1");
    m_article.body = Body;
    bool ok = false;
    const QString id = psql(QStringLiteral("alice"),
                            QStringLiteral("INSERT INTO articles(path, content_hash, title, title_key, date_key, body,"
                                           " imported_at, updated_at) VALUES (%1, %2, 'Intel', 'intel', 20250513,"
                                           " %3, 0, 0) RETURNING id")
                                .arg(quoted(m_article.path), quoted(m_article.contentHash), quoted(Body)),
                            &ok);
    QVERIFY2(ok, qPrintable(id));
    m_article.id = id.toLongLong();
    QVERIFY(m_article.id > 0);
}

void TestPassagePrivacy::cleanup()
{
    m_aliceStore.reset();
    m_bobStore.reset();
    m_alice.reset();
    m_bob.reset();
    m_dir.reset();
}

QString TestPassagePrivacy::psql(const QString &user, const QString &sql, bool *ok) const
{
    QString output;
    QString error;
    const bool done = TestBackend::server()->psql(user, TestBackend::asUser(m_location, user), sql, &output, &error);
    if (ok)
        *ok = done;
    return done ? output : error;
}

Passage TestPassagePrivacy::passageOn(const QString &quote) const
{
    const int start = int(m_article.body.indexOf(quote));
    Passage passage;
    passage.articleId = m_article.id;
    passage.articlePath = m_article.path;
    passage.anchor = TextAnchor::fromRange(m_article.body, { start, start + int(quote.size()) }, m_article.contentHash);
    return passage;
}

qint64 TestPassagePrivacy::addAlicePassage(const QString &quote, const QString &note, const QStringList &tags)
{
    Passage passage = passageOn(quote);
    passage.note = note;
    passage.tags = tags;
    if (!m_aliceStore->add(passage))
        qWarning("alice could not add a passage: %s", qPrintable(m_aliceStore->lastError()));
    return passage.id;
}

QVector<TestPassagePrivacy::Seen> TestPassagePrivacy::seenByAlice() const
{
    PassageQuery trash;
    trash.trash = true;
    QVector<Seen> seen;
    for (const Passage &p : m_aliceStore->passages({}) + m_aliceStore->passages(trash))
        seen.append({ p.id, p.note, p.tags, p.deleted, p.shared });
    return seen;
}

void TestPassagePrivacy::othersSeeNoPrivatePassage()
{
    const qint64 intel =
        addAlicePassage(QStringLiteral("Intel"), QStringLiteral("source interne"), { QStringLiteral("secret") });
    QVERIFY(intel > 0);
    QVERIFY(addAlicePassage(QStringLiteral("Hanoï"), QStringLiteral("à vérifier"), { QStringLiteral("usine") }) > 0);
    QCOMPARE(m_aliceStore->count({}), 2);
    const Passage own = *m_aliceStore->passage(intel);
    QCOMPARE(own.owner, QStringLiteral("alice"));
    QVERIFY(own.own);
    QVERIFY(!own.shared);

    QCOMPARE(m_bobStore->count({}), 0);
    QVERIFY(m_bobStore->passages({}).isEmpty());
    QVERIFY(!m_bobStore->passage(intel));
    QVERIFY(m_bobStore->tags().isEmpty());
    QVERIFY(m_bobStore->recentChanges(10).isEmpty());
    PassageQuery byTag;
    byTag.tag = QStringLiteral("secret");
    QCOMPARE(m_bobStore->count(byTag), 0);

    // Bob's own passage on the same article is his, and alice sees none of it.
    Passage bobs = passageOn(QStringLiteral("Qualcomm"));
    bobs.note = QStringLiteral("de bob");
    QVERIFY2(m_bobStore->add(bobs), qPrintable(m_bobStore->lastError()));
    QCOMPARE(m_bobStore->passage(bobs.id)->owner, QStringLiteral("bob"));
    QCOMPARE(m_bobStore->count({}), 1);
    QCOMPARE(m_aliceStore->count({}), 2);
    QVERIFY(!m_aliceStore->passage(bobs.id));
}

void TestPassagePrivacy::rawSqlCannotReachPrivatePassages_data()
{
    QTest::addColumn<QString>("sql");

    QTest::newRow("select passages") << QStringLiteral("SELECT id FROM passages");
    QTest::newRow("select the notes") << QStringLiteral("SELECT note FROM passages WHERE note <> ''");
    QTest::newRow("select tags") << QStringLiteral("SELECT tag FROM passage_tags");
    QTest::newRow("select the journal") << QStringLiteral("SELECT seq FROM passage_journal");
    QTest::newRow("update the notes") << QStringLiteral("UPDATE passages SET note = 'bob' RETURNING id");
    QTest::newRow("take the passages over")
        << QStringLiteral("UPDATE passages SET owner = 'bob', shared = 1 RETURNING id");
    QTest::newRow("trash the passages") << QStringLiteral("UPDATE passages SET deleted_at = 1 RETURNING id");
    QTest::newRow("delete the passages") << QStringLiteral("DELETE FROM passages RETURNING id");
    QTest::newRow("update the tags") << QStringLiteral("UPDATE passage_tags SET tag = 'bob' RETURNING tag");
    QTest::newRow("delete the tags") << QStringLiteral("DELETE FROM passage_tags RETURNING tag");
    QTest::newRow("delete the journal") << QStringLiteral("DELETE FROM passage_journal RETURNING seq");
}

// Bob's statements run and find nothing: no row comes back, and alice's
// passages, tags and journal are as they were.
void TestPassagePrivacy::rawSqlCannotReachPrivatePassages()
{
    QFETCH(QString, sql);
    QVERIFY(addAlicePassage(QStringLiteral("Intel"), QStringLiteral("source interne"),
                            { QStringLiteral("secret"), QStringLiteral("usine") })
            > 0);
    QVERIFY(addAlicePassage(QStringLiteral("Hanoï"), QStringLiteral("à vérifier"), {}) > 0);
    const QVector<Seen> before = seenByAlice();
    const int changes = m_aliceStore->recentChanges(10).size();
    QCOMPARE(changes, 2);
    QCOMPARE(psql(QStringLiteral("alice"), QStringLiteral("SELECT count(*) FROM passage_tags")), QStringLiteral("2"));

    bool ok = false;
    const QString output = psql(QStringLiteral("bob"), sql, &ok);
    QVERIFY2(ok, qPrintable(output));
    QCOMPARE(output, QString());
    QVERIFY(seenByAlice() == before);
    QCOMPARE(m_aliceStore->recentChanges(10).size(), changes);
}

void TestPassagePrivacy::nobodyWritesAPassageInAnothersName()
{
    const qint64 id = addAlicePassage(QStringLiteral("Intel"), QStringLiteral("note"), {});
    QVERIFY(id > 0);
    const QVector<Seen> before = seenByAlice();
    const QString columns = QStringLiteral("article_id, article_path, quote, start_pos, end_pos, content_hash,"
                                           " created_at, updated_at");
    const QString values = QStringLiteral("%1, 'p', 'Intel', 10, 15, 'hash-1', 0, 0").arg(m_article.id);
    bool ok = true;
    // A passage written as alice's, a tag on her passage, a journal entry in her name.
    psql(QStringLiteral("bob"),
         QStringLiteral("INSERT INTO passages(%1, owner) VALUES (%2, 'alice')").arg(columns, values), &ok);
    QVERIFY(!ok);
    psql(QStringLiteral("bob"), QStringLiteral("INSERT INTO passage_tags(passage_id, tag) VALUES (%1, 'bob')").arg(id),
         &ok);
    QVERIFY(!ok);
    psql(QStringLiteral("bob"),
         QStringLiteral("INSERT INTO passage_journal(passage_id, at, owner) VALUES (%1, 0, 'alice')").arg(id), &ok);
    QVERIFY(!ok);
    QVERIFY(seenByAlice() == before);
    QCOMPARE(m_aliceStore->recentChanges(10).size(), 1);
    // Without an owner, the passage is bob's.
    const QString bobs =
        psql(QStringLiteral("bob"),
             QStringLiteral("INSERT INTO passages(%1) VALUES (%2) RETURNING owner").arg(columns, values), &ok);
    QVERIFY2(ok, qPrintable(bobs));
    QCOMPARE(bobs, QStringLiteral("bob"));
    QCOMPARE(m_aliceStore->count({}), 1);
}

void TestPassagePrivacy::sharedPassageIsReadOnlyToOthers()
{
    const qint64 id =
        addAlicePassage(QStringLiteral("Intel"), QStringLiteral("source interne"), { QStringLiteral("secret") });
    QVERIFY(addAlicePassage(QStringLiteral("Hanoï"), QStringLiteral("privée"), {}) > 0);
    QVERIFY2(m_aliceStore->setShared(id, true), qPrintable(m_aliceStore->lastError()));
    QVERIFY(m_aliceStore->passage(id)->shared);
    const QVector<Seen> before = seenByAlice();

    // Bob reads that one, with its note and tags, as alice's.
    const QVector<Passage> seen = m_bobStore->passages({});
    QCOMPARE(seen.size(), 1);
    const Passage shared = seen.first();
    QCOMPARE(shared.id, id);
    QCOMPARE(shared.note, QStringLiteral("source interne"));
    QCOMPARE(shared.tags, QStringList { QStringLiteral("secret") });
    QCOMPARE(shared.owner, QStringLiteral("alice"));
    QVERIFY(shared.shared);
    QVERIFY(!shared.own);

    // The store refuses every change, and says whose passage it is.
    Passage edited = shared;
    edited.note = QStringLiteral("corrigé par bob");
    edited.tags = QStringList { QStringLiteral("bob") };
    QVERIFY(!m_bobStore->update(edited));
    QVERIFY2(m_bobStore->lastError().contains(QLatin1String("alice")), qPrintable(m_bobStore->lastError()));
    QVERIFY(!m_bobStore->moveToTrash(id));
    QVERIFY(!m_bobStore->restoreSnapshot(id, {}));
    const int start = int(Body.indexOf(QStringLiteral("Qualcomm")));
    QVERIFY(!m_bobStore->reattach(id, m_article, { start, start + 8 }));
    QVERIFY(!m_bobStore->setShared(id, false));
    QCOMPARE(m_bobStore->emptyTrash(), 0);
    QVERIFY(m_bobStore->recentChanges(10).isEmpty());
    QVERIFY(seenByAlice() == before);
    QCOMPARE(m_aliceStore->passage(id)->note, QStringLiteral("source interne"));
}

void TestPassagePrivacy::rawSqlCannotChangeASharedPassage_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("update its note") << QStringLiteral("UPDATE passages SET note = 'bob' WHERE id = %1 RETURNING id");
    QTest::newRow("unshare it") << QStringLiteral("UPDATE passages SET shared = 0 WHERE id = %1 RETURNING id");
    QTest::newRow("delete it") << QStringLiteral("DELETE FROM passages WHERE id = %1 RETURNING id");
    QTest::newRow("delete its tags") << QStringLiteral("DELETE FROM passage_tags WHERE passage_id = %1 RETURNING tag");
    QTest::newRow("rename its tag") << QStringLiteral(
        "UPDATE passage_tags SET tag = 'bob' WHERE passage_id = %1 RETURNING tag");
}

void TestPassagePrivacy::rawSqlCannotChangeASharedPassage()
{
    QFETCH(QString, sql);
    const qint64 id =
        addAlicePassage(QStringLiteral("Intel"), QStringLiteral("source interne"), { QStringLiteral("secret") });
    QVERIFY(m_aliceStore->setShared(id, true));
    const QVector<Seen> before = seenByAlice();
    // Bob does see it, so a refusal below is not "nothing there".
    QCOMPARE(psql(QStringLiteral("bob"), QStringLiteral("SELECT note FROM passages WHERE id = %1").arg(id)),
             QStringLiteral("source interne"));
    QCOMPARE(psql(QStringLiteral("bob"), QStringLiteral("SELECT tag FROM passage_tags WHERE passage_id = %1").arg(id)),
             QStringLiteral("secret"));

    bool ok = false;
    const QString output = psql(QStringLiteral("bob"), sql.arg(id), &ok);
    QVERIFY2(ok, qPrintable(output));
    QCOMPARE(output, QString()); // no row affected
    QVERIFY(seenByAlice() == before);
}

void TestPassagePrivacy::onlyTheOwnerShares()
{
    const qint64 id = addAlicePassage(QStringLiteral("Intel"), QStringLiteral("note"), {});
    QVERIFY(m_aliceStore->canShare());
    // Bob cannot share what he cannot see, and says so.
    QVERIFY(!m_bobStore->setShared(id, true));
    QVERIFY(!m_bobStore->lastError().isEmpty());
    QCOMPARE(m_bobStore->count({}), 0);
    QVERIFY(!m_aliceStore->passage(id)->shared);
}

void TestPassagePrivacy::unsharedPassageIsPrivateAgain()
{
    const qint64 id = addAlicePassage(QStringLiteral("Intel"), QStringLiteral("note"), {});
    QVERIFY(m_aliceStore->setShared(id, true));
    QCOMPARE(m_bobStore->count({}), 1);
    QVERIFY(m_aliceStore->setShared(id, false));
    QCOMPARE(m_bobStore->count({}), 0);
    QVERIFY(!m_bobStore->passage(id));
    QVERIFY(!m_aliceStore->passage(id)->shared);
}

// Bob empties his trash, deletes rows by hand, or deletes the article they
// are on: alice's passages, trashed or not, shared or not, stay; only she
// removes them.
void TestPassagePrivacy::passagesAreDeletedOnlyByTheirOwner()
{
    const qint64 kept = addAlicePassage(QStringLiteral("Intel"), QStringLiteral("vivant"), {});
    const qint64 trashed = addAlicePassage(QStringLiteral("Hanoï"), QStringLiteral("jeté"), {});
    const qint64 sharedTrashed = addAlicePassage(QStringLiteral("Qualcomm"), QStringLiteral("partagé, jeté"), {});
    QVERIFY(m_aliceStore->setShared(kept, true));
    QVERIFY(m_aliceStore->setShared(sharedTrashed, true));
    QVERIFY(m_aliceStore->moveToTrash(trashed));
    QVERIFY(m_aliceStore->moveToTrash(sharedTrashed));
    const QVector<Seen> before = seenByAlice();
    QCOMPARE(before.size(), 3);

    PassageQuery trash;
    trash.trash = true;
    QCOMPARE(m_bobStore->count(trash), 0); // another's trash is not his
    QCOMPARE(m_bobStore->emptyTrash(), 0);
    QCOMPARE(psql(QStringLiteral("bob"), QStringLiteral("DELETE FROM passages RETURNING id")), QString());
    bool ok = true;
    const QString refused =
        psql(QStringLiteral("bob"), QStringLiteral("DELETE FROM articles WHERE id = %1").arg(m_article.id), &ok);
    QVERIFY2(!ok, "the article of alice's passages was deleted");
    QVERIFY2(refused.contains(QLatin1String("passages")), qPrintable(refused));
    QVERIFY(seenByAlice() == before);

    QCOMPARE(m_aliceStore->emptyTrash(), 2);
    QVERIFY(m_aliceStore->passage(kept));
    QVERIFY(!m_aliceStore->passage(trashed));
    QVERIFY(!m_aliceStore->passage(sharedTrashed));
}

// Re-anchoring after an import moves the importer's own passages; another
// analyst's shared passage is left for its owner, who re-anchors it later.
void TestPassagePrivacy::othersReimportLeavesPassagesAlone()
{
    const qint64 id = addAlicePassage(QStringLiteral("Qualcomm"), QStringLiteral("note"), {});
    QVERIFY(m_aliceStore->setShared(id, true));
    Passage bobs = passageOn(QStringLiteral("Hanoï"));
    QVERIFY(m_bobStore->add(bobs));

    Article edited = m_article;
    edited.body = QStringLiteral("Un paragraphe ajouté.\n\n") + Body;
    edited.contentHash = QStringLiteral("hash-2");
    QCOMPARE(m_bobStore->reanchor(edited), 1);
    QCOMPARE(m_bobStore->passage(bobs.id)->state, Passage::State::Moved);
    const Passage alices = *m_aliceStore->passage(id);
    QCOMPARE(alices.state, Passage::State::Anchored);
    QCOMPARE(alices.anchor.contentHash, m_article.contentHash);

    QCOMPARE(m_aliceStore->reanchorStale(m_article.id), 0); // the stored article is as she anchored it

    // Bob's import wrote the new text; alice's passage follows it when she
    // next shows the article, and only once.
    bool ok = false;
    const QString output = psql(QStringLiteral("bob"),
                                QStringLiteral("UPDATE articles SET body = %1, content_hash = 'hash-2' WHERE id = %2")
                                    .arg(quoted(edited.body))
                                    .arg(m_article.id),
                                &ok);
    QVERIFY2(ok, qPrintable(output));
    QCOMPARE(m_bobStore->reanchorStale(m_article.id), 0); // bob's is anchored already
    QCOMPARE(m_aliceStore->reanchorStale(m_article.id), 1);
    const Passage moved = *m_aliceStore->passage(id);
    QCOMPARE(moved.state, Passage::State::Moved);
    QCOMPARE(moved.anchor.contentHash, edited.contentHash);
    QCOMPARE(edited.body.mid(moved.anchor.start, moved.anchor.end - moved.anchor.start), QStringLiteral("Qualcomm"));
    QCOMPARE(m_aliceStore->reanchorStale(m_article.id), 0);
}

// Bob's attempts leave alice's journal whole: she undoes her changes.
void TestPassagePrivacy::ownPassagesKeepUndo()
{
    const qint64 id = addAlicePassage(QStringLiteral("Intel"), QStringLiteral("first"), {});
    QVERIFY(m_aliceStore->setShared(id, true));
    Passage passage = *m_aliceStore->passage(id);
    passage.note = QStringLiteral("second");
    QVERIFY(m_aliceStore->update(passage));
    psql(QStringLiteral("bob"), QStringLiteral("DELETE FROM passage_journal"));
    QVERIFY(!m_bobStore->restoreSnapshot(id, m_aliceStore->recentChanges(10).last().before));

    const QVector<PassageStore::Change> changes = m_aliceStore->recentChanges(10);
    QCOMPARE(changes.size(), 2);
    QVERIFY2(m_aliceStore->restoreSnapshot(id, changes.last().before), qPrintable(m_aliceStore->lastError()));
    QCOMPARE(m_aliceStore->passage(id)->note, QStringLiteral("first"));
    QVERIFY(m_aliceStore->passage(id)->shared); // sharing is not a change of the passage
    QCOMPARE(m_bobStore->passage(id)->note, QStringLiteral("first"));
}

namespace {
QSet<int> idsOf(const QVector<PassageLabel> &labels)
{
    QSet<int> ids;
    for (const PassageLabel &label : labels)
        ids.insert(label.id);
    return ids;
}
} // namespace

// Each analyst has the four built-in labels for themselves; renaming one
// is theirs alone.
void TestPassagePrivacy::eachAnalystHasPrivateLabels()
{
    const QVector<PassageLabel> alices = m_aliceStore->labels();
    QCOMPARE(alices.size(), 4);
    QCOMPARE(m_bobStore->labels().size(), 4);
    QVERIFY(!idsOf(alices).intersects(idsOf(m_bobStore->labels())));
    QVERIFY(!idsOf(alices).intersects(idsOf(m_bobStore->labelsSeen())));
    QVERIFY(m_aliceStore->renameLabel(alices.at(0).id, QStringLiteral("source sûre")));
    QVERIFY(!m_bobStore->renameLabel(alices.at(0).id, QStringLiteral("bob")));
    QCOMPARE(m_aliceStore->labelNames().value(alices.at(0).id), QStringLiteral("source sûre"));
    QCOMPARE(PassageStore::labelName(m_bobStore->labels().at(0)), QStringLiteral("evidence"));
    QCOMPARE(m_bobStore->labelIdFor(QStringLiteral("source sûre")), 0);
}

void TestPassagePrivacy::rawSqlCannotReachAnothersLabels_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("refused"); //!< an error, rather than no row
    const QString alices = QStringLiteral(" WHERE owner = 'alice'");
    QTest::newRow("select her labels") << QStringLiteral("SELECT name FROM passage_labels") + alices << false;
    QTest::newRow("rename her labels")
        << QStringLiteral("UPDATE passage_labels SET name = 'bob'") + alices + QStringLiteral(" RETURNING id") << false;
    QTest::newRow("take her labels over")
        << QStringLiteral("UPDATE passage_labels SET owner = 'bob' WHERE owner = 'alice' RETURNING id") << false;
    QTest::newRow("delete her labels")
        << QStringLiteral("DELETE FROM passage_labels") + alices + QStringLiteral(" RETURNING id") << false;
    QTest::newRow("add a label in her name")
        << QStringLiteral("INSERT INTO passage_labels(color, owner) VALUES ('#000000', 'alice') RETURNING id") << true;
    QTest::newRow("give his label to her")
        << QStringLiteral("UPDATE passage_labels SET owner = 'alice' WHERE owner = 'bob' RETURNING id") << true;
}

// Bob's raw SQL finds none of alice's labels, renamed or not, and cannot
// write one in her name.
void TestPassagePrivacy::rawSqlCannotReachAnothersLabels()
{
    QFETCH(QString, sql);
    QFETCH(bool, refused);
    QVERIFY(m_aliceStore->renameLabel(m_aliceStore->labels().at(1).id, QStringLiteral("à recouper")));
    const QVector<PassageLabel> before = m_aliceStore->labels();
    QVERIFY(m_bobStore->labels().size() == 4); // bob has labels, so "no row" is not "nothing there"

    bool ok = false;
    const QString output = psql(QStringLiteral("bob"), sql, &ok);
    QCOMPARE(ok, !refused);
    if (!refused)
        QCOMPARE(output, QString());
    const QVector<PassageLabel> after = m_aliceStore->labels();
    QCOMPARE(after.size(), before.size());
    for (int i = 0; i < after.size(); ++i) {
        QCOMPARE(after.at(i).id, before.at(i).id);
        QCOMPARE(after.at(i).name, before.at(i).name);
    }
    QCOMPARE(psql(QStringLiteral("alice"), QStringLiteral("SELECT count(*) FROM passage_labels")), QStringLiteral("4"));
}

// Alice's shared passage wears her label: bob sees its name and colour
// with it, though the label is not in his palette; unshared, it is hidden
// again.
void TestPassagePrivacy::sharedPassageShowsItsLabel()
{
    const PassageLabel label = m_aliceStore->labels().at(2);
    QVERIFY(m_aliceStore->renameLabel(label.id, QStringLiteral("à recouper")));
    Passage passage = passageOn(QStringLiteral("Intel"));
    passage.labelId = label.id;
    QVERIFY(m_aliceStore->add(passage));
    QVERIFY(m_aliceStore->setShared(passage.id, true));

    const std::optional<Passage> seen = m_bobStore->passage(passage.id);
    QVERIFY(seen);
    QCOMPARE(seen->labelId, label.id);
    QCOMPARE(m_bobStore->labelNames().value(label.id), QStringLiteral("à recouper"));
    const QVector<PassageLabel> seenLabels = m_bobStore->labelsSeen();
    const auto shown = std::find_if(seenLabels.cbegin(), seenLabels.cend(),
                                    [&label](const PassageLabel &l) { return l.id == label.id; });
    QVERIFY(shown != seenLabels.cend());
    QCOMPARE(shown->color, label.color);
    QVERIFY(!idsOf(m_bobStore->labels()).contains(label.id)); // not his to give
    QCOMPARE(seenLabels.size(), 5); // his four, and this one of hers only
    QCOMPARE(psql(QStringLiteral("bob"), QStringLiteral("SELECT name FROM passage_labels WHERE owner = 'alice'")),
             QStringLiteral("à recouper"));

    QVERIFY(m_aliceStore->setShared(passage.id, false));
    QVERIFY(!m_bobStore->labelNames().contains(label.id));
    QCOMPARE(m_bobStore->labelsSeen().size(), 4);
}

// Bob gives his passage alice's label id: the database takes the number,
// and shows him nothing of the label.
void TestPassagePrivacy::pointingAtAnothersLabelRevealsNothing()
{
    const PassageLabel label = m_aliceStore->labels().at(0);
    QVERIFY(m_aliceStore->renameLabel(label.id, QStringLiteral("secret")));
    Passage bobs = passageOn(QStringLiteral("Hanoï"));
    bobs.labelId = label.id;
    QVERIFY(m_bobStore->add(bobs));
    QVERIFY(m_bobStore->setShared(bobs.id, true));
    QVERIFY(!m_bobStore->labelNames().contains(label.id));
    QCOMPARE(psql(QStringLiteral("bob"), QStringLiteral("SELECT name FROM passage_labels WHERE owner = 'alice'")),
             QString());
    // Alice sees bob's shared passage, and her own label on it.
    QCOMPARE(m_aliceStore->passage(bobs.id)->labelId, label.id);
    QCOMPARE(m_aliceStore->labelNames().value(label.id), QStringLiteral("secret"));
}

// A server of schema 10 had one palette for the team. The upgrade makes
// it the migrating analyst's, and gives every other analyst with passages
// a copy, names included, that their passages now wear.
void TestPassagePrivacy::sharedPaletteOfSchema10IsCopiedForEachAnalyst()
{
    m_bobStore.reset();
    m_bob.reset();
    bool ok = false;
    QString output = psql(QStringLiteral("alice"),
                          QStringLiteral("DROP POLICY passage_labels_own ON passage_labels;"
                                         " DROP POLICY passage_labels_seen ON passage_labels;"
                                         " ALTER TABLE passage_labels NO FORCE ROW LEVEL SECURITY;"
                                         " ALTER TABLE passage_labels DISABLE ROW LEVEL SECURITY;"
                                         " DELETE FROM passage_labels WHERE id > 4;"
                                         " DROP INDEX passage_labels_builtin; DROP INDEX passage_labels_by_owner;"
                                         " ALTER TABLE passage_labels DROP COLUMN owner;"
                                         " ALTER TABLE passage_labels DROP COLUMN builtin;"
                                         " UPDATE passage_labels SET name = 'à recouper' WHERE id = 2;"
                                         " UPDATE schema_version SET version = 10"),
                          &ok);
    QVERIFY2(ok, qPrintable(output));
    // Bob's passage of then, on the team's label 2.
    output = psql(QStringLiteral("bob"),
                  QStringLiteral("INSERT INTO passages(article_id, article_path, quote, start_pos, end_pos,"
                                 " content_hash, label_id, created_at, updated_at) VALUES (%1, 'p', 'Intel', 10, 15,"
                                 " 'hash-1', 2, 0, 0) RETURNING id")
                      .arg(m_article.id),
                  &ok);
    QVERIFY2(ok, qPrintable(output));
    const qint64 bobsPassage = output.toLongLong();

    Database alice(m_location, Database::uniqueConnectionName(QStringLiteral("alice")));
    QVERIFY2(alice.open(), qPrintable(alice.errorString()));
    QCOMPARE(alice.schemaVersion(), Database::SchemaVersion);
    Database bob(TestBackend::asUser(m_location, QStringLiteral("bob")),
                 Database::uniqueConnectionName(QStringLiteral("bob")));
    QVERIFY2(bob.open(), qPrintable(bob.errorString()));
    PassageStore aliceStore(alice.connection());
    PassageStore bobStore(bob.connection());
    const QVector<PassageLabel> alices = aliceStore.labels();
    const QVector<PassageLabel> bobs = bobStore.labels();
    QCOMPARE(idsOf(alices), (QSet<int> { 1, 2, 3, 4 }));
    QCOMPARE(bobs.size(), 4); // the copy; no second palette on his first connection
    QVERIFY(!idsOf(alices).intersects(idsOf(bobs)));
    QCOMPARE(bobs.at(1).builtIn, 2);
    QCOMPARE(bobs.at(1).name, QStringLiteral("à recouper"));
    QCOMPARE(bobStore.passage(bobsPassage)->labelId, bobs.at(1).id);
    QCOMPARE(bobStore.labelNames().value(bobs.at(1).id), QStringLiteral("à recouper"));
    QVERIFY(!aliceStore.passage(bobsPassage)); // still private
}

} // namespace Veille

QTEST_GUILESS_MAIN(Veille::TestPassagePrivacy)
#include "tst_passageprivacy.moc"
