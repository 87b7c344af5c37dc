// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Binding.h"
#include "NumberRecord.h"
#include "Person.h"
#include "Service.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace rebind {

class BindingFilterModel;
class BindingItemDelegate;
class BindingTableModel;
class NumberOverview;

// The right side of the main window for one number: a header (number, owner, status, cancel
// date, new number, carrier) above two tabs: the overview (dashboard) and the services (a filter
// box and the sortable table).
class NumberPanel : public QWidget
{
    Q_OBJECT

public:
    explicit NumberPanel(QWidget* parent = nullptr);

    void showNumber(const NumberRecord& record, const Person& owner, const QList<Binding>& bindings,
                    const QHash<qint64, Service>& services);
    // Empties every label, the filter box and the table (on lock).
    void wipe();

    qint64 numberId() const { return m_numberId; }
    // The binding of the table's current row, or null.
    const Binding* currentBinding() const;
    QString currentServiceName() const;
    void selectBinding(qint64 bindingId);
    int visibleRows() const;

    QTableView* table() const { return m_table; }
    QLineEdit* filterEdit() const { return m_filter; }
    BindingTableModel* model() const { return m_model; }
    BindingFilterModel* proxy() const { return m_proxy; }
    QLabel* titleLabel() const { return m_title; }
    QLabel* hintLabel() const { return m_hint; }
    QPushButton* findServicesButton() const { return m_findServices; }
    QPushButton* detailsButton() const { return m_details; }
    QPushButton* walkthroughButton() const { return m_walkthrough; }
    void setDetailsEnabled(bool enabled);
    // Shown instead of the usual start when the number has no services yet: the next step
    // (find services to add, or in the person's messages) first.
    QWidget* emptyState() const { return m_empty; }
    QPushButton* emptyFindButton() const { return m_emptyFind; }
    QPushButton* emptyDiscoverButton() const { return m_emptyDiscover; }
    // Large text in a short window: the header keeps to the number, the filter moves into the
    // tab row and the button rows hide (their actions stay in the menus and the table's context
    // menu), so that the table keeps room for at least kCompactRows rows.
    bool isCompact() const { return m_compact; }
    static constexpr int kCompactRows = 8;

    NumberOverview* overview() const { return m_overview; }
    QTabWidget* tabs() const { return m_tabs; }
    void showServices();
    void showOverview();
    bool servicesShown() const;

Q_SIGNALS:
    void bindingActivated(qint64 bindingId);
    void currentBindingChanged();
    void addBindingRequested();
    void findServicesRequested();
    void detailsRequested();
    void walkthroughRequested();
    void editNumberRequested();
    void newOwnerRequested();
    void exportRequested();
    void discoverRequested();

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateHint();
    void fitColumns();
    void updateCompact();
    void fitFilter();

    qint64 m_numberId = 0;
    QLabel* m_title;
    QLabel* m_owner;
    QLabel* m_status;
    QLabel* m_cancelDate;
    QLabel* m_replacement;
    QLabel* m_carrier;
    QLabel* m_progress;
    QLineEdit* m_filter;
    QLabel* m_hint;
    QTableView* m_table;
    QPushButton* m_findServices;
    QPushButton* m_details;
    QPushButton* m_walkthrough;
    BindingTableModel* m_model;
    BindingFilterModel* m_proxy;
    BindingItemDelegate* m_delegate;
    QTabWidget* m_tabs;
    NumberOverview* m_overview;
    QWidget* m_detailsBox = nullptr;
    QWidget* m_filterBox = nullptr;
    QWidget* m_buttonsBox = nullptr;
    QWidget* m_servicesPage = nullptr;
    QWidget* m_empty = nullptr;
    QPushButton* m_emptyFind = nullptr;
    QPushButton* m_emptyDiscover = nullptr;
    bool m_compact = false;
    int m_bindingCount = 0;
};

} // namespace rebind
