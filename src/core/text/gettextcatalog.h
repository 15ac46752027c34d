// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace Veille {

/*! \brief The translations of a compiled gettext catalogue (a .mo file).
 *
 * Reads the format of either byte order and treats the file as untrusted:
 * every offset is checked, and a truncated or foreign file gives no catalogue
 * rather than a partial one. Strings are taken as UTF-8, which is what
 * iso-codes and most catalogues use. Entries with a context are skipped, and
 * for plural entries only the singular is kept.
 */
class GettextCatalog
{
public:
    /*! \brief The catalogue in the file at \a path; nullopt when it cannot be
     * read or is not a valid .mo file. */
    static std::optional<GettextCatalog> load(const QString &path);
    /*! \brief The catalogue in \a bytes, as load() reads them. */
    static std::optional<GettextCatalog> fromData(const QByteArray &bytes);

    /*! \brief The translation of \a msgid, or \a msgid itself when the
     * catalogue has none (gettext's rule). */
    QString translate(const QString &msgid) const;
    /*! \brief Whether the catalogue translates \a msgid. */
    bool contains(const QString &msgid) const { return m_translations.contains(msgid); }
    int size() const { return int(m_translations.size()); }
    /*! \brief Every msgid and its translation. */
    const QHash<QString, QString> &translations() const { return m_translations; }

private:
    QHash<QString, QString> m_translations;
};

} // namespace Veille
