// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVector>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTextEdit;

namespace Veille {

/*! Finds text in the open article (Ctrl+F): case and accents aside, with
 * next and previous and a match count, "3 of 12". Enter goes to the next
 * match, Shift+Enter to the previous, Esc closes the bar. */
class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QTextEdit *editor, QWidget *parent = nullptr);

    /*! Shows the bar and focuses its field, with the editor's selection as the text when there is one. */
    void activate();
    int matchCount() const { return int(m_starts.size()); }
    int currentMatch() const { return m_current; } //!< 0-based, -1 for none
    QString countText() const;
    QLineEdit *lineEdit() const { return m_edit; }

public Q_SLOTS:
    void findNext() { step(1); }
    void findPrevious() { step(-1); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void step(int delta);
    void select();
    void updateCount();

    QTextEdit *m_editor = nullptr;
    QLineEdit *m_edit = nullptr;
    QLabel *m_count = nullptr;
    QVector<int> m_starts; //!< document positions of the matches
    int m_length = 0;
    int m_current = -1;
};

} // namespace Veille
