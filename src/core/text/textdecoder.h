// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Veille {

/*! \brief Turns the bytes of a text file into normalised text.
 *
 * Accepts UTF-8 (with or without BOM) and UTF-16 with a BOM; anything that is
 * not valid UTF-8 is read as Windows-1252, the superset of Latin-1 that old
 * French newsroom tools write. Line ends become LF, control characters
 * other than tab and LF become spaces, and accents are composed (NFC).
 */
class TextDecoder
{
public:
    enum class Encoding { Utf8, Utf16, Windows1252 };

    struct Result {
        QString text;
        Encoding encoding = Encoding::Utf8;
        bool binary = false; //!< NUL bytes or mostly control characters: not text
    };

    static Result decode(const QByteArray &bytes);
    static bool isValidUtf8(const QByteArray &bytes);
};

} // namespace Veille
