// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageBox.h"

#include <QAbstractButton>
#include <QList>

namespace rebind {

namespace {
struct State
{
    QList<QMessageBox::StandardButton> answers;
    bool unattended = false;
    QString lastText;
    QMessageBox::Icon lastIcon = QMessageBox::NoIcon;
    int shown = 0;
};

State& state()
{
    static State s;
    return s;
}
} // namespace

QMessageBox::StandardButton MessageBox::show(QWidget* parent, QMessageBox::Icon icon,
                                             const QString& title, const QString& text,
                                             const Choices& labels,
                                             QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton)
{
    State& s = state();
    s.lastText = text;
    s.lastIcon = icon;
    ++s.shown;
    if (!s.answers.isEmpty()) {
        return s.answers.takeFirst();
    }
    if (s.unattended) {
        return defaultButton == QMessageBox::NoButton ? QMessageBox::Ok : defaultButton;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setTextFormat(Qt::PlainText);
    if (defaultButton != QMessageBox::NoButton) {
        box.setDefaultButton(defaultButton);
    }
    for (const auto& [button, label] : labels) {
        if (QAbstractButton* shown = box.button(button); shown != nullptr && !label.isEmpty()) {
            shown->setText(label);
        }
    }
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

QMessageBox::StandardButton MessageBox::question(QWidget* parent, const QString& title,
                                                 const QString& text, const QString& confirmText,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    return show(parent, QMessageBox::Question, title, text, {{QMessageBox::Yes, confirmText}},
                buttons, defaultButton);
}

QMessageBox::StandardButton MessageBox::choose(QWidget* parent, const QString& title,
                                               const QString& text, const Choices& choices,
                                               QMessageBox::StandardButton defaultButton,
                                               QMessageBox::Icon icon)
{
    QMessageBox::StandardButtons buttons;
    for (const auto& choice : choices) {
        buttons |= choice.first;
    }
    return show(parent, icon, title, text, choices, buttons, defaultButton);
}

void MessageBox::error(QWidget* parent, const QString& title, const QString& text)
{
    show(parent, QMessageBox::Critical, title, text, {}, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::warning(QWidget* parent, const QString& title, const QString& text)
{
    show(parent, QMessageBox::Warning, title, text, {}, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::information(QWidget* parent, const QString& title, const QString& text)
{
    show(parent, QMessageBox::Information, title, text, {}, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    state().answers.append(answer);
}

void MessageBox::setUnattended(bool unattended)
{
    state().unattended = unattended;
}

QString MessageBox::lastText()
{
    return state().lastText;
}

QMessageBox::Icon MessageBox::lastIcon()
{
    return state().lastIcon;
}

int MessageBox::shownCount()
{
    return state().shown;
}

void MessageBox::resetLog()
{
    State& s = state();
    s.answers.clear();
    s.lastText.clear();
    s.lastIcon = QMessageBox::NoIcon;
    s.shown = 0;
}

} // namespace rebind
