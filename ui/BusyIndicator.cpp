// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BusyIndicator.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace rebind {

BusyIndicator::BusyIndicator(QWidget* parent)
    : QWidget(parent), m_label(new QLabel(this)), m_bar(new QProgressBar(this))
{
    setObjectName(QStringLiteral("busyIndicator"));
    m_label->setWordWrap(true);
    m_bar->setRange(0, 0);
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(14);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    hide();
}

void BusyIndicator::start(const QString& text)
{
    m_busy = true;
    m_label->setText(text);
    show();
}

void BusyIndicator::stop()
{
    m_busy = false;
    hide();
}

} // namespace rebind
