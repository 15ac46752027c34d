// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articles/article.h"

#include <QDialog>

class QPlainTextEdit;

namespace Veille {

/*! Two versions of a wire story side by side, as plain text: the open
 * article and a copy, with the sentences the other one lacks highlighted
 * (SentenceDiff). */
class VersionDiffDialog : public QDialog
{
    Q_OBJECT
public:
    VersionDiffDialog(const Article &open, const Article &copy, QWidget *parent = nullptr);
    QPlainTextEdit *openView() const { return m_open; }
    QPlainTextEdit *copyView() const { return m_copy; }
    /*! How many sentences are highlighted in the open article and in the copy. */
    int differingInOpen() const { return m_differingInOpen; }
    int differingInCopy() const { return m_differingInCopy; }

private:
    QWidget *column(const Article &article, const QString &role, QPlainTextEdit *view);

    QPlainTextEdit *m_open = nullptr;
    QPlainTextEdit *m_copy = nullptr;
    int m_differingInOpen = 0;
    int m_differingInCopy = 0;
};

} // namespace Veille
