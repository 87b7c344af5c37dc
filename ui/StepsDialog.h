// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CatalogEntry.h"
#include "FormDialog.h"

#include <QMap>
#include <QStringList>

class QPlainTextEdit;

namespace rebind {

// The person's own steps for one service, one step per line, for each kind of change the
// service offers. A box left empty, or left as the catalog has it, uses the catalog's steps.
class StepsDialog : public FormDialog
{
    Q_OBJECT

public:
    // current: what is shown now for each kind (own steps, else the catalog's).
    StepsDialog(const QString& serviceName, const QList<StepKind>& kinds,
                const QMap<StepKind, QStringList>& current, QWidget* parent = nullptr);

    QList<StepKind> kinds() const { return m_edits.keys(); }
    QPlainTextEdit* edit(StepKind kind) const { return m_edits.value(kind); }
    // The non-empty, trimmed lines of one box.
    QStringList steps(StepKind kind) const;

private:
    QMap<StepKind, QPlainTextEdit*> m_edits;
};

} // namespace rebind
