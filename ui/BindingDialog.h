// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Binding.h"
#include "FormDialog.h"
#include "Service.h"

#include <QList>
#include <QMap>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QWidget;

namespace rebind {

class OptionalDateEdit;

// Add or edit one service tied to a number: the service (one already in the vault, a catalog
// service found by the catalog search — name, pinyin, initials, domain, SMS sender — or a new
// name that becomes a custom service with a category and web address), the account, how the
// number is used (roles), what to do, the status, a due date and notes.
class BindingDialog : public FormDialog
{
    Q_OBJECT

public:
    BindingDialog(const Binding& binding, const QList<Service>& services,
                  QWidget* parent = nullptr);

    // The service chosen: an existing one (id set) or a new custom one (id 0) for
    // Inventory::ensureService.
    Service service() const;
    // The edited binding; serviceId is the chosen existing service's, or 0 for a new one.
    Binding binding() const;
    bool isNewService() const;

    QComboBox* serviceCombo() const { return m_service; }
    // Shown when a typed name matches a catalog service; ticked, the catalog's service is used.
    QCheckBox* catalogMatchBox() const { return m_catalogMatch; }
    // The catalog id in use, or empty for an existing or custom service.
    QString catalogId() const;
    QComboBox* categoryCombo() const { return m_category; }
    QLineEdit* urlEdit() const { return m_url; }
    QLineEdit* accountEdit() const { return m_account; }
    QCheckBox* roleBox(BindingRole role) const { return m_roles.value(role); }
    QComboBox* actionCombo() const { return m_action; }
    QComboBox* statusCombo() const { return m_status; }
    OptionalDateEdit* dueEdit() const { return m_due; }
    QPlainTextEdit* notesEdit() const { return m_notes; }

    Subject subject() const override;

protected:
    QString check() override;

private:
    const Service* existingService() const;
    void updateServiceDetails();

    Binding m_original;
    QList<Service> m_services;
    QComboBox* m_service;
    QLabel* m_newServiceNote;
    QCheckBox* m_catalogMatch;
    QString m_matchedId;
    bool m_matchTouched = false;
    QComboBox* m_category;
    QLineEdit* m_url;
    QLineEdit* m_account;
    QMap<BindingRole, QCheckBox*> m_roles;
    QComboBox* m_action;
    QComboBox* m_status;
    OptionalDateEdit* m_due;
    QPlainTextEdit* m_notes;
    bool m_showingExisting = false;
};

} // namespace rebind
