// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "watches/digest.h"
#include "watches/digestwriter.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace Veille {

/*! File → Export Digest…: each watch's new articles (imported since a
 * moment, or unread) written to a Markdown or HTML file. */
class DigestDialog : public QDialog
{
    Q_OBJECT
public:
    DigestDialog(const QSqlDatabase &db, QWidget *parent = nullptr);

    Digest::Selection selection() const;
    DigestWriter::Format format() const;
    QString filePath() const;
    void setFilePath(const QString &path);
    void setSince(const QDateTime &since);
    void setUnreadOnly(bool unread);
    void setFormat(DigestWriter::Format format);
    /*! Writes the digest to filePath(); false with error() saying why. */
    bool writeDigest();
    QString error() const { return m_error; }

    void accept() override;

private:
    void chooseFile();
    void matchSuffix();

    QSqlDatabase m_db;
    QRadioButton *m_sinceButton = nullptr;
    QRadioButton *m_unreadButton = nullptr;
    QDateTimeEdit *m_since = nullptr;
    QComboBox *m_format = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_message = nullptr;
    QString m_error;
};

} // namespace Veille
