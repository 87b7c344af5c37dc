// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScrollPage.h"

#include <QScrollArea>
#include <QVBoxLayout>

namespace rebind {

QVBoxLayout* ScrollPage::install(QWidget* page)
{
    auto* content = new QWidget(page);
    auto* body = new QVBoxLayout(content);
    auto* scroll = new QScrollArea(page);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* outer = new QVBoxLayout(page);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    return body;
}

} // namespace rebind
