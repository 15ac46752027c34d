// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace Veille {

// Wire-like French text made at run time: articles on one topic share its
// words (a port, a minister, tonnes of rice) but not their sentences, as
// two agencies' reports of the same event do.
class GeneratedStories
{
public:
    // Paragraphs of the article \a seed on topic \a topic.
    static QStringList paragraphs(int topic, int seed, int count = 8)
    {
        static const QStringList topics[] = {
            { QStringLiteral("riz"), QStringLiteral("exportations"), QStringLiteral("Hai Phong"),
              QStringLiteral("tonnes"), QStringLiteral("ministère"), QStringLiteral("récolte") },
            { QStringLiteral("semi-conducteurs"), QStringLiteral("usine"), QStringLiteral("Bac Ninh"),
              QStringLiteral("investissement"), QStringLiteral("puces"), QStringLiteral("Intel") },
        };
        static const QStringList words = {
            QStringLiteral("selon"),       QStringLiteral("le"),          QStringLiteral("la"),
            QStringLiteral("des"),         QStringLiteral("d’après"),     QStringLiteral("hausse"),
            QStringLiteral("baisse"),      QStringLiteral("province"),    QStringLiteral("annoncé"),
            QStringLiteral("mardi"),       QStringLiteral("mercredi"),    QStringLiteral("prévu"),
            QStringLiteral("entreprise"),  QStringLiteral("marché"),      QStringLiteral("premier"),
            QStringLiteral("trimestre"),   QStringLiteral("responsable"), QStringLiteral("a"),
            QStringLiteral("déclaré"),     QStringLiteral("que"),         QStringLiteral("nouveau"),
            QStringLiteral("projet"),      QStringLiteral("capacité"),    QStringLiteral("production"),
            QStringLiteral("partenaires"), QStringLiteral("étrangers"),   QStringLiteral("depuis"),
            QStringLiteral("année"),       QStringLiteral("dernière"),    QStringLiteral("pour"),
            QStringLiteral("cent"),        QStringLiteral("contre"),
        };
        QRandomGenerator random(quint32(topic * 7919 + seed));
        const QStringList &topicWords = topics[topic % 2];
        QStringList result;
        for (int p = 0; p < count; ++p) {
            QStringList sentence;
            const int length = 30 + int(random.bounded(20));
            for (int w = 0; w < length; ++w) {
                const bool onTopic = random.bounded(4) == 0;
                sentence << (onTopic ? topicWords.at(int(random.bounded(topicWords.size())))
                                     : words.at(int(random.bounded(words.size()))));
            }
            result << sentence.join(QLatin1Char(' ')) + QLatin1Char('.');
        }
        return result;
    }

    static QString body(int topic, int seed) { return paragraphs(topic, seed).join(QStringLiteral("\n\n")); }
};

} // namespace Veille
