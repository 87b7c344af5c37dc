// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StepsDialog.h"

#include "ServiceText.h"

#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

namespace rebind {

StepsDialog::StepsDialog(const QString& serviceName, const QList<StepKind>& kinds,
                         const QMap<StepKind, QStringList>& current, QWidget* parent)
    : FormDialog(parent)
{
    setObjectName(QStringLiteral("stepsDialog"));
    setWindowTitle(tr("Edit steps: %1").arg(serviceName));
    setMinimumWidth(720);

    auto* intro = new QLabel(tr("Write one step per line, in your own words. Your steps are kept "
                                "in the vault and shown instead of the catalog's. Leave a box "
                                "empty to use the catalog's steps again."),
                             this);
    intro->setObjectName(QStringLiteral("stepsIntro"));
    intro->setWordWrap(true);
    form()->addRow(intro);

    for (StepKind kind : kinds) {
        auto* edit = new QPlainTextEdit(this);
        edit->setObjectName(QStringLiteral("steps-") + catalogKey(kind));
        edit->setTabChangesFocus(true);
        edit->setPlainText(current.value(kind).join(QLatin1Char('\n')));
        edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 6 + 16);
        auto* label = new QLabel(ServiceText::kindTitle(kind) + QLatin1Char(':'), this);
        label->setWordWrap(true);
        label->setBuddy(edit);
        form()->addRow(label);
        form()->addRow(edit);
        m_edits.insert(kind, edit);
    }
    if (!m_edits.isEmpty()) {
        m_edits.first()->setFocus();
    }
}

QStringList StepsDialog::steps(StepKind kind) const
{
    QStringList out;
    if (const QPlainTextEdit* edit = m_edits.value(kind)) {
        const QStringList lines = edit->toPlainText().split(QLatin1Char('\n'));
        for (const QString& line : lines) {
            const QString step = line.trimmed();
            if (!step.isEmpty()) {
                out.append(step);
            }
        }
    }
    return out;
}

} // namespace rebind
