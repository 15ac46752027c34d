// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/nertagger.h"

#include <QMutex>
#include <QString>

#include <memory>

namespace Veille {

/*! \brief A tagger whose model is read on first use, once, from any thread.
 *
 * The window owns one, so that starting the application does not wait for
 * the model (a few megabytes) and every import job that follows shares the
 * same immutable tagger. A missing or broken model is no tagger at all, with
 * error() saying why: names are then found by the gazetteer and the rules
 * only, as before the tagger existed.
 */
class LazyTagger
{
public:
    explicit LazyTagger(QString path = NerModel::shippedPath());

    /*! \brief The tagger, or null when the model cannot be read. */
    std::shared_ptr<const NerTagger> get();
    QString error() const;

private:
    const QString m_path;
    mutable QMutex m_mutex;
    bool m_loaded = false;
    std::shared_ptr<const NerTagger> m_tagger;
    QString m_error;
};

} // namespace Veille
