// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities/entity.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QVector>

namespace Veille::Rules {

struct Candidate;
class Scanner;

// The gazetteer's names of six letters or more, indexed for the typo rule
// of EntityRules: "Qualcom" is close to "Qualcomm". Immutable once built.
//
// SymSpell with distance 1: a key and a query are one edit apart only if
// one is the other, one is a deletion of the other, or both share a
// deletion, so looking up the query and its deletions finds every key.
class VariantIndex
{
public:
    // Roles and case-sensitive aliases are left out.
    explicit VariantIndex(const QVector<Entity> &gazetteer);

    // The capitalised word runs of the scanner's text that are one edit away
    // from a name, the longest for each start, as candidates of priority 2.
    QVector<Candidate> find(const Scanner &scanner) const;

private:
    // A gazetteer name or alias: folded words joined by one space.
    struct Key {
        QString folded;
        QString name; // the entity's canonical name, for the reason
        QString type;
        qint64 entityId = 0;
    };
    struct Closest {
        int key = -1; // index into m_keys of the best key one edit away
        bool exact = false; // the query is a key itself
    };

    void add(const Entity &entity, const QString &text, QSet<QString> &seen);
    Closest closest(const QString &query, const QSet<qint64> &mentioned) const;

    QVector<Key> m_keys;
    QHash<QString, QVector<int>> m_deletions; // a key and its one-deletion forms → indices into m_keys
    QVector<int> m_wordCounts; // how many words the keys have, most first
};

} // namespace Veille::Rules
