// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace rebind {

// What Rebind is, its keys, and the attribution of the public service data with both licence
// texts one click away.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    static QString attribution();
    // The compiled-in licence texts of the public data.
    static QString twoFactorLicencePath()
    {
        return QStringLiteral(":/catalog/LICENSES/2factorauth-twofactorauth.LICENSE.md");
    }
    static QString justDeleteMeLicencePath()
    {
        return QStringLiteral(":/catalog/LICENSES/jdm-contrib-jdm.LICENSE");
    }

    // Opens one licence text (window-modal, returned at once).
    QDialog* showLicence(const QString& title, const QString& path);

    QLabel* textLabel() const { return m_text; }
    QLabel* attributionLabel() const { return m_attribution; }
    QPushButton* twoFactorLicenceButton() const { return m_twoFactor; }
    QPushButton* justDeleteMeLicenceButton() const { return m_justDeleteMe; }

private:
    QLabel* m_text;
    QLabel* m_attribution;
    QPushButton* m_twoFactor;
    QPushButton* m_justDeleteMe;
};

} // namespace rebind
