// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "passages/passage.h"

#include <QCoreApplication>
#include <QHash>
#include <QUuid>
#include <QVector>

namespace Veille {

class ArticleStore;
class PassageStore;

/*! \brief Passages as a W3C Web Annotation AnnotationCollection (JSON-LD).
 *
 * Each annotation targets the article's file with a TextQuoteSelector and
 * a TextPositionSelector (code points); its bodies hold the note
 * (commenting), the tags (tagging) and the label (classifying). The
 * collection and its one page have IRIs made from the database's UUID, so
 * that two exports of one database name the same collection.
 */
class WebAnnotation
{
    Q_DECLARE_TR_FUNCTIONS(Veille::WebAnnotation)
public:
    struct ImportReport {
        int added = 0;
        int alreadyThere = 0;
        QStringList failures; //!< one line per annotation not imported, with why
        QString error; //!< the file could not be read at all
    };

    /*! \brief \a passages, positions in code points, as JSON-LD; labels
     * are written by name (\a labelNames, by id); \a database names the
     * collection (PassageStore::databaseUuid()). */
    static QByteArray toJsonLd(const QVector<Passage> &passages, const QHash<int, QString> &labelNames,
                               const QUuid &database);
    /*! \brief The IRI of the collection of \a database's passages. */
    static QString collectionIri(const QUuid &database);
    /*! \brief Adds the passages of a JSON-LD file to the store, each on its
     * article (found by path, else by file name) and found again in the
     * current text. A passage already there is not added twice. */
    static ImportReport import(const QByteArray &jsonLd, const ArticleStore &articles, PassageStore &passages);
};

} // namespace Veille
