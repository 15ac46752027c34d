// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reading/versiondiffdialog.h"

#include "text/sentencediff.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QVBoxLayout>

namespace Veille {

namespace {
// The body as plain text, its differing sentences on a tint: the offsets of
// the body are the document's positions, a "\n" being a block's end.
int showWithHighlights(QPlainTextEdit *view, const QString &body, const QVector<TextRange> &ranges)
{
    view->setPlainText(body);
    QColor tint = view->palette().color(QPalette::Highlight);
    tint.setAlpha(70);
    QList<QTextEdit::ExtraSelection> selections;
    for (const TextRange &range : ranges) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(view->document());
        selection.cursor.setPosition(range.start);
        selection.cursor.setPosition(range.end, QTextCursor::KeepAnchor);
        selection.format.setBackground(tint);
        selections.append(selection);
    }
    view->setExtraSelections(selections);
    return int(ranges.size());
}
} // namespace

VersionDiffDialog::VersionDiffDialog(const Article &open, const Article &copy, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("versionDiffDialog"));
    setWindowTitle(tr("Other Version"));
    m_open = new QPlainTextEdit;
    m_open->setObjectName(QStringLiteral("openVersion"));
    m_copy = new QPlainTextEdit;
    m_copy->setObjectName(QStringLiteral("otherVersion"));
    const SentenceDiff diff = SentenceDiff::compare(open.body, copy.body);
    m_differingInOpen = showWithHighlights(m_open, open.body, diff.onlyInFirst);
    m_differingInCopy = showWithHighlights(m_copy, copy.body, diff.onlyInSecond);

    auto *legend = new QLabel(tr("Highlighted: the sentences the other version does not have."));
    auto *columns = new QHBoxLayout;
    columns->addWidget(column(open, tr("Open article"), m_open));
    columns->addWidget(column(copy, tr("Other version"), m_copy));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(legend);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    resize(960, 600);
}

QWidget *VersionDiffDialog::column(const Article &article, const QString &role, QPlainTextEdit *view)
{
    view->setReadOnly(true);
    auto *heading = new QLabel;
    // Titles and sources come from data: never markup.
    heading->setTextFormat(Qt::PlainText);
    heading->setWordWrap(true);
    const QString source = article.source.isEmpty() ? tr("no source") : article.source;
    heading->setText(tr("%1: %2 (%3)").arg(role, article.title, source));
    auto *widget = new QWidget;
    auto *layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(view, 1);
    return widget;
}

} // namespace Veille
