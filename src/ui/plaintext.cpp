// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plaintext.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QTextDocument>
#include <QToolTip>

namespace Veille {

namespace {
// Stands in front of the view's delegate, which would show the tooltip as
// rich text whenever it looks like HTML.
class PlainToolTipFilter : public QObject
{
public:
    explicit PlainToolTipFilter(QAbstractItemView *view)
        : QObject(view)
        , m_view(view)
    {
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // The type first: the view's destructor sends the viewport other
        // events after the view has stopped being a QAbstractItemView, when
        // m_view->viewport() would be undefined behaviour (UBSan's vptr check).
        if (event->type() != QEvent::ToolTip || watched != m_view->viewport())
            return false;
        const auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex index = m_view->indexAt(help->pos());
        const QString text = index.data(Qt::ToolTipRole).toString();
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), literalRichText(text), m_view->viewport(), m_view->visualRect(index));
        return true;
    }

private:
    QAbstractItemView *m_view = nullptr;
};
} // namespace

QString literalRichText(const QString &text)
{
    // Qt wraps rich text in a tooltip to a narrow box; a short line stays
    // on one line, as it would as plain text.
    constexpr int ShortLine = 100;
    if (text.size() <= ShortLine && !text.contains(QLatin1Char('\n')))
        return QStringLiteral("<p style='white-space:pre'>%1</p>").arg(text.toHtmlEscaped());
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

QString literalActionText(const QString &text)
{
    QString literal = text;
    literal.replace(QLatin1Char('&'), QStringLiteral("&&"));
    literal.replace(QLatin1Char('\t'), QLatin1Char(' '));
    literal.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return literal;
}

void showPlainToolTips(QAbstractItemView *view)
{
    view->viewport()->installEventFilter(new PlainToolTipFilter(view));
}

} // namespace Veille
