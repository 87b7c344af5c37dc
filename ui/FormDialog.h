#pragma once

#include "Result.h"

#include <functional>
#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;

namespace rebind {

// Base of the small edit dialogs: a form, a line for what must be fixed, OK and Cancel. OK first
// asks the subclass whether the input is complete (check()), then runs the submit function
// (which saves through Inventory); an Error from it goes to a message box and the dialog stays
// open so that nothing typed is lost.
class FormDialog : public QDialog
{
    Q_OBJECT

public:
    using Submit = std::function<Result<void>()>;

    explicit FormDialog(QWidget* parent = nullptr);

    void setSubmit(Submit submit);
    QPushButton* okButton() const;
    QLabel* problemLabel() const { return m_problem; }

public Q_SLOTS:
    void accept() override;

protected:
    QFormLayout* form() const { return m_form; }
    // Empty when the input can be saved, otherwise what to fix; may move the focus there.
    virtual QString check() { return QString(); }
    void showProblem(const QString& problem);

private:
    QFormLayout* m_form;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    Submit m_submit;
};

} // namespace rebind
