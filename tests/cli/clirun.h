// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QtDebug>

// Runs veille-cli as a user does, in an environment of its own: HOME and
// the data folder under \a home (never the user's real database), and the
// untranslated messages the tests check.
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;

    static CliRun run(const QString &home, const QStringList &arguments)
    {
        QProcess process;
        start(process, home, arguments);
        return finish(process);
    }

    // Starts veille-cli without waiting, e.g. to run two at once.
    static void start(QProcess &process, const QString &home, const QStringList &arguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LANGUAGE"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(VEILLE_CLI), arguments);
    }

    // Waits for a started veille-cli; exitCode stays -1 if it hangs.
    static CliRun finish(QProcess &process)
    {
        if (!process.waitForFinished(120000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    // Runs veille-cli on the database "veille.sqlite" in \a home.
    static CliRun runOnDatabase(const QString &home, const QStringList &arguments)
    {
        return run(home, QStringList { QStringLiteral("--db"), QDir(home).filePath(QStringLiteral("veille.sqlite")) }
                             + arguments);
    }

    // Writes a wire-format article dated 2025-05-13 from VNA/CVN at
    // \a home/corpus/\a name, for an import.
    static void writeArticle(const QString &home, const QString &name, const QByteArray &title,
                             const QByteArray &body)
    {
        const QString path = QDir(home).filePath(QStringLiteral("corpus/") + name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(" date 2025-05-13 " + title + "\n\n" + body + "\n\nVNA/CVN\n");
    }

    static QJsonArray jsonArray(const QString &text)
    {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            qWarning() << error.errorString() << text.left(200);
        return document.array();
    }
};
