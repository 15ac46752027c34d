// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverconnectdialog.h"

#include "db/serveraddress.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace Veille {

namespace {
const QString lastAddressKey = QStringLiteral("server/lastAddress");
} // namespace

ServerConnectDialog::ServerConnectDialog(QSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setWindowTitle(tr("Connect to Team Server"));
    auto *intro = new QLabel(tr("The team server's address, as your administrator gave it. The password is read "
                                "from ~/.pgpass, or asked for; it is never saved."));
    intro->setWordWrap(true);
    m_address = new QLineEdit(m_settings.value(lastAddressKey).toString());
    m_address->setObjectName(QStringLiteral("serverAddress"));
    m_address->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/veille?sslmode=require"));
    m_address->setMinimumWidth(m_address->fontMetrics().averageCharWidth() * 60);
    m_problem = new QLabel;
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    // Room for two lines of explanation from the start: the dialog does
    // not jump, nor squeeze the introduction, when one appears.
    m_problem->setMinimumHeight(m_problem->fontMetrics().lineSpacing() * 2);
    m_problem->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ServerConnectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_address, &QLineEdit::textChanged, this, &ServerConnectDialog::check);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_address);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    check();
}

QString ServerConnectDialog::address() const
{
    return m_address->text().trimmed();
}

void ServerConnectDialog::check()
{
    const ServerAddress server = ServerAddress::parse(address());
    const bool valid = server.isValid();
    // Nothing typed yet is not a mistake to point at.
    m_problem->setText(address().isEmpty() || valid ? QString() : server.errorString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
}

void ServerConnectDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    // Only the address: ServerAddress refuses one holding a password.
    m_settings.setValue(lastAddressKey, address());
    QDialog::accept();
}

} // namespace Veille
