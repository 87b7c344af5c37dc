// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NumberPanel.h"

#include "Appearance.h"
#include "BindingFilterModel.h"
#include "BindingItemDelegate.h"
#include "BindingRowHeader.h"
#include "BindingTableModel.h"
#include "DisplayText.h"
#include "NumberOverview.h"
#include "ThemeColors.h"
#include "Vocabulary.h"

#include <algorithm>
#include <QApplication>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTableView>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace rebind {

namespace {
QLabel* valueLabel(QWidget* parent, const char* objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

NumberPanel::NumberPanel(QWidget* parent)
    : QWidget(parent), m_title(valueLabel(this, "numberTitle")),
      m_owner(valueLabel(this, "numberOwner")), m_status(valueLabel(this, "numberStatus")),
      m_cancelDate(valueLabel(this, "numberCancelDate")),
      m_replacement(valueLabel(this, "numberReplacement")),
      m_carrier(valueLabel(this, "numberCarrier")), m_progress(valueLabel(this, "numberProgress")),
      m_filter(new QLineEdit(this)), m_hint(valueLabel(this, "bindingHint")),
      m_table(new QTableView(this)),
      m_findServices(new QPushButton(tr("Find services to add…"), this)),
      m_details(new QPushButton(tr("What to do for the selected service…"), this)),
      m_walkthrough(new QPushButton(tr("Walk me through it…"), this)),
      m_model(new BindingTableModel(this)), m_proxy(new BindingFilterModel(this)),
      m_delegate(new BindingItemDelegate(this)), m_tabs(new QTabWidget(this)),
      m_overview(new NumberOverview(this))
{
    setObjectName(QStringLiteral("numberPanel"));
    Appearance::setScaledFont(m_title, 1.6, true);
    m_title->setWordWrap(false);

    auto* addBinding = new QPushButton(tr("Add a service…"), this);
    addBinding->setObjectName(QStringLiteral("panelAddBinding"));
    auto* editNumber = new QPushButton(tr("Edit number…"), this);
    editNumber->setObjectName(QStringLiteral("panelEditNumber"));
    m_findServices->setObjectName(QStringLiteral("panelFindServices"));
    m_findServices->setToolTip(
        tr("Tick the services you use from the built-in list (Ctrl+Shift+F)"));
    m_details->setObjectName(QStringLiteral("panelDetails"));
    m_details->setToolTip(
        tr("Steps, warnings and the official page of the selected service (Ctrl+I)"));
    m_details->setEnabled(false);
    m_walkthrough->setObjectName(QStringLiteral("panelWalkthrough"));
    m_walkthrough->setToolTip(
        tr("One item of this number's plan at a time, in large text (Ctrl+Shift+W)"));
    for (QPushButton* button : {addBinding, editNumber, m_findServices, m_details, m_walkthrough}) {
        button->setFocusPolicy(Qt::TabFocus);
    }

    auto* titleRow = new QHBoxLayout;
    titleRow->setSpacing(16);
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_owner, 1);
    titleRow->addWidget(editNumber);

    auto* left = new QFormLayout;
    left->setHorizontalSpacing(12);
    left->setVerticalSpacing(6);
    left->addRow(tr("Status:"), m_status);
    left->addRow(tr("Cancel date:"), m_cancelDate);
    auto* right = new QFormLayout;
    right->setHorizontalSpacing(12);
    right->setVerticalSpacing(6);
    right->addRow(tr("New number:"), m_replacement);
    right->addRow(tr("Carrier:"), m_carrier);
    m_detailsBox = new QWidget(this);
    m_detailsBox->setObjectName(QStringLiteral("numberDetails"));
    auto* details = new QHBoxLayout(m_detailsBox);
    details->setContentsMargins(0, 0, 0, 0);
    details->setSpacing(32);
    details->addLayout(left, 1);
    details->addLayout(right, 1);

    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setClearButtonEnabled(true);
    // Short enough to be read whole at large text sizes; the field is kept as wide as it.
    m_filter->setPlaceholderText(tr("Service, account or note"));
    m_filter->setToolTip(tr("Type to find a service, account or note (Ctrl+F)"));
    m_filterBox = new QWidget(this);
    m_filterBox->setObjectName(QStringLiteral("filterBox"));
    auto* filterLabel = new QLabel(tr("&Find:"), m_filterBox);
    filterLabel->setObjectName(QStringLiteral("filterLabel"));
    m_filter->setAccessibleName(tr("Find"));
    filterLabel->setBuddy(m_filter);
    auto* filterRow = new QHBoxLayout(m_filterBox);
    filterRow->setContentsMargins(0, 0, 0, 0);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    filterRow->addSpacing(16);
    filterRow->addWidget(m_progress);

    ThemeColors::setQuietText(m_hint);

    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("bindingTable"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(m_delegate);
    // Each cell is measured once per load, not again on every keystroke in the filter box.
    const auto forget = [this] { m_delegate->clear(); };
    connect(m_model, &QAbstractItemModel::modelReset, this, forget);
    connect(m_model, &QAbstractItemModel::dataChanged, this, forget);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, forget);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, forget);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(BindingTableModel::ServiceColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    // One line per service, so that many fit at large text sizes: long texts are elided and
    // read whole in the cell's tool tip.
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setTabKeyNavigation(false);
    m_table->setVerticalHeader(new BindingRowHeader(m_table));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Names and accounts get what they need up to a limit; the long role and action texts share
    // the rest and wrap; status and date are short.
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(BindingTableModel::RolesColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(BindingTableModel::ActionColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(BindingTableModel::StatusColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(BindingTableModel::DueColumn, QHeaderView::ResizeToContents);
    header->setHighlightSections(false);
    header->setMinimumSectionSize(80);

    // The overview (verdict, next steps, recent changes) and the full list of services share
    // the space under the number's header as two tabs.
    auto* servicesPage = new QWidget(this);
    m_servicesPage = servicesPage;
    auto* servicesLayout = new QVBoxLayout(servicesPage);
    servicesLayout->setContentsMargins(0, 8, 0, 0);
    servicesLayout->setSpacing(10);
    servicesLayout->addWidget(m_filterBox);
    servicesLayout->addWidget(m_hint);
    servicesLayout->addWidget(m_table, 1);
    // Two rows of buttons rather than one, so that large text still fits the window.
    auto* discover = new QPushButton(tr("Find services in my messages…"), this);
    discover->setObjectName(QStringLiteral("panelDiscover"));
    discover->setToolTip(
        tr("Read an SMS backup or a password export for the services you forgot (Ctrl+Shift+M)"));
    discover->setFocusPolicy(Qt::TabFocus);
    connect(discover, &QPushButton::clicked, this, &NumberPanel::discoverRequested);
    m_buttonsBox = new QWidget(servicesPage);
    m_buttonsBox->setObjectName(QStringLiteral("panelButtons"));
    auto* buttonRows = new QVBoxLayout(m_buttonsBox);
    buttonRows->setContentsMargins(0, 0, 0, 0);
    buttonRows->setSpacing(10);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_findServices);
    addRow->addWidget(discover);
    addRow->addWidget(addBinding);
    addRow->addStretch();
    buttonRows->addLayout(addRow);
    auto* bottomRow = new QHBoxLayout;
    bottomRow->addWidget(m_details);
    bottomRow->addWidget(m_walkthrough);
    bottomRow->addStretch();
    buttonRows->addLayout(bottomRow);
    servicesLayout->addWidget(m_buttonsBox);
    // Neither the button rows nor the count widen the window at large text sizes: where they
    // would not fit, the panel goes compact and hides them (updateCompact).
    m_buttonsBox->setMinimumWidth(1);
    m_progress->setMinimumWidth(1);

    // A number without services: the next step comes first, in words and as the largest
    // buttons, above the overview (whose plan has little to say yet).
    m_empty = new QFrame(this);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    ThemeColors::setPanelTone(m_empty, Tone::Info);
    auto* emptyTitle = new QLabel(tr("No services are listed for this number yet"), m_empty);
    emptyTitle->setObjectName(QStringLiteral("emptyTitle"));
    emptyTitle->setWordWrap(true);
    Appearance::setScaledFont(emptyTitle, 1.2, true);
    auto* emptyText = new QLabel(tr("Start by ticking the apps, banks and other services that use "
                                    "this number. Rebind can also look for them in a backup of "
                                    "your text messages."),
                                 m_empty);
    emptyText->setObjectName(QStringLiteral("emptyText"));
    emptyText->setWordWrap(true);
    m_emptyFind = new QPushButton(tr("Find services to add…"), m_empty);
    m_emptyFind->setObjectName(QStringLiteral("emptyFindServices"));
    m_emptyFind->setToolTip(m_findServices->toolTip());
    Appearance::setScaledFont(m_emptyFind, 1.1, true);
    m_emptyDiscover = new QPushButton(tr("Find services in my messages…"), m_empty);
    m_emptyDiscover->setObjectName(QStringLiteral("emptyDiscover"));
    m_emptyDiscover->setToolTip(discover->toolTip());
    auto* emptyButtons = new QHBoxLayout;
    emptyButtons->setSpacing(12);
    emptyButtons->addWidget(m_emptyFind);
    emptyButtons->addWidget(m_emptyDiscover);
    emptyButtons->addStretch();
    auto* emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->setContentsMargins(14, 10, 14, 12);
    emptyLayout->setSpacing(8);
    emptyLayout->addWidget(emptyTitle);
    emptyLayout->addWidget(emptyText);
    emptyLayout->addLayout(emptyButtons);
    m_empty->hide();
    connect(m_emptyFind, &QPushButton::clicked, this, &NumberPanel::findServicesRequested);
    connect(m_emptyDiscover, &QPushButton::clicked, this, &NumberPanel::discoverRequested);

    m_overview->setParent(this);
    m_tabs->setObjectName(QStringLiteral("numberTabs"));
    m_tabs->addTab(m_overview, tr("&Overview"));
    m_tabs->addTab(servicesPage, tr("&Services"));
    m_tabs->setDocumentMode(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    layout->addLayout(titleRow);
    layout->addWidget(m_detailsBox);
    layout->addWidget(m_empty);
    layout->addWidget(m_tabs, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterText(text);
        updateHint();
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT bindingActivated(index.data(BindingTableModel::IdRole).toLongLong());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &NumberPanel::currentBindingChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &NumberPanel::currentBindingChanged);
    connect(addBinding, &QPushButton::clicked, this, &NumberPanel::addBindingRequested);
    connect(m_findServices, &QPushButton::clicked, this, &NumberPanel::findServicesRequested);
    connect(m_details, &QPushButton::clicked, this, &NumberPanel::detailsRequested);
    connect(m_walkthrough, &QPushButton::clicked, this, &NumberPanel::walkthroughRequested);
    connect(editNumber, &QPushButton::clicked, this, &NumberPanel::editNumberRequested);
    connect(m_overview, &NumberOverview::walkthroughRequested, this,
            &NumberPanel::walkthroughRequested);
    connect(m_overview, &NumberOverview::newOwnerRequested, this, &NumberPanel::newOwnerRequested);
    connect(m_overview, &NumberOverview::exportRequested, this, &NumberPanel::exportRequested);
    connect(m_overview, &NumberOverview::servicesRequested, this, [this] {
        showServices();
        m_table->setFocus();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &NumberPanel::currentBindingChanged);
    connect(m_tabs, &QTabWidget::currentChanged, this, &NumberPanel::updateCompact);
    // A hidden tab's table keeps an old width: fit its columns once it shows.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        fitColumns();
        QTimer::singleShot(0, this, &NumberPanel::fitColumns);
    });
    fitFilter();
}

void NumberPanel::showServices()
{
    m_tabs->setCurrentIndex(1);
}

void NumberPanel::showOverview()
{
    m_tabs->setCurrentIndex(0);
}

bool NumberPanel::servicesShown() const
{
    return m_tabs->currentIndex() == 1;
}

void NumberPanel::showNumber(const NumberRecord& record, const Person& owner,
                             const QList<Binding>& bindings, const QHash<qint64, Service>& services)
{
    const bool sameNumber = record.id == m_numberId;
    const qint64 current = currentBinding() != nullptr ? currentBinding()->id : 0;
    m_numberId = record.id;
    m_title->setText(record.number.display());
    m_owner->setText(DisplayText::person(owner));
    m_status->setText(Vocabulary::label(record.status));
    m_cancelDate->setText(record.cancelDate.isValid()
                              ? tr("%1 (%2)", "date (in n days)")
                                    .arg(DisplayText::date(record.cancelDate),
                                         DisplayText::relativeDays(record.cancelDate))
                              : tr("not planned"));
    m_replacement->setText(record.replacement.isNull() ? tr("not known yet")
                                                       : record.replacement.display());
    m_carrier->setText(record.carrier.isEmpty() ? tr("not given") : record.carrier);

    int finished = 0;
    for (const Binding& b : bindings) {
        if (b.status == BindingStatus::Done || b.status == BindingStatus::Verified ||
            b.status == BindingStatus::NotNeeded) {
            ++finished;
        }
    }
    const int total = static_cast<int>(bindings.size());
    m_progress->setText(
        total == 0 ? QString() : tr("%n service(s) listed, %1 finished", "", total).arg(finished));
    m_progress->setVisible(total > 0 && !m_compact);
    m_progress->setWordWrap(false);
    m_bindingCount = total;
    m_empty->setVisible(total == 0);
    // An empty checklist is nothing to print, and there is nothing to see among the services.
    for (const char* name : {"overviewExport", "overviewServices"}) {
        if (auto* button = m_overview->findChild<QPushButton*>(QString::fromLatin1(name))) {
            button->setVisible(total > 0);
        }
    }

    if (!sameNumber) {
        m_filter->setText(QString());
    }
    m_model->load(bindings, services);
    fitColumns();
    if (current != 0) {
        selectBinding(current);
    }
    updateHint();
}

void NumberPanel::fitColumns()
{
    // Measuring every row's cells is the dearest part of showing a number: not while the
    // overview hides the table (the tab's change fits them).
    if (!m_table->isVisibleTo(this)) {
        return;
    }
    // The service's name matters most: it may take a quarter of the width, the account a sixth.
    const int width = m_table->viewport()->width();
    for (const auto& [column, limit] :
         {std::pair{int(BindingTableModel::ServiceColumn), std::max(120, width / 4)},
          std::pair{int(BindingTableModel::AccountColumn), std::max(100, width / 6)}}) {
        m_table->resizeColumnToContents(column);
        if (m_table->columnWidth(column) > limit) {
            m_table->setColumnWidth(column, limit);
        }
    }
}

void NumberPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    updateCompact();
    fitColumns();
    // Again once the table has its new width (going compact moves and widens it).
    QTimer::singleShot(0, this, &NumberPanel::fitColumns);
}

void NumberPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        fitFilter();
        updateCompact();
    }
}

void NumberPanel::fitFilter()
{
    // The placeholder is read whole: the field is at least as wide as its text plus the frame,
    // the margins and the clear button.
    const QFontMetrics metrics(m_filter->font());
    const int clear = metrics.height() + 8;
    m_filter->setMinimumWidth(metrics.horizontalAdvance(m_filter->placeholderText()) + clear + 24);
}

void NumberPanel::updateCompact()
{
    // What the full layout needs for the header, the tab row, the filter, the buttons and a
    // table of kCompactRows rows plus its header; shorter than that, the panel goes compact.
    const int row = m_table->fontMetrics().height() + 12;
    const int needed = 24 + m_title->sizeHint().height() + m_detailsBox->sizeHint().height() +
                       m_tabs->tabBar()->sizeHint().height() + 8 +
                       m_filterBox->sizeHint().height() + (kCompactRows + 1) * row +
                       m_buttonsBox->sizeHint().height() + 5 * 10;
    const int wide =
        std::max(m_buttonsBox->sizeHint().width(), m_filterBox->sizeHint().width()) + 32;
    const bool compact = (height() > 0 && height() < needed) || (width() > 0 && width() < wide);
    auto* layout = qobject_cast<QVBoxLayout*>(this->layout());
    if (compact != m_compact) {
        m_compact = compact;
        auto* servicesLayout = qobject_cast<QVBoxLayout*>(m_servicesPage->layout());
        if (compact) {
            servicesLayout->removeWidget(m_filterBox);
            m_tabs->setCornerWidget(m_filterBox, Qt::TopRightCorner);
            layout->setContentsMargins(12, 6, 12, 6);
            layout->setSpacing(6);
            servicesLayout->setContentsMargins(0, 4, 0, 0);
            servicesLayout->setSpacing(6);
        } else {
            m_tabs->setCornerWidget(nullptr, Qt::TopRightCorner);
            m_filterBox->setParent(m_servicesPage);
            servicesLayout->insertWidget(0, m_filterBox);
            layout->setContentsMargins(16, 12, 16, 12);
            layout->setSpacing(10);
            servicesLayout->setContentsMargins(0, 8, 0, 0);
            servicesLayout->setSpacing(10);
        }
        m_progress->setVisible(!compact && m_bindingCount > 0);
        m_buttonsBox->setVisible(!compact);
        // Beside the tabs the field speaks for itself (its placeholder); Ctrl+F still finds.
        if (auto* label = m_filterBox->findChild<QLabel*>(QStringLiteral("filterLabel"))) {
            label->setVisible(!compact);
        }
    }
    // Compact: the details stay on the overview, the filter shows with the services.
    m_detailsBox->setVisible(!compact || !servicesShown());
    m_filterBox->setVisible(!compact || servicesShown());
}

void NumberPanel::wipe()
{
    m_numberId = 0;
    for (QLabel* label :
         {m_title, m_owner, m_status, m_cancelDate, m_replacement, m_carrier, m_progress, m_hint}) {
        label->setText(QString());
    }
    m_filter->setText(QString());
    m_model->wipe();
    m_overview->wipe();
    m_empty->hide();
}

void NumberPanel::updateHint()
{
    QString hint;
    if (m_model->rowCount() == 0) {
        hint = tr("No services are listed for this number yet. Tick the apps, banks and other "
                  "services that use it with “Find services to add…” (Ctrl+Shift+F), or add one "
                  "by hand with “Add a service…” (Ctrl+N).");
    } else if (m_proxy->rowCount() == 0) {
        hint = tr("No service, account or note contains “%1”.").arg(m_proxy->filterText());
    }
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
}

const Binding* NumberPanel::currentBinding() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), {})) {
        return nullptr;
    }
    return m_model->bindingAt(m_proxy->mapToSource(current).row());
}

QString NumberPanel::currentServiceName() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->serviceName(m_proxy->mapToSource(current).row())
                             : QString();
}

void NumberPanel::selectBinding(qint64 bindingId)
{
    const int row = m_model->rowOf(bindingId);
    if (row < 0) {
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid()) {
        m_table->setCurrentIndex(index);
        m_table->selectRow(index.row());
        m_table->scrollTo(index);
    }
}

void NumberPanel::setDetailsEnabled(bool enabled)
{
    m_details->setEnabled(enabled);
}

int NumberPanel::visibleRows() const
{
    return m_proxy->rowCount();
}

} // namespace rebind
