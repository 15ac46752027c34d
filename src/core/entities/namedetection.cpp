// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/namedetection.h"

#include "ner/nertagger.h"

namespace Veille {

QString NameDetection::signature() const
{
    // "rules 2": the rules' new names are detected mentions with a
    // confidence, no longer suggestions beside them; a database whose names
    // were found the older way is indexed again once. The threshold now
    // applies to the rules' names too, so it is part of every signature.
    // "rules 3": one detected entity per folded name, whatever the type
    // (EntityStore's detect key), and "M. Xi" linked to Xi Jinping.
    const QString rules = QStringLiteral("rules 3 min %1").arg(double(minConfidence));
    if (!tagger || tagger->isEmpty())
        return rules;
    return rules + QStringLiteral(" fr-ner %1").arg(tagger->model().identity(), 16, 16, QLatin1Char('0'));
}

} // namespace Veille
