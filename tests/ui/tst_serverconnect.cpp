// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importer.h"
#include "mainwindow.h"
#include "serverconnectdialog.h"
#include "support/pgtestserver.h"
#include "windowparts.h"
#include "windowsession.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Veille;
using namespace WindowParts;

// File → Connect to Team Server…: the dialog that takes the address, and
// the session that moves the window to another database (two files here:
// moving does not depend on the kind of database).
class TestServerConnect : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PgTestServer> m_server; // started by the one case that needs a server

    // A database with \a articles articles of its own.
    QString databaseWith(const QString &name, int articles) const
    {
        const QString folder = m_dir->filePath(name + QStringLiteral("-corpus"));
        QDir().mkpath(folder);
        for (int i = 0; i < articles; ++i) {
            QFile file(QDir(folder).filePath(QStringLiteral("%1.txt").arg(i)));
            if (!file.open(QIODevice::WriteOnly))
                return {};
            // Texts apart, so that none is filed as a copy of another.
            const QByteArray words[] = { "Intel investit à Hanoï dans une usine de puces.",
                                         "Les pluies inondent le delta du Mékong depuis lundi.",
                                         "Le port de Hai Phong double ses quais pour les conteneurs." };
            file.write(" date 2025-05-13 " + name.toUtf8() + " " + QByteArray::number(i) + "\n\n" + words[i % 3]
                       + "\n\nVNA/CVN\n");
        }
        const QString path = m_dir->filePath(name + QStringLiteral(".sqlite"));
        Importer importer(path);
        return importer.run({ folder }).imported.size() == articles ? path : QString();
    }

    static QPushButton *connectButton(const ServerConnectDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).removeRecursively();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void dialogTakesOnlyAnAddress_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("a server") << QStringLiteral("postgresql://alice@db.example:5433/veille?sslmode=require")
                                  << true;
        QTest::newRow("a socket folder") << QStringLiteral("postgresql://alice@/veille?host=/run/postgresql") << true;
        QTest::newRow("a file") << QStringLiteral("/home/alice/veille.sqlite") << false;
        QTest::newRow("a password in the address") << QStringLiteral("postgresql://alice:secret@db/veille") << false;
        QTest::newRow("nothing") << QString() << false;
    }

    void dialogTakesOnlyAnAddress()
    {
        QFETCH(QString, address);
        QFETCH(bool, accepted);
        QSettings settings(m_dir->filePath(QStringLiteral("veille.conf")), QSettings::IniFormat);
        ServerConnectDialog dialog(settings);
        dialog.findChild<QLineEdit *>(QStringLiteral("serverAddress"))->setText(address);
        QCOMPARE(connectButton(dialog)->isEnabled(), accepted);
        dialog.accept();
        QCOMPARE(dialog.result() == QDialog::Accepted, accepted);
        QCOMPARE(settings.contains(QStringLiteral("server/lastAddress")), accepted);
        // A refused address says why, and never echoes a password.
        const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
        const bool explained = std::any_of(labels.begin(), labels.end(), [](const QLabel *label) {
            return label->text().contains(QLatin1String("postgresql://"))
                || label->text().contains(QLatin1String("password"));
        });
        QVERIFY(accepted || address.isEmpty() || explained);
        for (const QLabel *label : labels)
            QVERIFY(!label->text().contains(QLatin1String("secret")));
    }

    void dialogOffersTheLastAddress()
    {
        const QString address = QStringLiteral("postgresql://bob@db.example/veille");
        QSettings settings(m_dir->filePath(QStringLiteral("veille.conf")), QSettings::IniFormat);
        {
            ServerConnectDialog first(settings);
            first.findChild<QLineEdit *>(QStringLiteral("serverAddress"))->setText(address);
            first.accept();
        }
        ServerConnectDialog second(settings);
        QCOMPARE(second.address(), address);
        QVERIFY(connectButton(second)->isEnabled());
    }

    void sessionMovesTheWindowToAnotherDatabase()
    {
        const QString first = databaseWith(QStringLiteral("first"), 2);
        const QString second = databaseWith(QStringLiteral("second"), 3);
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        WindowSession session;
        QVERIFY2(session.open(first), qPrintable(session.errorString()));
        session.window()->show();
        QTRY_COMPARE(articleModel(*session.window())->rowCount(), 2);
        QCOMPARE(session.window()->windowTitle(), QStringLiteral("Veille"));

        QPointer<MainWindow> before = session.window();
        QSignalSpy replaced(&session, &WindowSession::windowReplaced);
        session.switchTo(second);
        QCOMPARE(replaced.count(), 1);
        QVERIFY(before.isNull());
        QVERIFY(session.window()->isVisible());
        QTRY_COMPARE(articleModel(*session.window())->rowCount(), 3);
    }

    void sessionKeepsTheWindowWhenTheServerCannotBeReached()
    {
        const QString first = databaseWith(QStringLiteral("first"), 2);
        QVERIFY(!first.isEmpty());
        WindowSession session;
        QVERIFY(session.open(first));
        session.window()->show();
        QPointer<MainWindow> before = session.window();
        QString warning;
        QTimer::singleShot(0, this, [&warning] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                warning = box->text();
                box->accept();
            }
        });
        session.switchTo(QStringLiteral("postgresql://alice@/veille?host=") + m_dir->filePath(QStringLiteral("none"))
                         + QStringLiteral("&port=1"));
        QVERIFY2(warning.contains(QLatin1String("cannot be opened")), qPrintable(warning));
        QCOMPARE(session.window(), before.data());
        QCOMPARE(articleModel(*session.window())->rowCount(), 2);
    }

    // A server that wants a password (no ~/.pgpass): the window asks for
    // it, says so when the server refuses it, and opens once it takes it.
    // The password is neither in the settings nor in the window's title.
    void sessionAsksForThePasswordUntilTheServerTakesIt()
    {
        if (!PgTestServer::unavailableReason().isEmpty())
            QSKIP(qPrintable(PgTestServer::unavailableReason()));
        m_server = std::make_unique<PgTestServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        const QString role = PgTestServer::passwordRole();
        const QString name = m_server->createDatabase(role);
        QVERIFY2(!name.isEmpty(), qPrintable(m_server->errorString()));
        qputenv("PGPASSFILE", QFile::encodeName(m_dir->filePath(QStringLiteral("no.pgpass"))));
        qunsetenv("PGPASSWORD");

        QStringList asked;
        QStringList answers = { QStringLiteral("wrong"), PgTestServer::passwordOf(role) };
        QTimer answerer;
        connect(&answerer, &QTimer::timeout, this, [&asked, &answers] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            if (!dialog || answers.isEmpty())
                return;
            asked << dialog->labelText();
            QCOMPARE(dialog->textEchoMode(), QLineEdit::Password);
            dialog->setTextValue(answers.takeFirst());
            dialog->accept();
        });
        answerer.start(20);
        WindowSession session;
        const bool opened = session.open(m_server->url(role, name));
        answerer.stop();
        QVERIFY2(opened, qPrintable(session.errorString()));
        QCOMPARE(asked.size(), 2);
        QVERIFY2(asked.at(0).contains(QLatin1String(">Password for carol@")), qPrintable(asked.at(0)));
        QVERIFY2(asked.at(1).contains(QLatin1String("refused the password")), qPrintable(asked.at(1)));
        session.window()->show();
        QTRY_COMPARE(articleModel(*session.window())->rowCount(), 0);
        QVERIFY(!session.window()->windowTitle().contains(PgTestServer::passwordOf(role)));
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY(!settings.value(key).toString().contains(PgTestServer::passwordOf(role)));
        qunsetenv("PGPASSWORD");
    }
};

QTEST_MAIN(TestServerConnect)
#include "tst_serverconnect.moc"
