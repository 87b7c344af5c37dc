// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WalkthroughDialog.h"

#include "Appearance.h"
#include "DisplayText.h"
#include "Inventory.h"
#include "MessageBox.h"
#include "PlanText.h"
#include "ServiceDetailDialog.h"
#include "ServiceDetailPanel.h"
#include "VaultPlan.h"
#include "Vocabulary.h"

#include <algorithm>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace rebind {

namespace {

WalkthroughDialog::ReasonAsker& reasonAsker()
{
    static WalkthroughDialog::ReasonAsker asker;
    return asker;
}

std::optional<QString> askReason(QWidget* parent)
{
    if (reasonAsker()) {
        return reasonAsker()(parent);
    }
    bool ok = false;
    const QString text = QInputDialog::getText(
        parent, WalkthroughDialog::tr("Can't do it now"),
        WalkthroughDialog::tr("What is in the way? (It is kept in the notes.)"), QLineEdit::Normal,
        QString(), &ok);
    if (!ok) {
        return std::nullopt;
    }
    return text.trimmed();
}

QLabel* wrappedLabel(QWidget* parent, const char* name, double scale, bool bold)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Appearance::setScaledFont(label, scale, bold);
    return label;
}

} // namespace

void WalkthroughDialog::setReasonAsker(ReasonAsker asker)
{
    reasonAsker() = std::move(asker);
}

WalkthroughDialog::WalkthroughDialog(Inventory* inventory, const NumberRecord& record,
                                     QWidget* parent)
    : QDialog(parent), m_inventory(inventory), m_record(record),
      m_progressLabel(wrappedLabel(this, "walkProgressLabel", 1.1, false)),
      m_progressBar(new QProgressBar(this)), m_title(wrappedLabel(this, "walkTitle", 1.8, true)),
      m_what(wrappedLabel(this, "walkWhat", 1.35, false)), m_body(new QStackedWidget(this)),
      m_panel(new ServiceDetailPanel), m_panelPage(new QWidget(this)),
      m_stepText(wrappedLabel(this, "walkStepText", 1.2, false)), m_verifyRow(new QWidget(this)),
      m_verifyText(wrappedLabel(this, "walkVerifyText", 1.1, false)),
      m_verify(new QPushButton(tr("&Verify"), this)), m_done(new QPushButton(tr("&Done"), this)),
      m_cannot(new QPushButton(tr("&Can't do it now…"), this)),
      m_skip(new QPushButton(tr("&Skip for now"), this)),
      m_notNeeded(new QPushButton(tr("&Not needed"), this)),
      m_back(new QPushButton(tr("&Back"), this)), m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("walkthroughDialog"));
    setWindowTitle(tr("Walk-through for %1").arg(record.number.display()));
    m_progressBar->setObjectName(QStringLiteral("walkProgressBar"));
    m_progressBar->setTextVisible(true);
    m_done->setObjectName(QStringLiteral("walkDone"));
    m_cannot->setObjectName(QStringLiteral("walkCannot"));
    m_skip->setObjectName(QStringLiteral("walkSkip"));
    m_notNeeded->setObjectName(QStringLiteral("walkNotNeeded"));
    m_back->setObjectName(QStringLiteral("walkBack"));
    m_verify->setObjectName(QStringLiteral("walkVerify"));
    m_close->setObjectName(QStringLiteral("walkClose"));
    m_done->setDefault(true);
    m_done->setToolTip(tr("I have done this: go on to the next item"));
    m_cannot->setToolTip(tr("Something is in the way: note why and come back to it later"));
    m_skip->setToolTip(tr("Leave this item as it is and go on"));
    m_notNeeded->setToolTip(tr("Nothing needs doing here"));
    m_back->setToolTip(tr("Show the previous item"));

    m_panel->setInventory(inventory);
    // Alt+D belongs to Done here.
    m_panel->deletionButton()->setText(tr("Open the account d&eletion page"));
    auto* panelLayout = new QVBoxLayout(m_panelPage);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    panelLayout->addWidget(scrollingDetail(m_panel, m_panelPage), 1);
    if (QWidget* actions = m_panel->takeActions(); actions != nullptr) {
        actions->setParent(m_panelPage);
        panelLayout->addWidget(actions);
    }
    auto* stepArea = new QScrollArea(this);
    stepArea->setWidgetResizable(true);
    stepArea->setFrameShape(QFrame::NoFrame);
    stepArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_stepText->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    stepArea->setWidget(m_stepText);
    m_body->addWidget(m_panelPage);
    m_body->addWidget(stepArea);

    auto* verifyLayout = new QHBoxLayout(m_verifyRow);
    verifyLayout->setContentsMargins(10, 6, 10, 6);
    verifyLayout->addWidget(m_verifyText, 1);
    verifyLayout->addWidget(m_verify);
    m_verifyRow->setObjectName(QStringLiteral("walkVerifyRow"));
    m_verifyRow->setAutoFillBackground(true);
    m_verifyRow->setBackgroundRole(QPalette::AlternateBase);
    m_verifyRow->hide();

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    for (QPushButton* button : {m_done, m_cannot, m_skip, m_notNeeded}) {
        Appearance::setScaledFont(button, 1.1, button == m_done);
        buttons->addWidget(button);
    }
    buttons->addSpacing(12);
    buttons->addWidget(m_close);

    auto* top = new QHBoxLayout;
    top->addWidget(m_progressLabel);
    top->addWidget(m_progressBar, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->setSpacing(10);
    layout->addLayout(top);
    layout->addWidget(m_verifyRow);
    layout->addWidget(m_title);
    layout->addWidget(m_what);
    layout->addWidget(m_body, 1);
    layout->addLayout(buttons);

    connect(m_done, &QPushButton::clicked, this, &WalkthroughDialog::markDone);
    connect(m_cannot, &QPushButton::clicked, this, &WalkthroughDialog::cannotDoNow);
    connect(m_skip, &QPushButton::clicked, this, &WalkthroughDialog::skip);
    connect(m_notNeeded, &QPushButton::clicked, this, &WalkthroughDialog::markNotNeeded);
    connect(m_back, &QPushButton::clicked, this, &WalkthroughDialog::back);
    connect(m_verify, &QPushButton::clicked, this, &WalkthroughDialog::verify);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    resize(820, 720);
    if (rebuild()) {
        const PlanItem* next = m_plan.next();
        showIndex(next != nullptr ? static_cast<int>(next - m_plan.items.constData())
                                  : static_cast<int>(m_plan.items.size()));
    }
}

const PlanItem* WalkthroughDialog::currentItem() const
{
    return m_index >= 0 && m_index < m_plan.items.size() ? &m_plan.items.at(m_index) : nullptr;
}

bool WalkthroughDialog::rebuild()
{
    auto number = m_inventory->number(m_record.id);
    if (!number) {
        MessageBox::error(this, tr("Walk-through"), number.message());
        return false;
    }
    m_record = *number;
    auto person = m_inventory->person(m_record.personId);
    if (!person) {
        MessageBox::error(this, tr("Walk-through"), person.message());
        return false;
    }
    m_owner = NumberOwner::of(*person);
    m_panel->setOwner(m_owner);
    auto plan = VaultPlan::build(*m_inventory, m_record, QDate::currentDate());
    if (!plan) {
        MessageBox::error(this, tr("Walk-through"), plan.message());
        return false;
    }
    m_plan = std::move(plan).value();
    return true;
}

int WalkthroughDialog::nextOpenAfter(int from) const
{
    const int count = static_cast<int>(m_plan.items.size());
    for (int i = from + 1; i < count; ++i) {
        if (m_plan.items.at(i).isOpen()) {
            return i;
        }
    }
    for (int i = 0; i <= from && i < count; ++i) {
        if (m_plan.items.at(i).isOpen()) {
            return i;
        }
    }
    return count;
}

QString WalkthroughDialog::whatToDo(const PlanItem& item) const
{
    return PlanText::instruction(item, m_record, false, m_owner);
}

void WalkthroughDialog::showIndex(int index)
{
    const int count = static_cast<int>(m_plan.items.size());
    m_index = std::clamp(index, 0, count);
    m_progressBar->setRange(0, std::max(count, 1));
    m_progressBar->setValue(m_plan.doneCount());
    m_progressBar->setFormat(tr("%1 of %2 done").arg(m_plan.doneCount()).arg(count));

    const PlanItem* item = currentItem();
    for (QPushButton* button : {m_done, m_cannot, m_skip, m_notNeeded}) {
        button->setEnabled(item != nullptr);
    }
    m_back->setEnabled(m_index > 0);
    if (item == nullptr) {
        m_progressLabel->setText(tr("Finished"));
        const int open = count - m_plan.doneCount();
        m_title->setText(open == 0 ? tr("Everything on the list is done")
                                   : tr("You have been through the whole list"));
        m_what->setText(open == 0 ? tr("Well done.")
                                  : tr("%n item(s) are still open. Use Back to return to them, "
                                       "or open the walk-through again later.",
                                       "", open));
        m_stepText->clear();
        m_panel->clear();
        m_body->setCurrentIndex(1);
        m_done->setDefault(false);
        m_close->setDefault(true);
        return;
    }
    m_close->setDefault(false);
    m_done->setDefault(true);
    m_progressLabel->setText(tr("%1 of %2").arg(m_index + 1).arg(count));
    m_title->setText(PlanText::title(*item, m_owner));
    QString what = whatToDo(*item);
    if (item->status == BindingStatus::Waiting) {
        what += QLatin1Char('\n') + tr("Marked “can't do it now” earlier.");
    } else if (!item->isOpen()) {
        what += QLatin1Char('\n') + tr("Already marked: %1.").arg(Vocabulary::label(item->status));
    }
    if (item->due.isValid()) {
        what += QLatin1Char('\n') + tr("Due: %1").arg(DisplayText::date(item->due));
    }
    if (item->kind != PlanItem::Kind::Binding) {
        m_what->setText(what);
        m_stepText->setText(QString());
        m_panel->clear();
        m_body->setCurrentIndex(1);
        return;
    }
    auto binding = m_inventory->binding(item->bindingId);
    std::optional<Service> service;
    if (binding) {
        if (auto found = m_inventory->service(binding->serviceId); found) {
            service = *found;
        }
    }
    // Shown before it is filled, so that its labels wrap at their real width.
    m_body->setCurrentIndex(0);
    if (service) {
        // Heights fitted to the previous service's texts would leave gaps: start afresh.
        m_panel->setMinimumHeight(0);
        const auto labels = m_panel->findChildren<QLabel*>();
        for (QLabel* label : labels) {
            label->setMinimumHeight(0);
        }
        m_panel->showService(*service);
        // The panel fits its labels' heights on resize only: do it for the new texts too.
        QTimer::singleShot(0, m_panel, [panel = m_panel] {
            QResizeEvent resize(panel->size(), panel->size());
            QCoreApplication::sendEvent(panel, &resize);
        });
        if (service->isCustom() && m_panel->shownSteps(StepKind::Rebind).isEmpty() &&
            m_panel->shownSteps(StepKind::Unbind).isEmpty() &&
            m_panel->shownSteps(StepKind::Close).isEmpty()) {
            what += QLatin1Char('\n') +
                    tr("Sign in to %1, open its account or security settings and change the phone "
                       "number there.")
                        .arg(service->name);
        }
    } else {
        m_panel->clear();
    }
    m_what->setText(what);
    m_body->setCurrentIndex(0);
}

bool WalkthroughDialog::setStatus(const PlanItem& item, BindingStatus status, const QString& reason)
{
    Result<void> saved;
    if (item.kind == PlanItem::Kind::Binding) {
        auto binding = m_inventory->binding(item.bindingId);
        if (!binding) {
            MessageBox::error(this, tr("Walk-through"), binding.message());
            return false;
        }
        Binding changed = *binding;
        changed.status = status;
        if (!reason.isEmpty()) {
            const QString line =
                tr("Can't do it now (%1): %2").arg(DisplayText::date(QDate::currentDate()), reason);
            changed.notes =
                changed.notes.isEmpty() ? line : changed.notes + QLatin1Char('\n') + line;
        }
        saved = m_inventory->updateBinding(changed);
    } else {
        PlanStepState state;
        state.step = item.key;
        state.status = status;
        if (auto steps = m_inventory->planSteps(m_record.id); steps) {
            for (const PlanStepState& old : *steps) {
                if (old.step == item.key) {
                    state.due = old.due;
                }
            }
        }
        saved = m_inventory->setPlanStep(m_record.id, state);
    }
    if (!saved) {
        MessageBox::error(this, tr("Walk-through"), saved.message());
        return false;
    }
    Q_EMIT changed();
    return rebuild();
}

void WalkthroughDialog::offerVerify(const PlanItem& item)
{
    // A phone line is cancelled, not rebound: there is no new sign-in to try.
    if (item.kind != PlanItem::Kind::Binding || item.action == BindingAction::Keep ||
        item.phoneLine) {
        m_verifyKey.clear();
        m_verifyRow->hide();
        return;
    }
    m_verifyKey = item.key;
    const QString check =
        item.action == BindingAction::Rebind
            ? tr("To be sure: log out of %1 and log in again with the new number.")
            : tr("To be sure: check that %1 no longer shows the old number.");
    m_verifyText->setText(check.arg(item.serviceName));
    m_verify->setEnabled(true);
    m_verifyRow->show();
}

void WalkthroughDialog::markDone()
{
    const PlanItem* item = currentItem();
    if (item == nullptr) {
        return;
    }
    const PlanItem done = *item;
    const int index = m_index;
    if (setStatus(done, BindingStatus::Done)) {
        offerVerify(done);
        showIndex(nextOpenAfter(index));
    }
}

void WalkthroughDialog::verify()
{
    for (const PlanItem& candidate : std::as_const(m_plan.items)) {
        if (candidate.key == m_verifyKey) {
            // A copy: setStatus rebuilds the plan, and with it the item this loop refers to.
            const PlanItem item = candidate;
            const int index = m_index;
            if (setStatus(item, BindingStatus::Verified)) {
                m_verifyText->setText(tr("%1 is marked verified.").arg(item.serviceName));
                m_verify->setEnabled(false);
                showIndex(index);
            }
            return;
        }
    }
}

void WalkthroughDialog::cannotDoNow()
{
    const PlanItem* item = currentItem();
    if (item == nullptr) {
        return;
    }
    const PlanItem current = *item;
    const int index = m_index;
    const std::optional<QString> reason = askReason(this);
    if (!reason) {
        return;
    }
    if (setStatus(current, BindingStatus::Waiting, *reason)) {
        m_verifyRow->hide();
        showIndex(nextOpenAfter(index));
    }
}

void WalkthroughDialog::skip()
{
    if (currentItem() == nullptr) {
        return;
    }
    m_verifyRow->hide();
    showIndex(nextOpenAfter(m_index));
}

void WalkthroughDialog::markNotNeeded()
{
    const PlanItem* item = currentItem();
    if (item == nullptr) {
        return;
    }
    const PlanItem current = *item;
    const int index = m_index;
    if (setStatus(current, BindingStatus::NotNeeded)) {
        m_verifyRow->hide();
        showIndex(nextOpenAfter(index));
    }
}

void WalkthroughDialog::back()
{
    if (m_index > 0) {
        m_verifyRow->hide();
        showIndex(m_index - 1);
    }
}

} // namespace rebind
