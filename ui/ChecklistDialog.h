// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Binding.h"
#include "CatalogEntry.h"
#include "NumberRecord.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QPushButton;
class QWidget;

namespace rebind {

class ChecklistModel;
class Inventory;
class ServiceDetailPanel;

// "Which of these do you use?" for one number: the catalog by category (all common services
// first, riskiest first) or by search (the categories then count what was found, and narrow
// it), a tick box per service, the roles of the ticked one, its details beside, and one button
// that adds every ticked service to the number's list (the instruction names it by its label).
// Services already listed show as Added. Lower-detail public entries come up in searches and,
// when asked for, after the curated ones.
class ChecklistDialog : public QDialog
{
    Q_OBJECT

public:
    ChecklistDialog(Inventory* inventory, const NumberRecord& number, QWidget* parent = nullptr);

    static QString allCommonKey() { return QStringLiteral("*"); }

    // key: a Vocabulary category, or allCommonKey().
    void showCategory(const QString& key);
    QString currentCategory() const;
    // Makes id the current row (showing its details), when it is in the list.
    bool selectService(const QString& id);
    void setTicked(const QString& id, bool ticked);
    // Ids shown in the list, in order.
    QStringList shownIds() const;
    // Adds every ticked service as a binding of the number; true when all were added.
    bool addTicked();

    QLabel* introLabel() const { return m_intro; }
    QLineEdit* searchEdit() const { return m_search; }
    QListWidget* categoryList() const { return m_categories; }
    QListView* serviceList() const { return m_list; }
    ChecklistModel* model() const { return m_model; }
    ServiceDetailPanel* detailPanel() const { return m_detail; }
    QCheckBox* publicToggle() const { return m_showPublic; }
    QCheckBox* roleBox(BindingRole role) const { return m_roleBoxes.value(role); }
    QLabel* listTitle() const { return m_listTitle; }
    QLabel* rolesHint() const { return m_rolesHint; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* customButton() const { return m_custom; }

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    // After adding: the new bindings and the names of their services.
    void bindingsAdded(const QList<qint64>& bindingIds, const QStringList& names);
    // "Not in the list?": the person wants the custom service form (name: what they searched).
    void customServiceRequested(const QString& name);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void loadAdded();
    void searchChanged();
    void fillCategories();
    void refreshList();
    void updateCurrent();
    void updateAddButton();
    void rolesEdited();
    const CatalogEntry* currentEntry() const;
    QList<const CatalogEntry*> inCategory(const QString& key) const;

    Inventory* m_inventory;
    NumberRecord m_number;
    QString m_language;
    QList<const CatalogEntry*> m_curated; // riskiest and Chinese first, then catalog order
    QList<const CatalogEntry*> m_public;  // by name
    QString m_searchTerm;
    QList<const CatalogEntry*> m_hits; // of m_searchTerm, in every category

    QLabel* m_intro;
    QLineEdit* m_search;
    QListWidget* m_categories;
    QLabel* m_listTitle;
    QListView* m_list;
    ChecklistModel* m_model;
    QLabel* m_rolesTitle;
    QLabel* m_rolesHint;
    QWidget* m_rolesBox;
    QMap<BindingRole, QCheckBox*> m_roleBoxes;
    ServiceDetailPanel* m_detail;
    QCheckBox* m_showPublic;
    QPushButton* m_custom;
    QPushButton* m_add;
    bool m_updatingRoles = false;
};

} // namespace rebind
