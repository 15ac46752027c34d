// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QFile>
#include <QString>

// Writes \a count small articles in the wire-copy format (a "date … title"
// line, a blank line, the body) into \a folder, named and titled with
// \a prefix so that two corpora never share a path or a title.
inline bool writeGeneratedCorpus(const QString &folder, const QString &prefix, int count)
{
    if (!QDir().mkpath(folder))
        return false;
    for (int i = 1; i <= count; ++i) {
        QFile file(QStringLiteral("%1/%2-%3.txt").arg(folder, prefix).arg(i, 4, 10, QLatin1Char('0')));
        if (!file.open(QIODevice::WriteOnly))
            return false;
        const QString text = QStringLiteral("date 2024-02-%1 Article %2 %3 sur Bac Ninh\n\n"
                                            "Le groupe Amkor Technology a lancé la phase %3 de son usine %2 "
                                            "à Bac Ninh, près de Hanoï. Samsung et Qualcomm y ont des sites.\n")
                                 .arg(i % 28 + 1, 2, 10, QLatin1Char('0'))
                                 .arg(prefix)
                                 .arg(i);
        if (file.write(text.toUtf8()) < 0)
            return false;
    }
    return true;
}
