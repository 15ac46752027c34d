// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QVector>

class QIODevice;

namespace Veille::Ner {

/*! \brief A sentence of a CoNLL file: its tokens and their BIO tags. */
struct ConllSentence {
    QStringList words;
    QStringList tags; //!< "O", "B-PER", "I-ORG"…
};

/*! \brief A document of a CoNLL file ("# doc N" starts one). */
struct ConllDocument {
    QString id;
    QVector<ConllSentence> sentences;
};

/*! \brief Reads CoNLL files as WiNER-fr writes them: "TOKEN<TAB>TAG" lines
 * (the tag is the last column), a blank line after each sentence, "# doc N"
 * before each document ("-DOCSTART-" lines also start one). A file without
 * document lines is one document. \a error gets the first malformed line. */
QVector<ConllDocument> readConll(QIODevice &device, QString *error = nullptr);
QVector<ConllDocument> readConllFile(const QString &path, QString *error = nullptr);

/*! \brief The BILOU labels (Ner::labelOf) of BIO \a tags; an "I-" that
 * follows no name of its type starts one, as in BIO1 files. Unknown types
 * are O. */
QVector<int> bilouLabels(const QStringList &tags);

} // namespace Veille::Ner
