// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/nerlabel.h"
#include "text/textrange.h"

#include <QVector>

namespace Veille {

/*! \brief A name the statistical tagger found in a text.
 *
 * \c confidence is in [0.5, 1]: the logistic of the smallest score margin
 * among the name's words, the margin being how far the chosen label's score
 * is above the best other label's that could stand there, divided by the
 * model's typical margin (NerModel::marginScale()). 0.5 means the tagger
 * hesitated between two labels on some word of the name; 0.73 means the
 * margin was a typical one; 0.95 about three times that. It ranks names and
 * bounds what to show; it is not a calibrated probability.
 */
struct DetectedName {
    TextRange range;
    NameType type = NameType::Person;
    float confidence = 0.0f;
};

/*! \brief A name the user's gazetteer knows at \a range, given to the tagger
 * as a hint: a feature the model weighs, never a decision. */
struct NameHint {
    TextRange range;
    NameType type = NameType::Person;
};

} // namespace Veille

Q_DECLARE_TYPEINFO(Veille::DetectedName, Q_PRIMITIVE_TYPE);
Q_DECLARE_TYPEINFO(Veille::NameHint, Q_PRIMITIVE_TYPE);
