// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSettings;

namespace Veille {

/*! File → Connect to Team Server…: asks for the server's postgresql://
 * address, offering the last one. Only the address is remembered in the
 * settings; the password is asked for when the server wants one. */
class ServerConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ServerConnectDialog(QSettings &settings, QWidget *parent = nullptr);

    /*! The address typed, valid once the dialog is accepted. */
    QString address() const;
    void accept() override;

private:
    void check();

    QSettings &m_settings;
    QLineEdit *m_address = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Veille
