// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace Veille::Ner {

/*! \brief The name lists a word can be on, as bits: compiled into the model
 * at training time from Debian's word lists, read by the tagger as
 * features (a list is evidence the model weighs, never a rule).
 */
enum NameList : quint8 {
    FirstName = 0x01, //!< hunspell-fr "po:prn"
    Surname = 0x02, //!< hunspell-fr "po:patr"
    Title = 0x04, //!< hunspell-fr "po:titr" ("M", "Dr")
    CommonWord = 0x08, //!< wfrench, hunspell-fr common nouns, verbs, adjectives…
    ProperNoun = 0x10, //!< hunspell-fr "po:npr" (places, companies, brands)
    Country = 0x20, //!< iso-codes 3166-1, in French and English
    Place = 0x40, //!< iso-codes 3166-2 subdivisions, geonames' cities
    PlacePart = 0x80, //!< a word of a place name of several words
};

/*! \brief Words (as written; the model folds them) and the lists they are on. */
using NameLists = QHash<QString, quint8>;

} // namespace Veille::Ner
