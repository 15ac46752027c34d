// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/database.h"
#include "mainwindow.h"
#include "util/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
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
    parser.addOption(dbOption);
    parser.addOption(importOption);
    parser.addPositionalArgument(QStringLiteral("paths"),
                                 QApplication::translate("main", "Folders or files to import, like --import."),
                                 QStringLiteral("[PATH...]"));
    parser.process(app);

    Database database(parser.isSet(dbOption) ? parser.value(dbOption) : Database::defaultPath(),
                      QStringLiteral("veille-ui"));
    if (!database.open()) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Veille"),
                              QApplication::translate("main", "The database %1 cannot be opened: %2")
                                  .arg(QDir::toNativeSeparators(database.path()), database.errorString()));
        return 1;
    }

    MainWindow window(database);
    window.show();
    const QStringList toImport = parser.values(importOption) + parser.positionalArguments();
    if (!toImport.isEmpty())
        window.importPaths(toImport);
    return app.exec();
}
