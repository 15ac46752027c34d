// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/tablereader.h"

#include <QHash>

class QJsonObject;

namespace Veille {

/*! \brief Reads JSON Lines: one JSON object per line, its keys the columns.
 *
 * The columns are the keys of the objects in the first megabyte, then any
 * new key met later. Strings are taken as they are, numbers and booleans as
 * text, an array of strings as paragraphs. Blank lines are skipped; a line
 * that is not a JSON object is reported with its number.
 */
class JsonLinesReader final : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(Veille::JsonLinesReader)
public:
    explicit JsonLinesReader(std::unique_ptr<QIODevice> device);

    bool next(TableRow &row) override;

protected:
    bool readHeader() override;

private:
    void addColumns(const QJsonObject &object);

    QHash<QString, int> m_columnIndex;
};

} // namespace Veille
