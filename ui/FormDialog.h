// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <functional>
#include <QDialog>
#include <QVariantMap>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;

namespace rebind {

// Base of the small edit dialogs: a form, a line for what must be fixed, OK and Cancel. OK first
// asks the subclass whether the input is complete (check()), then runs the submit function
// (which saves through Inventory); an Error from it goes to a message box and the dialog stays
// open so that nothing typed is lost. When the vault locks with the form changed, its field
// values are kept as an encrypted draft (DraftKeeper) and put back into the same form after
// unlocking.
class FormDialog : public QDialog
{
    Q_OBJECT

public:
    using Submit = std::function<Result<void>()>;

    explicit FormDialog(QWidget* parent = nullptr);

    // What a kept draft reopens: the kind of record ("person", "number", "binding"), its id
    // (0: a new one) and, for a binding, its number. An empty kind: no draft is kept.
    struct Subject
    {
        QString kind;
        qint64 id = 0;
        qint64 numberId = 0;
    };
    virtual Subject subject() const { return {}; }

    void setSubmit(Submit submit);
    QPushButton* okButton() const;
    QLabel* problemLabel() const { return m_problem; }
    QLabel* noteLabel() const { return m_note; }
    // A line above the form, for example that a draft was kept while locked.
    void showNote(const QString& note);

    // Every input's value, keyed by its place in the dialog; the same dialog built again takes
    // them back with setFieldValues(). Holds decrypted text: the caller wipes what it can.
    QVariantMap fieldValues() const;
    void setFieldValues(const QVariantMap& values);
    // Whether any input differs from what the form showed when it opened.
    bool hasChanges() const;

public Q_SLOTS:
    void accept() override;

protected:
    void showEvent(QShowEvent* event) override;
    QFormLayout* form() const { return m_form; }
    // Empty when the input can be saved, otherwise what to fix; may move the focus there.
    virtual QString check() { return QString(); }
    void showProblem(const QString& problem);

private:
    QFormLayout* m_form;
    QLabel* m_note;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    Submit m_submit;
    QVariantMap m_shown;
    bool m_wasShown = false;
};

} // namespace rebind
