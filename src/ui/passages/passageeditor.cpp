// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "passages/passageeditor.h"

#include "passages/passagestore.h"
#include "plaintext.h"

#include <QAbstractItemView>
#include <QButtonGroup>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStringListModel>
#include <QToolButton>

namespace Veille {

namespace {
// Completes the tag being typed, after the last comma.
class TagCompleter : public QCompleter
{
public:
    TagCompleter(const QStringList &tags, QLineEdit *edit)
        : QCompleter(tags, edit)
        , m_edit(edit)
    {
        setCaseSensitivity(Qt::CaseInsensitive);
        setWidget(edit);
        setCompletionMode(QCompleter::PopupCompletion);
        QObject::connect(edit, &QLineEdit::textEdited, this, [this](const QString &text) {
            const QString current = text.section(QLatin1Char(','), -1).trimmed();
            if (current.isEmpty()) {
                popup()->hide();
                return;
            }
            setCompletionPrefix(current);
            complete();
        });
        QObject::connect(this, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &tag) {
            QStringList parts = m_edit->text().split(QLatin1Char(','));
            parts.last() = (parts.size() > 1 ? QStringLiteral(" ") : QString()) + tag;
            m_edit->setText(parts.join(QLatin1Char(',')) + QStringLiteral(", "));
        });
    }

private:
    QLineEdit *m_edit;
};

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(color);
    painter.setPen(color.darker(140));
    painter.drawEllipse(QRectF(1.5, 1.5, 13, 13));
    return QIcon(pixmap);
}
} // namespace

PassageEditor::PassageEditor(const QVector<PassageLabel> &labels, const QStringList &tags, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Bookmark Passage"));
    auto *form = new QFormLayout(this);
    m_quote = new QLabel(this);
    m_quote->setWordWrap(true);
    m_quote->setTextFormat(Qt::PlainText);
    m_quote->setMaximumWidth(460);
    QFont italic = m_quote->font();
    italic.setItalic(true);
    m_quote->setFont(italic);
    form->addRow(m_quote);

    m_note = new QPlainTextEdit(this);
    m_note->setPlaceholderText(tr("A note (optional)"));
    m_note->setTabChangesFocus(true);
    m_note->setMinimumSize(420, 90);
    form->addRow(tr("&Note:"), m_note);

    auto *labelRow = new QHBoxLayout;
    m_labels = new QButtonGroup(this);
    auto *none = new QToolButton(this);
    none->setText(tr("None"));
    none->setCheckable(true);
    none->setChecked(true);
    m_labels->addButton(none, 0);
    labelRow->addWidget(none);
    for (const PassageLabel &label : labels) {
        auto *button = new QToolButton(this);
        button->setText(literalActionText(PassageStore::labelName(label)));
        button->setIcon(swatch(QColor(label.color)));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setCheckable(true);
        m_labels->addButton(button, label.id);
        labelRow->addWidget(button);
    }
    labelRow->addStretch();
    form->addRow(tr("Label:"), labelRow);

    m_tags = new QLineEdit(this);
    m_tags->setPlaceholderText(tr("tags, separated by commas"));
    new TagCompleter(tags, m_tags);
    form->addRow(tr("&Tags:"), m_tags);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Save (Ctrl+Return)"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    // Return makes a new line in the note; Ctrl+Return saves from anywhere.
    auto *save = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(save, &QShortcut::activated, this, &QDialog::accept);
    m_note->setFocus();
}

void PassageEditor::setPassage(const Passage &passage)
{
    m_passage = passage;
    QString quote = passage.quote().simplified();
    if (quote.size() > 280)
        quote = quote.left(279) + QChar(0x2026);
    m_quote->setText(QStringLiteral("“%1”").arg(quote));
    m_note->setPlainText(passage.note);
    if (QAbstractButton *button = m_labels->button(passage.labelId))
        button->setChecked(true);
    m_tags->setText(passage.tags.join(QStringLiteral(", ")));
    if (passage.id > 0)
        setWindowTitle(tr("Edit Passage"));
}

Passage PassageEditor::passage() const
{
    Passage passage = m_passage;
    passage.note = m_note->toPlainText().trimmed();
    passage.labelId = qMax(0, m_labels->checkedId());
    passage.tags.clear();
    const QStringList parts = m_tags->text().split(QLatin1Char(','));
    for (const QString &part : parts) {
        const QString tag = part.simplified();
        if (!tag.isEmpty() && !passage.tags.contains(tag, Qt::CaseInsensitive))
            passage.tags.append(tag);
    }
    return passage;
}

} // namespace Veille
