#include "FormDialog.h"

#include "Appearance.h"
#include "MessageBox.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rebind {

FormDialog::FormDialog(QWidget* parent)
    : QDialog(parent), m_form(new QFormLayout), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_form->setVerticalSpacing(12);
    m_form->setHorizontalSpacing(16);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();

    okButton()->setText(tr("&Save"));
    okButton()->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(16);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(560);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &FormDialog::accept);
    Appearance::keepFitted(this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FormDialog::reject);
}

void FormDialog::setSubmit(Submit submit)
{
    m_submit = std::move(submit);
}

QPushButton* FormDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void FormDialog::showProblem(const QString& problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void FormDialog::accept()
{
    const QString problem = check();
    showProblem(problem);
    if (!problem.isEmpty()) {
        return;
    }
    if (m_submit) {
        const Result<void> saved = m_submit();
        if (!saved) {
            MessageBox::error(this, windowTitle(), saved.message());
            return;
        }
    }
    QDialog::accept();
}

} // namespace rebind
