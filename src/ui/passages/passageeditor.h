// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "passages/passage.h"

#include <QDialog>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Veille {

/*! The small window that takes a passage's note, label and tags. Tags are
 * separated by commas and completed from the tags already in use. */
class PassageEditor : public QDialog
{
    Q_OBJECT
public:
    PassageEditor(const QVector<PassageLabel> &labels, const QStringList &tags, QWidget *parent = nullptr);

    void setPassage(const Passage &passage);
    /*! The passage given to setPassage(), with what the user wrote. */
    Passage passage() const;

    QPlainTextEdit *noteEdit() const { return m_note; }
    QLineEdit *tagsEdit() const { return m_tags; }
    QButtonGroup *labelButtons() const { return m_labels; }

private:
    Passage m_passage;
    QLabel *m_quote = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QButtonGroup *m_labels = nullptr;
    QLineEdit *m_tags = nullptr;
};

} // namespace Veille
