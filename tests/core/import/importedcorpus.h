// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/generatedcorpus.h"
#include "import/importer.h"

#include <QFile>
#include <QTemporaryDir>

// A real database of generated articles in a temporary folder, imported as
// a user would, and numbered copies of it for a test to damage.
class ImportedCorpus
{
public:
    // Writes \a count articles named after \a prefix and imports them; false
    // when any of that failed.
    bool create(const QString &prefix, int count)
    {
        if (!m_dir.isValid() || !writeGeneratedCorpus(corpus(), prefix, count))
            return false;
        Veille::Importer importer(database());
        const Veille::ImportReport report = importer.run({ corpus() });
        return report.error.isEmpty() && report.imported.size() == count;
    }

    QString corpus() const { return m_dir.filePath(QStringLiteral("corpus")); }
    QString database() const { return m_dir.filePath(QStringLiteral("sound.sqlite")); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A new copy of the database; empty when it could not be made.
    QString copy()
    {
        const QString path = m_dir.filePath(QStringLiteral("copy-%1.sqlite").arg(++m_copies));
        return QFile::copy(database(), path) ? path : QString();
    }

private:
    QTemporaryDir m_dir;
    int m_copies = 0;
};
