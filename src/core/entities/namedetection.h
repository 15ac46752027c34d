// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

namespace Veille {

class NerTagger;

/*! \brief How names the gazetteer does not know are found: the tagger
 * (none: the gazetteer and the rules only) and the confidence below which
 * its names and the rules' are not kept. Given to MentionFinder by the importer and the
 * indexer, whose owners (the window, veille-cli) load the tagger once. */
struct NameDetection {
    /*! \brief The default threshold: names on which the tagger hesitated
     * between two labels (a confidence of 0.5, DetectedName::confidence)
     * are left out. On WiNER's dev set this keeps 87.9 % precision at
     * 78.7 % recall, against 84.3 % and 84.7 % with no threshold. */
    static constexpr float DefaultMinConfidence = 0.51f;
    /*! \brief The confidence of a name a rule found ("M. Delorme", "le
     * groupe Lumitek"): a pattern, not a probability. The rules' overlap
     * precision on HIPE-2022 dev2 is 96 %, their exact precision 57 %, so
     * 0.9 ranks them above the tagger's hesitations and below a gazetteer
     * match (1). The threshold applies to them too. */
    static constexpr float RuleConfidence = 0.9f;

    std::shared_ptr<const NerTagger> tagger;
    float minConfidence = DefaultMinConfidence;

    /*! \brief What the stored mentions were found with, kept in the
     * database: another model, threshold or no tagger means finding every
     * article's names again. */
    QString signature() const;
    /*! \brief The database setting that holds the signature. */
    static QString settingKey() { return QStringLiteral("name_detection"); }
};

} // namespace Veille
