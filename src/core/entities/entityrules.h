// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities/entity.h"
#include "entities/suggestion.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>
#include <QVector>

#include <memory>

namespace Veille {

namespace Rules {
class VariantIndex;
}

/*! \brief A mention the gazetteer already found, with its entity's type. */
struct TypedSpan : TextRange {
    QString type; //!< "Person", "Role", "Company"…
    qint64 entityId = 0;
};

/*! \brief A role that describes a person: "vice-ministre des Finances" ↔ "Cao Anh Tuân".
 * The person is a known Person mention or a Person suggestion; the role is a
 * Role mention. */
struct RoleLink {
    TextRange person;
    TextRange role;
};

/*! \brief Hand-written patterns that find the names a gazetteer misses.
 *
 * In the manner of GATE's JAPE grammars, each rule looks at the words around
 * a cue, French first, English where it is cheap:
 * - a Role mention and a capitalised name, "le Premier ministre Pham Minh
 *   Chinh", "le vice-ministre des Finances, Cao Anh Tuân", "Sarah Kemp,
 *   vice-présidente…", suggest a Person and link the role to the person;
 * - an honorific, "M. Chéron", "Mme", "Dr", or an initial, "E. Dieudonné",
 *   suggests a Person; the honorific is part of the span, as in the HIPE
 *   gold standard;
 * - an organisation cue, "chez X", "le groupe X", "l’entreprise X", or a
 *   legal suffix, "X Inc.", "X SA", suggests a Company ("l’association X",
 *   "la fondation X": an Organisation);
 * - a capitalised word one edit away from a known name of six letters or
 *   more, "Qualcom", suggests that entity (Suggestion::variantOf). The first
 *   letter must be right, plurals and demonyms ("Italien") are not typos,
 *   and a name shorter than eight letters must also be spelt right in the
 *   text ("Nvidea" beside "Nvidia"), as short names have real neighbours
 *   ("Bolton", "Boston"). Roles and case-sensitive aliases ("=Micron") get
 *   no variants.
 *
 * Nothing is ever applied: every result is a suggestion. A suggestion never
 * overlaps a known mention nor another suggestion, and common capitalised
 * words ("Le", "Selon", "Mardi"…) are never suggested. Results are sorted by
 * position. The object is immutable once built, so apply() may run on
 * several threads at once.
 */
class EntityRules
{
    Q_DECLARE_TR_FUNCTIONS(Veille::EntityRules)
public:
    /*! \brief \a gazetteer: the known entities, with their ids; their names
     * and aliases of six letters or more are indexed for typo variants (edit
     * distance 1, a deletion index built here), so the rules stay fast with
     * 10,000 names. */
    explicit EntityRules(const QVector<Entity> &gazetteer);

    struct Result {
        QVector<Suggestion> suggestions;
        QVector<RoleLink> roles;
    };

    /*! \brief Runs the rules on \a text, given the mentions \a known already
     * found there: Role mentions are the cues of the role rules, and the
     * entity ids tell which names the text spells right. */
    Result apply(QStringView text, const QVector<TypedSpan> &known) const;

private:
    std::shared_ptr<const Rules::VariantIndex> m_variants; // immutable, so copies share it
};

} // namespace Veille

Q_DECLARE_TYPEINFO(Veille::RoleLink, Q_PRIMITIVE_TYPE);
