// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/database.h"
#include "mainwindow.h"
#include "util/translations.h"
#include "windowsession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

using namespace Veille;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("veille"));
    QApplication::setApplicationDisplayName(QStringLiteral("Veille"));
    QApplication::setApplicationVersion(QStringLiteral(VEILLE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.veille.Veille"));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "A reading desk for news analysts."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QApplication::translate("main", "Use the database FILE instead of the default."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption importOption(QStringLiteral("import"),
                                          QApplication::translate("main", "Import the folder or file PATH on start."),
                                          QStringLiteral("PATH"));
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QApplication::translate("main",
                                "Use the team's PostgreSQL server at URL (postgresql://user@host:port/database); "
                                "the password comes from ~/.pgpass or is asked for."),
        QStringLiteral("URL"));
    parser.addOption(dbOption);
    parser.addOption(serverOption);
    parser.addOption(importOption);
    parser.addPositionalArgument(QStringLiteral("paths"),
                                 QApplication::translate("main", "Folders or files to import, like --import."),
                                 QStringLiteral("[PATH...]"));
    parser.process(app);

    if (parser.isSet(dbOption) && parser.isSet(serverOption)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Veille"),
                              QApplication::translate("main", "give either --db or --server, not both"));
        return 2;
    }
    const QString location = parser.isSet(serverOption) ? parser.value(serverOption)
        : parser.isSet(dbOption)                         ? parser.value(dbOption)
                                                         : Database::defaultPath();
    WindowSession session;
    if (!session.open(location)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Veille"),
                              QApplication::translate("main", "The database %1 cannot be opened: %2")
                                  .arg(WindowSession::shownLocation(location), session.errorString()));
        return 1;
    }
    MainWindow &window = *session.window();
    window.show();
    const QStringList toImport = parser.values(importOption) + parser.positionalArguments();
    if (!toImport.isEmpty())
        window.importPaths(toImport);
    return app.exec();
}
