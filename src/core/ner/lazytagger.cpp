// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/lazytagger.h"

#include <QFile>
#include <QMutexLocker>

namespace Veille {

LazyTagger::LazyTagger(QString path)
    : m_path(std::move(path))
{
}

std::shared_ptr<const NerTagger> LazyTagger::get()
{
    QMutexLocker lock(&m_mutex);
    if (m_loaded)
        return m_tagger;
    m_loaded = true;
    // A program built without the model's resource (the tests of other
    // parts) has no tagger, and says nothing: that is not an error.
    if (m_path.startsWith(QLatin1Char(':')) && !QFile::exists(m_path))
        return m_tagger;
    std::optional<NerModel> model = NerModel::load(m_path, &m_error);
    if (model)
        m_tagger = std::make_shared<const NerTagger>(std::move(*model));
    return m_tagger;
}

QString LazyTagger::error() const
{
    QMutexLocker lock(&m_mutex);
    return m_error;
}

} // namespace Veille
