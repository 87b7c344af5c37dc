// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceDetailDialog.h"

#include "Appearance.h"
#include "ServiceDetailPanel.h"

#include <algorithm>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace rebind {

namespace {

// A scroll area whose widget wraps its text to the area's width: the widget is kept exactly as
// tall as its height-for-width at that width, recomputed whenever the area is resized or the
// widget's content changes (QScrollArea on its own keeps the height of an earlier width, and
// word-wrapped labels then overlap).
class WrappingScrollArea : public QScrollArea
{
public:
    explicit WrappingScrollArea(QWidget* parent) : QScrollArea(parent)
    {
        // The viewport narrows when the vertical scroll bar appears: wrap again then too.
        viewport()->installEventFilter(this);
    }

    void setContent(QWidget* content)
    {
        setWidget(content);
        content->installEventFilter(this);
    }

protected:
    void resizeEvent(QResizeEvent* event) override
    {
        QScrollArea::resizeEvent(event);
        fit();
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if ((watched == widget() && event->type() == QEvent::LayoutRequest) ||
            (watched == viewport() && event->type() == QEvent::Resize)) {
            QTimer::singleShot(0, this, [this] { fit(); });
        }
        return QScrollArea::eventFilter(watched, event);
    }

private:
    void fit()
    {
        QWidget* content = widget();
        if (content == nullptr) {
            return;
        }
        const int width = viewport()->width();
        int height = content->hasHeightForWidth() ? content->heightForWidth(width) : -1;
        if (height < 0) {
            height = content->sizeHint().height();
        }
        // The labels' own minimum heights (see ServiceDetailPanel::fitLabels) win over a
        // height-for-width that falls short.
        if (content->layout() != nullptr) {
            height = std::max(height, content->layout()->totalMinimumSize().height());
        }
        if (content->minimumHeight() != height) {
            content->setMinimumHeight(height);
        }
    }
};

} // namespace

QScrollArea* scrollingDetail(ServiceDetailPanel* panel, QWidget* parent)
{
    auto* area = new WrappingScrollArea(parent);
    area->setObjectName(QStringLiteral("detailScroll"));
    area->setWidgetResizable(true);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    area->setFrameShape(QFrame::NoFrame);
    area->setContent(panel);
    return area;
}

ServiceDetailDialog::ServiceDetailDialog(Inventory* inventory, const Service& service,
                                         QWidget* parent)
    : QDialog(parent), m_panel(new ServiceDetailPanel)
{
    setObjectName(QStringLiteral("serviceDetailDialog"));
    m_panel->setInventory(inventory);
    m_panel->showService(service);
    setWindowTitle(tr("%1 — what to do").arg(m_panel->titleLabel()->text()));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(10);
    layout->addWidget(scrollingDetail(m_panel, this), 1);
    QWidget* actions = m_panel->takeActions();
    actions->setParent(this);
    actions->layout()->setContentsMargins(12, 0, 12, 0);
    layout->addWidget(actions);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(760, 720);
}

} // namespace rebind
