// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QStringList>
#include <QVector>

namespace Veille {

/*! \brief What an import did with each file it was given. */
struct ImportReport {
    struct Failure {
        QString path;
        QString reason;
    };

    QStringList imported;
    QStringList updated;
    QStringList unchanged;
    QVector<Failure> failures;
    bool cancelled = false;
    QString error; //!< why the import stopped early (the database failed); files before it are kept

    int processed() const { return int(imported.size() + updated.size() + unchanged.size() + failures.size()); }
    bool changedStore() const { return !imported.isEmpty() || !updated.isEmpty(); }
};

} // namespace Veille

Q_DECLARE_METATYPE(Veille::ImportReport)
