// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articles/articlequery.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QToolButton;

namespace Veille {

/*! The filters beside the search: a date range, the source agency,
 * bookmarked articles only, and whether a search lists its best matches
 * first. They apply to any list, with or without a search. */
class ArticleFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit ArticleFilterBar(QWidget *parent = nullptr);

    /*! Sets the bar's filters on \a query: date bounds, source, bookmarked. */
    void applyTo(ArticleQuery &query) const;
    /*! What is wrong with the dates typed, for the inline message; empty when fine. */
    QString problem() const;
    bool bestMatchFirst() const;
    void setBestMatchFirst(bool on);
    /*! Sets the date fields to \a from and \a to ("2025", "2025-05" or
     * "2025-05-12"), as if typed, and filters by them. */
    void setDateRange(const QString &from, const QString &to);
    /*! The agencies to offer; the current choice stays when it is still there. */
    void setSources(const QStringList &sources);

    QLineEdit *fromEdit() const { return m_from; }
    QLineEdit *toEdit() const { return m_to; }
    QComboBox *sourceBox() const { return m_source; }
    QCheckBox *bookmarkedBox() const { return m_bookmarked; }
    QCheckBox *unreadBox() const { return m_unread; }
    QCheckBox *starredBox() const { return m_starred; }
    /*! Wire copies: one row per story headed by its original, or by its
     * newest copy, or every article on its own row. */
    QComboBox *storyBox() const { return m_stories; }

Q_SIGNALS:
    void changed();

private:
    void checkDates();
    QComboBox *createStoryChoice();

    QLineEdit *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    QComboBox *m_source = nullptr;
    QCheckBox *m_bookmarked = nullptr;
    QCheckBox *m_unread = nullptr;
    QCheckBox *m_starred = nullptr;
    QComboBox *m_stories = nullptr;
    QToolButton *m_bestMatch = nullptr;
    int m_dateFrom = 0;
    int m_dateTo = 0;
    QString m_problem;
};

} // namespace Veille
