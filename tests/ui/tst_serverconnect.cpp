// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importer.h"
#include "mainwindow.h"
#include "serverconnectdialog.h"
#include "windowparts.h"
#include "windowsession.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
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
};

QTEST_MAIN(TestServerConnect)
#include "tst_serverconnect.moc"
