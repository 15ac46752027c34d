// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "passages/passage.h"
#include "text/csvfield.h"

#include <QCoreApplication>
#include <QVector>

#include <optional>

class QLocale;

namespace Veille {

class ArticleStore;
class PassageStore;

/*! \brief Writes passages as Markdown (grouped by article, for reading),
 * CSV (for spreadsheets) or W3C Web Annotation JSON-LD (for other tools,
 * and to import them back). Positions in CSV and JSON-LD are code points
 * of the article body. CSV cells that a spreadsheet would run as formulas
 * are prefixed with "'" unless CsvCells::Raw asks for the exact text. */
class PassageExport
{
    Q_DECLARE_TR_FUNCTIONS(Veille::PassageExport)
public:
    enum class Format { Markdown, Csv, JsonLd };

    static std::optional<Format> formatFromName(const QString &name);
    /*! \brief The passages \a query selects, in \a format; \a cells says how
     * CSV writes a cell that starts like a formula. */
    static QByteArray write(Format format, const PassageQuery &query, const PassageStore &passages,
                            const ArticleStore &articles, const QLocale &locale, CsvCells cells);

private:
    static QByteArray markdown(const QVector<Passage> &passages, const PassageStore &store, const QLocale &locale);
    static QByteArray csv(const QVector<Passage> &passages, const PassageStore &store, CsvCells cells);
};

} // namespace Veille
