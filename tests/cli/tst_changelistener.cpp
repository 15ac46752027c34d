// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirun.h"
#include "db/changelistener.h"
#include "db/database.h"
#include "db/serveraddress.h"
#include "support/pgtestserver.h"
#include "support/testbackend.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Veille;

// The window hears another client's changes on a team server: a second
// process imports (or migrates a file in), and the listener here says
// "articles" within 2 s.
class TestChangeListener : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    // A new database, made and migrated as the application does.
    QString newDatabase() const
    {
        const QString location = TestBackend::newDatabase(*m_dir);
        Database database(location, Database::uniqueConnectionName(QStringLiteral("make")));
        return database.open() ? location : QString();
    }

    // A listener on a new server database, at \a location; null when it
    // does not listen (and says why).
    std::unique_ptr<ChangeListener> listenerOnNewDatabase(QString &location) const
    {
        location = newDatabase();
        if (location.isEmpty())
            return nullptr;
        auto listener = std::make_unique<ChangeListener>(location);
        if (listener->isListening())
            return listener;
        qWarning() << "not listening:" << listener->errorString();
        return nullptr;
    }

    static QStringList tables(const QSignalSpy &spy)
    {
        QStringList names;
        for (const QList<QVariant> &arguments : spy)
            names << arguments.first().toString();
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        VEILLE_INIT_BACKEND_TEST();
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void aFileHasNothingToHear()
    {
        if (TestBackend::isPostgres())
            QSKIP("SQLite file only");
        const QString location = newDatabase();
        QVERIFY(!location.isEmpty());
        ChangeListener listener(location);
        QVERIFY(!listener.isListening());
        QVERIFY(listener.errorString().isEmpty());
    }

    void anotherProcessesWriteIsHeard_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("an import") << QStringLiteral("import");
        QTest::newRow("a migration from a file") << QStringLiteral("migrate");
    }

    void anotherProcessesWriteIsHeard()
    {
        QFETCH(QString, command);
        if (!TestBackend::isPostgres())
            QSKIP("server only: run as tst_changelistener-postgresql");
        QString location;
        const std::unique_ptr<ChangeListener> listener = listenerOnNewDatabase(location);
        QVERIFY(listener);
        QSignalSpy spy(listener.get(), &ChangeListener::changed);

        CliRun::writeArticle(m_dir->path(), QStringLiteral("a.txt"), "Intel au Vietnam",
                             "Le groupe Intel a annoncé un investissement à Hanoï.");
        const QString corpus = m_dir->filePath(QStringLiteral("corpus"));
        const QString file = m_dir->filePath(QStringLiteral("local.sqlite"));
        const QStringList arguments = command == QLatin1String("import")
            ? QStringList { QStringLiteral("--server"), location, QStringLiteral("import"), corpus }
            : QStringList { QStringLiteral("migrate"), QStringLiteral("--from"), file, QStringLiteral("--to"),
                            location };
        if (command == QLatin1String("migrate"))
            QCOMPARE(
                CliRun::run(m_dir->path(), { QStringLiteral("--db"), file, QStringLiteral("import"), corpus }).exitCode,
                0);
        QVERIFY(spy.isEmpty());
        const CliRun write = CliRun::run(m_dir->path(), arguments);
        QVERIFY2(write.exitCode == 0, qPrintable(write.err));
        // Notifications that came while it ran wait on the socket; any
        // still on their way must come within 2 s of its end.
        QTRY_VERIFY_WITH_TIMEOUT(tables(spy).contains(QStringLiteral("articles")), 2000);
    }

    void aBurstIsSignalledTwiceAtMost()
    {
        if (!TestBackend::isPostgres())
            QSKIP("server only: run as tst_changelistener-postgresql");
        QString location;
        const std::unique_ptr<ChangeListener> listener = listenerOnNewDatabase(location);
        QVERIFY(listener);
        QSignalSpy spy(listener.get(), &ChangeListener::changed);

        // Five transactions, as five batches of an import would send.
        const QString notify = QStringLiteral("BEGIN; SELECT pg_notify('veille', 'entities'); COMMIT;\n").repeated(5)
            + QStringLiteral("SELECT pg_notify('veille', 'watches');\n");
        QString error;
        QVERIFY2(TestBackend::server()->psql(QStringLiteral("alice"), ServerAddress::parse(location).database(), notify,
                                             nullptr, &error),
                 qPrintable(error));
        // At once for the first, then once after the burst.
        QTRY_COMPARE_WITH_TIMEOUT(tables(spy).count(QStringLiteral("entities")), 2,
                                  ChangeListener::CoalesceMilliseconds * 4);
        QCOMPARE(tables(spy).count(QStringLiteral("watches")), 1);
        QVERIFY(!spy.wait(ChangeListener::CoalesceMilliseconds * 2));
        QCOMPARE(tables(spy).count(QStringLiteral("entities")), 2);
    }
};

QTEST_GUILESS_MAIN(TestChangeListener)
#include "tst_changelistener.moc"
