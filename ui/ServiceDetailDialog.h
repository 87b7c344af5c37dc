// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QScrollArea;

namespace rebind {

class Inventory;
class ServiceDetailPanel;
struct Service;

// The service detail panel on its own, for a service already in a number's list.
class ServiceDetailDialog : public QDialog
{
    Q_OBJECT

public:
    ServiceDetailDialog(Inventory* inventory, const Service& service, QWidget* parent = nullptr);

    ServiceDetailPanel* panel() const { return m_panel; }

private:
    ServiceDetailPanel* m_panel;
};

// A scroll area around a detail panel that wraps its text to the area's width.
QScrollArea* scrollingDetail(ServiceDetailPanel* panel, QWidget* parent);

} // namespace rebind
