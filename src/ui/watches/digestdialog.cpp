// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "watches/digestdialog.h"

#include "watches/watchstore.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QStandardPaths>

namespace Veille {

DigestDialog::DigestDialog(const QSqlDatabase &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("Export Digest"));
    m_sinceButton = new QRadioButton(tr("Articles imported since"));
    m_unreadButton = new QRadioButton(tr("Unread articles"));
    m_sinceButton->setChecked(true);
    m_since = new QDateTimeEdit(QDateTime::currentDateTime().addDays(-1));
    m_since->setCalendarPopup(true);
    m_since->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    connect(m_sinceButton, &QRadioButton::toggled, m_since, &QWidget::setEnabled);
    m_format = new QComboBox;
    m_format->addItem(tr("HTML (one page, for mail or print)"), int(DigestWriter::Format::Html));
    m_format->addItem(tr("Markdown"), int(DigestWriter::Format::Markdown));
    m_path = new QLineEdit(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                               .filePath(tr("veille-digest-%1.html").arg(QDate::currentDate().toString(Qt::ISODate))));
    connect(m_format, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &DigestDialog::matchSuffix);
    auto *browse = new QPushButton(tr("Browse…"));
    connect(browse, &QPushButton::clicked, this, &DigestDialog::chooseFile);
    m_message = new QLabel;
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();

    auto *sinceRow = new QHBoxLayout;
    sinceRow->addWidget(m_sinceButton);
    sinceRow->addWidget(m_since, 1);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &DigestDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("New articles:"), sinceRow);
    form->addRow(QString(), m_unreadButton);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("File:"), fileRow);
    form->addRow(m_message);
    form->addRow(buttons);
}

Digest::Selection DigestDialog::selection() const
{
    Digest::Selection selection;
    selection.unreadOnly = m_unreadButton->isChecked();
    if (!selection.unreadOnly)
        selection.importedSince = m_since->dateTime().toSecsSinceEpoch();
    return selection;
}

DigestWriter::Format DigestDialog::format() const
{
    return DigestWriter::Format(m_format->currentData().toInt());
}

QString DigestDialog::filePath() const
{
    return m_path->text().trimmed();
}

void DigestDialog::setFilePath(const QString &path)
{
    m_path->setText(path);
}

void DigestDialog::setSince(const QDateTime &since)
{
    m_sinceButton->setChecked(true);
    m_since->setDateTime(since);
}

void DigestDialog::setUnreadOnly(bool unread)
{
    (unread ? m_unreadButton : m_sinceButton)->setChecked(true);
}

void DigestDialog::setFormat(DigestWriter::Format format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

// The file's suffix follows the format, unless the user named another.
void DigestDialog::matchSuffix()
{
    const QFileInfo info(filePath());
    const QString suffix = info.suffix().toLower();
    if (suffix != QLatin1String("html") && suffix != QLatin1String("md"))
        return;
    const QString wanted = format() == DigestWriter::Format::Html ? QStringLiteral("html") : QStringLiteral("md");
    m_path->setText(info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + wanted));
}

void DigestDialog::chooseFile()
{
    const QString filter = format() == DigestWriter::Format::Html ? tr("HTML (*.html)") : tr("Markdown (*.md)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Digest"), filePath(), filter);
    if (!path.isEmpty())
        m_path->setText(path);
}

bool DigestDialog::writeDigest()
{
    m_error.clear();
    if (filePath().isEmpty()) {
        m_error = tr("Choose a file to write.");
        return false;
    }
    const WatchStore store(m_db);
    const Digest digest = Digest::collect(m_db, store.watches(), selection());
    if (!digest.error.isEmpty() || !store.lastError().isEmpty()) {
        m_error = digest.error.isEmpty() ? store.lastError() : digest.error;
        return false;
    }
    const QString text = DigestWriter::write(digest, format(), DigestWriter::title(QDate::currentDate()),
                                             DigestWriter::subtitle(selection()));
    QSaveFile file(filePath());
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        m_error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(filePath()), file.errorString());
        return false;
    }
    return true;
}

void DigestDialog::accept()
{
    if (!writeDigest()) {
        m_message->setText(m_error);
        m_message->show();
        return;
    }
    QDialog::accept();
}

} // namespace Veille
