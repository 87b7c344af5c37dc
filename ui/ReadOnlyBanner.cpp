// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadOnlyBanner.h"

#include "ThemeColors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace rebind {

ReadOnlyBanner::ReadOnlyBanner(QWidget* parent)
    : QFrame(parent), m_text(new QLabel(this)),
      m_switch(new QPushButton(tr("&Switch to editing"), this))
{
    setObjectName(QStringLiteral("readOnlyBanner"));
    setFrameShape(QFrame::StyledPanel);
    // The same amber as the unlock dialog's notices: a state to know about, not an error.
    ThemeColors::setPanelTone(this, Tone::Caution, 1, 4);
    m_text->setObjectName(QStringLiteral("readOnlyText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_switch->setObjectName(QStringLiteral("switchToEditingButton"));
    m_switch->hide();

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(12);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_switch);
    connect(m_switch, &QPushButton::clicked, this, &ReadOnlyBanner::switchRequested);
    hide();
}

void ReadOnlyBanner::showHeld(const QString& holder)
{
    m_holder = holder;
    m_text->setText(tr("Read-only: %1 is using the vault. You can look and export, but not "
                       "change anything until it closes the vault.")
                        .arg(holder));
    m_switch->hide();
    show();
}

void ReadOnlyBanner::showReleased()
{
    m_text->setText(tr("Read-only: %1 has closed the vault. Switch to editing to make changes "
                       "again.")
                        .arg(m_holder));
    m_switch->show();
    show();
}

} // namespace rebind
