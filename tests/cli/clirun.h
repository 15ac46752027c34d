// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

    static QJsonArray jsonArray(const QString &text)
    {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            qWarning() << error.errorString() << text.left(200);
        return document.array();
    }
};
