// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace Veille {

/*! The search field above the article list, with a tooltip that documents
 * the syntax and an inline message for what it could not understand. It
 * signals a search once the user pauses typing. */
class SearchBar : public QWidget
{
    Q_OBJECT
public:
    static constexpr int DebounceMs = 150;

    explicit SearchBar(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    QLineEdit *lineEdit() const { return m_edit; }
    /*! Shows \a message under the field; an empty one hides it. */
    void setMessage(const QString &message);
    QString message() const;
    /*! Focuses the field with its text selected, ready to type over. */
    void focusSearch();
    /*! The syntax, as the tooltip and the README explain it. */
    static QString syntaxHelp();
    /*! The syntax as rows of an example and its meaning: the operators, then the fields. */
    static QVector<QPair<QString, QString>> syntaxRows();

Q_SIGNALS:
    /*! The text changed and the user paused (or pressed Enter). */
    void searchRequested(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateMessageColor();

    QLineEdit *m_edit = nullptr;
    QLabel *m_message = nullptr;
    QTimer m_debounce;
};

} // namespace Veille
