// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QVBoxLayout;
class QWidget;

namespace rebind {

// Gives page a vertically scrolling body without a frame: large text or a small window never
// cuts its content off. Returns the layout to fill.
class ScrollPage
{
public:
    static QVBoxLayout* install(QWidget* page);
};

} // namespace rebind
