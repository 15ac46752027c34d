// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

// The file's bytes, hashed: equal before and after means "not changed".
inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

// Damages a closed database file the way a stray write does: 4 KiB of
// seeded random bytes over one leaf page in the middle of the articles'
// table, found through SQLite's dbstat table (the middle of the file
// without it). Reading those articles meets the damage; adding new ones
// does not, as new rows go to the table's last page.
inline bool damageDatabase(const QString &path, quint32 seed)
{
    qint64 offset = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'articles' AND pagetype = 'leaf'"
                                          " ORDER BY pageno"))) {
                QVector<qint64> pages;
                while (query.next())
                    pages.append(query.value(0).toLongLong());
                if (!pages.isEmpty())
                    offset = (pages.at(pages.size() / 2) - 1) * 4096;
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || file.size() < 3 * 4096)
        return false;
    if (offset <= 0)
        offset = file.size() / 2;
    QRandomGenerator random(seed);
    QByteArray bytes(4096, '\0');
    for (char &byte : bytes)
        byte = char(random.bounded(256));
    return file.seek(offset) && file.write(bytes) == bytes.size();
}
