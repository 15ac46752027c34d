// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Veille {

// Synthetic wire copy for the scale benchmark: French-like sentences of
// about 3 KB, dates over ten years (some only a month or a year), a photo
// credit now and then, an agency signature, and names from the default
// gazetteer. Article i depends only on the seed and i, so any slice of a
// corpus can be regenerated, in any order, on any thread.
class CorpusGenerator
{
public:
    struct GeneratedArticle {
        QString date; // "2019-03-07", "2019-03" or "2019"
        QString title;
        QString photoCredit; // empty when the article has none
        QStringList paragraphs;
        QString source;

        // The seed format that ArticleParser reads: header, blank line,
        // paragraphs, the agency signature last.
        QByteArray toWireFormat() const;
    };

    // \a names are the entity names to sprinkle in; see gazetteerNames().
    explicit CorpusGenerator(const QStringList &names, quint32 seed = 1);

    // The canonical names and aliases of Veille's default gazetteer (from
    // the resources of veille_gazetteer_resources).
    static QStringList gazetteerNames();

    GeneratedArticle article(qint64 index) const;

    // "000/000123.txt": folders of 1,000 files keep directory listings short.
    static QString relativePath(qint64 index);

    // Writes articles [first, first + count) under \a folder, generating on
    // every core. Returns an error message, or an empty string.
    QString writeFiles(const QString &folder, qint64 first, qint64 count) const;

    // The UTF-8 size the generator aims at for one article.
    static constexpr int TargetBytes = 3000;

private:
    QStringList m_names;
    quint32 m_seed = 1;
};

} // namespace Veille
