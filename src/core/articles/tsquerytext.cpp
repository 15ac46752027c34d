// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articles/tsquerytext.h"

#include <QStringList>

namespace Veille {

namespace {
// The columns of articles_fts and the weights of articles.search.
QString weightOf(const QString &column)
{
    if (column == QLatin1String("title"))
        return QStringLiteral("A");
    if (column == QLatin1String("body"))
        return QStringLiteral("B");
    return QString();
}

// One quoted tsquery lexeme: inside quotes only a quote and a backslash
// mean something to to_tsquery.
QString lexeme(QString text, bool prefix, const QString &weight)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('\''), QStringLiteral("''"));
    const QString flags = (prefix ? QStringLiteral("*") : QString()) + weight;
    return QLatin1Char('\'') + text + QLatin1Char('\'') + (flags.isEmpty() ? QString() : QLatin1Char(':') + flags);
}

// Reads the expression left to right: a quoted string (its quotes
// doubled), a star after it, a column name before " : ", parentheses and
// the operators AND and OR.
class Reader
{
public:
    explicit Reader(const QString &text)
        : m_text(text)
    {
    }

    QString run()
    {
        while (skipSpaces()) {
            const QChar c = m_text.at(m_pos);
            if (c == QLatin1Char('"'))
                readString();
            else if (c == QLatin1Char('*'))
                markPrefix();
            else if (c == QLatin1Char('(') || c == QLatin1Char(')'))
                readParenthesis(c);
            else
                readWord();
        }
        flushTerm();
        return m_out.join(QLatin1Char(' '));
    }

private:
    bool skipSpaces()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
        return m_pos < m_text.size();
    }

    void readString()
    {
        flushTerm();
        QString value;
        for (++m_pos; m_pos < m_text.size(); ++m_pos) {
            if (m_text.at(m_pos) == QLatin1Char('"')) {
                if (m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == QLatin1Char('"')) {
                    value += QLatin1Char('"');
                    ++m_pos;
                    continue;
                }
                ++m_pos;
                break;
            }
            value += m_text.at(m_pos);
        }
        m_term = value;
        m_hasTerm = true;
    }

    void readParenthesis(QChar c)
    {
        flushAnd(QString(c));
        ++m_pos;
    }

    void markPrefix()
    {
        m_prefix = true;
        ++m_pos;
    }

    // A column before its colon, an operator, or an FTS5 bareword (a term
    // written without quotes).
    void readWord()
    {
        const int start = m_pos;
        while (m_pos < m_text.size() && (m_text.at(m_pos).isLetterOrNumber() || m_text.at(m_pos) == QLatin1Char('_')))
            ++m_pos;
        const QString word = m_text.mid(start, m_pos - start);
        if (word.isEmpty()) {
            ++m_pos; // a stray character: SearchTerms writes none
            return;
        }
        if (skipSpaces() && m_text.at(m_pos) == QLatin1Char(':')) {
            ++m_pos;
            flushTerm();
            m_column = word;
        } else if (word == QLatin1String("AND") || word == QLatin1String("OR") || word == QLatin1String("NOT")) {
            flushAnd(word == QLatin1String("OR")        ? QStringLiteral("|")
                         : word == QLatin1String("AND") ? QStringLiteral("&")
                                                        : QStringLiteral("& !"));
        } else {
            flushTerm();
            m_term = word;
            m_hasTerm = true;
        }
    }

    void flushAnd(const QString &token)
    {
        flushTerm();
        m_out << token;
    }

    void flushTerm()
    {
        if (!m_hasTerm)
            return;
        m_out << lexeme(m_term, m_prefix, weightOf(m_column));
        m_hasTerm = false;
        m_prefix = false;
        m_column.clear();
        m_term.clear();
    }

    const QString &m_text;
    int m_pos = 0;
    QStringList m_out;
    QString m_term;
    QString m_column;
    bool m_hasTerm = false;
    bool m_prefix = false;
};
} // namespace

QString TsQueryText::fromFts5(const QString &fts5)
{
    return Reader(fts5).run();
}

} // namespace Veille
