// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/namedetection.h"

#include "ner/nertagger.h"

namespace Veille {

QString NameDetection::signature() const
{
    if (!tagger || tagger->isEmpty())
        return QStringLiteral("none");
    return QStringLiteral("fr-ner %1 min %2")
        .arg(tagger->model().identity(), 16, 16, QLatin1Char('0'))
        .arg(double(minConfidence));
}

} // namespace Veille
