// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTabWidget;
class QTextBrowser;

namespace rebind {

// What Rebind is, its keys and the attribution of the public service data (both licence texts
// one click away); on the Licences tab, Rebind's own licence (GPL-3.0-or-later, the full text one
// click away) and the third-party notices.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    static QString attribution();
    // Rebind's own licence in a few sentences: GPL-3.0-or-later, no warranty, where the text is.
    static QString licenceStatement();
    // Rebind's licence and the third-party notices, compiled in from the repository's root.
    static QString licencePath() { return QStringLiteral(":/legal/LICENSE"); }
    static QString noticesPath() { return QStringLiteral(":/legal/THIRD-PARTY-NOTICES"); }
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
    // Brings the Licences tab to the front.
    void showLicences();

    QTabWidget* tabs() const { return m_tabs; }
    QLabel* textLabel() const { return m_text; }
    // The licence statement, then the third-party notices.
    QTextBrowser* noticesView() const { return m_notices; }
    QLabel* attributionLabel() const { return m_attribution; }
    QPushButton* gplButton() const { return m_gpl; }
    QPushButton* twoFactorLicenceButton() const { return m_twoFactor; }
    QPushButton* justDeleteMeLicenceButton() const { return m_justDeleteMe; }

private:
    QWidget* makeAboutPage();
    QWidget* makeLicencesPage();

    QTabWidget* m_tabs;
    QLabel* m_text;
    QTextBrowser* m_notices;
    QLabel* m_attribution;
    QPushButton* m_gpl;
    QPushButton* m_twoFactor;
    QPushButton* m_justDeleteMe;
    QWidget* m_licencesPage = nullptr;
};

} // namespace rebind
