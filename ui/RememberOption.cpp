// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RememberOption.h"

#include "ThemeColors.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

namespace rebind {

RememberOption::RememberOption(QWidget* parent)
    : QWidget(parent), m_box(new QCheckBox(tr("Re&member on this computer"), this)),
      m_explanation(new QLabel(this))
{
    m_box->setObjectName(QStringLiteral("rememberCheck"));
    m_explanation->setObjectName(QStringLiteral("rememberExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setIndent(24);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_box);
    layout->addWidget(m_explanation);
    setKeychainStatus(Result<void>());
}

void RememberOption::setKeychainStatus(const Result<void>& status, bool checking)
{
    if (status.ok()) {
        m_box->setEnabled(true);
        ThemeColors::setTextTone(m_explanation, Tone::Neutral);
        m_explanation->setText(
            tr("Rebind then opens on this computer without asking for the passphrase. Only "
               "tick this if nobody else uses your computer account."));
    } else {
        m_box->setChecked(false);
        m_box->setEnabled(false);
        ThemeColors::setTextTone(m_explanation, checking ? Tone::Neutral : Tone::Caution);
        m_explanation->setText(status.message());
    }
}

void RememberOption::setChecked(bool checked)
{
    m_box->setChecked(checked && m_box->isEnabled());
}

bool RememberOption::isRequested() const
{
    return m_box->isEnabled() && m_box->isChecked();
}

bool RememberOption::isAvailable() const
{
    return m_box->isEnabled();
}

} // namespace rebind
