// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/conllreader.h"
#include "ner/detectedname.h"

#include <QMap>
#include <QVector>

namespace Veille::Ner {

/*! \brief A text and its gold names, as the evaluation scores them. */
struct EvalDocument {
    QString id;
    QString text;
    QVector<DetectedName> gold;
};

/*! \brief CoNLL documents as texts: words joined by spaces (none after an
 * elision, "l'OTAN" as written), a line per sentence. */
QVector<EvalDocument> documentsFromConll(const QVector<ConllDocument> &documents);

/*! \brief HIPE-2022's JSON (id, text, mentions with start, end and a
 * coarse type): pers, org, loc as PER, ORG, LOC, prod (HumanProd) as MISC. */
QVector<EvalDocument> readHipeJson(const QString &path, QString *error);

/*! \brief Every \a every-th document (the last of each run of \a every),
 * or all but those: the held-out slice of a training file. */
QVector<ConllDocument> slice(const QVector<ConllDocument> &documents, int every, bool heldOut);

/*! \brief Exact and overlap precision, recall and F1 per type, and micro
 * over PER, ORG and LOC. */
class NerScores
{
public:
    void add(const QVector<DetectedName> &gold, const QVector<DetectedName> &predicted);
    //! The table's lines, each starting with \a system.
    QStringList table(const QString &system) const;
    static QString header();
    //! Exact F1 of \a type, or micro over PER/ORG/LOC when \a type is -1.
    double exactF1(int type = -1) const;

private:
    struct Counts {
        int gold = 0;
        int predicted = 0;
        int exact = 0;
        int overlapPredicted = 0;
        int overlapGold = 0;
        Counts &operator+=(const Counts &other);
    };
    Counts micro() const;
    Counts m_counts[TypeCount];
};

} // namespace Veille::Ner
