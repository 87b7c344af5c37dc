// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QWidget>

class QCheckBox;
class QLabel;

namespace rebind {

// "Remember on this computer": a check box plus a line that explains what it does, or, when no
// keychain answers, why it cannot be used (the box is then disabled, never silently ignored).
class RememberOption : public QWidget
{
    Q_OBJECT

public:
    explicit RememberOption(QWidget* parent = nullptr);

    // checking: the keychain has not answered yet (the box stays off, without a warning).
    void setKeychainStatus(const Result<void>& status, bool checking = false);
    void setChecked(bool checked);
    // Ticked and usable.
    bool isRequested() const;
    bool isAvailable() const;

    QCheckBox* checkBox() const { return m_box; }
    QLabel* explanation() const { return m_explanation; }

private:
    QCheckBox* m_box;
    QLabel* m_explanation;
};

} // namespace rebind
