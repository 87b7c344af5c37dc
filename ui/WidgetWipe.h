// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace rebind {

// Empties every text field below a window when the vault locks, undo history included: a line
// edit's history and a document's undo stack would otherwise keep the decrypted text that was
// typed or shown. As far as Qt allows: freed buffers are not overwritten.
class WidgetWipe
{
public:
    static void clearTexts(QWidget* root);
};

} // namespace rebind
